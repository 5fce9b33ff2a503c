import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { isProgram } from '../platform/env-path.js';
import { venvExecutable } from '../platform/venv-paths.js';

const run = promisify(execFile);

/** Every executable of that name in a PATH's directories, in order. */
export function allOnPath(name: string, pathVariable: string): string[] {
  return pathVariable
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .filter(isProgram);
}

/** The first executable of that name in a PATH's directories, or null. */
export const onPath = (name: string, pathVariable: string): string | null =>
  allOnPath(name, pathVariable)[0] ?? null;

/** Installs under way, by environment: the builds of all versions repair at once. */
const installing = new Map<string, Promise<string | null>>();

/**
 * Installs a tool from PyPI into a virtual environment of the action's own under the cache
 * directory (found there again where that directory persists: a self-hosted runner, a terminal;
 * GitHub's cache keeps only the object cache), with the given Python. Returns null, or why it failed in
 * one line; a half-made environment is removed. Builds that ask for the same environment at
 * once share one install (and its outcome).
 */
export function installPrivate(
  python: string,
  venv: string,
  requirement: string,
  log: (text: string) => void,
): Promise<string | null> {
  let pending = installing.get(venv);
  if (!pending) {
    pending = install(python, venv, requirement, log).finally(() => installing.delete(venv));
    installing.set(venv, pending);
  }
  return pending;
}

async function install(
  python: string,
  venv: string,
  requirement: string,
  log: (text: string) => void,
): Promise<string | null> {
  const venvPython = venvExecutable(venv, 'python', process.platform);
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
