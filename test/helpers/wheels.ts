import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, type Ran } from './run.js';

/** The tag triples an interpreter accepts, as pip itself computes them. */
export function acceptedTags(python: string): Set<string> {
  const ran = run([
    python,
    '-c',
    'from pip._vendor.packaging import tags\nfor t in tags.sys_tags(): print(t)',
  ]);
  if (ran.status !== 0) throw new Error(`${python} could not list its tags: ${ran.stderr}`);
  return new Set(ran.stdout.trim().split('\n'));
}

/** `name-version-python-abi-platform.whl` → `python-abi-platform`. */
export function wheelTag(wheel: string): string {
  return path.basename(wheel, '.whl').split('-').slice(-3).join('-');
}

/** A fresh virtual environment of `python` with the wheel installed, offline, without dependencies. */
export function venvWith(python: string, wheel: string): string {
  const venv = path.join(mkdtempSync(path.join(os.tmpdir(), 'ww-venv-')), 'venv');
  for (const argv of [
    [python, '-m', 'venv', venv],
    [
      path.join(venv, 'bin', 'python'),
      '-m',
      'pip',
      'install',
      '--no-index',
      '--no-deps',
      '--disable-pip-version-check',
      wheel,
    ],
  ]) {
    const ran = run(argv);
    if (ran.status !== 0) throw new Error(`${argv.join(' ')} failed: ${ran.stderr}`);
  }
  return path.join(venv, 'bin', 'python');
}

/** Runs Python code in a clean process: no PYTHONPATH, outside any source tree. */
export function runPython(python: string, code: string): Ran {
  return run([python, '-c', code], {
    env: { PATH: '/usr/bin:/bin', HOME: os.tmpdir() },
    cwd: os.tmpdir(),
  });
}
