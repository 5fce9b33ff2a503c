import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputName } from '../../src/config/action-inputs.js';
import { InputError } from '../../src/config/input-error.js';
import { parseOptions } from '../../src/config/options.js';
import { parsePairs } from '../../src/config/pairs.js';
import { layerInputs, readPyproject, withoutDefaults } from '../../src/config/pyproject.js';
import { optionsFor } from '../../src/config/build-options.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A workspace holding a package `pkg` whose pyproject.toml is `toml`. */
function workspace(toml: string | null): { cwd: string; pkg: string } {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'ww-pyproject-'));
  made.push(cwd);
  const pkg = path.join(cwd, 'pkg');
  mkdirSync(pkg);
  if (toml !== null) writeFileSync(path.join(pkg, 'pyproject.toml'), toml);
  return { cwd, pkg };
}

const inputs =
  (given: Partial<Record<InputName, string>>) =>
  (name: InputName): string | undefined =>
    given[name];

function rejection(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('readPyproject', () => {
  it('reads [tool.wheelwright] in every TOML form an input takes', () => {
    const { pkg } = workspace(`
[project]
name = "demo"

[tool.wheelwright]
jobs = 3
swap = "2G"
verify = false
python-versions = ["3.11", "pypy3.10"]
before-build = ["pip install cython", "make gen"]
environment = { CFLAGS = "-O2 -g", PATH = "$PATH:/opt/bin" }
output-dir = "../dist"
`);
    const read = readPyproject(pkg);
    const text = (name: string) => read.wheelwright.get(name)?.text;
    expect(read.file).toBe(path.join(pkg, 'pyproject.toml'));
    expect(text('jobs')).toBe('3');
    expect(text('swap')).toBe('2G');
    expect(text('verify')).toBe('false');
    expect(text('python-versions')).toBe('3.11 pypy3.10');
    expect(text('before-build')).toBe('pip install cython && make gen');
    expect(text('output-dir')).toBe(path.resolve(pkg, '../dist'));
    expect(parsePairs('environment', text('environment')!, { PATH: '/usr/bin' })).toEqual([
      ['CFLAGS', '-O2 -g'],
      ['PATH', '/usr/bin:/opt/bin'],
    ]);
    expect(read.wheelwright.get('jobs')?.where).toBe('pyproject.toml [tool.wheelwright] jobs');
  });

  it('maps the [tool.cibuildwheel] keys it shares, in their string, table and list forms', () => {
    const { pkg } = workspace(`
[tool.cibuildwheel]
build = "cp3*"
archs = ["auto"]
build-frontend = { name = "build", args = [] }
config-settings = { "--build-option" = ["--cpp_ext", "--cython"], "setup-args" = "-Dx=1" }
environment = 'CC=gcc-12 CFLAGS="-O2 -g"'
before-build = "pip install numpy"
repair-wheel-command = ["auditwheel repair -w {dest_dir} {wheel}", "echo done"]
test-command = "pytest {project}/tests"
test-requires = ["pytest", "numpy"]
`);
    const read = readPyproject(pkg);
    const text = (name: string) => read.cibuildwheel.get(name)?.text;
    expect(text('build-frontend')).toBe('build');
    expect(parsePairs('config-settings', text('config-settings')!)).toEqual([
      ['--build-option', '--cpp_ext'],
      ['--build-option', '--cython'],
      ['setup-args', '-Dx=1'],
    ]);
    expect(text('environment')).toBe('CC=gcc-12 CFLAGS="-O2 -g"');
    expect(text('before-build')).toBe('pip install numpy');
    expect(text('repair-command')).toBe('auditwheel repair -w {dest_dir} {wheel} && echo done');
    expect(text('test-command')).toBe('pytest {project}/tests');
    expect(text('test-requires')).toBe('pytest numpy');
    expect([...read.cibuildwheel.keys()]).not.toContain('build');
  });

  it("turns cibuildwheel's { name, args } table into its string form, quoting each argument", () => {
    const { pkg } = workspace(
      '[tool.cibuildwheel]\nbuild-frontend = { name = "pip", args = ["--no-build-isolation", "--log=a b"] }\n',
    );
    expect(readPyproject(pkg).cibuildwheel.get('build-frontend')?.text).toBe(
      "pip; args: --no-build-isolation '--log=a b'",
    );
  });

  it('names a key of the wrong TOML type in one line', () => {
    const { pkg } = workspace('[tool.wheelwright]\njobs = [1, 2]\n');
    const error = rejection(() => readPyproject(pkg));
    expect(error.lineFor('action')).toBe(
      "pyproject.toml [tool.wheelwright] jobs: '[1,2]' is not accepted; expected a string or a whole number",
    );
    expect(error.lineFor('cli')).toBe(error.lineFor('action'));
  });

  it.each([
    [
      '[tool.wheelwright]\nverify = 1\n',
      "[tool.wheelwright] verify: '1' is not accepted; expected true or false",
    ],
    [
      '[tool.cibuildwheel]\nenvironment = { A = { B = 1 } }\n',
      `[tool.cibuildwheel] environment: '{"A":{"B":1}}' is not accepted; expected a table of KEY = value`,
    ],
    [
      '[tool.cibuildwheel]\nbefore-build = [1]\n',
      "[tool.cibuildwheel] before-build: '[1]' is not accepted; expected a string or an array of strings",
    ],
    [
      '[tool.cibuildwheel]\nbuild-frontend = { name = "backend", args = ["--x"] }\n',
      "[tool.cibuildwheel] build-frontend: 'backend; args: --x' is not accepted; 'backend' takes no args",
    ],
    [
      '[tool.cibuildwheel]\nbuild-frontend = { name = "build", args = "--x" }\n',
      `[tool.cibuildwheel] build-frontend: '{"name":"build","args":"--x"}' is not accepted; expected 'pip', 'build', 'build[uv]', 'uv' or 'backend', optionally with arguments`,
    ],
  ])('rejects %j', (toml, line) => {
    const { pkg } = workspace(toml);
    expect(rejection(() => readPyproject(pkg)).lineFor('action')).toContain(line);
  });

  it('points at the line of a file that is not TOML', () => {
    const { pkg } = workspace('[tool.wheelwright]\njobs = = 2\n');
    const line = rejection(() => readPyproject(pkg)).lineFor('cli');
    expect(line).toMatch(
      /pyproject\.toml line 2: 'jobs = = 2' is not accepted; it is not valid TOML/,
    );
  });

  it('never moves package-dir from [tool.wheelwright], and says so', () => {
    const { pkg } = workspace('[tool.wheelwright]\npackage-dir = "x"\n');
    const read = readPyproject(pkg);
    expect(read.ignored).toEqual(['pyproject.toml [tool.wheelwright] package-dir']);
    expect(read.wheelwright.size).toBe(0);
  });

  it.each([
    ['jbos = 2', 'jbos', 'did you mean jobs?'],
    ['jobz = 2', 'jobz', 'did you mean jobs?'],
    ['test_command = "x"', 'test_command', 'did you mean test-command?'],
    ['python-version = "3.11"', 'python-version', 'did you mean python-versions?'],
  ])(
    'rejects the unknown [tool.wheelwright] key in %j, naming the file and the closest key',
    (line, key, hint) => {
      const { pkg } = workspace(`[tool.wheelwright]\n${line}\n`);
      const error = rejection(() => readPyproject(pkg)).lineFor('cli');
      expect(error).toContain(
        `${path.join(pkg, 'pyproject.toml')} [tool.wheelwright]: '${key}' is not accepted; not an input of wheelwright; ${hint}`,
      );
    },
  );

  it('offers no guess for a key far from every input', () => {
    const { pkg } = workspace('[tool.wheelwright]\nzzzzzzzz = 1\n');
    expect(rejection(() => readPyproject(pkg)).accepted).not.toContain('did you mean');
  });

  it.each([
    ['build-frontend = "build[uv]"', 'build[uv]'],
    ['build-frontend = { name = "uv", args = ["--no-cache"] }', 'uv; args: --no-cache'],
  ])('reads the uv frontends from [tool.cibuildwheel] %j', (line, text) => {
    const { pkg } = workspace(`[tool.cibuildwheel]\n${line}\n`);
    expect(readPyproject(pkg).cibuildwheel.get('build-frontend')?.text).toBe(text);
  });

  it('reads nothing from a package without pyproject.toml', () => {
    const { pkg } = workspace(null);
    expect(readPyproject(pkg)).toMatchObject({ file: null, ignored: [] });
  });
});

describe('layerInputs', () => {
  const toml = `
[tool.wheelwright]
jobs = 2
swap = "1G"
build-frontend = "pip"

[tool.cibuildwheel]
build-frontend = "build"
before-build = "make"
environment = { CFLAGS = "-O1" }
`;

  it('takes the input, then WHEELWRIGHT_<NAME>, then [tool.wheelwright], then [tool.cibuildwheel]', () => {
    const { cwd } = workspace(toml);
    const layered = layerInputs(
      inputs({ 'package-dir': 'pkg', swap: 'off' }),
      { WHEELWRIGHT_JOBS: '4', WHEELWRIGHT_FAIL_FAST: 'true' },
      cwd,
    );
    const { source, origins } = layered;
    expect(source('swap')).toBe('off');
    expect(source('jobs')).toBe('4');
    expect(source('fail-fast')).toBe('true');
    expect(source('build-frontend')).toBe('pip');
    expect(source('before-build')).toBe('make');
    expect(source('memory-per-job')).toBeUndefined();
    expect(Object.fromEntries(origins)).toEqual({
      'package-dir': { layer: 'input', where: null },
      swap: { layer: 'input', where: null },
      jobs: { layer: 'environment', where: 'environment variable WHEELWRIGHT_JOBS' },
      'fail-fast': { layer: 'environment', where: 'environment variable WHEELWRIGHT_FAIL_FAST' },
      'build-frontend': {
        layer: 'tool.wheelwright',
        where: 'pyproject.toml [tool.wheelwright] build-frontend',
      },
      'before-build': {
        layer: 'tool.cibuildwheel',
        where: 'pyproject.toml [tool.cibuildwheel] before-build',
      },
      environment: {
        layer: 'tool.cibuildwheel',
        where: 'pyproject.toml [tool.cibuildwheel] environment',
      },
    });
    const options = parseOptions(source, cwd);
    expect(options).toMatchObject({ jobs: 4, swap: 'off', failFast: true, beforeBuild: 'make' });
    expect(options.packageDir).toBe(path.join(cwd, 'pkg'));
  });

  it('finds pyproject.toml through WHEELWRIGHT_PACKAGE_DIR too', () => {
    const { cwd } = workspace(toml);
    const layered = layerInputs(inputs({}), { WHEELWRIGHT_PACKAGE_DIR: 'pkg' }, cwd);
    expect(layered.source('jobs')).toBe('2');
  });

  it('treats an empty input or variable as unset', () => {
    const { cwd } = workspace(toml);
    const layered = layerInputs(
      inputs({ 'package-dir': 'pkg', jobs: '' }),
      { WHEELWRIGHT_JOBS: ' ' },
      cwd,
    );
    expect(layered.source('jobs')).toBe('2');
  });

  it("turns repair off with cibuildwheel's empty repair-wheel-command, and with an empty input", () => {
    const { cwd } = workspace('[tool.cibuildwheel]\nrepair-wheel-command = ""\n');
    const off = layerInputs(inputs({ 'package-dir': 'pkg' }), {}, cwd);
    expect(parseOptions(off.source, cwd).repairCommand).toBeNull();
    const unset = workspace(null);
    const empty = layerInputs(
      inputs({ 'package-dir': 'pkg', 'repair-command': '' }),
      {},
      unset.cwd,
    );
    expect(parseOptions(empty.source, unset.cwd).repairCommand).toBeNull();
    const notWritten = layerInputs(inputs({ 'package-dir': 'pkg' }), {}, unset.cwd);
    expect(parseOptions(notWritten.source, unset.cwd).repairCommand).toBe('auto');
  });

  it('names the place a bad value was written when parseOptions rejects it', () => {
    const { cwd } = workspace('[tool.wheelwright]\nswap = "lots"\n');
    const layered = layerInputs(inputs({ 'package-dir': 'pkg' }), { WHEELWRIGHT_JOBS: '0' }, cwd);
    const jobs = layered.locate(rejection(() => parseOptions(layered.source, cwd)));
    expect(jobs.lineFor('cli')).toBe(
      "environment variable WHEELWRIGHT_JOBS: '0' is not accepted; expected 'auto' or a whole number from 1 to 4096, e.g. 2",
    );
    const fixed = layerInputs(inputs({ 'package-dir': 'pkg' }), {}, cwd);
    const swap = fixed.locate(rejection(() => parseOptions(fixed.source, cwd)));
    expect(swap.lineFor('action')).toMatch(
      /^pyproject\.toml \[tool\.wheelwright\] swap: 'lots' is not accepted/,
    );
    const given = rejection(() => parseOptions(inputs({ jobs: 'x' }), cwd));
    expect(fixed.locate(given).lineFor('action')).toMatch(/^input 'jobs': 'x'/);
  });

  it('reads macosx-deployment-target from [tool.wheelwright], and names the place of a bad one', () => {
    const good = workspace('[tool.wheelwright]\nmacosx-deployment-target = "10.13"\n');
    const read = layerInputs(inputs({ 'package-dir': 'pkg' }), {}, good.cwd);
    expect(parseOptions(read.source, good.cwd).macosxDeploymentTarget).toBe('10.13');
    const bad = workspace('[tool.wheelwright]\nmacosx-deployment-target = "sonoma"\n');
    const layered = layerInputs(inputs({ 'package-dir': 'pkg' }), {}, bad.cwd);
    const error = layered.locate(rejection(() => parseOptions(layered.source, bad.cwd)));
    expect(error.lineFor('action')).toBe(
      "pyproject.toml [tool.wheelwright] macosx-deployment-target: 'sonoma' is not accepted; expected a macOS version N or N.M, e.g. 11 or 10.13, or empty for each interpreter's own",
    );
  });

  it('lets pyproject.toml apply under the action, whose unset inputs arrive as their defaults', () => {
    const { cwd } = workspace(toml);
    const runner = withoutDefaults(inputs({ 'package-dir': 'pkg', jobs: 'auto', swap: 'off' }));
    const layered = layerInputs(runner, {}, cwd);
    expect(layered.source('jobs')).toBe('2');
    expect(layered.source('swap')).toBe('off');
  });
});

describe('overrides against the inputs above them', () => {
  const toml = `
[tool.cibuildwheel]
test-command = "table"
before-build = "table"

[[tool.cibuildwheel.overrides]]
select = "cp311-*"
test-command = "override"
before-build = "override"
test-extras = ["test"]
test-environment = { MARK = "cp311" }
`;

  it('change per identifier only what no input, variable or [tool.wheelwright] set', () => {
    const { cwd } = workspace(toml);
    const layered = layerInputs(
      inputs({ 'package-dir': 'pkg', 'test-command': 'from the input' }),
      {},
      cwd,
    );
    const options = parseOptions(layered.source, cwd, layered.pyproject.cibw);
    const cp311 = optionsFor(options, 'cp311-manylinux_x86_64');
    expect(cp311.testCommand).toBe('from the input');
    expect(cp311.beforeBuild).toBe('override');
    expect(cp311.cibuildwheel.testExtras).toEqual(['test']);
    expect(cp311.cibuildwheel.testEnvironment).toBe('MARK="cp311"');
    expect(options.cibuildwheel.testEnvironment).toBeNull();
    const cp312 = optionsFor(options, 'cp312-manylinux_x86_64');
    expect(cp312.beforeBuild).toBe('table');
    expect(cp312).toBe(options);
  });
});

describe('archs', () => {
  it('set by wheelwright, leaves [tool.cibuildwheel] archs unchecked and names it as not used', () => {
    // s390x cannot be built on this runner: read alone, cibuildwheel's archs is an input error
    const toml = '[tool.cibuildwheel.linux]\narchs = "s390x"\n';
    const alone = workspace(toml);
    expect(() => layerInputs(inputs({ 'package-dir': 'pkg' }), {}, alone.cwd)).toThrow(
      "wheelwright builds only for the runner's own architecture",
    );
    const { cwd } = workspace(`[tool.wheelwright]\narchs = "native"\n${toml}`);
    const layered = layerInputs(inputs({ 'package-dir': 'pkg' }), {}, cwd);
    expect(layered.pyproject.cibw.notes).toEqual([
      'pyproject.toml [tool.cibuildwheel.linux] archs: not used: pyproject.toml [tool.wheelwright] archs wins',
    ]);
    const flagged = layerInputs(inputs({ 'package-dir': 'pkg', archs: 'native' }), {}, alone.cwd);
    expect(flagged.pyproject.cibw.notes).toEqual([
      'pyproject.toml [tool.cibuildwheel.linux] archs: not used: the archs input (--archs) wins',
    ]);
  });

  it('is read from [tool.wheelwright] and wins over [tool.cibuildwheel] archs', () => {
    const { cwd } = workspace(
      '[tool.wheelwright]\narchs = "native"\n[tool.cibuildwheel]\narchs = "native"\n',
    );
    const layered = layerInputs(inputs({ 'package-dir': 'pkg' }), {}, cwd);
    expect(layered.origins.get('archs')?.where).toBe('pyproject.toml [tool.wheelwright] archs');
    const bad = workspace('[tool.wheelwright]\narchs = "sparc"\n');
    const badLayered = layerInputs(inputs({ 'package-dir': 'pkg' }), {}, bad.cwd);
    let error: unknown;
    try {
      parseOptions(badLayered.source, bad.cwd, badLayered.pyproject.cibw);
    } catch (caught) {
      error = badLayered.locate(caught as InputError);
    }
    expect((error as InputError).lineFor('cli')).toBe(
      "pyproject.toml [tool.wheelwright] archs: 'sparc' is not accepted; expected native, auto, x86_64, arm64 or universal2",
    );
  });
});

describe('requires-python', () => {
  it("is read from the package's setup.cfg when pyproject.toml has no [project]", () => {
    const { pkg } = workspace('[tool.cibuildwheel]\nskip = "pp*"\n');
    writeFileSync(path.join(pkg, 'setup.cfg'), '[options]\npython_requires = >=3.10\n');
    writeFileSync(path.join(pkg, 'setup.py'), 'setup(python_requires=">=3.6")\n');
    expect(readPyproject(pkg, {}).cibw.selectors.requiresPython).toEqual({
      spec: '>=3.10',
      where: 'setup.cfg [options] python_requires',
    });
  });

  it('refuses one that is not PEP 440 when the configuration is read, naming its place', () => {
    const { pkg } = workspace('[project]\nname = "x"\nrequires-python = "3.9+"\n');
    // without cibuildwheel's configuration wheelwright does not use it
    expect(readPyproject(pkg, {}).cibw.configured).toBe(false);
    expect(() => readPyproject(pkg, { CIBW_SKIP: 'pp*' })).toThrow(
      "pyproject.toml [project] requires-python: '3.9+' is not accepted; '3.9+' is not a PEP 440 version specifier (no comparison operator)",
    );
  });
});
