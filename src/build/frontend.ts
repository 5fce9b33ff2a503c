import path from 'node:path';
import type { BuildSystem } from '../config/build-system.js';
import type { Frontend } from './interpreter.js';

export interface FrontendRequest {
  python: string;
  frontend: Frontend;
  isolation: boolean;
  configSettings: [string, string][];
  /** build-frontend's args, after wheelwright's own as cibuildwheel places them; none for backend. */
  frontendArgs: string[];
  sourceDir: string;
  outDir: string;
  /** For the uv frontend: the uv program found on PATH. */
  uv?: string;
  /** For the backend frontend: the project's build system, and where BACKEND_SCRIPT was written. */
  backend?: { buildSystem: BuildSystem; script: string };
}

/** Config settings as a PEP 517 dictionary, the way pip makes it: a repeated key holds a list. */
export function configSettingsTable(pairs: [string, string][]): Record<string, string | string[]> {
  const table: Record<string, string | string[]> = {};
  for (const [key, value] of pairs) {
    const earlier = table[key];
    table[key] = earlier === undefined ? value : [...[earlier].flat(), value];
  }
  return table;
}

/** What runs the build, for the log and for error lines: `pip wheel`, `build backend X`. */
export function frontendName(frontend: Frontend, buildSystem?: BuildSystem): string {
  if (frontend === 'pip') return 'pip wheel';
  if (frontend === 'build') return 'python -m build';
  if (frontend === 'build[uv]') return 'python -m build (build[uv])';
  if (frontend === 'uv') return 'uv build';
  return `build backend ${buildSystem?.backend ?? '(unknown)'}`;
}

/** The command line that builds one wheel: an argument array, never a shell string. */
export function frontendCommand(request: FrontendRequest): string[] {
  const { python, frontend, isolation, configSettings, frontendArgs, sourceDir, outDir } = request;
  if (frontend === 'backend') {
    if (!request.backend) throw new Error('the backend frontend needs the build system');
    const { buildSystem, script } = request.backend;
    return [
      python,
      // unbuffered: the backend's lines and its compilers' reach the log in the order they ran
      '-u',
      script,
      outDir,
      buildSystem.backend,
      JSON.stringify(configSettingsTable(configSettings)),
      ...buildSystem.backendPath.map((entry) => path.join(sourceDir, entry)),
    ];
  }
  if (frontend === 'pip') {
    return [
      python,
      '-m',
      'pip',
      'wheel',
      '--no-deps',
      '--no-input',
      '--disable-pip-version-check',
      '--verbose',
      ...(isolation ? [] : ['--no-build-isolation']),
      ...configSettings.map(([key, value]) => `--config-settings=${key}=${value}`),
      ...frontendArgs,
      '--wheel-dir',
      outDir,
      sourceDir,
    ];
  }
  if (frontend === 'uv') {
    if (!request.uv) throw new Error('the uv frontend needs the uv program');
    return [
      request.uv,
      'build',
      `--python=${python}`,
      sourceDir,
      '--wheel',
      `--out-dir=${outDir}`,
      ...(isolation ? [] : ['--no-build-isolation']),
      ...configSettings.map(([key, value]) => `--config-setting=${key}=${value}`),
      ...frontendArgs,
    ];
  }
  // cibuildwheel's build[uv]: uv installs the isolated environment, so not without one
  const noIsolation = !isolation || frontendArgs.some((a) => a === '--no-isolation' || a === '-n');
  return [
    python,
    '-m',
    'build',
    '--wheel',
    ...(isolation ? [] : ['--no-isolation']),
    ...(frontend === 'build[uv]' && !noIsolation ? ['--installer=uv'] : []),
    ...configSettings.map(([key, value]) => `--config-setting=${key}=${value}`),
    ...frontendArgs,
    '--outdir',
    outDir,
    sourceDir,
  ];
}

/**
 * Variables that tell build systems how many compiles they may run: make, CMake, PyTorch-style
 * `MAX_JOBS`, numpy.distutils, and setuptools' `build_ext --parallel` through an extra config
 * file (`DIST_EXTRA_CONFIG`, read by setuptools 62.3 and newer).
 */
export function parallelismEnvironment(
  jobs: number,
  distExtraConfig: string,
): Record<string, string> {
  return {
    MAKEFLAGS: `-j${jobs}`,
    CMAKE_BUILD_PARALLEL_LEVEL: String(jobs),
    MAX_JOBS: String(jobs),
    NPY_NUM_BUILD_JOBS: String(jobs),
    DIST_EXTRA_CONFIG: distExtraConfig,
  };
}

export const distExtraConfigText = (jobs: number): string => `[build_ext]\nparallel = ${jobs}\n`;

// Soft data and address-space limits go up to the hard ones; the stack only when below the usual
// 8 MiB, since an unlimited stack changes how Linux lays out memory.
const RAISE_LIMITS = [
  'ulimit -S -d "$(ulimit -H -d)" 2>/dev/null',
  'ulimit -S -v "$(ulimit -H -v)" 2>/dev/null',
  's=$(ulimit -S -s); if [ "$s" != unlimited ] && [ "$s" -lt 8192 ]; then ulimit -S -s "$(ulimit -H -s)" 2>/dev/null; fi',
  'exec "$@"',
].join('; ');

/**
 * Runs a command with its soft memory limits raised to the hard ones, so a low soft `ulimit -d`
 * or `-v` does not starve the compiler. A fixed script: the command comes in as "$@".
 */
export function withRaisedLimits(
  argv: string[],
  platform: NodeJS.Platform = process.platform,
): string[] {
  // Windows has neither /bin/sh nor ulimit's limits: the command runs as it is
  if (platform === 'win32') return argv;
  return ['/bin/sh', '-c', RAISE_LIMITS, 'wheelwright-build', ...argv];
}
