// The tokens are those of this regular expression over the file read as latin1: a comment, a
// string or character literal (whole, so that "/*" inside one opens nothing), an identifier or
// keyword, a number, or any other non-blank character: the same tokens as
// bench/compile-memory/tokens.py counts, which the model's token lines were fitted on.
//   /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|[A-Za-z_]\w*|\d[\w.]*|\S/g
// They are found by a scan of the bytes instead: running that expression over lxml's 11 MB
// etree.c takes about 50 ms here, and the file need not be decoded.

const SLASH = 0x2f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const DOT = 0x2e;
const CLOSE_COMMENT = Buffer.from('*/');

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
const isWordStart = (b: number) =>
  (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
const isWord = (b: number) => isWordStart(b) || isDigit(b);
// \s on latin1: tab, newline, vertical tab, form feed, return, space and the no-break space
const isBlank = (b: number) => (b >= 0x09 && b <= 0x0d) || b === 0x20 || b === 0xa0;

/**
 * Where a literal opened by `quote` at `at` ends (the index after its closing quote), or -1
 * when it is not closed on its line: then its quote counts as a token of its own.
 */
function literalEnd(bytes: Buffer, at: number, quote: number): number {
  for (let i = at + 1; i < bytes.length;) {
    const b = bytes[i]!;
    if (b === quote) return i + 1;
    if (b === NEWLINE) return -1;
    if (b === BACKSLASH) {
      const escaped = bytes[i + 1];
      if (escaped === undefined || escaped === NEWLINE || escaped === RETURN) return -1;
      i += 2;
    } else i++;
  }
  return -1;
}

/**
 * The tokens of C source outside its comments. Cython writes each .pyx statement it compiles
 * into a comment above its C, and its names are long: the share of comments and the length of
 * names vary from file to file (comments and blank lines are 37 % of lxml's etree.c, 23 % of
 * the benchmark's generated files), so tokens measure the compiler's work more closely.
 */
export function countCodeTokens(bytes: Buffer): number {
  let count = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (isBlank(b)) {
      i++;
      continue;
    }
    if (b === SLASH && bytes[i + 1] === STAR) {
      const close = bytes.indexOf(CLOSE_COMMENT, i + 2);
      if (close >= 0) {
        i = close + 2;
        continue;
      }
    } else if (b === SLASH && bytes[i + 1] === SLASH) {
      const end = bytes.indexOf(NEWLINE, i + 2);
      i = end < 0 ? n : end;
      continue;
    }
    count++;
    if (b === DOUBLE_QUOTE || b === SINGLE_QUOTE) {
      const end = literalEnd(bytes, i, b);
      i = end < 0 ? i + 1 : end;
    } else if (isWordStart(b)) {
      i++;
      while (i < n && isWord(bytes[i]!)) i++;
    } else if (isDigit(b)) {
      i++;
      while (i < n && (isWord(bytes[i]!) || bytes[i] === DOT)) i++;
    } else i++;
  }
  return count;
}
