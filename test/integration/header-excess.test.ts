import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateCompileBytes } from '../../src/plan/compile-memory.js';
import { cliBuild, readJournal } from '../helpers/cli-build.js';
import { run } from '../helpers/run.js';

const FILES = ['a', 'b', 'c', 'd'];

/**
 * A package whose four small sources each include a 1 MB header of 10 000 struct typedefs and
 * prototypes, as pygame's include SDL2's: each compile needs ~100 MiB with -g here, which the
 * model, seeing a 200-byte file, plans as ~67 MiB.
 */
function packageWithBigHeader(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-headers-'));
  mkdirSync(path.join(dir, 'src'));
  const header = ['#ifndef BIG_H', '#define BIG_H'];
  for (let i = 0; i < 10_000; i++)
    header.push(
      `typedef struct s${i} { int a${i}; double b${i}; const char *c${i}; } s${i}_t;`,
      `int f${i}(s${i}_t *x, int y);`,
    );
  writeFileSync(path.join(dir, 'src', 'big.h'), `${header.join('\n')}\n#endif\n`);
  for (const [i, name] of FILES.entries())
    writeFileSync(
      path.join(dir, 'src', `${name}.c`),
      `#include <Python.h>\n#include "big.h"\nint use_${name}(s${i}_t *x) { return f${i}(x, ${i}); }\n`,
    );
  const sources = FILES.map((n) => `"src/${n}.c"`).join(', ');
  writeFileSync(
    path.join(dir, 'setup.py'),
    'from setuptools import Extension, setup\n\n' +
      `setup(name="headers", version="1.0", ext_modules=[Extension("headers", [${sources}])])\n`,
  );
  return dir;
}

describe('a package whose sources include a big header', () => {
  let pkg = '';
  let scratch = '';
  beforeAll(() => {
    pkg = packageWithBigHeader();
    scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-headers-run-'));
  });
  afterAll(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('is planned short by the model for its first compile, then with what the headers cost', () => {
    const { argv, reportDir } = cliBuild(pkg, scratch, 'headers', { extra: ['--jobs', '1'] });
    const ran = run(argv);
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    const compiles = readJournal(reportDir).filter((r) => r.kind === 'compile');
    expect(compiles.map((r) => r.source)).toEqual(FILES.map((n) => `src/${n}.c`));
    expect(compiles.every((r) => r.argv.includes('-g') && !r.argv.includes('-g0'))).toBe(true);
    const model = compiles.map((r) =>
      estimateCompileBytes(
        {
          file: r.source!,
          bytes: statSync(path.join(pkg, r.source!)).size,
          language: 'c',
          cython: null,
        },
        { debug: true, lto: false },
      ),
    );
    const [first, ...later] = compiles;
    // the first compile has only the model, which sees 200 bytes, not the header
    expect(first!.estimateBytes).toBe(model[0]);
    expect(first!.peakRssBytes).toBeGreaterThan(first!.estimateBytes * 1.2);
    for (const [i, r] of later.entries()) {
      expect([r.source, r.estimateBytes >= r.peakRssBytes]).toEqual([r.source, true]);
      expect(r.estimateBytes).toBeGreaterThan(model[i + 1]! * 1.2);
      // the header's cost, not a multiple of the first compile's peak
      expect(r.estimateBytes).toBeLessThan(first!.peakRssBytes * 1.3);
    }
  });
});
