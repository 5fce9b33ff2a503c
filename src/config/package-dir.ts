import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './input-error.js';

const MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg'];

/** Fails with the input's name unless `dir` is a directory holding a Python package's build files. */
export function checkPackageDir(dir: string, asGiven: string): void {
  if (!existsSync(dir)) {
    throw new InputError('package-dir', asGiven, `no such directory (${dir})`);
  }
  if (!statSync(dir).isDirectory()) {
    throw new InputError('package-dir', asGiven, `it is not a directory (${dir})`);
  }
  if (!MARKERS.some((marker) => existsSync(path.join(dir, marker)))) {
    throw new InputError(
      'package-dir',
      asGiven,
      `expected a directory holding pyproject.toml, setup.py or setup.cfg (${dir} has none)`,
    );
  }
}

// What a build never needs from the user's tree. Build outputs and environments are outputs only
// where tools put them, directly under the package root: deeper down a directory called `build` or
// `dist` is source (pypa/build's `src/build/`, pip's `operations/build/`).
const OUTPUTS_AT_ROOT = new Set([
  'build',
  'dist',
  'wheelhouse',
  'node_modules',
  '.tox',
  '.nox',
  'venv',
  '.venv',
  '.eggs',
]);
const VCS_DIRS = new Set(['.git', '.hg', '.svn']);
// quilt's record of its patches at the root: the files as they were before each patch (Debian's
// source packages carry it), never compiled, though their names end in .c
const QUILT_DIR = '.pc';

/** A directory at any depth that is never source: bytecode caches and setuptools' metadata. */
function isCacheDir(name: string): boolean {
  return name === '__pycache__' || name.endsWith('.egg-info');
}

/** Whether a directory `name`, in the package root when `atRoot`, holds no sources to compile. */
export function holdsNoSources(name: string, atRoot: boolean): boolean {
  return (
    isCacheDir(name) ||
    VCS_DIRS.has(name) ||
    (atRoot && (OUTPUTS_AT_ROOT.has(name) || name === QUILT_DIR))
  );
}

/**
 * Whether the build's copy of the package leaves out a directory `name`. The root's version
 * control data stays: setuptools-scm, hatch-vcs and versioneer read the version from it; so does
 * quilt's, which a build step may read or apply.
 */
export function leftOutOfCopy(name: string, atRoot: boolean): boolean {
  return atRoot
    ? !VCS_DIRS.has(name) && name !== QUILT_DIR && holdsNoSources(name, true)
    : holdsNoSources(name, false);
}
