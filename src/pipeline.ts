import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveInterpreters } from './build/interpreters.js';
import { checkOwnDirectory, claimScratch } from './build/scratch.js';
import { selectBuilds } from './config/select-builds.js';
import { buildIdentifier } from './config/build-identifiers.js';
import { optionsFor } from './config/build-options.js';
import { failedBeforeAll, runBeforeAll } from './build/before-all.js';
import { missingForBuild } from './build/interpreter.js';
import { runMatrix, shareJobs, type BuildEvent } from './build/matrix.js';
import { uvFor } from './build/uv.js';
import { verifyBuilt } from './build/verify-built.js';
import { repairBuilt, testWheel } from './build/after-build.js';
import { classify, watchKernel } from './diagnose/index.js';
import { NOT_BLOCKING } from './verify/cards.js';
import { cacheLayout } from './cache/layout.js';
import { remoteSlotsLine } from './launcher/distcc-hosts.js';
import {
  bypassLog,
  readHistory,
  remoteState,
  startLauncher,
  type Launcher,
} from './launcher/launcher.js';
import { HISTORY_MARGIN, type RunningCommand } from './launcher/coordinator.js';
import { provisionSwap, type SwapOutcome } from './provision/swap.js';
import { summarizeBypasses, summarizeJournal } from './launcher/journal-summary.js';
import type { BuildJob, BuildResult } from './build/run-build.js';
import { readBuildSystem } from './config/build-system.js';
import { checkPackageDir } from './config/package-dir.js';
import type { Options } from './config/options.js';
import { parsePairs } from './config/pairs.js';
import { estimateAll } from './plan/compile-memory.js';
import { makePlan, type Estimate, type Plan } from './plan/plan.js';
import { findTranslationUnits } from './plan/sources.js';
import { flagsFromEnvironment } from './plan/translation-unit.js';
import { probe, type Probe } from './probe/index.js';
import { readIfPresent } from './probe/read-file.js';
import { makeReport, type BuildReport } from './report/build-report.js';
import { renderSummary } from './report/summary.js';
import { macosBuildEnvironment, macosTargetEnvironment } from './platform/macos-build-env.js';

export type Environment = Record<string, string | undefined>;

/** Where builds run: the runner's temporary directory on GitHub, the system's elsewhere. */
export function workRoot(env: Environment): string {
  return env.RUNNER_TEMP || os.tmpdir();
}

export function probeMachine(env: Environment): Probe {
  return probe(workRoot(env), env);
}

/**
 * Each file's estimate: what an earlier run measured for it (kept in the cache directory), with a
 * margin, else the model's.
 */
function estimatesFor(options: Options, env: Environment): Estimate[] {
  const history = readHistory(cacheLayout(options.cacheDir, options.packageDir).history);
  return estimateAll(findTranslationUnits(options.packageDir), flagsFromEnvironment(env)).map(
    (e) => {
      const measured = history.get(e.file);
      return measured === undefined
        ? e
        : { file: e.file, estimateBytes: Math.round(measured * HISTORY_MARGIN) };
    },
  );
}

function planFor(options: Options, env: Environment, machine: Probe, builds: number): Plan {
  const plan = makePlan({
    probe: machine,
    estimates: estimatesFor(options, env),
    jobs: options.jobs,
    memoryPerJob: options.memoryPerJob,
    builds,
  });
  if (!options.distccHosts) return plan;
  return { ...plan, reasons: [...plan.reasons, remoteSlotsLine(options.distccHosts)] };
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
  return {
    probe: machine,
    plan: planFor(options, env, machine, options.pythonVersions.length || machine.cpus.effective),
  };
}

export interface MainJob {
  probe: Probe;
  plan: Plan;
  swap: SwapOutcome;
  report: BuildReport;
  reportFile: string;
  summary: string;
}

/** How the surface (the action or the terminal) follows the main job as it runs. */
export interface MainJobHooks {
  onEvent: (event: BuildEvent) => void;
  /** Called as soon as swap is added, so that it is removed even if the job dies later. */
  onSwapAdded?: (path: string) => void;
  /** Given, while the builds run, a way to ask what is compiling now. */
  onRunning?: (running: () => RunningCommand[]) => void;
  /**
   * Aborted when the job is cancelled: every build's processes are stopped, the wheels built so
   * far stay, and the report and summary say the run was cancelled (the checks are skipped).
   */
  signal?: AbortSignal;
}

/**
 * The main job: probe, find the interpreters, plan, build every version at once, and write the
 * report, the summary and each version's log into the report directory.
 */
export async function runMainJob(
  options: Options,
  env: Environment,
  asGiven: string,
  hooks: MainJobHooks,
): Promise<MainJob> {
  const { onEvent, onSwapAdded = () => {}, onRunning = () => {}, signal } = hooks;
  checkPackageDir(options.packageDir, asGiven);
  checkOwnDirectory(options.cacheDir, 'cache-dir');
  const uv = uvFor(options.buildFrontend, env);
  const startedAt = new Date();
  const machine = probeMachine(env);
  // Only the backend frontend reads [build-system] itself (pip and build read it on their own),
  // and only it builds with exactly what each interpreter has: its requirements are checked.
  const buildSystem =
    options.buildFrontend === 'backend' ? readBuildSystem(options.packageDir) : undefined;
  const way = {
    frontend: options.buildFrontend,
    isolation: options.buildIsolation,
    buildSystem,
  };
  const resolution = selectBuilds(
    await resolveInterpreters(options.pythonVersions, env, {
      purpose: 'build',
      missing: (interpreter) => missingForBuild(interpreter, way),
      requirements: buildSystem?.requires ?? [],
    }),
    options.cibuildwheel.selectors,
  );
  // cibuildwheel's before-all: once, before any build; the environment option reaches it too
  let beforeAll: string | null = null;
  if (options.cibuildwheel.beforeAll) {
    mkdirSync(options.reportDir, { recursive: true });
    const environment = parsePairs('environment', options.environment, env);
    beforeAll = await runBeforeAll(
      options.cibuildwheel.beforeAll,
      options.packageDir,
      { ...env, ...Object.fromEntries(environment) },
      path.join(options.reportDir, 'before-all.log'),
    );
  }
  if (beforeAll) {
    resolution.unbuildable.push(...failedBeforeAll(resolution.selected, beforeAll));
    resolution.selected = [];
  }
  const builds = resolution.selected.length;
  const planned = planFor(options, env, machine, Math.max(1, builds));
  const swap = await provisionSwap({
    request: options.swap,
    need: { plan: planned, builds: Math.max(1, builds), usableSwapBytes: machine.swap.usableBytes },
    env,
  });
  if (swap.added) onSwapAdded(swap.added.path);
  const plan =
    swap.jobs === null || swap.jobs === planned.jobs
      ? planned
      : {
          ...planned,
          jobs: swap.jobs,
          slots: Math.max(planned.slots, swap.jobs),
          reasons: [
            ...planned.reasons,
            `swap: ${swap.reason} → ${swap.jobs} job${swap.jobs === 1 ? '' : 's'}`,
          ],
        };

  const logs = path.join(options.reportDir, 'logs');
  mkdirSync(logs, { recursive: true });
  const claimedScratch = claimScratch(workRoot(env), options.packageDir);
  const scratch = claimedScratch.dir;
  const environment = Object.fromEntries(parsePairs('environment', options.environment, env));
  const buildEnv = { ...env, ...environment };
  let launcher: Launcher | null = null;
  let launcherProblem: string | null = null;
  try {
    launcher = await startLauncher({
      scratchDir: scratch,
      cacheDir: options.cacheDir,
      reportDir: options.reportDir,
      packageDir: options.packageDir,
      jobs: plan.slots,
      budgetBytes: plan.budgetBytes,
      objectCache: options.cache !== 'off',
      distccHosts: options.distccHosts,
    });
  } catch (error) {
    launcherProblem = (error as Error).message;
  }
  // With the launcher, its slots bound the compiles of all builds together, so every build
  // starts at once and may ask for all the jobs; without it, the jobs are split between builds.
  const { concurrent, perBuild } = launcher
    ? {
        concurrent: Math.max(1, builds),
        perBuild: plan.slots + (launcher.remote?.state().slots ?? 0),
      }
    : shareJobs(plan.jobs, builds);
  // [[tool.cibuildwheel.overrides]]: each build's own options, by its build identifier
  const own = new Map(
    resolution.selected.map((i) => [i.id, optionsFor(options, buildIdentifier(i))]),
  );
  const jobs: BuildJob[] = resolution.selected.map((interpreter) => {
    const workDir = path.join(scratch, interpreter.id);
    mkdirSync(workDir);
    const mine = own.get(interpreter.id)!;
    // the user's environment wins over wheelwright's macOS variables, as in cibuildwheel
    const environment = {
      ...macosBuildEnvironment(
        process.platform,
        interpreter.platform,
        options.macosxDeploymentTarget,
        options.macosArch,
      ),
      ...Object.fromEntries(parsePairs('environment', mine.environment, env)),
    };
    return {
      interpreter,
      packageDir: options.packageDir,
      workDir,
      outputDir: options.outputDir,
      logFile: path.join(logs, `${interpreter.id}.log`),
      jobs: perBuild,
      settings: {
        frontend: options.buildFrontend,
        isolation: options.buildIsolation,
        buildSystem,
        configSettings: mine.configSettings,
        frontendArgs: options.frontendArgs,
        uv,
        environment,
        beforeBuild: mine.beforeBuild,
      },
      baseEnv: env,
      launcherEnv:
        launcher?.environmentFor(interpreter, path.join(workDir, 'src'), {
          ...env,
          ...environment,
        }) ?? {},
    };
  });
  let complete: string[] = [];
  try {
    if (launcher) onRunning(() => launcher.coordinator.running());
    const kernel = watchKernel();
    const ran = await runMatrix(jobs, concurrent, options.failFast, onEvent, undefined, signal);
    const cancelled = signal?.aborted ?? false;
    const evidence = kernel.finish();
    complete = ran.filter((result) => result.status === 'built').map((result) => result.id);
    const journal = launcher?.coordinator.journal ?? [];
    // an override's environment reaches that build's repair and tests too, as in cibuildwheel
    const checksFor = (mine: Options) => ({
      options: mine,
      buildEnv: {
        ...env,
        ...macosTargetEnvironment(process.platform, options.macosxDeploymentTarget),
        ...Object.fromEntries(parsePairs('environment', mine.environment, env)),
      },
    });
    const checks = {
      options,
      scratch,
      rejectedDir: path.join(options.reportDir, 'rejected'),
      buildEnv,
      testSkips: resolution.testSkips,
    };
    const checked = cancelled
      ? ran
      : await Promise.all(
          ran.map((result) =>
            checkBuilt(result, { ...checks, ...checksFor(own.get(result.id) ?? options) }),
          ),
        );
    // Every failure, of the build or of the checks after it, gets its explanation.
    // A failed test-command may follow a verify that passed with notes: those stay, after the cause.
    const results = checked.map((result) =>
      result.status === 'failed' && result.diagnoses.every((d) => NOT_BLOCKING.has(d.class))
        ? {
            ...result,
            diagnoses: [
              ...classify({
                log: readIfPresent(result.log) ?? '',
                python: result.label,
                journal: journal.filter((r) => r.build === result.id),
                kernel: evidence,
                memory: {
                  effectiveBytes: machine.memory.effectiveBytes,
                  usableSwapBytes: machine.swap.usableBytes,
                  jobs: plan.jobs,
                },
              }),
              ...result.diagnoses,
            ],
          }
        : result,
    );
    const report = makeReport({
      packageDir: options.packageDir,
      cancelled,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      jobs: launcher ? plan.slots : plan.jobs,
      concurrentBuilds: concurrent,
      jobsPerBuild: perBuild,
      builds: results,
      repair: options.repairCommand !== null,
      unresolved: resolution.unbuildable,
      cibuildwheel: {
        notes: options.cibuildwheel.notes,
        testsSkipped: [...resolution.testSkips.values()],
      },
      launcher: launcher
        ? {
            enabled: true,
            ...summarizeJournal(
              launcher.coordinator.journal,
              launcher.objectCache?.problems ?? null,
            ),
            bypassed: summarizeBypasses(readIfPresent(bypassLog(options.reportDir)) ?? ''),
            remote: remoteState(launcher),
          }
        : { enabled: false, reason: launcherProblem ?? 'not started' },
    });
    const reportFile = path.join(options.reportDir, 'report.json');
    writeFileSync(
      reportFile,
      `${JSON.stringify({ ...report, plan, probe: machine, swap }, null, 2)}\n`,
    );
    const summary = renderSummary(machine, plan, report, swap, journal);
    writeFileSync(path.join(options.reportDir, 'summary.md'), summary);
    return { probe: machine, plan, swap, report, reportFile, summary };
  } finally {
    await launcher?.finish(complete);
    claimedScratch.release();
  }
}

/** What runs on a built wheel, in order: repair (so verify checks the repaired wheel), verify, test-command. */
async function checkBuilt(
  built: BuildResult,
  checks: {
    options: Options;
    scratch: string;
    rejectedDir: string;
    buildEnv: Environment;
    testSkips: Map<string, string>;
  },
): Promise<BuildResult> {
  const { options, rejectedDir, buildEnv } = checks;
  const dir = path.join(checks.scratch, `checks-${built.id}`);
  let result = built;
  result = await repairBuilt(
    result,
    options.repairCommand,
    {
      workDir: path.join(dir, 'repair'),
      rejectedDir,
      toolsDir: path.join(options.cacheDir, 'tools'),
    },
    buildEnv,
  );
  let installed: string | null = null;
  if (options.verify)
    ({ result, venv: installed } = await verifyBuilt(
      result,
      path.join(dir, 'verify'),
      rejectedDir,
      buildEnv,
    ));
  const testSkip = checks.testSkips.get(built.id);
  if (options.testCommand && testSkip) appendFileSync(built.log, `\nwheelwright: ${testSkip}\n`);
  else if (options.testCommand) {
    const test = {
      command: options.testCommand,
      requires: options.testRequires,
      extras: options.cibuildwheel.testExtras,
      beforeTest: options.cibuildwheel.beforeTest,
      sources: options.cibuildwheel.testSources,
      packageDir: options.packageDir,
    };
    // verify's import test left a fresh environment with the wheel in it: no second one
    result = await testWheel(
      result,
      test,
      path.join(dir, 'test'),
      rejectedDir,
      buildEnv,
      installed,
    );
  }
  return result;
}
