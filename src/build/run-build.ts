import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  createWriteStream,
  mkdirSync,
  readdirSync,
  renameSync,
  copyFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs';
import path from 'node:path';
import { copyTree, type CopyAhead } from './copy-tree.js';
import {
  distExtraConfigText,
  frontendCommand,
  frontendName,
  parallelismEnvironment,
  withRaisedLimits,
} from './frontend.js';
import { BACKEND_SCRIPT } from './backend-script.js';
import { INSPECT_TIMEOUT_MS } from './discover.js';
import { INSPECT_SCRIPT } from './inspect-script.js';
import { PIP_AHEAD_SCRIPT } from './pip-ahead-script.js';
import { fillPlaceholders } from './after-build.js';
import { prependPath, pythonStandIns } from '../platform/env-path.js';
import { findShell, isVerbatim, quoteFor, shellInvocation } from '../platform/shell.js';
import type { Frontend, Interpreter } from './interpreter.js';
import type { BuildSystem } from '../config/build-system.js';
import type { Diagnosis } from '../diagnose/diagnosis.js';

export interface BuildSettings {
  frontend: Frontend;
  isolation: boolean;
  /** The project's [build-system], read for the backend frontend only. */
  buildSystem?: BuildSystem;
  configSettings: [string, string][];
  frontendArgs: string[];
  /** The uv program, for the uv frontends. */
  uv?: string;
  environment: Record<string, string>;
  beforeBuild: string | null;
}

/** What to build for one interpreter, and how. */
export interface BuildSpec {
  interpreter: Interpreter;
  packageDir: string;
  /** A fresh directory of this build's own: the tree copy, the frontend's output, helpers. */
  workDir: string;
  outputDir: string;
  logFile: string;
  /** Compiles this build may run at once. */
  jobs: number;
  settings: BuildSettings;
  baseEnv: Record<string, string | undefined>;
  /** Variables that route the build's compilers through the launcher. */
  launcherEnv: Record<string, string>;
  /** A copy of the package started early, which the first build to prepare takes. */
  copyAhead?: CopyAhead;
  /** pip_ahead.py started for this build before its plan was made, for its frontend to take. */
  earlyPip?: EarlyPip;
}

/** `rejected`: built, but the wheel failed verification and was kept out of output-dir. */
export type BuildStatus = BuildResult['status'];

interface ResultBase {
  id: string;
  label: string;
  executable: string;
  durationMs: number;
  log: string;
  /** What explains a failure or a rejection, root cause first; notes on a built wheel. */
  diagnoses: Diagnosis[];
}

/** One build's outcome; `error` is one line: what failed (the step and its exit). */
export type BuildResult =
  | (ResultBase & { status: 'built'; wheel: string; error: null })
  /** `rejected`: built, but its repair, verify or tests failed: the wheel left output-dir. */
  | (ResultBase & { status: 'failed' | 'rejected'; wheel: null; error: string })
  /** Stopped; a wheel finished just before the cancel stays. */
  | (ResultBase & { status: 'cancelled'; wheel: string | null; error: string });

/** A build that made its wheel. */
export type BuiltResult = Extract<BuildResult, { status: 'built' }>;

export interface Running {
  result: Promise<BuildResult>;
  /** Stops the build's processes and starts no more; `why` becomes the result's error. */
  cancel(why: string): void;
}

// What a build's processes get to end on their own (compilers remove their temporary files)
// before they are killed: less than a runner waits between its cancel's SIGINT and SIGTERM.
const STOP_GRACE_MS = 3000;

/**
 * Stops every process of a step's process group (the step runs detached in a group of its own, and
 * the frontend, the backend and the compilers it starts inherit the group): SIGTERM, then
 * SIGKILL for whatever is left after the grace period.
 */
function stopGroup(pgid: number): void {
  const signal = (name: NodeJS.Signals): boolean => {
    try {
      process.kill(-pgid, name);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (signal('SIGTERM')) setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS).unref();
}

/** A directory whose `python` and `python3` are this build's interpreter, for before-build. */
function pythonShims(dir: string, executable: string): string {
  mkdirSync(dir, { recursive: true });
  for (const standIn of pythonStandIns(executable, process.platform)) {
    const file = path.join(dir, standIn.name);
    if (standIn.symlinkTo) symlinkSync(standIn.symlinkTo, file);
    else writeFileSync(file, standIn.script!, { mode: 0o755 });
  }
  return dir;
}

function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // across file systems: copy beside the target, then rename into place so nobody sees half a wheel
    const partial = `${to}.partial`;
    copyFileSync(from, partial);
    renameSync(partial, to);
    rmSync(from, { force: true });
  }
}

/** A step's process and how it ended: its exit, or why it could not start. */
interface Started {
  argv: string[];
  child: ChildProcess;
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null } | Error>;
}

/**
 * Starts a step's process detached, in a process group of its own (see stopGroup); `answers`: it
 * writes on a fourth pipe too (file descriptor 3).
 */
function startStep(
  argv: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  reads: boolean,
  answers = false,
): Started {
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd,
    env,
    stdio: [reads ? 'pipe' : 'ignore', 'pipe', 'pipe', ...(answers ? ['pipe' as const] : [])],
    detached: true,
    windowsVerbatimArguments: isVerbatim(argv),
  });
  child.stdin?.on('error', () => {}); // the step ended before reading: its exit says why
  const ended = new Promise<Awaited<Started['ended']>>((resolve) => {
    child.on('error', resolve);
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return { argv, child, ended };
}

type Step = (
  name: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  /** What the step reads on its standard input once it is known (else it reads nothing). */
  input?: Promise<string>,
  /** The step's process, started already with these arguments (pip_ahead.py, started early). */
  started?: Started,
) => Promise<string | null>;

/**
 * Runs a build's steps one at a time, each detached in a process group of its own, its output
 * into the build's log; `running` holds the step's process while it runs, for a cancel to stop.
 * A step resolves to null, or to what failed.
 */
function stepsInto(log: WriteStream, running: { child: ChildProcess | null }): Step {
  return async (name, argv, env, cwd, input, started) => {
    log.write(`\n$ ${argv.map((a) => JSON.stringify(a)).join(' ')}\n`);
    const { child, ended } = started ?? startStep(argv, env, cwd, input !== undefined);
    const stdin = child.stdin;
    if (input && stdin)
      void input.then(
        (text) => stdin.end(text),
        () => stdin.end(),
      );
    running.child = child;
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    const how = await ended;
    running.child = null;
    if (how instanceof Error) return `${name} could not start: ${how.message}`;
    if (how.code === 0) return null;
    return `${name} failed (${how.signal ? `killed by ${how.signal}` : `exit ${how.code}`})`;
  };
}

/** pip_ahead.py started before the build is set up, for its frontend to take. */
export interface StartedPip {
  /** The variables it started with; the build's own come with its line (pip_ahead.py). */
  env: NodeJS.ProcessEnv;
  /** Its process, once: null when taken already. */
  take(): Started | null;
  /** Ends it unless taken (its input closes: it runs nothing), and settles once it has exited. */
  dismiss(): Promise<void>;
}

/** pip_ahead.py started for a build of `interpreter`. */
export interface EarlyPip extends StartedPip {
  interpreter: Interpreter;
}

/**
 * The command that runs pip_ahead.py, written into `workDir` (the build's own directory); with
 * `inspect`, inspect_interpreter.py beside it, for it to answer first.
 */
function pipAheadArgv(workDir: string, python: string, inspect = false): string[] {
  // in a directory of its own: it becomes sys.path[0], and nothing else should be there
  const script = path.join(workDir, 'frontend', 'pip_ahead.py');
  mkdirSync(path.dirname(script), { recursive: true });
  writeFileSync(script, PIP_AHEAD_SCRIPT);
  if (!inspect) return withRaisedLimits([python, script]);
  writeFileSync(path.join(path.dirname(script), 'inspect_interpreter.py'), INSPECT_SCRIPT);
  return withRaisedLimits([python, script, '--inspect']);
}

function pipStarted(started: Started, env: NodeJS.ProcessEnv): StartedPip {
  let taken = false;
  let dismissed: Promise<void> | null = null;
  return {
    env,
    take() {
      if (taken || dismissed) return null;
      taken = true;
      return started;
    },
    dismiss() {
      if (taken) return Promise.resolve();
      dismissed ??= (async () => {
        started.child.stdin?.end();
        started.child.stdout?.resume();
        started.child.stderr?.resume();
        await started.ended;
      })();
      return dismissed;
    },
  };
}

/**
 * Starts pip_ahead.py for a build of `interpreter` in `workDir` now, with the environment the
 * build's steps get but for wheelwright's own variables (its plan and launcher do not exist yet):
 * pip's import, a third of a second, runs while the plan is made and the launcher starts.
 */
export function startEarlyPip(
  interpreter: Interpreter,
  workDir: string,
  env: NodeJS.ProcessEnv,
): EarlyPip {
  const started = startStep(pipAheadArgv(workDir, interpreter.executable), env, workDir, true);
  return { interpreter, ...pipStarted(started, env) };
}

/**
 * Starts pip_ahead.py with `python` before the interpreter is known, in `workDir`: it answers
 * what inspect_interpreter.py would (its JSON, or '' where it cannot answer the same: then ask
 * as always), then imports pip, so that the inspection and pip's start are one process.
 */
export function startAnsweringPip(
  python: string,
  workDir: string,
  env: NodeJS.ProcessEnv,
): { pip: StartedPip; answer: Promise<string> } {
  const started = startStep(pipAheadArgv(workDir, python, true), env, workDir, true, true);
  const answer = new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    const pipe = started.child.stdio[3] as NodeJS.ReadableStream | null | undefined;
    if (!pipe) return resolve('');
    pipe.on('data', (chunk: Buffer) => chunks.push(chunk));
    pipe.on('error', () => resolve(''));
    pipe.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    void started.ended.then(() => resolve(Buffer.concat(chunks).toString('utf8')));
    setTimeout(() => resolve(''), INSPECT_TIMEOUT_MS).unref(); // then asked as always
  });
  return { pip: pipStarted(started, env), answer };
}

/**
 * What the build's environment adds to or changes in the one an early pip started with; null
 * when it lacks one of that one's variables (a line can set variables, not unset them).
 */
function addedTo(early: NodeJS.ProcessEnv, env: NodeJS.ProcessEnv): Record<string, string> | null {
  if (Object.keys(early).some((name) => early[name] !== undefined && env[name] === undefined))
    return null;
  const added: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && early[name] !== value) added[name] = value;
  return added;
}

/** Where a build's own copy of the package is: its build runs there, so compile commands name it. */
export const copyOfPackage = (workDir: string): string => path.join(workDir, 'src');

/** The package copied to `source`: the copy made ahead, else one made now. */
async function copyPackage(spec: BuildSpec, source: string): Promise<void> {
  if (!(await spec.copyAhead?.take(source))) await copyTree(spec.packageDir, source);
}

/**
 * The build's output directory and the environment of its steps, and its own copy of the package
 * in `source` once `copied` settles (the steps may start before: see frontendStep).
 */
function prepare(
  spec: BuildSpec,
  log: WriteStream,
): { source: string; out: string; env: NodeJS.ProcessEnv; copied: Promise<void> } {
  const { interpreter, settings } = spec;
  const source = copyOfPackage(spec.workDir);
  const out = path.join(spec.workDir, 'out');
  mkdirSync(out);
  const extraConfig = path.join(spec.workDir, 'dist-extra.cfg');
  writeFileSync(extraConfig, distExtraConfigText(spec.jobs));
  const env: NodeJS.ProcessEnv = {
    ...spec.baseEnv,
    ...parallelismEnvironment(spec.jobs, extraConfig),
    ...settings.environment,
    ...spec.launcherEnv,
    PYTHON: interpreter.executable,
    PIP_NO_INPUT: '1',
  };
  const frontend = frontendName(settings.frontend, settings.buildSystem);
  log.write(
    `wheelwright: ${interpreter.label} at ${interpreter.executable} (${interpreter.foundIn}), ${spec.jobs} compile job(s), built by ${frontend}${settings.isolation ? ' in isolation' : ''}\n`,
  );
  if (settings.buildSystem) {
    const { backend, from, requires } = settings.buildSystem;
    log.write(
      `wheelwright: build backend ${backend}, ${from}; requires ${requires.join(', ') || 'nothing'}\n`,
    );
  }
  // started last: once it runs, whatever ends the build waits for it (runSteps)
  const copied = copyPackage(spec, source);
  copied.catch(() => {}); // awaited by the steps, which report it
  return { source, out, env, copied };
}

/** before-build, in the build's copy of the tree, with `python` the build's interpreter. */
function beforeBuild(
  spec: BuildSpec,
  command: string,
  step: Step,
  env: NodeJS.ProcessEnv,
  source: string,
) {
  const shims = pythonShims(path.join(spec.workDir, 'bin'), spec.interpreter.executable);
  const beforeEnv = prependPath(env, [shims], process.platform);
  // {project} and {package}: this build's own copy of the tree, where before-build runs
  const shell = findShell(process.platform, env, existsSync);
  const filled = fillPlaceholders(command, { project: source, package: source }, quoteFor(shell));
  return step('before-build', shellInvocation(shell, filled).argv, beforeEnv, source);
}

/**
 * pip started while the package is still copied (pip_ahead.py: it imports pip, a third of a
 * second, and runs `python -m pip ARGS` in the copy once told it is complete); null for another
 * frontend, or on Windows, whose os.execv does not replace the process.
 */
function pipAhead(
  spec: BuildSpec,
  step: Step,
  log: WriteStream,
  env: NodeJS.ProcessEnv,
  command: string[],
  source: string,
  copied: Promise<void>,
): Promise<string | null> | null {
  const early = spec.earlyPip;
  const [python, module, pip, ...args] = command;
  const usable =
    spec.settings.frontend === 'pip' &&
    process.platform !== 'win32' &&
    module === '-m' &&
    pip === 'pip';
  const added =
    usable && early && python === early.interpreter.executable ? addedTo(early.env, env) : null;
  const started = added ? early!.take() : null;
  if (early && !started) void early.dismiss(); // not this build's after all: it runs nothing
  if (!usable) return null;
  // the command as it runs in the end, for a person to run again
  log.write(
    `\nwheelwright: pip starts while the package is copied, then runs in ${source}: ${command.map((a) => JSON.stringify(a)).join(' ')}\n`,
  );
  if (started)
    log.write(
      `wheelwright: pip was started before the build's plan; wheelwright's own variables for the build come with the word to go\n`,
    );
  const go = copied.then(
    () => `${JSON.stringify({ cwd: source, argv: args, ...(started ? { env: added } : {}) })}\n`,
  );
  if (started) return step('pip wheel', started.argv, env, spec.workDir, go, started);
  return step('pip wheel', pipAheadArgv(spec.workDir, python!), env, spec.workDir, go);
}

/** The frontend building the wheel into `out`, once `copied` (the package's copy) settles. */
async function frontendStep(
  spec: BuildSpec,
  step: Step,
  log: WriteStream,
  env: NodeJS.ProcessEnv,
  source: string,
  out: string,
  copied: Promise<void>,
): Promise<string | null> {
  const { settings } = spec;
  let backend: { buildSystem: BuildSystem; script: string } | undefined;
  if (settings.frontend === 'backend' && settings.buildSystem) {
    // in a directory of its own: it becomes sys.path[0], and nothing else should be there
    const script = path.join(spec.workDir, 'frontend', 'build_wheel.py');
    mkdirSync(path.dirname(script));
    writeFileSync(script, BACKEND_SCRIPT);
    backend = { buildSystem: settings.buildSystem, script };
  }
  const command = frontendCommand({
    python: spec.interpreter.executable,
    ...settings,
    sourceDir: source,
    outDir: out,
    backend,
  });
  const ahead = pipAhead(spec, step, log, env, command, source, copied);
  if (ahead) {
    const error = await ahead;
    await copied; // a failed copy is what failed, not pip, which did not run
    return error;
  }
  await copied;
  const frontend = frontendName(settings.frontend, settings.buildSystem);
  return step(frontend, withRaisedLimits(command), env, source);
}

/** The one wheel the frontend left, moved into output-dir. */
function takeWheel(spec: BuildSpec, out: string): Ended {
  const built = readdirSync(out).filter((name) => name.endsWith('.whl'));
  if (built.length !== 1)
    return {
      error: `the frontend succeeded but left ${built.length} wheels in its output (${built.join(', ') || 'none'})`,
    };
  mkdirSync(spec.outputDir, { recursive: true });
  const wheel = path.join(spec.outputDir, built[0]!);
  moveFile(path.join(out, built[0]!), wheel);
  return { wheel };
}

/** How the steps ended: with the wheel, with what failed, or stopped by a cancel between steps. */
type Ended = { wheel: string } | { error: string } | { stopped: string };

async function runSteps(
  spec: BuildSpec,
  log: WriteStream,
  step: Step,
  cancelled: () => string | null,
): Promise<Ended> {
  let copying: Promise<void> | null = null;
  try {
    const { source, out, env, copied } = prepare(spec, log);
    copying = copied;
    const stopped = () => {
      const why = cancelled();
      return why === null ? null : { stopped: why };
    };
    if (spec.settings.beforeBuild !== null) {
      await copied;
      const error = await beforeBuild(spec, spec.settings.beforeBuild, step, env, source);
      if (error) return { error };
    }
    const beforeFrontend = stopped();
    if (beforeFrontend) {
      await copied.catch(() => {}); // nothing may write into the copy once its build has ended
      return beforeFrontend;
    }
    const error = await frontendStep(spec, step, log, env, source, out, copied);
    if (error) return { error };
    return stopped() ?? takeWheel(spec, out);
  } catch (caught) {
    await copying?.catch(() => {}); // nothing may write into the copy once its build has ended
    return { error: `wheelwright could not prepare the build: ${(caught as Error).message}` };
  }
}

/** The build's result: a cancel wins over how the steps ended (a wheel finished just before it stays). */
function resultOf(
  spec: BuildSpec,
  durationMs: number,
  ended: Ended,
  cancelled: string | null,
): BuildResult {
  const { interpreter } = spec;
  const base = {
    id: interpreter.id,
    label: interpreter.label,
    executable: interpreter.executable,
    durationMs,
    log: spec.logFile,
    diagnoses: [],
  };
  if ('stopped' in ended)
    return { ...base, status: 'cancelled', wheel: null, error: ended.stopped };
  const wheel = 'wheel' in ended ? ended.wheel : null;
  if (cancelled !== null) return { ...base, status: 'cancelled', wheel, error: cancelled };
  if ('error' in ended) return { ...base, status: 'failed', wheel: null, error: ended.error };
  return { ...base, status: 'built', wheel: ended.wheel, error: null };
}

/** Builds one wheel for one interpreter; never throws for a build failure, it reports it. */
export function startBuild(spec: BuildSpec): Running {
  const started = Date.now();
  const log = createWriteStream(spec.logFile);
  const running: { child: ChildProcess | null } = { child: null };
  /** Why the build was cancelled, once it is. */
  let cancelled: string | null = null;
  const result = (async (): Promise<BuildResult> => {
    const ended = await runSteps(spec, log, stepsInto(log, running), () => cancelled);
    if ('error' in ended) log.write(`\nwheelwright: ${ended.error}\n`);
    await new Promise<void>((resolve) => log.end(resolve));
    return resultOf(spec, Date.now() - started, ended, cancelled);
  })();
  return {
    result,
    cancel(why) {
      if (cancelled === null) cancelled = why;
      if (running.child?.pid) stopGroup(running.child.pid);
    },
  };
}
