import { execFile } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { quote } from 'shell-quote';
import { prependPath } from '../platform/env-path.js';
import { findShell, isVerbatim, quoteFor, shellInvocation } from '../platform/shell.js';
import { venvExecutable, venvScripts } from '../platform/venv-paths.js';
import { installSteps } from '../verify/import-test.js';
import { INSTALL_SCRIPT } from '../verify/install-script.js';
import { delocateArchs, repairWheel, type RepairOutcome } from '../repair/index.js';
import type { BuildResult, BuiltResult } from './run-build.js';
import type { Frontend } from './interpreter.js';
import { uvFor } from './uv.js';
import { parsePairs } from '../config/pairs.js';

const run = promisify(execFile);

/** Puts quoted paths in the place of `{name}` placeholders, as cibuildwheel's commands use them. */
export function fillPlaceholders(
  command: string,
  values: Record<string, string>,
  quoteValue: (value: string) => string = (value) => quote([value]),
): string {
  return command.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? quoteValue(values[name]!) : whole,
  );
}

/** Runs a user's command in the shell this system has (Git's bash on Windows runners). */
function inShell(
  log: string,
  command: (quoteValue: (value: string) => string) => string,
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<string | null> {
  const shell = findShell(process.platform, options.env, existsSync);
  const { argv, verbatim } = shellInvocation(shell, command(quoteFor(shell)));
  return step(log, argv, { ...options, windowsVerbatimArguments: verbatim });
}

async function step(
  log: string,
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; windowsVerbatimArguments?: boolean },
): Promise<string | null> {
  // a program given with -c (the wheel's installer) is named, not copied into every log
  const shown = argv.map((a) => (a === INSTALL_SCRIPT ? '<install-script.ts>' : JSON.stringify(a)));
  appendFileSync(log, `\n$ ${shown.join(' ')}\n`);
  try {
    const { stdout, stderr } = await run(argv[0]!, argv.slice(1), {
      ...options,
      maxBuffer: 64 * 1024 * 1024,
    });
    appendFileSync(log, stdout + stderr);
    return null;
  } catch (error) {
    const failed = error as {
      code?: number | string;
      signal?: string;
      stdout?: string;
      stderr?: string;
    };
    appendFileSync(log, `${failed.stdout ?? ''}${failed.stderr ?? ''}`);
    return failed.signal ? `killed by ${failed.signal}` : `exit ${failed.code}`;
  }
}

/** A wheel that failed its repair or its tests leaves output-dir for the report's rejected/. */
function failedWith(result: BuildResult, error: string, rejectedDir: string): BuildResult {
  appendFileSync(result.log, `\nwheelwright: ${error}\n`);
  if (result.wheel) {
    mkdirSync(rejectedDir, { recursive: true });
    renameSync(result.wheel, path.join(rejectedDir, path.basename(result.wheel)));
  }
  return { ...result, status: 'failed', wheel: null, error };
}

/** The repaired wheel takes the built one's place in output-dir. */
function replaceWith(result: BuiltResult, repaired: string): BuildResult {
  const wheel = path.join(path.dirname(result.wheel), path.basename(repaired));
  rmSync(result.wheel);
  renameSync(repaired, wheel);
  return { ...result, wheel };
}

/**
 * Repairs a built wheel as repair-command says: 'auto' is src/repair's (a wheel it refuses goes
 * to rejected/ with its card, never shipped half-repaired), any other text a shell command whose
 * output goes to the build's log; null keeps the wheel as built.
 */
export async function repairBuilt(
  result: BuildResult,
  command: string | null,
  dirs: { workDir: string; rejectedDir: string; toolsDir: string },
  env: NodeJS.ProcessEnv,
): Promise<BuildResult> {
  if (command === null || result.status !== 'built') return result;
  const { workDir, rejectedDir } = dirs;
  const dest = path.join(workDir, 'repaired');
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  if (command === 'auto') {
    let outcome: RepairOutcome;
    try {
      outcome = await repairWheel({
        wheel: result.wheel,
        destDir: dest,
        platform: process.platform,
        python: result.executable,
        workDir: path.join(workDir, 'auto'),
        toolsDir: dirs.toolsDir,
        env,
        logFile: result.log,
      });
    } catch (error) {
      // an unreadable zip, a full disk: this wheel fails, the other versions go on
      return failedWith(result, `repair failed: ${(error as Error).message}`, rejectedDir);
    }
    if (outcome.kind === 'repaired') return replaceWith(result, outcome.wheel);
    if (outcome.kind === 'unchanged') {
      appendFileSync(result.log, `\nwheelwright: repair: kept as built (${outcome.reason})\n`);
      return result;
    }
    mkdirSync(rejectedDir, { recursive: true });
    const moved = path.join(rejectedDir, path.basename(result.wheel));
    renameSync(result.wheel, moved);
    const error = `repair: ${outcome.cards[0]?.title ?? 'the wheel cannot be repaired'} (moved to ${moved})`;
    appendFileSync(result.log, `\nwheelwright: ${error}\n`);
    return { ...result, status: 'rejected', wheel: null, error, diagnoses: outcome.cards };
  }
  const wheel = result.wheel;
  const error = await inShell(
    result.log,
    (q) =>
      fillPlaceholders(command, { wheel, dest_dir: dest, delocate_archs: delocateArchs(wheel) }, q),
    { cwd: workDir, env },
  );
  if (error) return failedWith(result, `repair-command failed (${error})`, rejectedDir);
  const repaired = readdirSync(dest).filter((name) => name.endsWith('.whl'));
  if (repaired.length !== 1)
    return failedWith(
      result,
      `repair-command left ${repaired.length} wheels in {dest_dir}, expected 1`,
      rejectedDir,
    );
  return replaceWith(result, path.join(dest, repaired[0]!));
}

export interface TestSettings {
  command: string;
  requires: string[];
  extras?: string[];
  /** cibuildwheel's before-test: run in the test environment, from the package directory. */
  beforeTest?: string | null;
  /** cibuildwheel's test-sources: copied from the package directory to where the tests run. */
  sources?: string[];
  /** cibuildwheel 3's test-environment, KEY=VALUE text expanded against the test environment. */
  environment?: string | null;
  /** With build[uv] or uv the installs are uv pip's, as cibuildwheel's are. */
  frontend?: Frontend;
  packageDir: string;
}

/** A fresh directory to run the tests from, with test-sources copied in; or what is missing. */
function testDirectory(
  settings: TestSettings,
  workDir: string,
): { cwd: string } | { error: string } {
  const cwd = mkdtempSync(path.join(workDir, 'test-cwd-'));
  for (const source of settings.sources ?? []) {
    const from = path.resolve(settings.packageDir, source);
    if (!existsSync(from))
      return { error: `test-sources: ${source} does not exist in ${settings.packageDir}` };
    cpSync(from, path.join(cwd, source), { recursive: true });
  }
  return { cwd };
}

/**
 * What installs into the test environment at `python`: its pip, or uv pip when the build
 * frontend is uv's (cibuildwheel installs with uv pip then, and an environment uv made has no pip).
 */
export function testInstaller(python: string, uv: string | undefined): string[] {
  return uv
    ? [uv, 'pip', 'install', '--python', python]
    : [python, '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input'];
}

/** The test environment's variables with test-environment's, `$NAME` expanded against them. */
export function withTestEnvironment(
  env: NodeJS.ProcessEnv,
  testEnvironment: string | null,
): NodeJS.ProcessEnv {
  if (!testEnvironment) return env;
  return { ...env, ...Object.fromEntries(parsePairs('environment', testEnvironment, env)) };
}

/**
 * Whether the test environment, made without pip, needs pip of its own: for before-test (which
 * installs with it as often as not), on Windows (the installer writes the console-script
 * launchers), and for test-requires and test-extras unless uv pip installs them from outside.
 */
export function pipNeeded(
  settings: Pick<TestSettings, 'requires' | 'extras' | 'beforeTest'>,
  withUv: boolean,
  platform: NodeJS.Platform,
): boolean {
  if (platform === 'win32' || settings.beforeTest) return true;
  return !withUv && settings.requires.length + (settings.extras?.length ?? 0) > 0;
}

/**
 * The steps that make a wheel's test environment, in cibuildwheel's order: the environment (not
 * when `interpreter` is null: verify's import test made it), before-test, the wheel, its
 * test-extras (the wheel again with its extras, which brings their requirements), test-requires.
 * The environment is made without pip and the wheel unpacked into it (installSteps); pip comes in
 * only where pipNeeded says, and Windows gets the wheel again through the installer for its
 * console scripts, which are pip's launcher binaries.
 */
function testSteps(plan: {
  interpreter: string | null;
  venv: string;
  wheel: string;
  install: string[];
  needsPip: boolean;
  extras: string[];
  requires: string[];
  beforeTest: string[] | null;
}): [string, string[]][] {
  const { interpreter, venv, wheel, install, extras, requires, beforeTest } = plan;
  const python = venvExecutable(venv, 'python', process.platform);
  const [create, unpack] = interpreter
    ? installSteps(interpreter, wheel, venv, 'the test environment')
    : [];
  const steps: [string, string[]][] = [];
  if (create) steps.push(create);
  if (plan.needsPip)
    steps.push([
      'adding pip to the test environment',
      [python, '-m', 'ensurepip', '--default-pip'],
    ]);
  if (beforeTest) steps.push(['running before-test', beforeTest]);
  if (unpack) steps.push(unpack);
  if (process.platform === 'win32')
    steps.push([
      "installing the wheel's console scripts",
      [...install, '--no-deps', '--force-reinstall', wheel],
    ]);
  if (extras.length)
    steps.push(['installing test-extras', [...install, `${wheel}[${extras.join(',')}]`]]);
  if (requires.length) steps.push(['installing test-requires', [...install, ...requires]]);
  return steps;
}

/**
 * Runs test-command from a temporary directory on the wheel installed in a fresh virtual
 * environment of its interpreter, so the tests import the installed wheel and not the source
 * tree. `installed` is such an environment already made (verify's import test's); otherwise one
 * is made the same way: without pip, the wheel unpacked into it. pip comes into it only where it
 * is asked for (docs/verify.md): test-requires and test-extras (unless uv pip installs them),
 * before-test (which installs with it as often as not) and Windows.
 */
export async function testWheel(
  result: BuildResult,
  settings: TestSettings,
  workDir: string,
  rejectedDir: string,
  env: NodeJS.ProcessEnv,
  installed: string | null = null,
): Promise<BuildResult> {
  if (result.status !== 'built') return result;
  mkdirSync(workDir, { recursive: true });
  const venv = installed ?? path.join(workDir, 'test-venv');
  const python = venvExecutable(venv, 'python', process.platform);
  const uv = uvFor(settings.frontend ?? 'pip', env);
  const needsPip = pipNeeded(settings, uv !== undefined, process.platform);
  const venvEnv = withTestEnvironment(
    {
      ...prependPath(env, [venvScripts(venv, process.platform)], process.platform),
      VIRTUAL_ENV: venv,
      // without pip of its own, a `pip install` in test-command would find the runner's pip on
      // PATH and install into the runner's Python: refused instead, with pip's own message
      ...(needsPip ? {} : { PIP_REQUIRE_VIRTUALENV: '1' }),
    },
    settings.environment ?? null,
  );
  const placeholders = { project: settings.packageDir, package: settings.packageDir };
  let beforeTest: string[] | null = null;
  if (settings.beforeTest) {
    const shell = findShell(process.platform, venvEnv, existsSync);
    const command = fillPlaceholders(settings.beforeTest, placeholders, quoteFor(shell));
    beforeTest = shellInvocation(shell, command).argv;
  }
  const steps = testSteps({
    interpreter: installed ? null : result.executable,
    venv,
    wheel: result.wheel,
    install: testInstaller(python, uv),
    needsPip,
    extras: settings.extras ?? [],
    requires: settings.requires,
    beforeTest,
  });
  for (const [what, argv] of steps) {
    const cwd = what === 'running before-test' ? settings.packageDir : workDir;
    const error = await step(result.log, argv, {
      cwd,
      env: venvEnv,
      windowsVerbatimArguments: isVerbatim(argv),
    });
    if (error)
      return failedWith(
        result,
        `test-command could not run: ${what} failed (${error})`,
        rejectedDir,
      );
  }
  const dir = testDirectory(settings, workDir);
  if ('error' in dir) return failedWith(result, dir.error, rejectedDir);
  const error = await inShell(
    result.log,
    (q) => fillPlaceholders(settings.command, { ...placeholders, wheel: result.wheel }, q),
    { cwd: dir.cwd, env: venvEnv },
  );
  return error ? failedWith(result, `test-command failed (${error})`, rejectedDir) : result;
}
