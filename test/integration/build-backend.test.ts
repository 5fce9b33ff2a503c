import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKEND_SCRIPT } from '../../src/build/backend-script.js';
import { inspect } from '../../src/build/discover.js';
import { frontendCommand } from '../../src/build/frontend.js';
import { cliBuild } from '../helpers/cli-build.js';
import { runAsync } from '../helpers/run.js';
import { pyenvPython } from '../helpers/pythons.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { runPython, venvWith } from '../helpers/wheels.js';

const PYTHON = '/usr/bin/python3';
const temp = tempDirs();
afterAll(() => temp.removeAll());
// pyenv's old CPythons (no importlib.metadata before 3.8) and Debian's PyPy, where present
const OLD_PYTHONS = ['3.6', '3.7'].flatMap((minor) => pyenvPython(minor)?.executable ?? []);

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// An in-tree backend that wraps setuptools' and leaves a record of the call in the package it
// builds: which hook object ran, the config settings it was given, and in which interpreter.
const WRAPPING_BACKEND = `
import os, sys
from setuptools import build_meta


class hooks:
    @staticmethod
    def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
        with open(os.path.join('recorded', '_built_by.py'), 'w') as f:
            f.write('BACKEND = %r\\nCONFIG = %r\\nPYTHON = %r\\n'
                    % (__name__ + ':hooks', config_settings, sys.executable))
        return build_meta.__legacy__.build_wheel(wheel_directory, None, metadata_directory)
`;

const RECORDED_PACKAGE = {
  'setup.py': `from setuptools import Extension, setup
setup(name='recorded', version='1.0', packages=['recorded'],
      ext_modules=[Extension('recorded._speed', ['speed.c'])])
`,
  'recorded/__init__.py': '',
  'speed.c': `#include <Python.h>
static PyObject *twice(PyObject *self, PyObject *arg) {
    long x = PyLong_AsLong(arg);
    if (x == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(2 * x);
}
static PyMethodDef methods[] = {{"twice", twice, METH_O, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speed", NULL, -1, methods};
PyMODINIT_FUNC PyInit__speed(void) { return PyModule_Create(&module); }
`,
};

async function backendBuild(pkg: string, dir: string, name: string, extra: string[] = []) {
  const { argv, reportDir, outputDir } = cliBuild(pkg, dir, name, {
    extra: ['--build-frontend', 'backend', ...extra],
  });
  const ran = await runAsync(argv);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
  return { ran, report, outputDir };
}

describe('the backend frontend on real projects', () => {
  it('imports the backend from backend-path, calls module:object with the config settings', async () => {
    const dir = temp.make('ww-backend-');
    const pkg = write(path.join(dir, 'pkg'), {
      ...RECORDED_PACKAGE,
      'pyproject.toml': `[build-system]
requires = ["setuptools>=40.8.0", "wheel"]
build-backend = "ww_backend:hooks"
backend-path = ["_backend"]
`,
      '_backend/ww_backend.py': WRAPPING_BACKEND,
    });
    const { ran, report, outputDir } = await backendBuild(pkg, dir, 'in-tree', [
      '--config-settings',
      'flavour=a mode="fast path" flavour=b',
    ]);
    expect(ran.status, ran.stderr).toBe(0);
    const [build] = report.builds;
    expect(build.status).toBe('built');
    expect(readdirSync(outputDir)).toEqual([path.basename(build.wheel)]);
    const venvPython = await venvWith(PYTHON, build.wheel);
    const checked = await runPython(
      venvPython,
      'import recorded._built_by as b, recorded._speed as s\nprint(b.BACKEND, sorted(b.CONFIG.items()), b.PYTHON, s.twice(21))',
    );
    expect(checked.stderr).toBe('');
    expect(checked.stdout.trim()).toBe(
      `ww_backend:hooks [('flavour', ['a', 'b']), ('mode', 'fast path')] ${PYTHON} 42`,
    );
    expect(readFileSync(build.log, 'utf8')).toContain('built by build backend ww_backend:hooks\n');
  });

  it("builds a project without pyproject.toml with setuptools' legacy backend, as pip does", async () => {
    const dir = temp.make('ww-backend-');
    // only the legacy backend puts the project's root on sys.path for setup.py
    const pkg = write(path.join(dir, 'pkg'), {
      ...RECORDED_PACKAGE,
      'setup.py': `from setuptools import setup
from setup_helpers import extensions
setup(name='recorded', version='1.0', packages=['recorded'], ext_modules=extensions())
`,
      'setup_helpers.py': `from setuptools import Extension
def extensions():
    return [Extension('recorded._speed', ['speed.c'])]
`,
    });
    const { ran, report } = await backendBuild(pkg, dir, 'legacy');
    expect(ran.status, ran.stderr).toBe(0);
    const [build] = report.builds;
    expect(readFileSync(build.log, 'utf8')).toContain(
      'wheelwright: build backend setuptools.build_meta:__legacy__, the default: no pyproject.toml; requires setuptools>=40.8.0\n',
    );
    const checked = await runPython(
      await venvWith(PYTHON, build.wheel),
      'import recorded._speed as s; print(s.twice(4))',
    );
    expect(checked.stdout.trim()).toBe('8');
  });

  it('does not import an in-tree backend without backend-path: the project is not on sys.path', async () => {
    const dir = temp.make('ww-backend-');
    const pkg = write(path.join(dir, 'pkg'), {
      ...RECORDED_PACKAGE,
      'pyproject.toml': `[build-system]
requires = ["setuptools>=40.8.0"]
build-backend = "ww_backend:hooks"
`,
      'ww_backend.py': WRAPPING_BACKEND,
    });
    const { ran, report } = await backendBuild(pkg, dir, 'no-path');
    expect(ran.status).toBe(1);
    const [build] = report.builds;
    expect(build.status).toBe('failed');
    expect(build.error).toBe('build backend ww_backend:hooks failed (exit 1)');
    expect(readFileSync(build.log, 'utf8')).toContain(
      `wheelwright: the build backend ww_backend cannot be imported by ${PYTHON}`,
    );
  });

  it('fails a version early, naming a build requirement it lacks and how to supply it', async () => {
    const dir = temp.make('ww-backend-');
    const pkg = write(path.join(dir, 'pkg'), {
      ...RECORDED_PACKAGE,
      'pyproject.toml': `[build-system]
requires = ["setuptools", "wheelwright-absent-requirement>=1", "setuptools>=999", "wheelwright-absent-too; python_version < '3'"]
build-backend = "setuptools.build_meta"
`,
    });
    const { ran, report } = await backendBuild(pkg, dir, 'missing');
    expect(ran.status).toBe(1);
    expect(report.builds).toEqual([]);
    const [only] = report.unbuildable;
    expect(only.requested).toBe(true);
    expect(only.reason).toMatch(
      new RegExp(
        `^cannot build: build requirement 'wheelwright-absent-requirement>=1' is not installed, and build-frontend backend installs nothing: ${PYTHON} -m pip install 'wheelwright-absent-requirement>=1' .*; build requirement 'setuptools>=999' is not met \\(setuptools \\d+\\.[\\d.]+ is installed\\)`,
      ),
    );
    // a requirement whose marker does not apply here is not asked for
    expect(only.reason).not.toContain('wheelwright-absent-too');
  });
});

describe('the parts that run in the interpreter, on old Pythons too', () => {
  it.each([PYTHON, '/usr/bin/pypy3', ...OLD_PYTHONS])(
    'checks build requirements in %s: names, versions and markers',
    async (python) => {
      const inspected = await inspect({ path: python, foundIn: 'test' }, [
        'pip>=1',
        'pip>=999',
        'wheelwright-absent-requirement',
        'wheelwright-absent-too; python_version < "3"',
        'not a requirement!',
      ]);
      if ('error' in inspected) throw new Error(inspected.error);
      expect(inspected.requirements.map((r) => r.problem)).toEqual([
        null,
        'version',
        'missing',
        null,
        'invalid',
      ]);
      expect(inspected.requirements[1]!.installed).toMatch(/^pip \d+\.[\d.]+$/);
    },
  );

  it.each(['/usr/bin/pypy3', ...OLD_PYTHONS])(
    'runs the backend script in %s with the spec, backend-path and settings',
    async (python) => {
      // a pure-Python backend, so that interpreters without setuptools or wheel can run it
      const dir = temp.make('ww-backend-script-');
      const source = write(path.join(dir, 'src'), {
        'tools/tiny_backend.py': `import json, os, sys
class api:
    @staticmethod
    def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
        name = 'tiny-1.0-py3-none-any.whl'
        with open(os.path.join(wheel_directory, name), 'w') as f:
            json.dump({'settings': config_settings, 'version': list(sys.version_info[:2])}, f)
        return name
`,
      });
      const out = path.join(dir, 'out');
      const script = path.join(dir, 'frontend', 'build_wheel.py');
      write(dir, { 'frontend/build_wheel.py': BACKEND_SCRIPT, 'out/.keep': '' });
      const argv = frontendCommand({
        python,
        frontend: 'backend',
        isolation: false,
        frontendArgs: [],
        configSettings: [
          ['k', '1'],
          ['k', '2'],
          ['--build-option', '--x'],
        ],
        sourceDir: source,
        outDir: out,
        backend: {
          buildSystem: {
            requires: [],
            backend: 'tiny_backend:api',
            backendPath: ['tools'],
            from: '',
          },
          script,
        },
      });
      const ran = await runAsync(argv, { cwd: source });
      expect(ran.stderr).toBe('');
      expect(ran.stdout).toBe('wheelwright: tiny_backend:api built tiny-1.0-py3-none-any.whl\n');
      const built = JSON.parse(readFileSync(path.join(out, 'tiny-1.0-py3-none-any.whl'), 'utf8'));
      expect(built.settings).toEqual({ k: ['1', '2'], '--build-option': '--x' });
      expect(built.version[0]).toBe(3);
    },
  );
});
