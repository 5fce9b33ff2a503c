import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuildSystem } from '../../src/config/build-system.js';
import { InputError } from '../../src/config/input-error.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project directory whose pyproject.toml is `toml` (none when null). */
function project(toml: string | null): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-build-system-'));
  made.push(dir);
  writeFileSync(path.join(dir, 'setup.py'), 'from setuptools import setup\nsetup()\n');
  if (toml !== null) writeFileSync(path.join(dir, 'pyproject.toml'), toml);
  return dir;
}

function rejection(dir: string): InputError {
  try {
    readBuildSystem(dir);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('readBuildSystem', () => {
  it("falls back to setuptools' legacy backend, as pip does, when none is declared", () => {
    for (const toml of [null, '[project]\nname = "x"\n']) {
      expect(readBuildSystem(project(toml))).toMatchObject({
        requires: ['setuptools>=40.8.0'],
        backend: 'setuptools.build_meta:__legacy__',
        backendPath: [],
      });
    }
    // requires without build-backend: the declared requirements, the legacy backend
    expect(
      readBuildSystem(project('[build-system]\nrequires = ["setuptools>=61", "cython"]\n')),
    ).toMatchObject({
      requires: ['setuptools>=61', 'cython'],
      backend: 'setuptools.build_meta:__legacy__',
    });
  });

  it('reads build-backend and backend-path, each path relative to the project', () => {
    const dir = project(
      '[build-system]\nrequires = []\nbuild-backend = " in_tree.backend:hooks.api "\nbackend-path = ["_build", "./tools/../_build2", "."]\n',
    );
    expect(readBuildSystem(dir)).toEqual({
      requires: [],
      backend: 'in_tree.backend:hooks.api',
      backendPath: ['_build', '_build2', '.'],
      from: `declared in ${path.join(dir, 'pyproject.toml')} [build-system]`,
    });
  });

  it.each([
    ['[build-system]\nbuild-backend = "flit_core.buildapi"\n', 'requires', '(missing)', /PEP 518/],
    ['[build-system]\nrequires = "setuptools"\n', 'requires', 'setuptools', /array of requirement/],
    [
      '[build-system]\nrequires = []\nbuild-backend = "a b"\n',
      'build-backend',
      'a b',
      /'module:object'/,
    ],
    ['[build-system]\nrequires = []\nbuild-backend = "mod:"\n', 'build-backend', 'mod:', /PEP 517/],
    [
      '[build-system]\nrequires = []\nbuild-backend = "m"\nbackend-path = "x"\n',
      'backend-path',
      'x',
      /array of directories/,
    ],
    [
      '[build-system]\nrequires = []\nbuild-backend = "m"\nbackend-path = ["../elsewhere"]\n',
      'backend-path',
      '../elsewhere',
      /inside the project/,
    ],
    [
      '[build-system]\nrequires = []\nbuild-backend = "m"\nbackend-path = ["/usr/lib/python3"]\n',
      'backend-path',
      '/usr/lib/python3',
      /inside the project/,
    ],
    [
      '[build-system]\nrequires = []\nbuild-backend = "m"\nbackend-path = ["a/../../b"]\n',
      'backend-path',
      'a/../../b',
      /inside the project/,
    ],
  ])('rejects %j, naming the key, the value and what is accepted', (toml, key, value, accepted) => {
    const dir = project(toml);
    const error = rejection(dir);
    expect(error.where).toBe(`${path.join(dir, 'pyproject.toml')} [build-system] ${key}`);
    expect(error.value).toBe(value);
    expect(error.accepted).toMatch(accepted);
  });

  it('rejects a backend-path that leads out of the project through a symbolic link', () => {
    const dir = project(
      '[build-system]\nrequires = []\nbuild-backend = "m"\nbackend-path = ["tools/out"]\n',
    );
    mkdirSync(path.join(dir, 'tools'));
    symlinkSync(os.tmpdir(), path.join(dir, 'tools', 'out'));
    expect(rejection(dir).accepted).toMatch(/inside the project/);
  });
});
