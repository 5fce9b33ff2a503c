import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countCodeTokens } from '../../src/plan/code-tokens.js';
import { debianSource } from '../helpers/debian-sources.js';

const count = (text: string) => countCodeTokens(Buffer.from(text, 'latin1'));

// The definition of the tokens (code-tokens.ts), which the scan must agree with.
const TOKEN =
  /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|[A-Za-z_]\w*|\d[\w.]*|\S/g;
const byExpression = (text: string) =>
  [...text.matchAll(TOKEN)].filter(([t]) => !t.startsWith('/*') && !t.startsWith('//')).length;

describe('countCodeTokens', () => {
  it('counts names, numbers, literals and punctuation, not comments', () => {
    expect(count('static int x = 0x1F; /* a comment */\n// another\n')).toBe(6);
    expect(count('s = "a /* not a comment */ b"; c = \'"\';')).toBe(8);
    expect(count('  \n\t')).toBe(0);
    expect(count('/* "open\n quote */ p->q')).toBe(4);
  });

  it('counts what the regular expression finds, on unclosed comments, literals and escapes too', () => {
    const pieces = [
      '/',
      '*',
      '"',
      "'",
      '\\',
      '\n',
      '\r',
      ' ',
      '\t',
      'a',
      '_',
      '1',
      '.',
      '\xa0',
      '\x85',
      '\xe9',
      ';',
    ];
    let seed = 16;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let sample = 0; sample < 5000; sample++) {
      let text = '';
      for (let length = next() % 24; length > 0; length--) text += pieces[next() % pieces.length];
      expect([text, count(text)]).toEqual([text, byExpression(text)]);
    }
  });

  // the token lines were fitted on counts by bench/compile-memory/tokens.py: the same here
  const lxml = debianSource('lxml');
  it.skipIf(!lxml.found)("agrees with the benchmark's count on lxml's Cython files", () => {
    const csv = path.join(import.meta.dirname, '..', '..', 'bench', 'compile-memory', 'real.csv');
    const rows = readFileSync(csv, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','))
      .filter(([pkg, , , cython]) => pkg!.startsWith('lxml-') && cython === '1');
    expect(rows.length).toBeGreaterThan(6);
    for (const [, file, , , , tokens] of rows) {
      const source = readFileSync(path.join(lxml.found ? lxml.dir : '', file!));
      expect([file, countCodeTokens(source)]).toEqual([file, Number(tokens)]);
    }
  });
});
