import { describe, expect, it } from 'vitest';
import type { BuildSystem } from '../../src/config/build-system.js';
import {
  configSettingsTable,
  frontendCommand,
  frontendName,
  type FrontendRequest,
} from '../../src/build/frontend.js';

const BUILD_SYSTEM: BuildSystem = {
  requires: ['setuptools>=61'],
  backend: 'in_tree.backend:hooks',
  backendPath: ['_build', '.'],
  from: 'pyproject.toml [build-system]',
};

const request = (extra: Partial<FrontendRequest>): FrontendRequest => ({
  python: '/usr/bin/python3',
  frontend: 'backend',
  isolation: false,
  configSettings: [],
  frontendArgs: [],
  sourceDir: '/scratch/cp311/src',
  outDir: '/scratch/cp311/out',
  ...extra,
});

describe('the backend frontend', () => {
  it('runs the script with the spec, the settings as JSON and backend-path in the tree copy', () => {
    const command = frontendCommand(
      request({
        configSettings: [
          ['--build-option', '--cpp_ext'],
          ['key', 'a b'],
          ['--build-option', '--quiet'],
        ],
        backend: { buildSystem: BUILD_SYSTEM, script: '/scratch/cp311/frontend/build_wheel.py' },
      }),
    );
    expect(command).toEqual([
      '/usr/bin/python3',
      '-u',
      '/scratch/cp311/frontend/build_wheel.py',
      '/scratch/cp311/out',
      'in_tree.backend:hooks',
      '{"--build-option":["--cpp_ext","--quiet"],"key":"a b"}',
      '/scratch/cp311/src/_build',
      '/scratch/cp311/src',
    ]);
  });

  it('gives the backend an empty dictionary when there are no settings', () => {
    const command = frontendCommand(
      request({ backend: { buildSystem: BUILD_SYSTEM, script: '/s/build_wheel.py' } }),
    );
    expect(command[5]).toBe('{}');
  });

  it('cannot build without knowing the build system', () => {
    expect(() => frontendCommand(request({}))).toThrow(/needs the build system/);
  });

  it('makes a repeated key a list, in order, as pip does for --config-settings', () => {
    expect(
      configSettingsTable([
        ['a', '1'],
        ['b', '2'],
        ['a', '3'],
        ['a', '4'],
      ]),
    ).toEqual({ a: ['1', '3', '4'], b: '2' });
  });

  it('names what ran for the log and for error lines', () => {
    expect(frontendName('pip')).toBe('pip wheel');
    expect(frontendName('build')).toBe('python -m build');
    expect(frontendName('backend', BUILD_SYSTEM)).toBe('build backend in_tree.backend:hooks');
  });
});

describe('the other frontends', () => {
  it('pass the config settings as their own flags', () => {
    const settings: [string, string][] = [['k', 'v']];
    expect(
      frontendCommand(request({ frontend: 'pip', configSettings: settings })).filter((a) =>
        a.startsWith('--config'),
      ),
    ).toEqual(['--config-settings=k=v']);
    expect(
      frontendCommand(request({ frontend: 'build', configSettings: settings, isolation: true })),
    ).toEqual([
      '/usr/bin/python3',
      '-m',
      'build',
      '--wheel',
      '--config-setting=k=v',
      '--outdir',
      '/scratch/cp311/out',
      '/scratch/cp311/src',
    ]);
  });

  it("pass build-frontend's args after their own, as cibuildwheel places them", () => {
    const args = ['--no-build-isolation', '--log=/tmp/a b'];
    const pip = frontendCommand(request({ frontend: 'pip', frontendArgs: args }));
    expect(pip.slice(-5)).toEqual([
      ...args,
      '--wheel-dir',
      '/scratch/cp311/out',
      '/scratch/cp311/src',
    ]);
    const build = frontendCommand(request({ frontend: 'build', frontendArgs: ['-v'] }));
    expect(build.slice(4)).toEqual([
      '--no-isolation',
      '-v',
      '--outdir',
      '/scratch/cp311/out',
      '/scratch/cp311/src',
    ]);
  });

  it("build[uv] installs build's isolated environment with uv, as cibuildwheel runs it", () => {
    const isolated = frontendCommand(request({ frontend: 'build[uv]', isolation: true }));
    expect(isolated.slice(1, 5)).toEqual(['-m', 'build', '--wheel', '--installer=uv']);
    // nothing to install without isolation, whether wheelwright's or the args turn it off
    const own = frontendCommand(request({ frontend: 'build[uv]', isolation: false }));
    expect(own).not.toContain('--installer=uv');
    expect(own).toContain('--no-isolation');
    const byArgs = frontendCommand(
      request({ frontend: 'build[uv]', isolation: true, frontendArgs: ['-n'] }),
    );
    expect(byArgs).not.toContain('--installer=uv');
  });

  it('uv runs uv build with the interpreter, its settings and args', () => {
    const command = frontendCommand(
      request({
        frontend: 'uv',
        uv: '/opt/uv/bin/uv',
        isolation: false,
        configSettings: [['k', 'v']],
        frontendArgs: ['--no-cache'],
      }),
    );
    expect(command).toEqual([
      '/opt/uv/bin/uv',
      'build',
      '--python=/usr/bin/python3',
      '/scratch/cp311/src',
      '--wheel',
      '--out-dir=/scratch/cp311/out',
      '--no-build-isolation',
      '--config-setting=k=v',
      '--no-cache',
    ]);
    expect(() => frontendCommand(request({ frontend: 'uv' }))).toThrow(/needs the uv program/);
    expect(frontendName('uv')).toBe('uv build');
  });
});
