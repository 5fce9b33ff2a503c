import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uvFor } from '../../src/build/uv.js';
import { pipNeeded, testInstaller, withTestEnvironment } from '../../src/build/after-build.js';
import { InputError } from '../../src/config/input-error.js';
import { findOnPath } from '../../src/platform/env-path.js';

describe('finding uv', () => {
  it('searches PATH in order, as a shell would', () => {
    expect(findOnPath('sh', { PATH: '/nonexistent:/usr/bin:/bin' }, 'linux', existsSync)).toBe(
      existsSync('/usr/bin/sh') ? '/usr/bin/sh' : '/bin/sh',
    );
    expect(findOnPath('sh', { PATH: '' }, 'linux', existsSync)).toBeNull();
  });

  it('looks for name.exe in Path on Windows', () => {
    const present = new Set(['C:\\tools\\uv.exe']);
    expect(
      findOnPath('uv', { Path: 'C:\\Windows;C:\\tools' }, 'win32', (f) => present.has(f)),
    ).toBe('C:\\tools\\uv.exe');
  });

  it('needs nothing for the frontends without uv', () => {
    for (const frontend of ['pip', 'build', 'backend'] as const)
      expect(uvFor(frontend, { PATH: '' }, 'linux')).toBeUndefined();
  });

  it.each(['uv', 'build[uv]'] as const)(
    'refuses %s when uv is not on PATH, naming what to install',
    (frontend) => {
      // this machine has no uv: the PATH searched is real
      expect(findOnPath('uv', process.env, 'linux', existsSync)).toBeNull();
      let error: unknown;
      try {
        uvFor(frontend, process.env, 'linux');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).lineFor('cli')).toBe(
        `--build-frontend: '${frontend}' is not accepted; '${frontend}' builds through uv, and uv is not on PATH: install it first (in a workflow, the step uses: astral-sh/setup-uv; elsewhere pipx install uv, or see https://docs.astral.sh/uv/getting-started/installation/), or use build-frontend 'pip' or 'build'`,
      );
    },
  );
});

describe('the test environment', () => {
  // uv cannot be installed here (no PyPI, not in Debian 12): its command line is what is checked
  it("installs with uv pip into the environment's interpreter when the frontend is uv's", () => {
    expect(testInstaller('/t/venv/bin/python', '/opt/uv/bin/uv')).toEqual([
      '/opt/uv/bin/uv',
      'pip',
      'install',
      '--python',
      '/t/venv/bin/python',
    ]);
    expect(testInstaller('/t/venv/bin/python', undefined)).toEqual([
      '/t/venv/bin/python',
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
    ]);
  });

  it('gives the pip-less test environment pip only where something asks for it', () => {
    const none = { requires: [], extras: [], beforeTest: null };
    const requires = { ...none, requires: ['pytest'] };
    const extras = { ...none, extras: ['test'] };
    const beforeTest = { ...none, beforeTest: 'pip install cython' };
    expect(pipNeeded(none, false, 'linux')).toBe(false);
    expect(pipNeeded(requires, false, 'linux')).toBe(true);
    expect(pipNeeded(extras, false, 'darwin')).toBe(true);
    // uv pip installs them from outside, with --python
    expect(pipNeeded(requires, true, 'linux')).toBe(false);
    expect(pipNeeded(extras, true, 'linux')).toBe(false);
    expect(pipNeeded(beforeTest, true, 'linux')).toBe(true);
    expect(pipNeeded(none, true, 'win32')).toBe(true);
  });

  it("adds test-environment's variables, $NAME expanded against the environment it joins", () => {
    const env = { PATH: '/venv/bin:/usr/bin', VIRTUAL_ENV: '/venv' };
    expect(withTestEnvironment(env, 'WHERE="$VIRTUAL_ENV/x" SAFE=1')).toEqual({
      ...env,
      WHERE: '/venv/x',
      SAFE: '1',
    });
    expect(withTestEnvironment(env, null)).toBe(env);
  });
});
