import { describe, expect, it } from 'vitest';
import { statusLine } from '../../src/report/progress.js';

describe('the live status line', () => {
  it('says what is compiling for which build and for how long', () => {
    const now = 100_000;
    const line = statusLine(
      [
        { build: 'cp311', what: 'src/lxml/etree.c', since: now - 12_400 },
        { build: 'pp39', what: '_vector.cpython-311-x86_64-linux-gnu.so', since: now - 800 },
      ],
      now,
    );
    expect(line).toBe(
      'compiling: cp311 etree.c 12s · pp39 _vector.cpython-311-x86_64-linux-gnu.so 1s',
    );
  });

  it('is empty when nothing runs', () => {
    expect(statusLine([], 0)).toBe('');
  });
});
