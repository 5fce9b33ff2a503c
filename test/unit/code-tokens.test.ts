import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countCodeTokens } from '../../src/plan/code-tokens.js';
import { debianSource } from '../helpers/debian-sources.js';

describe('countCodeTokens', () => {
  it('counts names, numbers, literals and punctuation, not comments', () => {
    expect(countCodeTokens('static int x = 0x1F; /* a comment */\n// another\n')).toBe(6);
    expect(countCodeTokens('s = "a /* not a comment */ b"; c = \'"\';')).toBe(8);
    expect(countCodeTokens('  \n\t')).toBe(0);
    expect(countCodeTokens('/* "open\n quote */ p->q')).toBe(4);
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
      const source = readFileSync(path.join(lxml.found ? lxml.dir : '', file!), 'latin1');
      expect([file, countCodeTokens(source)]).toEqual([file, Number(tokens)]);
    }
  });
});
