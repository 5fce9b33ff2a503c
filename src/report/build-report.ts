import type { Unbuildable } from '../build/interpreters.js';
import type { BuildResult } from '../build/run-build.js';
import type { BypassSummary, JournalSummary } from '../launcher/journal-summary.js';

/** What report.json holds: every version's outcome, enough to act on without the logs. */
export interface BuildReport {
  packageDir: string;
  /** The job was cancelled (SIGINT or SIGTERM): builds were stopped, checks skipped. */
  cancelled: boolean;
  startedAt: string;
  durationMs: number;
  jobs: number;
  concurrentBuilds: number;
  jobsPerBuild: number;
  builds: BuildResult[];
  /** Requested versions that could not be built at all (not found, or missing pieces). */
  unbuildable: Unbuildable[];
  /** Interpreters found but not built for when none were requested, and why. */
  skipped: Unbuildable[];
  wheels: string[];
  failed: string[];
  launcher: LauncherReport;
}

export type LauncherReport =
  | ({ enabled: true; bypassed: BypassSummary } & JournalSummary)
  | { enabled: false; reason: string };

export function makeReport(
  fields: Omit<BuildReport, 'wheels' | 'failed' | 'unbuildable' | 'skipped'> & {
    unresolved: Unbuildable[];
  },
): BuildReport {
  const { unresolved, ...rest } = fields;
  const unbuildable = unresolved.filter((u) => u.requested);
  return {
    ...rest,
    unbuildable,
    skipped: unresolved.filter((u) => !u.requested),
    wheels: fields.builds.flatMap((b) => (b.wheel ? [b.wheel] : [])),
    failed: [
      ...fields.builds.filter((b) => b.status !== 'built').map((b) => b.id),
      ...unbuildable.map((u) => u.name),
    ],
  };
}

export const allBuilt = (report: BuildReport): boolean =>
  !report.cancelled && report.failed.length === 0 && report.builds.length > 0;
