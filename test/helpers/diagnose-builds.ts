import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, type Ran } from './run.js';

/** Debian's Python: the one with setuptools and wheel, so builds need no index. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** Temporary directories a test made, removed by `removeAll` whether the test passed or not. */
export class Scratch {
  private readonly dirs: string[] = [];

  dir(prefix = 'ww-diagnose-'): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    this.dirs.push(dir);
    return dir;
  }

  /** A package directory holding `files` (path → text). */
  package(files: Record<string, string>): string {
    const dir = this.dir('ww-diagnose-pkg-');
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  removeAll(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

/** setup.py text for extensions given as name → sources, plus extra Extension() arguments. */
export function setupPy(extensions: Record<string, string[]>, extra = ''): string {
  const exts = Object.entries(extensions)
    .map(
      ([name, sources]) => `Extension(${JSON.stringify(name)}, ${JSON.stringify(sources)}${extra})`,
    )
    .join(', ');
  return `from setuptools import Extension, setup\n\nsetup(name="wwdiag", version="1.0", ext_modules=[${exts}])\n`;
}

export const TRIVIAL_MODULE = (name: string): string => `#include <Python.h>
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "${name}", NULL, -1, NULL};
PyMODINIT_FUNC PyInit_${name}(void) { return PyModule_Create(&def); }
`;

/** The whole output of a command as a build log reads it: stdout, then stderr. */
export const logOf = (ran: Ran): string => `${ran.stdout}\n${ran.stderr}`;

/**
 * `pip wheel` of `dir` with the system Python, without build isolation unless asked, optionally
 * behind `wrap` (timeout, prlimit), with extra environment, or run by `run` (inside a cgroup).
 */
export function pipWheel(
  dir: string,
  outDir: string,
  options: {
    wrap?: string[];
    env?: NodeJS.ProcessEnv;
    /** The environment `env` adds to; this process's by default. */
    baseEnv?: NodeJS.ProcessEnv;
    isolation?: boolean;
    run?: (argv: string[], env: NodeJS.ProcessEnv) => Ran;
  } = {},
): Ran {
  const argv = [
    ...(options.wrap ?? []),
    SYSTEM_PYTHON,
    '-m',
    'pip',
    'wheel',
    '--no-deps',
    '--disable-pip-version-check',
    '-v',
    '-w',
    outDir,
    ...(options.isolation ? [] : ['--no-build-isolation']),
    dir,
  ];
  const env = { ...(options.baseEnv ?? process.env), PIP_NO_INPUT: '1', ...options.env };
  return options.run ? options.run(argv, env) : run(argv, { env });
}

export { runAsync } from './run.js';

/** This environment without pip's settings: no local wheel directories or mirrors to fall back on. */
export function withoutPipSettings(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('PIP_'))),
    PIP_CONFIG_FILE: '/dev/null',
  };
}
