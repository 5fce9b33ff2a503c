import { execFile } from 'node:child_process';
import { accessSync, constants, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The first executable of that name in a PATH's directories, or null. */
export function onPath(name: string, pathVariable: string): string | null {
  for (const dir of pathVariable.split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * Installs a tool from PyPI into a virtual environment of the action's own (under the cache
 * directory, so later runs find it), with the given Python. Returns null, or why it failed in
 * one line; a half-made environment is removed.
 */
export async function installPrivate(
  python: string,
  venv: string,
  requirement: string,
  log: (text: string) => void,
): Promise<string | null> {
  const windows = process.platform === 'win32';
  const venvPython = path.join(
    venv,
    windows ? 'Scripts' : 'bin',
    windows ? 'python.exe' : 'python',
  );
  const steps = [
    [python, '-m', 'venv', venv],
    [
      venvPython,
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--retries',
      '1',
      '--timeout',
      '30',
      requirement,
    ],
  ];
  for (const [file, ...args] of steps) {
    log(`$ ${[file, ...args].map((a) => JSON.stringify(a)).join(' ')}`);
    try {
      const { stdout, stderr } = await run(file!, args, { maxBuffer: 16 * 1024 * 1024 });
      log(stdout + stderr);
    } catch (error) {
      const failed = error as { code?: number | string; stdout?: string; stderr?: string };
      log(`${failed.stdout ?? ''}${failed.stderr ?? ''}`);
      rmSync(venv, { recursive: true, force: true });
      const last = (failed.stderr ?? '').trim().split('\n').at(-1) ?? '';
      return `exit ${failed.code}${last ? `: ${last}` : ''}`;
    }
  }
  return null;
}
