import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputName } from '../../src/config/action-inputs.js';
import { InputError } from '../../src/config/input-error.js';
import { parseOptions } from '../../src/config/options.js';

const parse = (given: Partial<Record<InputName, string>>) =>
  parseOptions((name) => given[name], '/work');

function rejection(given: Partial<Record<InputName, string>>): InputError {
  try {
    parse(given);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(given)}`);
}

// action.yml's defaults, as parsed with /work as the working directory
// a function: cache-dir's default follows XDG_CACHE_HOME, which is each test's own
const defaults = () => ({
  packageDir: '/work',
  pythonVersions: [],
  outputDir: '/work/wheelhouse',
  jobs: 'auto',
  memoryPerJob: 'auto',
  distccHosts: null,
  swap: 'auto',
  swapCleanup: true,
  buildFrontend: 'pip',
  frontendArgs: [],
  buildIsolation: true,
  configSettings: [],
  environment: '',
  beforeBuild: null,
  failFast: false,
  verify: true,
  reportDir: '/work/wheelwright-report',
  cacheDir: path.join(
    process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
    'wheelwright',
  ),
  repairCommand: 'auto',
  testCommand: null,
  testRequires: [],
  cache: 'read-write',
  artifactPrefix: '',
  retentionDays: 0,
  macosxDeploymentTarget: null,
  // the runner's own: this machine's (an x86-64 or arm64 runner here)
  macosArch: process.arch === 'x64' ? 'x86_64' : 'arm64',
  cibuildwheel: {
    selectors: null,
    testExtras: [],
    beforeAll: null,
    beforeTest: null,
    testEnvironment: null,
    testSources: [],
    notes: [],
    settings: null,
  },
});

describe('parseOptions', () => {
  it('fills every default from action.yml', () => {
    expect(parse({})).toEqual(defaults());
  });

  it.each([
    ['true', 'read-write'],
    ['restore-only', 'restore-only'],
    ['off', 'off'],
    ['false', 'off'],
  ])('reads cache: %s as %s', (given, mode) => {
    expect(parse({ cache: given }).cache).toBe(mode);
  });

  it.each(['11', '10.13', '14.2'])('takes macosx-deployment-target %s', (target) => {
    expect(parse({ 'macosx-deployment-target': target }).macosxDeploymentTarget).toBe(target);
  });

  it.each(['11.0.1', 'latest', '11.x', '.5'])(
    'refuses macosx-deployment-target %s, naming the value and what is accepted',
    (target) => {
      const error = rejection({ 'macosx-deployment-target': target });
      expect(error.input).toBe('macosx-deployment-target');
      expect(error.message).toContain(`'${target}'`);
      expect(error.message).toContain('expected a macOS version N or N.M');
    },
  );

  it('treats an empty input like a missing one, as GitHub passes unset inputs as empty', () => {
    expect(parse({ jobs: '', swap: '  ' }).jobs).toBe('auto');
  });

  it('repairs with auto by default; off, or an empty value that reaches it, keeps wheels as built', () => {
    expect(parse({}).repairCommand).toBe('auto');
    expect(parse({ 'repair-command': 'off' }).repairCommand).toBeNull();
    expect(parse({ 'repair-command': '' }).repairCommand).toBeNull();
    expect(
      parse({ 'repair-command': 'auditwheel repair -w {dest_dir} {wheel}' }).repairCommand,
    ).toBe('auditwheel repair -w {dest_dir} {wheel}');
  });

  it('reads sizes, numbers, words and lists', () => {
    const options = parse({
      'package-dir': 'pkg',
      'python-versions': '3.11, pypy3.10 cp312 3.13t /opt/python/cp39-cp39/bin/python 3.11',
      'output-dir': '/tmp/out',
      jobs: '3',
      'memory-per-job': '1.5G',
      swap: 'off',
      'cache-dir': 'cache',
    });
    expect(options).toEqual({
      ...defaults(),
      packageDir: '/work/pkg',
      pythonVersions: ['3.11', 'pypy3.10', 'cp312', '3.13t', '/opt/python/cp39-cp39/bin/python'],
      outputDir: '/tmp/out',
      jobs: 3,
      memoryPerJob: 1.5 * 1024 ** 3,
      swap: 'off',
      cacheDir: '/work/cache',
    });
    expect(parse({ swap: '2GiB' }).swap).toBe(2 * 1024 ** 3);
    const build = parse({
      'build-frontend': 'build',
      'build-isolation': 'False',
      'config-settings': '--build-option=--cpp_ext  editable_mode=compat\nkey="a b"',
      environment: 'CFLAGS="-O2 -g" PATH=$PATH:/opt/bin',
      'before-build': 'yum install -y zlib-devel',
      'fail-fast': 'true',
    });
    expect(build).toMatchObject({
      buildFrontend: 'build',
      buildIsolation: false,
      configSettings: [
        ['--build-option', '--cpp_ext'],
        ['editable_mode', 'compat'],
        ['key', 'a b'],
      ],
      environment: 'CFLAGS="-O2 -g" PATH=$PATH:/opt/bin',
      beforeBuild: 'yum install -y zlib-devel',
      failFast: true,
    });
  });

  it.each<[Partial<Record<InputName, string>>, InputName, string, RegExp]>([
    [{ jobs: '0' }, 'jobs', '0', /'auto' or a whole number from 1/],
    [{ jobs: '-3' }, 'jobs', '-3', /'auto' or a whole number from 1/],
    [{ jobs: '1.5' }, 'jobs', '1.5', /whole number/],
    [{ jobs: 'many' }, 'jobs', 'many', /whole number/],
    [
      { 'memory-per-job': 'abc' },
      'memory-per-job',
      'abc',
      /'auto' or a positive size: 512M, 1.5G, 2GiB/,
    ],
    [{ 'memory-per-job': '0' }, 'memory-per-job', '0', /positive size/],
    [{ swap: 'sometimes' }, 'swap', 'sometimes', /'auto', 'off' or a positive size/],
    [{ swap: '2 apples' }, 'swap', '2 apples', /'auto', 'off'/],
    [{ 'python-versions': '3.11,banana' }, 'python-versions', 'banana', /versions \(3.12, 3.13t\)/],
    [{ cache: 'read-only' }, 'cache', 'read-only', /'true' \(restore and save\), 'restore-only'/],
  ])(
    'rejects %j naming the input, the value and what is accepted',
    (given, input, value, accepted) => {
      const error = rejection(given);
      expect(error.input).toBe(input);
      expect(error.value).toBe(value);
      expect(error.accepted).toMatch(accepted);
      const cli = error.lineFor('cli');
      expect(cli.startsWith(`--${input}: '${value}' is not accepted; `)).toBe(true);
      expect(cli).not.toContain('\n');
      expect(error.lineFor('action').startsWith(`input '${input}': '${value}'`)).toBe(true);
    },
  );

  it('takes the backend frontend only without build isolation, and says what to do otherwise', () => {
    expect(parse({ 'build-frontend': 'backend', 'build-isolation': 'false' })).toMatchObject({
      buildFrontend: 'backend',
      buildIsolation: false,
    });
    for (const given of [
      { 'build-frontend': 'backend' },
      { 'build-frontend': 'backend', 'build-isolation': 'true' },
    ]) {
      const error = rejection(given);
      expect(error.input).toBe('build-frontend');
      expect(error.value).toBe('backend');
      expect(error.lineFor('cli')).toBe(
        "--build-frontend: 'backend' is not accepted; not with build-isolation 'true': 'backend' calls the project's build backend in the interpreter itself and installs nothing; set build-isolation to 'false' (each interpreter then needs the [build-system] requires installed), or use 'pip' or 'build' for an isolated build",
      );
    }
    // the value itself is still checked first
    expect(rejection({ 'build-frontend': 'backends' }).accepted).toContain(
      "expected 'pip', 'build', 'build[uv]', 'uv' or 'backend'",
    );
  });
});
