// bench/compile-memory/real.csv: real packages' compiles measured by measure_real.py, one row per
// compile with -g and one with -g0.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface RealCompile {
  /** The package without its version: `lxml` for `lxml-4.9.2`. */
  package: string;
  file: string;
  language: 'c' | 'c++';
  cython: boolean;
  bytes: number;
  calls: number;
  /** String literals outside comments (counted where the source was kept). */
  strings: number;
  debug: boolean;
  peakBytes: number;
}

const CSV = path.join(import.meta.dirname, '..', '..', 'bench', 'compile-memory', 'real.csv');

export function readRealCompiles(): RealCompile[] {
  const [header, ...lines] = readFileSync(CSV, 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  // every column before the last (the command line, quoted, with commas) is a plain value
  const at = (values: string[], name: string) => values[columns.indexOf(name)]!;
  return lines.map((line) => {
    const values = line.split(',');
    return {
      package: at(values, 'package').replace(/-[\d.]+$/, ''),
      file: at(values, 'file'),
      language: at(values, 'lang') as 'c' | 'c++',
      cython: at(values, 'cython') === '1',
      bytes: Number(at(values, 'size_bytes')),
      calls: Number(at(values, 'calls')),
      strings: Number(at(values, 'strings')),
      debug: at(values, 'debug') === '1',
      peakBytes: Number(at(values, 'peak_rss_bytes')),
    };
  });
}
