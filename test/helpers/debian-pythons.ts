import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's interpreters as this machine has them, asked what they are: bookworm's python3 is
// 3.11 and its PyPy 3.9, trixie's are 3.13 and 3.10. A test names the identifiers it expects
// from these, never from one release's numbers.

export interface DebianPython {
  /** The versioned executable: /usr/bin/python3.11. */
  executable: string;
  /** 3.11.2 */
  version: string;
  /** 3.11 */
  minor: string;
  /** The build identifier wheelwright gives it: cp311, pp39. */
  id: string;
}

function ask(executable: string, kind: 'cp' | 'pp'): DebianPython {
  const version = execFileSync(
    executable,
    ['-c', 'import platform; print(platform.python_version())'],
    { encoding: 'utf8' },
  ).trim();
  const [major, minor] = version.split('.');
  const name = kind === 'cp' ? 'python' : 'pypy';
  return {
    executable: `/usr/bin/${name}${major}.${minor}`,
    version,
    minor: `${major}.${minor}`,
    id: `${kind}${major}${minor}`,
  };
}

/** Debian's python3 (the README's requirement). */
export const DEBIAN_PYTHON = ask('/usr/bin/python3', 'cp');

/** Debian's debug build of it (python3-dbg), and the identifier of a build for it: cp311d. */
export const DEBIAN_DEBUG = {
  executable: `${DEBIAN_PYTHON.executable}-dbg`,
  id: `${DEBIAN_PYTHON.id}d`,
};

/** Debian's PyPy (pypy3), when installed. */
export const DEBIAN_PYPY = existsSync('/usr/bin/pypy3') ? ask('/usr/bin/pypy3', 'pp') : undefined;
