import { parseArchs } from './archs.js';
import os from 'node:os';
import path from 'node:path';
import { ACTION_INPUTS, type InputName } from './action-inputs.js';
import { InputError } from './input-error.js';
import { parseBuildFrontend } from './build-frontend.js';
import { parseSize, SIZE_FORMS } from './size.js';
import { parsePairs } from './pairs.js';
import type { Frontend } from '../build/interpreter.js';
import type { CibwSettings } from './cibuildwheel.js';
import type { Selectors } from './selectors.js';
import { nativeMacArch, type MacArch } from '../platform/macos-build-env.js';
import { parseDistccHosts, type DistccHosts } from '../launcher/distcc-hosts.js';

export type Auto = 'auto';

export interface Options {
  /** Absolute path of the package to build. */
  packageDir: string;
  /** Requested interpreters as the user wrote them; empty means every Python found. */
  pythonVersions: string[];
  /** Absolute path the wheels go to. */
  outputDir: string;
  jobs: number | Auto;
  memoryPerJob: number | Auto;
  /** distcc hosts compiles are sent to; null when distcc-hosts is empty. */
  distccHosts: DistccHosts | null;
  swap: number | Auto | 'off';
  swapCleanup: boolean;
  buildFrontend: Frontend;
  /** Passed on to pip wheel or python -m build, after wheelwright's own arguments. */
  frontendArgs: string[];
  buildIsolation: boolean;
  configSettings: [string, string][];
  /** KEY=VALUE text as given; values are expanded against the build's environment. */
  environment: string;
  beforeBuild: string | null;
  failFast: boolean;
  verify: boolean;
  reportDir: string;
  cacheDir: string;
  /**
   * 'auto' (wheelwright's repair: its own on Linux, delocate on macOS, delvewheel on Windows), a
   * shell command with {wheel} and {dest_dir}, or null: keep each wheel as built.
   */
  repairCommand: string | null;
  testCommand: string | null;
  testRequires: string[];
  /**
   * The object cache: used and, in the action, restored and saved (read-write); restored and used
   * but never saved to the Actions cache (restore-only); or not used at all (off).
   */
  cache: CacheMode;
  artifactPrefix: string;
  retentionDays: number;
  /** MACOSX_DEPLOYMENT_TARGET for macOS builds (N or N.M); null: each interpreter's own. */
  macosxDeploymentTarget: string | null;
  /** What macOS builds compile (ARCHFLAGS): the archs input, [tool.cibuildwheel] archs, else the runner's own. */
  macosArch: MacArch;
  /** What [tool.cibuildwheel] and CIBW_* say beyond the inputs they set. */
  cibuildwheel: {
    /** null without any cibuildwheel configuration: then every interpreter found is built. */
    selectors: Selectors | null;
    testExtras: string[];
    beforeAll: string | null;
    beforeTest: string | null;
    /** KEY=VALUE text for the test steps (cibuildwheel 3's test-environment). */
    testEnvironment: string | null;
    testSources: string[];
    /** One line per key not honoured, with what to do instead. */
    notes: string[];
    /** All that was read, for the overrides each build applies (build-options.ts). */
    settings: CibwSettings | null;
  };
}

/** Where raw input text comes from: the action's inputs or the CLI's flags. Empty means unset. */
export type InputSource = (name: InputName) => string | undefined;

const DEFAULTS = Object.fromEntries(ACTION_INPUTS.map((i) => [i.name, i.default])) as Record<
  InputName,
  string
>;

// Interpreter requests: versions (3, 3.12, 3.13t), tags (cp311, pp310, cp313t), names (pypy3.10,
// python3.12, cpython3.12) or paths.
const PYTHON_REQUEST = /^(?:(?:python|cpython|pypy)?\d+(?:\.\d+)?t?|(?:cp|pp)\d{2,3}t?)$/i;

function parseJobs(value: string): number | Auto {
  if (value === 'auto') return value;
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 4096) return Number(value);
  throw new InputError('jobs', value, "expected 'auto' or a whole number from 1 to 4096, e.g. 2");
}

/** A size, or one of the given words; the error lists both. */
function parseSizeOr<Word extends string>(
  input: InputName,
  value: string,
  words: Word[],
): number | Word {
  if ((words as string[]).includes(value)) return value as Word;
  const bytes = parseSize(value);
  if (bytes === null || bytes < 1) {
    const choices = words.map((w) => `'${w}'`).join(', ');
    throw new InputError(input, value, `expected ${choices} or a positive size: ${SIZE_FORMS}`);
  }
  return bytes;
}

/** `python-versions` as a list of requests, each checked: versions, names or paths. */
export function parsePythonVersions(value: string): string[] {
  const requests = value.split(/[\s,]+/).filter(Boolean);
  for (const request of requests) {
    const isPath = request.includes('/') || request.includes('\\');
    if (!isPath && !PYTHON_REQUEST.test(request)) {
      throw new InputError(
        'python-versions',
        request,
        'expected versions (3.12, 3.13t), names (pypy3.10, cp311, pp310) or interpreter paths, separated by commas or spaces',
      );
    }
  }
  return [...new Set(requests)];
}

function parseDirectory(input: InputName, value: string, cwd: string): string {
  if (value.includes('\0')) throw new InputError(input, value, 'expected a directory path');
  return path.resolve(cwd, value);
}

// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput accepts them.
const BOOLEANS: Record<string, boolean> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};

export type CacheMode = 'read-write' | 'restore-only' | 'off';

function parseCache(value: string): CacheMode {
  if (value === 'restore-only' || value === 'off') return value;
  const on = BOOLEANS[value];
  if (on === undefined)
    throw new InputError(
      'cache',
      value,
      "expected 'true' (restore and save), 'restore-only' (restore, never save) or 'off' ('false')",
    );
  return on ? 'read-write' : 'off';
}

function parseBoolean(input: InputName, value: string): boolean {
  const parsed = BOOLEANS[value];
  if (parsed === undefined) throw new InputError(input, value, "expected 'true' or 'false'");
  return parsed;
}

/** Checks KEY=VALUE text now, so a mistake stops the run before any build; expands it later. */
function validPairs(input: InputName, value: string): string {
  parsePairs(input, value);
  return value;
}

function parseRetention(value: string): number {
  if (/^\d+$/.test(value) && Number(value) <= 90) return Number(value);
  throw new InputError(
    'retention-days',
    value,
    "expected a whole number of days from 1 to 90, or 0 for the repository's setting",
  );
}

function parseDeploymentTarget(value: string): string | null {
  if (value === '') return null;
  if (/^\d+(?:\.\d+)?$/.test(value)) return value;
  throw new InputError(
    'macosx-deployment-target',
    value,
    "expected a macOS version N or N.M, e.g. 11 or 10.13, or empty for each interpreter's own",
  );
}

/** The backend frontend installs nothing, so it cannot give a build an isolated environment. */
function checkFrontendIsolation(frontend: Frontend, isolation: boolean): void {
  if (frontend === 'backend' && isolation)
    throw new InputError(
      'build-frontend',
      frontend,
      "not with build-isolation 'true': 'backend' calls the project's build backend in the interpreter itself and installs nothing; set build-isolation to 'false' (each interpreter then needs the [build-system] requires installed), or use 'pip' or 'build' for an isolated build",
    );
}

/**
 * `off` keeps wheels as built, and so does an empty value: the input or flag written empty, or
 * pyproject's `repair-wheel-command = ""`, cibuildwheel's way to turn repair off. (The runner
 * passes `auto` when the input is not written, so an empty one was written.)
 */
function parseRepair(raw: string | undefined, value: string): string | null {
  if (raw !== undefined && raw.trim() === '') return null;
  return value === 'off' ? null : value;
}

function defaultCacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'wheelwright');
}

/** Turns raw input text into typed options, or throws an InputError naming the first bad one. */
export function parseOptions(source: InputSource, cwd: string, cibw?: CibwSettings): Options {
  const get = (name: InputName): string => {
    const raw = source(name)?.trim();
    return raw === undefined || raw === '' ? DEFAULTS[name] : raw;
  };
  const frontend = parseBuildFrontend(get('build-frontend'));
  const options: Options = {
    packageDir: parseDirectory('package-dir', get('package-dir'), cwd),
    pythonVersions: parsePythonVersions(get('python-versions')),
    outputDir: parseDirectory('output-dir', get('output-dir'), cwd),
    jobs: parseJobs(get('jobs')),
    memoryPerJob: parseSizeOr('memory-per-job', get('memory-per-job'), ['auto']),
    distccHosts: parseDistccHosts(get('distcc-hosts')),
    swap: parseSizeOr('swap', get('swap'), ['auto', 'off']),
    swapCleanup: parseBoolean('swap-cleanup', get('swap-cleanup')),
    buildFrontend: frontend.name,
    frontendArgs: frontend.args,
    buildIsolation: parseBoolean('build-isolation', get('build-isolation')),
    configSettings: parsePairs('config-settings', get('config-settings')),
    environment: validPairs('environment', get('environment')),
    beforeBuild: get('before-build') || null,
    failFast: parseBoolean('fail-fast', get('fail-fast')),
    verify: parseBoolean('verify', get('verify')),
    reportDir: parseDirectory('report-dir', get('report-dir'), cwd),
    cacheDir: parseDirectory('cache-dir', get('cache-dir') || defaultCacheDir(), cwd),
    repairCommand: parseRepair(source('repair-command'), get('repair-command')),
    testCommand: get('test-command') || null,
    testRequires: [
      ...get('test-requires').split(/\s+/).filter(Boolean),
      ...(cibw?.testGroupRequires ?? []),
    ],
    cache: parseCache(get('cache')),
    artifactPrefix: get('artifact-prefix'),
    retentionDays: parseRetention(get('retention-days')),
    macosxDeploymentTarget: parseDeploymentTarget(get('macosx-deployment-target')),
    macosArch: get('archs')
      ? parseArchs(get('archs'), process.platform, process.arch)
      : (cibw?.macosArch ?? nativeMacArch(process.arch)),
    cibuildwheel: {
      selectors: cibw?.configured ? cibw.selectors : null,
      testExtras: cibw?.testExtras ?? [],
      beforeAll: cibw?.beforeAll ?? null,
      beforeTest: cibw?.beforeTest ?? null,
      testEnvironment: cibw?.testEnvironment ?? null,
      testSources: cibw?.testSources ?? [],
      notes: cibw?.notes ?? [],
      settings: cibw ?? null,
    },
  };
  checkFrontendIsolation(options.buildFrontend, options.buildIsolation);
  return options;
}
