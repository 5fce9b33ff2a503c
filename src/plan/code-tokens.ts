// A comment, a string or character literal (whole, so that "/*" inside one opens nothing), an
// identifier or keyword, a number, or any other non-blank character: the same tokens as
// bench/compile-memory/tokens.py counts, which the model's token lines were fitted on.
const TOKEN =
  /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|[A-Za-z_]\w*|\d[\w.]*|\S/g;

/**
 * The tokens of C source outside its comments. Cython writes each .pyx statement it compiles
 * into a comment above its C, and its names are long: the share of comments and the length of
 * names vary from file to file (comments and blank lines are 37 % of lxml's etree.c, 23 % of
 * the benchmark's generated files), so tokens measure the compiler's work more closely.
 */
export function countCodeTokens(source: string): number {
  let count = 0;
  for (const match of source.matchAll(TOKEN)) {
    const text = match[0];
    if (!(text.startsWith('/*') || text.startsWith('//'))) count++;
  }
  return count;
}
