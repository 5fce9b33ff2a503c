// A comment, a string or character literal (whole, so that "/*" inside one opens nothing), an
// identifier or keyword, a number, or any other non-blank character: the same tokens as
// bench/compile-memory/tokens.py reads, which the model's call lines were fitted on.
const TOKEN =
  /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|[A-Za-z_]\w*|\d[\w.]*|\S/g;
const NAME = /^[A-Za-z_]/;
// names followed by a parenthesis that call nothing
const NOT_CALLS = new Set([
  'if',
  'while',
  'for',
  'switch',
  'return',
  'sizeof',
  'defined',
  '__attribute__',
  '__typeof__',
  'likely',
  'unlikely',
]);

/**
 * The calls and the string literals in C source outside its comments. A call is a name followed by
 * an opening parenthesis, keywords aside. In C that Cython wrote nearly every call is one of its
 * inline helpers or a C-API macro, expanded where it stands, so the calls measure the compiler's
 * work more closely than bytes or tokens do: Cython copies each .pyx statement into a comment above
 * its C, and the comments' share and the names' length vary from file to file
 * (bench/compile-memory/RESULTS.md, "Calls, not tokens"). Its string literals are mostly its
 * string constants, each a static array of its own length with its own Python object: debug
 * information grows with them (RESULTS.md, "Round 4").
 */
export function countCode(source: string): { calls: number; strings: number } {
  let calls = 0;
  let strings = 0;
  let previous = '';
  for (const match of source.matchAll(TOKEN)) {
    const text = match[0];
    if (text.startsWith('/*') || text.startsWith('//')) continue;
    if (text === '(' && NAME.test(previous) && !NOT_CALLS.has(previous)) calls++;
    else if (text.startsWith('"')) strings++;
    previous = text;
  }
  return { calls, strings };
}
