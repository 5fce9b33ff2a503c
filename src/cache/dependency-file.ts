/**
 * The prerequisites of the first rule of a make dependency file, as gcc and clang write it for
 * `-MD -MF FILE` (`target: source header… \`, spaces escaped `\ `, `#` as `\#`, `$` as `$$`):
 * the source first, then every header the compile read. Null when the text is not such a rule,
 * so that a compile whose dependencies cannot be read is never keyed by them.
 */
export function dependencyPaths(text: string): string[] | null {
  const joined = text.replace(/\\\r?\n/g, ' ');
  const firstRule = joined.split(/\r?\n/).find((line) => line.trim() !== '');
  if (firstRule === undefined) return null;
  const words = splitWords(firstRule);
  const colon = words.findIndex((word) => word.endsWith(':') && !word.endsWith('\\:'));
  if (colon < 0) return null;
  const paths = words.slice(colon + 1).map(unescape);
  return paths.length > 0 && paths.every((p) => p !== '' && !p.includes(':')) ? paths : null;
}

/** Words split on whitespace that no backslash escapes, escapes kept for `unescape`. */
function splitWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      word += c + line[++i]!;
    } else if (c === ' ' || c === '\t') {
      if (word) words.push(word);
      word = '';
    } else {
      word += c;
    }
  }
  if (word) words.push(word);
  return words;
}

const unescape = (word: string): string => word.replace(/\\([ #])/g, '$1').replaceAll('$$', '$');
