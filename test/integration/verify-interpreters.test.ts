import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBIAN_DEBUG } from '../helpers/debian-pythons.js';
import { ROOT } from '../helpers/run.js';
import { buildWheel, tempDirs } from '../helpers/verify-builds.js';
import { verifyWheel } from '../../src/verify/verify-wheel.js';

const temp = tempDirs();
afterAll(() => temp.removeAll());

/** Builds the package for `python` with wheelwright and verifies the wheel as the build would. */
async function builtAndVerified(packageDir: string, python: string) {
  const dir = temp.make('ww-verify-interpreter-');
  const built = buildWheel(packageDir, python, dir);
  return verifyWheel({
    wheel: built.wheel,
    python,
    buildLog: built.log,
    workDir: path.join(dir, 'verify'),
  });
}

describe("verify installs and imports each wheel with its own interpreter's virtual environment", () => {
  it.each([DEBIAN_DEBUG.executable, '/usr/bin/pypy3'])('%s: the example passes', async (python) => {
    const result = await builtAndVerified(path.join(ROOT, 'example'), python);
    expect(result.extensions.map((e) => e.module)).toEqual([
      'wheelwright_example._stats',
      'wheelwright_example._vector',
    ]);
    expect(result.imports.map((o) => [o.module, o.ok])).toEqual([
      ['wheelwright_example', true],
      ['wheelwright_example._stats', true],
      ['wheelwright_example._vector', true],
    ]);
    expect(result.missingExtensions).toEqual([]);
    expect(result.extensions.flatMap((e) => e.libraries).every((l) => l.place === 'system')).toBe(
      true,
    );
    expect(result.passed).toBe(true);
  });
});

describe('a module that uses CPython C API which PyPy does not emulate', () => {
  const fixture = path.join(ROOT, 'test', 'fixtures', 'verify', 'cpython-only');

  it('imports under CPython', async () => {
    const result = await builtAndVerified(fixture, '/usr/bin/python3');
    expect(result.imports.every((o) => o.ok)).toBe(true);
    expect(result.passed).toBe(true);
  });

  it('builds for PyPy but fails its import: one card that says PyPy lacks the call, not "rebuild"', async () => {
    const result = await builtAndVerified(fixture, '/usr/bin/pypy3');
    expect(result.passed).toBe(false);
    // the package fails only because its extension does: one card, for the extension
    const blocking = result.diagnoses.filter(
      (d) => d.class !== 'platform-tag-not-accepted-by-pypi',
    );
    expect(blocking.map((d) => [d.class, d.concerns.extension])).toEqual([
      ['c-api-missing-in-pypy', 'wwcpython._interp'],
    ]);
    expect(blocking[0]!.title).toBe(
      'import wwcpython._interp fails: PyPy has no PyInterpreterState_Main, CPython C API the module uses',
    );
    expect(blocking[0]!.evidence[0]!.text).toMatch(/undefined symbol: PyInterpreterState_Main$/);
    expect(blocking[0]!.remedy).toContain('Drop PyPy from python-versions');
  });
});
