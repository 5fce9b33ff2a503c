import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countCodeCalls } from '../../src/plan/code-calls.js';
import { debianSource } from '../helpers/debian-sources.js';
import { readRealCompiles } from '../helpers/real-compiles.js';

describe('countCodeCalls', () => {
  it('counts a name before a parenthesis, not keywords, comments or literals', () => {
    expect(countCodeCalls('x = f(a) + g (b); /* h(c) */ // i(d)\n')).toBe(2);
    expect(countCodeCalls('if (x) while (y) return sizeof(z); for (;;) switch (k) {}')).toBe(0);
    expect(countCodeCalls('s = "j(k)"; c = \'(\'; (void)m; n[0](1); 3(4)')).toBe(0);
    expect(countCodeCalls('static int f(void) { return unlikely(__Pyx_X(o)); }')).toBe(2);
    expect(countCodeCalls('/* "open\n quote */ p(q)')).toBe(1);
  });

  // the call lines were fitted on counts by bench/compile-memory/tokens.py: the same here
  const lxml = debianSource('lxml');
  it.skipIf(!lxml.found)("agrees with the benchmark's count on lxml's Cython files", () => {
    const rows = readRealCompiles().filter((r) => r.package === 'lxml' && r.cython);
    expect(rows.length).toBeGreaterThan(6);
    for (const { file, calls } of rows) {
      const source = readFileSync(path.join(lxml.found ? lxml.dir : '', file), 'latin1');
      expect([file, countCodeCalls(source)]).toEqual([file, calls]);
    }
  });
});
