"""Tokens of C code: what the model measures Cython-generated C by (see RESULTS.md).

Cython writes each .pyx statement it compiles into a comment above its C, and its identifiers
are long and of varying length, so a file's bytes say less about the compiler's work than its
tokens: identifiers and keywords, numbers, string and character literals, and every other
non-blank character, outside comments. src/plan/code-tokens.ts counts the same way."""

import re

TOKEN = re.compile(rb'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|[A-Za-z_]\w*'
                   rb'|\d[\w.]*|\S', re.S)


def count_tokens(source):
    return sum(1 for m in TOKEN.finditer(source) if not m.group(0).startswith((b"/*", b"//")))
