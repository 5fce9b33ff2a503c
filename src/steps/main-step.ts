import { InputError } from '../config/input-error.js';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { cacheLayout } from '../cache/layout.js';
import { parseOptions, type Options } from '../config/options.js';
import { layerInputs, withoutDefaults, type LayeredInputs } from '../config/pyproject.js';
import { uploadBuildArtifact } from '../github/artifacts.js';
import {
  actionInputs,
  annotateErrors,
  fail,
  failInternal,
  group,
  info,
  logAtLevel,
  saveState,
  setOutputs,
  STATE,
  writeSummary,
} from '../github/action.js';
import { buildWheels, type BuiltWheels } from '../pipeline.js';
import { cancelOnSignals } from '../cancel-on-signal.js';
import { checkOwnDirectory, UnsafeDirectoryError } from '../build/scratch.js';
import { restoreCacheEntries } from './cache-entries.js';
import { formatBytes } from '../config/size.js';
import { readIfPresent } from '../probe/read-file.js';
import { ANNOTATION_CAP, annotationsFor } from '../report/annotations.js';
import { allBuilt, failureClass, type BuildReport } from '../report/build-report.js';
import { progressLine } from '../report/progress.js';
import { remoteMessages } from '../report/remote-lines.js';
import type { DistccHosts } from '../launcher/distcc-hosts.js';

/** The compiler's first line of `--version`: cached objects of another compiler never match. */
function compilerIdentity(env: NodeJS.ProcessEnv): string {
  const [program = 'cc'] = (env.CC ?? 'cc').split(/\s+/).filter((word) => word !== 'ccache');
  try {
    return execFileSync(program, ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? program;
  } catch {
    return program;
  }
}

async function restoreCache(options: Options): Promise<void> {
  const { state, outcomes, problem } = await restoreCacheEntries({
    cacheDir: options.cacheDir,
    packageDir: options.packageDir,
    scope: {
      os: process.env.RUNNER_OS ?? process.platform,
      arch: process.env.RUNNER_ARCH ?? process.arch,
      compiler: compilerIdentity(process.env),
      packageId: cacheLayout(options.cacheDir, options.packageDir).packageId,
    },
    inputs: { pythonVersions: options.pythonVersions },
  });
  if (problem) logAtLevel('warning', `cache not restored: ${problem}`);
  for (const o of outcomes)
    info(
      `cache ${o.entry}: ${o.status}${o.key ? ` (${o.key})` : ''}, ${formatBytes(o.bytes)} in ${o.ms} ms`,
    );
  // restore-only: post finds nothing to save
  if (options.cache === 'read-write') saveState(STATE.cacheEntries, JSON.stringify(state));
  else info('cache: restore-only, nothing will be saved');
}

/** The inputs, layered with pyproject.toml's and cibuildwheel's, each origin and note logged. */
function readInputs(workspace: string): LayeredInputs {
  const layered = layerInputs(withoutDefaults(actionInputs), process.env, workspace);
  for (const [name, origin] of layered.origins)
    if (origin.where) info(`${name}: from ${origin.where}`);
  for (const key of layered.pyproject.ignored)
    logAtLevel(
      'warning',
      `pyproject.toml [tool.wheelwright] ${key}: not an input of wheelwright; ignored`,
    );
  for (const note of layered.pyproject.cibw.notes) logAtLevel('warning', note);
  return layered;
}

/** What the run did, in the log: the swap, each version's log in a group of its own, the plan. */
async function logRun(
  run: BuiltWheels,
  finished: { log: string; line: string }[],
  distccHosts: DistccHosts | null,
): Promise<void> {
  logAtLevel(run.swap.level, run.swap.reason);
  for (const m of remoteMessages(distccHosts, run.report)) logAtLevel(m.level, m.line);
  for (const note of run.swap.notes) info(`swap: ${note}`);
  for (const build of finished)
    await group(build.line, async () => info(readIfPresent(build.log) ?? '(no log was written)'));
  for (const reason of run.plan.reasons) info(reason);
}

function setStepOutputs(run: BuiltWheels): void {
  const { probe, plan, report: built } = run;
  setOutputs({
    jobs: plan.jobs,
    slots: plan.slots,
    'memory-effective': probe.memory.effectiveBytes,
    'memory-budget': plan.budgetBytes,
    'memory-per-job': plan.perJobBytes,
    cpus: probe.cpus.effective,
    'largest-source': plan.largest?.file ?? '',
    plan: JSON.stringify(plan),
    probe: JSON.stringify(probe),
    wheels: built.shipped.join('\n'),
    failed: built.failed.join(' '),
    'failure-class': failureClass(built),
    report: run.reportFile,
    'swap-added': run.swap.added?.path ?? '',
  });
  for (const verdict of built.pypi)
    if (!verdict.accepted && !built.shipped.includes(verdict.wheel))
      logAtLevel(
        'warning',
        `${path.basename(verdict.wheel)} is left out of the wheels output: PyPI would refuse it (${verdict.reason})`,
      );
}

function annotate(built: BuildReport, workspace: string): void {
  const { annotations, leftOut } = annotationsFor(built, workspace);
  annotateErrors(annotations);
  if (leftOut > 0)
    info(
      `${leftOut} more source line(s) with errors not annotated (GitHub shows ${ANNOTATION_CAP} and the step's failure); they are in the builds' logs`,
    );
}

async function uploadArtifact(options: Options, built: BuildReport): Promise<void> {
  if (!options.artifactPrefix) return;
  const uploaded = await uploadBuildArtifact({
    prefix: options.artifactPrefix,
    wheels: built.wheels,
    reportDir: options.reportDir,
    retentionDays: options.retentionDays,
    env: process.env,
  });
  info(
    `artifact ${uploaded.name}: ${uploaded.status}${'reason' in uploaded ? ` (${uploaded.reason})` : ''}`,
  );
}

/** The action's main step: probe, plan, build every version, outputs and the job summary. */
export async function runMain(): Promise<void> {
  let layered: LayeredInputs | null = null;
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    layered = readInputs(workspace);
    const options = parseOptions(layered.source, workspace, layered.pyproject.cibw);
    checkOwnDirectory(options.cacheDir, 'cache-dir');
    if (options.cache !== 'off') await restoreCache(options);
    const finished: { log: string; line: string }[] = [];
    const cancellation = cancelOnSignals();
    const run = await buildWheels(options, process.env, layered.source('package-dir') ?? '.', {
      onEvent: (event) => {
        const line = progressLine(event);
        info(line);
        if (event.type === 'end') finished.push({ log: event.result.log, line });
      },
      onSwapAdded: (swapPath) => saveState(STATE.swapAdded, options.swapCleanup ? swapPath : ''),
      signal: cancellation.signal,
    }).finally(() => cancellation.dispose());
    await logRun(run, finished, options.distccHosts);
    setStepOutputs(run);
    await writeSummary(run.summary);
    const built = run.report;
    annotate(built, workspace);
    if (built.cancelled) {
      // a cancelled job has seconds before the runner kills it: no upload
      fail(
        `cancelled by ${String(cancellation.signal.reason)}: the running builds were stopped; the wheels built before are in ${options.outputDir}`,
      );
      return;
    }
    await uploadArtifact(options, built);
    if (!allBuilt(built)) {
      fail(
        built.builds.length === 0 && built.failed.length === 0
          ? 'no interpreter that can build was found'
          : `not built: ${built.failed.join(', ')}`,
      );
    }
  } catch (error) {
    if (error instanceof InputError) fail((layered?.locate(error) ?? error).lineFor('action'));
    else if (error instanceof UnsafeDirectoryError) fail(`wheelwright: ${error.message}`);
    else failInternal(error);
  }
}
