import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { quote } from 'shell-quote';

/**
 * The name of the environment's PATH variable. Windows keeps it as `Path` and compares names
 * without case, but a copy of process.env (`{ ...env }`) is a plain object: setting `PATH` on it
 * adds a second variable beside `Path` instead of changing it.
 */
export function pathKey(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): string {
  if (platform !== 'win32') return 'PATH';
  return Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'Path';
}

/** The environment with `dirs` first on its PATH, whatever the variable is called there. */
export function prependPath(
  env: Record<string, string | undefined>,
  dirs: string[],
  platform: NodeJS.Platform,
): Record<string, string | undefined> {
  const key = pathKey(env, platform);
  const delimiter = platform === 'win32' ? ';' : ':';
  return { ...env, [key]: [...dirs, ...(env[key] ? [env[key]] : [])].join(delimiter) };
}

/**
 * The stand-ins that make `python` and `python3` in a before-build command this build's
 * interpreter, as files to write into a directory put first on PATH. Elsewhere they are
 * symlinks; on Windows a symlink named `python` is no program, and an installation has only
 * python.exe (no python3.exe: Git's bash would find the Store's stand-in in WindowsApps), so
 * they are scripts for the bash that runs the command.
 */
export function pythonStandIns(
  executable: string,
  platform: NodeJS.Platform,
): { name: string; symlinkTo?: string; script?: string }[] {
  if (platform !== 'win32')
    return ['python', 'python3'].map((name) => ({ name, symlinkTo: executable }));
  return ['python', 'python3'].map((name) => ({
    name,
    script: `#!/bin/sh\nexec ${quote([executable])} "$@"\n`,
  }));
}

/**
 * Where `name` would be run from by a command search of `env`'s PATH, or null. On Windows a
 * program is `name.exe` (uv and the like ship as executables, not scripts).
 */
export function findOnPath(
  name: string,
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
  isProgram: (file: string) => boolean,
): string | null {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const file = platform === 'win32' ? `${name}.exe` : name;
  const dirs = (env[pathKey(env, platform)] ?? '').split(platform === 'win32' ? ';' : ':');
  for (const dir of dirs.filter(Boolean)) {
    const candidate = join(dir, file);
    if (isProgram(candidate)) return candidate;
  }
  return null;
}

/** Whether a file is a program this process may run (a directory with x bits is not). */
export function isProgram(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
