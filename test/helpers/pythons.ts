import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// pyenv's interpreters as this machine has them, found where wheelwright looks (PYENV_ROOT, else
// ~/.pyenv), never at a path written for one machine: a test that needs one asks for a minor
// version and skips, saying which, where the machine has none.

export interface PyenvPython {
  /** The version directory's name: 3.12.1. */
  version: string;
  /** bin/python3.12 in it. */
  executable: string;
  /** The version's prefix: <root>/versions/3.12.1. */
  prefix: string;
}

export const pyenvRoot = (): string => process.env.PYENV_ROOT || path.join(os.homedir(), '.pyenv');

function installed(): PyenvPython[] {
  const versions = path.join(pyenvRoot(), 'versions');
  const names = existsSync(versions) ? readdirSync(versions) : [];
  return names
    .map((version) => /^(\d+)\.(\d+)\.(\d+)$/.exec(version))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(b[3]) - Number(a[3]))
    .map((m) => {
      const prefix = path.join(versions, m[0]);
      return {
        version: m[0],
        executable: path.join(prefix, 'bin', `python${m[1]}.${m[2]}`),
        prefix,
      };
    })
    .filter((p) => existsSync(p.executable));
}

/** pyenv's newest CPython `minor` (`'3.12'`), if it has one. */
export function pyenvPython(minor: string): PyenvPython | undefined {
  return installed().find((p) => p.version.startsWith(`${minor}.`));
}

/** Says what a test needs when the machine does not have it, for the test's name. */
export const needs = (minor: string): string =>
  pyenvPython(minor) ? '' : ` (skipped: needs pyenv's CPython ${minor} in ${pyenvRoot()})`;
