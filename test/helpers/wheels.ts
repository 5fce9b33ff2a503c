import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAsync, type Ran } from './run.js';

/** The tag triples an interpreter accepts, as pip itself computes them. */
// Asynchronous: venvs of PyPy and debug builds take tens of seconds, and a test worker blocked
// that long misses vitest's own messages.
export async function acceptedTags(python: string): Promise<Set<string>> {
  const ran = await runAsync([
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
export async function venvWith(python: string, wheel: string): Promise<string> {
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
    const ran = await runAsync(argv);
    if (ran.status !== 0) throw new Error(`${argv.join(' ')} failed: ${ran.stderr}`);
  }
  return path.join(venv, 'bin', 'python');
}

/** Runs Python code in a clean process: no PYTHONPATH, outside any source tree. */
export function runPython(python: string, code: string): Promise<Ran> {
  return runAsync([python, '-c', code], {
    env: { PATH: '/usr/bin:/bin', HOME: os.tmpdir() },
    cwd: os.tmpdir(),
  });
}
