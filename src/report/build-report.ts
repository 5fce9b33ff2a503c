import type { Unbuildable } from '../build/interpreters.js';
import type { BuildResult } from '../build/run-build.js';
import type { BypassSummary, JournalSummary } from '../launcher/journal-summary.js';
import { pypiRefusal } from './pypi.js';

/** What report.json holds: every version's outcome, enough to act on without the logs. */
export interface BuildReport {
  packageDir: string;
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
  /** The wheels to publish: built and verified, and, unless repair is off, taken by PyPI. */
  wheels: string[];
  /** Built wheels PyPI would refuse, and why (their platform tag). */
  notForPypi: { wheel: string; reason: string }[];
  failed: string[];
  launcher: LauncherReport;
}

export type LauncherReport =
  | ({ enabled: true; bypassed: BypassSummary } & JournalSummary)
  | { enabled: false; reason: string };

/**
 * `repairOff`: the user keeps wheels as built (for local use, a private index): then every
 * built wheel is listed, PyPI's verdict only noted.
 */
export function makeReport(
  fields: Omit<BuildReport, 'wheels' | 'notForPypi' | 'failed' | 'unbuildable' | 'skipped'> & {
    unresolved: Unbuildable[];
    repairOff: boolean;
  },
): BuildReport {
  const { unresolved, repairOff, ...rest } = fields;
  const unbuildable = unresolved.filter((u) => u.requested);
  const built = fields.builds.flatMap((b) => (b.wheel ? [b.wheel] : []));
  const notForPypi = built.flatMap((wheel) => {
    const reason = pypiRefusal(wheel);
    return reason ? [{ wheel, reason }] : [];
  });
  const refused = new Set(notForPypi.map((n) => n.wheel));
  return {
    ...rest,
    unbuildable,
    skipped: unresolved.filter((u) => !u.requested),
    wheels: repairOff ? built : built.filter((wheel) => !refused.has(wheel)),
    notForPypi,
    failed: [
      ...fields.builds.filter((b) => b.status !== 'built').map((b) => b.id),
      ...unbuildable.map((u) => u.name),
    ],
  };
}

export const allBuilt = (report: BuildReport): boolean =>
  report.failed.length === 0 && report.builds.length > 0;
