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
