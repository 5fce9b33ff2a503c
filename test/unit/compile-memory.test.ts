import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateCompileBytes } from '../../src/plan/compile-memory.js';
import { readRealCompiles } from '../helpers/real-compiles.js';

// The generated corpus's compiles measured on this machine (bench/compile-memory/measure.py), and
// the calls of its files (measure.py --tokens).
const BENCH = path.join(import.meta.dirname, '..', '..', 'bench', 'compile-memory');
function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(path.join(BENCH, file), 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  return rows.map((row) =>
    Object.fromEntries(row.split(',').map((value, i) => [columns[i], value])),
  );
}
const counts = new Map(readCsv('tokens.csv').map((t) => [t.name!, t]));
const measured = readCsv('measurements.csv')
  .filter((m) => m.opt === '-O2' && m.lto === '0' && m.returncode === '0' && m.kind !== 'baseline')
  .map((m) => ({
    name: `${m.name} ${m.flags}`,
    cython: m.cython_generated === '1',
    bytes: Number(m.size_bytes),
    peak: Number(m.peak_rss_bytes),
    estimate: estimateCompileBytes(
      {
        file: m.name!,
        bytes: Number(m.size_bytes),
        language: m.lang as 'c' | 'c++',
        cython: m.cython_generated === '1' ? 'generated' : null,
        ...(m.cython_generated === '1' && {
          codeCalls: Number(counts.get(m.name!)!.calls),
          codeStrings: Number(counts.get(m.name!)!.strings),
        }),
      },
      { debug: m.debug === '1', lto: false },
    ),
  }));

describe('the compile-memory model', () => {
  it('has measurements to stand on', () => {
    expect(measured.length).toBeGreaterThan(40);
    expect(measured.filter((m) => m.cython).every((m) => m.estimate > 0)).toBe(true);
  });

  it('never plans less than a measured compile needed', () => {
    expect(measured.filter((m) => m.estimate < m.peak).map((m) => m.name)).toEqual([]);
  });

  it("stays close for the corpus's Cython-generated files over 1 MB", () => {
    const large = measured.filter((m) => m.cython && m.bytes > 1e6);
    expect(large.length).toBeGreaterThan(6);
    // RESULTS.md: 1.10-1.46, the most for cython_5m with -g
    for (const m of large) expect([m.name, m.estimate / m.peak < 1.5]).toEqual([m.name, true]);
  });
});

// Real packages' compiles (bench/compile-memory/measure_real.py, each compile as its build ran it,
// with -g and with -g0): Debian's Pillow, lxml, cffi, msgpack, aiohttp, cytoolz, falcon, peewee,
// rencode and clickhouse-driver and MagicStack's asyncpg fitted on; oracledb, pygame, uvloop,
// regex and psutil held out of round 3, pytables, dbus-fast, cassandra-driver, pyproj, netcdf4,
// cftime and h5py of round 4, and scikit-image, statsmodels, pysam, astropy, gevent, dipy and silx
// of round 5 (only their files over 1 MB): each measured after the model was frozen.
const real = readRealCompiles().map((r) => ({
  ...r,
  name: `${r.package}/${r.file} ${r.debug ? '-g' : '-g0'}`,
  unit: {
    file: r.file,
    bytes: r.bytes,
    language: r.language,
    cython: r.cython ? ('generated' as const) : null,
    ...(r.cython && { codeCalls: r.calls, codeStrings: r.strings }),
  },
  flags: { debug: r.debug, lto: false },
}));
const ROUND_5 = ['scikit-image', 'statsmodels', 'pysam', 'astropy', 'gevent', 'dipy', 'silx'];
const HELD_OUT = [
  ...['oracledb', 'pygame', 'uvloop', 'regex', 'psutil'],
  ...['pytables', 'dbus-fast', 'cassandra-driver', 'pyproj', 'netcdf4', 'cftime', 'h5py'],
  ...ROUND_5,
];
const ratio = (r: (typeof real)[number]) => estimateCompileBytes(r.unit, r.flags) / r.peakBytes;

describe('the compile-memory model on real packages', () => {
  it('has hand-written C, Cython C and Cython C++, with and without -g, some held out', () => {
    const packages = new Set(real.map((r) => r.package));
    expect(packages.size).toBe(30);
    for (const pkg of HELD_OUT) expect(packages).toContain(pkg);
    const kinds = new Set(real.map((r) => `${r.language} ${r.cython} ${r.debug}`));
    for (const language of ['c', 'c++'])
      for (const debug of [true, false]) expect(kinds).toContain(`${language} true ${debug}`);
  });

  it('never plans less than a compile of the packages it was fitted on needed', () => {
    const short = real.filter(
      (r) => !HELD_OUT.includes(r.package) && estimateCompileBytes(r.unit, r.flags) < r.peakBytes,
    );
    expect(short.map((r) => r.name)).toEqual([]);
  });

  it('plans less than pygame, cassandra-driver and h5py need, and no other package of rounds 3-4', () => {
    // RESULTS.md: every pygame file includes SDL2's headers (2.6 MB after the preprocessor for
    // a 10 KB file), about 100 MiB that neither bytes nor calls see: 98 of its 106 compiles are
    // estimated 0.45-0.97 of their peak (the coordinator's header excess raises most of them).
    // Round 4: cassandra-driver's connection.c, cqltypes.c and protocol.c with -g0 (0.92-0.96),
    // and h5py's h5t.c with -g (0.63: -g nearly triples its peak). Held out, so left as measured.
    const short = real.filter(
      (r) => !ROUND_5.includes(r.package) && estimateCompileBytes(r.unit, r.flags) < r.peakBytes,
    );
    expect(short.filter((r) => r.package !== 'pygame').map((r) => r.name)).toEqual([
      ...['connection', 'cqltypes', 'protocol'].map((f) => `cassandra-driver/cassandra/${f}.c -g0`),
      'h5py/h5py/h5t.c -g',
    ]);
    expect(short.filter((r) => r.package === 'pygame')).toHaveLength(98);
  });

  it('plans less than 21 of the 200 compiles of round 5, the least half the peak', () => {
    // RESULTS.md, "Round 5": 16 Cython C files with -g0 (0.86-0.99), skimage's
    // _marching_cubes_classic_cy.c with -g too (0.71: one function of 13 k calls, whose -g debug
    // statements cost 170 MB), and three Cython C++ files with -g0, one of them (_remap.cpp:
    // 804 MiB with -g) with -g too
    const round5 = real.filter((r) => ROUND_5.includes(r.package));
    expect(round5).toHaveLength(200);
    const short = round5.filter((r) => ratio(r) < 1);
    expect(short).toHaveLength(21);
    expect(short.filter((r) => r.debug).map((r) => r.name)).toEqual([
      'scikit-image/skimage/measure/_marching_cubes_classic_cy.c -g',
      'scikit-image/skimage/util/_remap.cpp -g',
    ]);
    expect(Math.min(...short.map(ratio))).toBeGreaterThan(0.5);
  });

  it("measures Cython's C by its calls (and strings with -g): closer than by bytes over 1 MB", () => {
    const large = real.filter((r) => r.cython && r.bytes > 1e6 && !ROUND_5.includes(r.package));
    expect(large.length).toBe(80);
    const ratios = large.map((r) => ({
      name: r.name,
      byCalls: estimateCompileBytes(r.unit, r.flags) / r.peakBytes,
      byBytes:
        estimateCompileBytes({ ...r.unit, codeCalls: undefined, codeStrings: undefined }, r.flags) /
        r.peakBytes,
    }));
    // RESULTS.md's tables: the most by calls (and strings) is dbus-fast's service.c with -g (1.47,
    // held out), asyncpg's protocol.c with -g (1.46, fitted); by bytes 2.8 and more
    expect(Math.max(...ratios.map((r) => r.byCalls))).toBeLessThan(1.5);
    expect(Math.max(...ratios.map((r) => r.byBytes))).toBeGreaterThan(2.5);
  });

  it("over-plans round 5's files whose calls are mostly in functions GCC drops", () => {
    // RESULTS.md, "Round 5": a static function nothing live names (an unused `cdef inline` of a
    // .pxd, a fused type's unused specialisation) is dropped before it is optimised, yet its calls
    // are counted: 10-46 % of these files' calls are in live functions
    const over = real.filter((r) => ROUND_5.includes(r.package) && r.cython && ratio(r) >= 1.5);
    expect(over.map((r) => r.name).sort()).toEqual([
      'scikit-image/skimage/_shared/interpolation.c -g',
      'scikit-image/skimage/_shared/interpolation.c -g0',
      'scikit-image/skimage/feature/orb_cy.c -g',
      'scikit-image/skimage/feature/orb_cy.c -g0',
      'scikit-image/skimage/restoration/_denoise_cy.c -g',
      'scikit-image/skimage/transform/_hough_transform.c -g',
      'scikit-image/skimage/transform/_warps_cy.c -g',
    ]);
  });
});
