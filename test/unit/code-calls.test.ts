import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countCode } from '../../src/plan/code-calls.js';
import { debianSource } from '../helpers/debian-sources.js';
import { readRealCompiles } from '../helpers/real-compiles.js';

const calls = (source: string) => countCode(source).calls;

describe('countCode', () => {
  it('counts a name before a parenthesis, not keywords, comments or literals', () => {
    expect(calls('x = f(a) + g (b); /* h(c) */ // i(d)\n')).toBe(2);
    expect(calls('if (x) while (y) return sizeof(z); for (;;) switch (k) {}')).toBe(0);
    expect(calls('s = "j(k)"; c = \'(\'; (void)m; n[0](1); 3(4)')).toBe(0);
    expect(calls('static int f(void) { return unlikely(__Pyx_X(o)); }')).toBe(2);
    expect(calls('/* "open\n quote */ p(q)')).toBe(1);
  });

  it('counts string literals outside comments, each piece of a concatenation apart', () => {
    expect(countCode('static const char k[] = "a\\"b"; /* "c" */ // "d"\n').strings).toBe(1);
    expect(countCode('f("x" "y", \'"\', g("z"))').strings).toBe(3);
  });

  // the call lines were fitted on counts by bench/compile-memory/tokens.py: the same here
  const lxml = debianSource('lxml');
  it.skipIf(!lxml.found)("agrees with the benchmark's count on lxml's Cython files", () => {
    const rows = readRealCompiles().filter((r) => r.package === 'lxml' && r.cython);
    expect(rows.length).toBeGreaterThan(6);
    for (const r of rows) {
      const source = readFileSync(path.join(lxml.found ? lxml.dir : '', r.file), 'latin1');
      expect([r.file, countCode(source)]).toEqual([r.file, { calls: r.calls, strings: r.strings }]);
    }
  });
});
