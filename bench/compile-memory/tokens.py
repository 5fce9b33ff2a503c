"""Tokens and calls of C code: what the model measures Cython-generated C by (see RESULTS.md).

Cython writes each .pyx statement it compiles into a comment above its C, and its identifiers
are long and of varying length, so a file's bytes say less about the compiler's work than its
tokens: identifiers and keywords, numbers, string and character literals, and every other
non-blank character, outside comments. Its calls (a name followed by an opening parenthesis,
the keywords that take one aside: mostly Cython's inline helpers and the C API, each inlined or
expanded where it stands) say more still: see "Calls, not tokens" in RESULTS.md. Its string
literals (mostly Cython's string constants, each a static array and a Python object that -g
describes) add to what -g costs: see "Round 4" in RESULTS.md. src/plan/code-calls.ts counts
calls and strings over the same tokens."""

import re

TOKEN = re.compile(rb'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|[A-Za-z_]\w*'
                   rb'|\d[\w.]*|\S', re.S)
NOT_CALLS = {b"if", b"while", b"for", b"switch", b"return", b"sizeof", b"defined",
             b"__attribute__", b"__typeof__", b"likely", b"unlikely"}


def code_tokens(source):
    return [t for t in (m.group(0) for m in TOKEN.finditer(source))
            if not t.startswith((b"/*", b"//"))]


def count_tokens(source):
    return len(code_tokens(source))


def count_calls(source):
    tokens = code_tokens(source)
    return sum(1 for name, after in zip(tokens, tokens[1:])
               if after == b"(" and (name[:1].isalpha() or name[:1] == b"_")
               and name not in NOT_CALLS)


def count_strings(source):
    return sum(1 for t in code_tokens(source) if t.startswith(b'"'))


PREPROCESSOR = re.compile(rb"(?m)^[ \t]*#(?:[^\n]*\\\n)*[^\n]*")
NAME = re.compile(rb"[A-Za-z_]\w*$")


def count_live_calls(source):
    """The calls in the functions GCC compiles: a static function that nothing outside dead code
    refers to (an unused `cdef inline` of a .pxd, a fused type's unused specialisation) is dropped
    before it is optimised, and costs the compiler little more than its parsing (RESULTS.md,
    "Round 5"). Live: every function that is not static, every one named outside the functions'
    bodies (a method table, a macro's body, a pointer's initialiser; prototypes aside), and every
    one a live function names. Preprocessor lines are left out of the braces, both sides of an
    #if kept: that errs towards live."""
    roots = set()
    for line in PREPROCESSOR.findall(source):
        roots.update(re.findall(rb"[A-Za-z_]\w*", line))
    tokens = code_tokens(PREPROCESSOR.sub(b"", source))
    functions, depth, block, name, declaration = {}, 0, None, b"", []
    for i, t in enumerate(tokens):
        prev = tokens[i - 1] if i else b""
        if t == b"{":
            if depth == 0:
                block = {"name": name if prev == b")" else None, "calls": 0, "refs": set(),
                         "static": b"static" in declaration}
            depth += 1
        elif t == b"}":
            depth -= 1
            if depth == 0 and block is not None:
                if block["name"]:
                    functions[block["name"]] = block
                else:
                    roots |= block["refs"]
                block, declaration = None, []
        elif depth > 0:
            if NAME.match(t):
                block["refs"].add(t)
            elif t == b"(" and NAME.match(prev) and prev not in NOT_CALLS:
                block["calls"] += 1
        else:
            after = tokens[i + 1] if i + 1 < len(tokens) else b""
            if t == b"(" and NAME.match(prev):
                name = prev
            elif NAME.match(t) and after != b"(":
                roots.add(t)
            declaration = [] if t == b";" else declaration + [t]
    live = {n for n, f in functions.items() if not f["static"] or n in roots}
    todo = list(live)
    while todo:
        for ref in functions[todo.pop()]["refs"]:
            if ref in functions and ref not in live:
                live.add(ref)
                todo.append(ref)
    return sum(functions[n]["calls"] for n in live)
