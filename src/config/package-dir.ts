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

// Trees in a package directory that are not its source: VCS data, build outputs, environments.
const GENERATED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'build',
  'dist',
  'wheelhouse',
  'node_modules',
  '.tox',
  '.nox',
  'venv',
  '.venv',
  '__pycache__',
  '.eggs',
]);

export function isGeneratedDir(name: string): boolean {
  return GENERATED_DIRS.has(name) || name.endsWith('.egg-info');
}
