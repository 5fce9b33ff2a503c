import path from 'node:path';

/**
 * A virtual environment's scripts directory: `Scripts` on Windows, `bin` elsewhere (the venv
 * module's documentation, "How venvs work").
 */
export function venvScripts(venv: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? path.win32.join(venv, 'Scripts') : path.posix.join(venv, 'bin');
}

/** An executable in a virtual environment: `Scripts\python.exe`, `bin/python`. */
export function venvExecutable(venv: string, name: string, platform: NodeJS.Platform): string {
  const scripts = venvScripts(venv, platform);
  return platform === 'win32'
    ? path.win32.join(scripts, `${name}.exe`)
    : path.posix.join(scripts, name);
}
