import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkAll } from './build/check-built.js';
import { copyAhead, type CopyAhead } from './build/copy-tree.js';
import { explainFailures } from './build/explain.js';
import { findBuilds } from './build/find-builds.js';
import { buildAll, type BuildEvent } from './build/matrix.js';
import { checkOwnDirectory, claimScratch, type Claimed } from './build/scratch.js';
import { inspectEnvironment } from './build/discover.js';
import type { Answered } from './build/interpreters.js';
import {
  copyOfPackage,
  startAnsweringPip,
  startEarlyPip,
  type BuildResult,
  type EarlyPip,
  type StartedPip,
} from './build/run-build.js';
import { parseRequest } from './build/select.js';
import { parsePairs } from './config/pairs.js';
import {
  buildSpecs,
  compileShare,
  ownOptions,
  settingsEnvironment,
  workDirOf,
} from './build/specs.js';
import { uvFor } from './build/uv.js';
import { readBuildSystem, type BuildSystem } from './config/build-system.js';
import type { SelectedBuilds } from './config/select-builds.js';
import type { Interpreter } from './build/interpreter.js';
import { watchKernel, type KernelWatch } from './diagnose/index.js';
import type { Options } from './config/options.js';
import { checkPackageDir } from './config/package-dir.js';
import type { RunningCommand } from './launcher/coordinator.js';
import { tryStartLauncher, type StartedLauncher } from './launcher/launcher.js';
import { planPackageBuilds, withSwapJobs } from './plan/package-plan.js';
import type { Plan } from './plan/plan.js';
import { probe, type Probe } from './probe/index.js';
import { provisionSwap, type SwapOutcome } from './provision/swap.js';
import { writeReport, type WrittenReport } from './report/write-report.js';

export type Environment = Record<string, string | undefined>;

/** Where builds run: the runner's temporary directory on GitHub, the system's elsewhere. */
export function workRoot(env: Environment): string {
  return env.RUNNER_TEMP || os.tmpdir();
}

export function probeMachine(env: Environment): Probe {
  return probe(workRoot(env), env);
}

/** Probe and plan for the package in `options.packageDir`. */
export function planPackage(
  options: Options,
  env: Environment,
  asGiven: string,
): { probe: Probe; plan: Plan } {
  checkPackageDir(options.packageDir, asGiven);
  const machine = probeMachine(env);
  // Until the interpreters are found, as many builds as CPUs could run side by side.
  const builds = options.pythonVersions.length || machine.cpus.effective;
  return { probe: machine, plan: planPackageBuilds(options, env, machine, builds) };
}

export interface BuiltWheels extends WrittenReport {
  probe: Probe;
  plan: Plan;
  swap: SwapOutcome;
}

/** How the surface (the action or the terminal) follows the builds as they run. */
export interface BuildHooks {
  onEvent: (event: BuildEvent) => void;
  /** Called as soon as swap is added, so that it is removed even if the run dies later. */
  onSwapAdded?: (path: string) => void;
  /** Given, while the builds run, a way to ask what is compiling now. */
  onRunning?: (running: () => RunningCommand[]) => void;
  /**
   * Aborted when the run is cancelled: every build's processes are stopped, the wheels built so
   * far stay, and the report and summary say the run was cancelled (the checks are skipped).
   */
  signal?: AbortSignal;
}

/** The plan, swap added if it calls for it, and the plan again in the light of the swap. */
async function planWithSwap(
  options: Options,
  env: Environment,
  machine: Probe,
  builds: number,
  onSwapAdded: (path: string) => void,
): Promise<{ plan: Plan; swap: SwapOutcome }> {
  const planned = planPackageBuilds(options, env, machine, Math.max(1, builds));
  const swap = await provisionSwap({
    request: options.swap,
    need: { plan: planned, builds: Math.max(1, builds), usableSwapBytes: machine.swap.usableBytes },
    env,
  });
  if (swap.added) onSwapAdded(swap.added.path);
  return { plan: withSwapJobs(planned, swap), swap };
}

/** The launcher, started in the run's private scratch directory. */
async function startRun(options: Options, plan: Plan, scratch: Claimed): Promise<StartedLauncher> {
  mkdirSync(path.join(options.reportDir, 'logs'), { recursive: true });
  return tryStartLauncher({
    scratchDir: scratch.dir,
    cacheDir: options.cacheDir,
    reportDir: options.reportDir,
    packageDir: options.packageDir,
    jobs: plan.slots,
    budgetBytes: plan.budgetBytes,
    objectCache: options.cache !== 'off',
    distccHosts: options.distccHosts,
  });
}

/** Whether two environments hold the same variables, but for those named in `but`. */
function sameVariables(a: Environment, b: Environment, but: string[] = []): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every((name) => but.includes(name) || a[name] === b[name]);
}

/** pip_ahead.py started before the interpreter is known, answering its inspection too. */
interface AnsweringPip {
  python: string;
  pip: StartedPip;
  answered: Answered;
}

/**
 * pip_ahead.py started at the pipeline's start, where python-versions names one interpreter by
 * its path: it answers the interpreter's inspection and then imports pip, one process where two
 * ran one after the other (the inspection's answer is the same: asked in the same environment,
 * but for PYTHONNOUSERSITE, which pip_ahead.py checks itself). Only where earlyPipFor would take
 * it, and not on macOS, whose build variables depend on the interpreter's answer.
 */
function answeringPipFor(
  options: Options,
  env: Environment,
  scratch: string,
): AnsweringPip | undefined {
  if (options.buildFrontend !== 'pip' || options.beforeBuild !== null) return undefined;
  if (process.platform === 'win32' || process.platform === 'darwin') return undefined;
  if (options.pythonVersions.length !== 1) return undefined;
  const request = parseRequest(options.pythonVersions[0]!);
  if (request.path === undefined) return undefined;
  const python = path.resolve(request.path);
  let environment: Record<string, string>;
  try {
    environment = Object.fromEntries(parsePairs('environment', options.environment, env));
  } catch {
    return undefined; // said where it always is: when a build's variables are made
  }
  const started = { ...env, ...environment };
  if (!sameVariables(started, inspectEnvironment(), ['PYTHONNOUSERSITE'])) return undefined;
  const { pip, answer } = startAnsweringPip(python, path.join(scratch, '.pip-ahead'), started);
  return { python, pip, answered: { path: python, answer } };
}

/**
 * The variables the first build's pip starts with, where it may start before the plan (pip's
 * import, a third of a second, then runs while the plan is made and the launcher starts): only
 * for pip, not on Windows (see pipAhead in run-build.ts), and not where before-build runs first,
 * which may change what pip imports.
 */
function earlyEnvironment(
  options: Options,
  mine: Options,
  env: Environment,
  first: Interpreter,
): Environment | undefined {
  if (options.buildFrontend !== 'pip' || process.platform === 'win32') return undefined;
  if (mine.beforeBuild !== null) return undefined;
  return { ...env, ...settingsEnvironment(options, mine, env, first) };
}

/**
 * The first build's early pip: the answering pip where it runs that build's interpreter with the
 * build's variables; otherwise that one is dismissed (it runs nothing) and one is started now,
 * where the package is copied ahead.
 */
function earlyPipFor(
  answering: AnsweringPip | undefined,
  options: Options,
  own: Map<string, Options>,
  env: Environment,
  first: Interpreter | undefined,
  { scratch, copiedAhead }: { scratch: string; copiedAhead: boolean },
): EarlyPip | undefined {
  const wanted = first && earlyEnvironment(options, own.get(first.id)!, env, first);
  if (
    first &&
    wanted &&
    answering?.python === first.executable &&
    sameVariables(wanted, answering.pip.env)
  )
    return { interpreter: first, ...answering.pip };
  void answering?.pip.dismiss();
  return first && wanted && copiedAhead
    ? startEarlyPip(first, workDirOf(scratch, first), wanted)
    : undefined;
}

/** What the stages after the plan share. */
interface Run {
  options: Options;
  env: Environment;
  machine: Probe;
  plan: Plan;
  swap: SwapOutcome;
  selection: SelectedBuilds;
  own: Map<string, Options>;
  scratch: string;
  started: StartedLauncher;
  share: { concurrent: number; perBuild: number };
  copyAhead: CopyAhead | undefined;
  earlyPip: EarlyPip | undefined;
}

function specsFor(run: Run, buildSystem: BuildSystem | undefined, uv: string | undefined) {
  return buildSpecs({
    options: run.options,
    own: run.own,
    env: run.env,
    selected: run.selection.selected,
    scratch: run.scratch,
    logs: path.join(run.options.reportDir, 'logs'),
    perBuild: run.share.perBuild,
    buildSystem,
    uv,
    launcher: run.started.launcher,
    copyAhead: run.copyAhead,
    earlyPip: run.earlyPip,
  });
}

function check(run: Run, ran: BuildResult[]): Promise<BuildResult[]> {
  return checkAll(ran, {
    options: run.options,
    own: run.own,
    env: run.env,
    scratch: run.scratch,
    rejectedDir: path.join(run.options.reportDir, 'rejected'),
    testSkips: run.selection.testSkips,
  });
}

/**
 * The failed builds explained. The kernel's log is read again only when a build failed: it is
 * evidence of a failure alone (explainFailures classifies failed builds only), and reading it
 * (dmesg) costs 10 ms on a quiet machine, over 0.1 s on a busy one.
 */
async function explain(
  run: Run,
  checked: BuildResult[],
  kernel: KernelWatch,
): Promise<BuildResult[]> {
  if (!checked.some((result) => result.status === 'failed')) return checked;
  return explainFailures(checked, {
    journal: run.started.launcher?.coordinator.journal ?? [],
    kernel: await kernel.finish(),
    memory: {
      effectiveBytes: run.machine.memory.effectiveBytes,
      usableSwapBytes: run.machine.swap.usableBytes,
      jobs: run.plan.jobs,
    },
  });
}

function report(run: Run, builds: BuildResult[], cancelled: boolean, startedAt: Date): BuiltWheels {
  const { options, machine, plan, swap, selection } = run;
  const written = writeReport({
    reportDir: options.reportDir,
    packageDir: options.packageDir,
    cancelled,
    startedAt,
    probe: machine,
    plan,
    swap,
    started: run.started,
    share: run.share,
    builds,
    repair: options.repairCommand !== null,
    unresolved: selection.unbuildable,
    cibuildwheel: {
      notes: options.cibuildwheel.notes,
      testsSkipped: [...selection.testSkips.values()],
    },
  });
  return { probe: machine, plan, swap, ...written };
}

/**
 * Builds the package's wheel for every Python version at once and explains what failed: probe,
 * plan, provision, start the launcher, build all, check, explain, report. The report, the summary
 * and each version's log go into the report directory.
 */
export async function buildWheels(
  options: Options,
  env: Environment,
  asGiven: string,
  hooks: BuildHooks,
): Promise<BuiltWheels> {
  const { onEvent, onSwapAdded = () => {}, onRunning = () => {}, signal } = hooks;
  checkPackageDir(options.packageDir, asGiven);
  checkOwnDirectory(options.cacheDir, 'cache-dir');
  const uv = uvFor(options.buildFrontend, env);
  const startedAt = new Date();
  const scratch = claimScratch(workRoot(env), options.packageDir);
  // Neither the copy made ahead nor an early pip when before-all runs first, which may change
  // the package and what pip imports.
  const beforeAll = Boolean(options.cibuildwheel.beforeAll);
  let ahead: CopyAhead | undefined;
  let launcher: StartedLauncher['launcher'] = null;
  let complete: string[] = [];
  const removing: Promise<void>[] = [];
  let finding: Promise<SelectedBuilds> | undefined;
  let early: EarlyPip | undefined;
  let answering: AnsweringPip | undefined;
  try {
    // first: pip's import is what a build waits for longest
    answering = beforeAll ? undefined : answeringPipFor(options, env, scratch.dir);
    // The package is copied for the first build while its interpreters are asked what they are
    // and the plan is made.
    ahead = beforeAll
      ? undefined
      : copyAhead(options.packageDir, path.join(scratch.dir, '.copy-ahead'));
    // The kernel's OOM kills from here on explain a failure; its log is read meanwhile too, and
    // awaited before the builds start (a failure to watch surfaces there).
    const watchingKernel = watchKernel();
    watchingKernel.catch(() => {});
    // Only the backend frontend reads [build-system] itself (pip and build read it on their own),
    // and only it builds with exactly what each interpreter has: its requirements are checked.
    const buildSystem =
      options.buildFrontend === 'backend' ? readBuildSystem(options.packageDir) : undefined;
    // The interpreters answer (a process each) while the machine is probed; whatever ends the
    // run waits for them (and for before-all, which runs after them) before it cleans up.
    finding = findBuilds(options, env, buildSystem, answering?.answered);
    finding.catch(() => {});
    const machine = probeMachine(env);
    const selection = await finding;
    const builds = selection.selected.length;
    const own = ownOptions(options, selection.selected);
    const first = selection.selected[0];
    early = earlyPipFor(answering, options, own, env, first, {
      scratch: scratch.dir,
      copiedAhead: ahead !== undefined,
    });
    const { plan, swap } = await planWithSwap(options, env, machine, builds, onSwapAdded);
    const started = await startRun(options, plan, scratch);
    launcher = started.launcher;
    const run: Run = {
      options,
      env,
      machine,
      plan,
      swap,
      selection,
      scratch: scratch.dir,
      started,
      own,
      share: compileShare(launcher, plan, builds),
      copyAhead: ahead,
      earlyPip: early,
    };
    const specs = specsFor(run, buildSystem, uv);
    const running = launcher;
    if (running) onRunning(() => running.coordinator.running());
    // A built wheel's copy of the package is not read again: it goes as soon as its build ends,
    // while the other builds, the checks, the report and the launcher's end run, not after them
    // (a failed build's stays until the end).
    const removeCopy = (event: BuildEvent) => {
      if (event.type === 'end' && event.result.status === 'built')
        removing.push(rm(copyOfPackage(event.spec.workDir), { recursive: true, force: true }));
      onEvent(event);
    };
    const how = { failFast: options.failFast, onEvent: removeCopy, signal };
    const kernel = await watchingKernel;
    const { ran, cancelled } = await buildAll(specs, run.share.concurrent, how);
    complete = ran.filter((result) => result.status === 'built').map((result) => result.id);
    const checked = cancelled ? ran : await check(run, ran);
    return report(run, await explain(run, checked, kernel), cancelled, startedAt);
  } finally {
    await finding?.catch(() => {});
    await early?.dismiss();
    await answering?.pip.dismiss();
    await launcher?.finish(complete);
    // never removed while the early copy still writes into it, nor before what goes already went
    await Promise.allSettled([...removing, ahead?.settled]);
    scratch.release();
  }
}
