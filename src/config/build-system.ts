import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { TomlValue } from 'smol-toml';
import { InputError } from './input-error.js';
import { isTable, readToml, shown } from './pyproject.js';

/** How a project says its wheels are built (PEP 517 and 518), for calling its backend directly. */
export interface BuildSystem {
  /** The requirements the backend needs installed, as written (PEP 508). */
  requires: string[];
  /** `module` or `module:object`. */
  backend: string;
  /** backend-path entries, relative to the project's root, each inside it. */
  backendPath: string[];
  /** Where the backend comes from, for the log: `declared in …` or why the default applies. */
  from: string;
}

/**
 * What pip assumes of a project that does not declare a backend: setuptools' legacy backend, which
 * runs setup.py as `setup.py bdist_wheel` would, with the project's root on sys.path.
 */
export const LEGACY_BACKEND = 'setuptools.build_meta:__legacy__';
const LEGACY_REQUIRES = ['setuptools>=40.8.0'];

// module:object, each a dotted name of identifiers (the entry-point syntax PEP 517 names).
const DOTTED = String.raw`[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*`;
const BACKEND_SPEC = new RegExp(`^${DOTTED}(?::${DOTTED})?$`);

/** The module part of a backend spec: `setuptools.build_meta` of `setuptools.build_meta:__legacy__`. */
export const backendModule = (spec: string): string => spec.split(':')[0]!;

function insideProject(root: string, entry: string): string | null {
  if (path.isAbsolute(entry)) return null;
  const relative = path.relative(root, path.resolve(root, entry));
  const escapes = (rel: string) => rel === '..' || rel.startsWith(`..${path.sep}`);
  if (escapes(relative) || path.isAbsolute(relative)) return null;
  // a symbolic link inside the tree may still lead out of it
  const target = path.resolve(root, relative);
  if (existsSync(target)) {
    const real = path.relative(realpathSync(root), realpathSync(target));
    if (escapes(real) || path.isAbsolute(real)) return null;
  }
  return relative === '' ? '.' : relative;
}

/**
 * Reads [build-system] from the project's pyproject.toml. No file, no table or no build-backend
 * means the legacy setuptools backend, as PEP 517 says frontends should fall back to.
 */
export function readBuildSystem(packageDir: string): BuildSystem {
  const file = path.join(packageDir, 'pyproject.toml');
  const legacy = (from: string): BuildSystem => ({
    requires: LEGACY_REQUIRES,
    backend: LEGACY_BACKEND,
    backendPath: [],
    from,
  });
  if (!existsSync(file)) return legacy('the default: no pyproject.toml');
  const table: TomlValue | undefined = readToml(file)['build-system'];
  if (table === undefined) return legacy(`the default: no [build-system] in ${file}`);
  const where = (key: string) => `${file} [build-system] ${key}`;
  if (!isTable(table))
    throw new InputError('package-dir', shown(table), 'expected a table', `${file} [build-system]`);

  const { requires, 'build-backend': backend, 'backend-path': backendPath } = table;
  // PEP 518 makes requires mandatory once the table exists; pip refuses such a file too.
  if (!Array.isArray(requires) || !requires.every((r) => typeof r === 'string'))
    throw new InputError(
      'package-dir',
      requires === undefined ? '(missing)' : shown(requires),
      'expected an array of requirement strings (PEP 518), e.g. ["setuptools>=61", "wheel"]',
      where('requires'),
    );
  if (backend === undefined)
    return {
      ...legacy(`the default: ${file} [build-system] has no build-backend`),
      requires: requires as string[],
    };
  if (typeof backend !== 'string' || !BACKEND_SPEC.test(backend.trim()))
    throw new InputError(
      'package-dir',
      shown(backend),
      "expected 'module' or 'module:object' (PEP 517), e.g. 'setuptools.build_meta'",
      where('build-backend'),
    );
  const entries = backendPath ?? [];
  if (!Array.isArray(entries) || !entries.every((p) => typeof p === 'string'))
    throw new InputError(
      'package-dir',
      shown(entries),
      'expected an array of directories relative to the project, e.g. ["_build"]',
      where('backend-path'),
    );
  const inside = (entries as string[]).map((entry) => {
    const relative = insideProject(packageDir, entry);
    if (relative === null)
      throw new InputError(
        'package-dir',
        entry,
        `expected a directory inside the project (${packageDir}), as PEP 517 requires`,
        where('backend-path'),
      );
    return relative;
  });
  return {
    requires: requires as string[],
    backend: backend.trim(),
    backendPath: inside,
    from: `declared in ${file} [build-system]`,
  };
}
