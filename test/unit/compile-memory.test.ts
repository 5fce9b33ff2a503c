import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateCompileBytes } from '../../src/plan/compile-memory.js';

// The real compiles measured on this machine (bench/compile-memory/measure.py).
const CSV = path.join(
  import.meta.dirname,
  '..',
  '..',
  'bench',
  'compile-memory',
  'measurements.csv',
);
const [header, ...rows] = readFileSync(CSV, 'utf8').trim().split('\n');
const columns = header!.split(',');
const measured = rows
  .map((row) => Object.fromEntries(row.split(',').map((value, i) => [columns[i], value])))
  .filter((m) => m.opt === '-O2' && m.lto === '0' && m.returncode === '0' && m.kind !== 'baseline');

describe('the compile-memory model', () => {
  it('has measurements to stand on', () => {
    expect(measured.length).toBeGreaterThan(40);
  });

  it('never plans less than a measured compile needed', () => {
    const short = measured.filter((m) => {
      const estimate = estimateCompileBytes(
        {
          file: m.name!,
          bytes: Number(m.size_bytes),
          language: m.lang as 'c' | 'c++',
          cython: m.cython_generated === '1' ? 'generated' : null,
        },
        { debug: m.debug === '1', lto: false },
      );
      return estimate < Number(m.peak_rss_bytes);
    });
    expect(short.map((m) => `${m.name} ${m.flags}`)).toEqual([]);
  });

  it('stays close for Cython-generated C, the heavy files of real packages', () => {
    for (const m of measured.filter(
      (m) => m.cython_generated === '1' && m.lang === 'c' && Number(m.size_bytes) > 1e6,
    )) {
      const estimate = estimateCompileBytes(
        { file: m.name!, bytes: Number(m.size_bytes), language: 'c', cython: 'generated' },
        { debug: m.debug === '1', lto: false },
      );
      // the safety factor (at most 1.2 here) on top of a fit within 18 %
      expect(estimate / Number(m.peak_rss_bytes)).toBeLessThan(1.45);
    }
  });
});
