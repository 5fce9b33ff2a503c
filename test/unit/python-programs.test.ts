import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { candidatePlaces } from '../../src/build/discover.js';
import { isProgram } from '../../src/platform/env-path.js';
import { ROOT, run } from '../helpers/run.js';

// The project's own Python: the programs wheelwright runs on the build's interpreters (src/, kept
// as .py files and carried in the bundle as strings by scripts/generate.js, which
// test/unit/generated.test.ts checks are fresh), the reusable workflow's steps (.github/wheels/)
// and the benchmarks (bench/). Every .py file there, so a new one is linted without being listed.
const files = ['src', '.github', 'bench']
  .flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.py'))
      .map((file) => path.join(ROOT, dir, file)),
  )
  .sort();
const inspectProgram = files.find((file) => path.basename(file) === 'inspect_interpreter.py')!;

// Debian's python3, which .ci/run installs python3-pyflakes for.
const python3 = '/usr/bin/python3';
const pyflakes = run([python3, '-c', 'import pyflakes']).status === 0;
// Discovery runs the inspect program on every Python from 2.7 on: an old one, found where
// discovery looks (PATH without shims, pyenv, /opt/python), where there is one.
const python27 =
  candidatePlaces(process.env)
    .flatMap((place) => place.dirs)
    .map((dir) => path.join(dir, 'python2.7'))
    .find(isProgram) ?? null;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-python-programs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("wheelwright's own Python", () => {
  it('are found: the programs the bundle carries, the workflow’s steps', () => {
    expect(files.map((file) => path.relative(ROOT, file))).toEqual(
      expect.arrayContaining([
        'src/build/build_wheel.py',
        'src/build/inspect_interpreter.py',
        'src/repair/repack_wheel.py',
        '.github/wheels/plan.py',
        '.github/wheels/gather.py',
      ]),
    );
  });

  it('compile (py_compile)', () => {
    // the byte code goes to the scratch directory, not beside the sources
    const compile =
      'import os, py_compile, sys\n' +
      'for i, f in enumerate(sys.argv[2:]):\n' +
      '    py_compile.compile(f, cfile=os.path.join(sys.argv[1], "%d.pyc" % i), doraise=True)';
    const ran = run([python3, '-c', compile, scratch, ...files]);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
  });

  it.skipIf(!pyflakes)('pass pyflakes (python3-pyflakes; skipped when it is not installed)', () => {
    const ran = run([python3, '-m', 'pyflakes', ...files]);
    expect(ran.stdout + ran.stderr).toBe('');
    expect(ran.status).toBe(0);
  });

  it.skipIf(python27 === null)(
    'the inspect program compiles on Python 2.7 (skipped where discovery finds no python2.7)',
    () => {
      const ran = run([
        python27!,
        '-c',
        'import sys; compile(open(sys.argv[1]).read(), sys.argv[1], "exec")',
        inspectProgram,
      ]);
      expect(ran.stderr).toBe('');
      expect(ran.status).toBe(0);
    },
  );
});
