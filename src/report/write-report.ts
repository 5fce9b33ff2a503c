import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Unbuildable } from '../build/interpreters.js';
import type { BuildResult } from '../build/run-build.js';
import type { JournalRecord } from '../launcher/journal.js';
import { summarizeFallbacks, summarizeJournal } from '../launcher/journal-summary.js';
import { fallbackLogFile, remoteState, type StartedLauncher } from '../launcher/launcher.js';
import type { Plan } from '../plan/plan.js';
import type { Probe } from '../probe/index.js';
import { readIfPresent } from '../probe/read-file.js';
import type { SwapOutcome } from '../provision/swap.js';
import { makeReport, type BuildReport, type LauncherReport } from './build-report.js';
import { renderSummary } from './summary.js';

/** What the launcher did, from its journal and the shim's log of commands it ran without it. */
function launcherReport(started: StartedLauncher, reportDir: string): LauncherReport {
  const { launcher, problem } = started;
  if (!launcher) return { enabled: false, reason: problem };
  return {
    enabled: true,
    ...summarizeJournal(launcher.coordinator.journal, launcher.objectCache?.problems ?? null),
    fallbacks: summarizeFallbacks(readIfPresent(fallbackLogFile(reportDir)) ?? ''),
    remote: remoteState(launcher),
  };
}

export interface WrittenReport {
  report: BuildReport;
  /** report.json's path. */
  reportFile: string;
  /** The job summary's markdown, also written as summary.md. */
  summary: string;
}

/** Writes report.json and summary.md into the report directory. */
export function writeReport(run: {
  reportDir: string;
  packageDir: string;
  cancelled: boolean;
  startedAt: Date;
  probe: Probe;
  plan: Plan;
  swap: SwapOutcome;
  started: StartedLauncher;
  share: { concurrent: number; perBuild: number };
  builds: BuildResult[];
  repair: boolean;
  unresolved: Unbuildable[];
  cibuildwheel: BuildReport['cibuildwheel'];
}): WrittenReport {
  const { plan, probe, swap, started } = run;
  const report = makeReport({
    packageDir: run.packageDir,
    cancelled: run.cancelled,
    startedAt: run.startedAt.toISOString(),
    durationMs: Date.now() - run.startedAt.getTime(),
    jobs: started.launcher ? plan.slots : plan.jobs,
    concurrentBuilds: run.share.concurrent,
    jobsPerBuild: run.share.perBuild,
    builds: run.builds,
    repair: run.repair,
    unresolved: run.unresolved,
    cibuildwheel: run.cibuildwheel,
    launcher: launcherReport(started, run.reportDir),
  });
  const reportFile = path.join(run.reportDir, 'report.json');
  writeFileSync(reportFile, `${JSON.stringify({ ...report, plan, probe, swap }, null, 2)}\n`);
  const journal: JournalRecord[] = started.launcher?.coordinator.journal ?? [];
  const summary = renderSummary(probe, plan, report, swap, journal);
  writeFileSync(path.join(run.reportDir, 'summary.md'), summary);
  return { report, reportFile, summary };
}
