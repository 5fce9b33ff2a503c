import type { Unbuildable } from '../build/interpreters.js';
import type { BuildResult } from '../build/run-build.js';
import type { FallbackSummary, JournalSummary } from '../launcher/journal-summary.js';
import { pypiVerdict, type PypiVerdict } from '../verify/pypi.js';
import type { RemoteState } from '../launcher/remote-compile.js';

/** What report.json holds: every version's outcome, enough to act on without the logs. */
export interface BuildReport {
  packageDir: string;
  /** The run was cancelled (SIGINT or SIGTERM): builds were stopped, checks skipped. */
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
  /** Per built wheel, whether PyPI would take it, and why not. */
  pypi: PypiVerdict[];
  /** Whether repair-command was on: without it, wheels PyPI refuses are kept on purpose. */
  repair: boolean;
  /**
   * The action's `wheels` output: the wheels PyPI would take; every built wheel when
   * repair-command is off (the summary says which PyPI would refuse).
   */
  shipped: string[];
  failed: string[];
  launcher: LauncherReport;
  /** What [tool.cibuildwheel] said that was not honoured, and which identifiers' tests it skipped. */
  cibuildwheel: { notes: string[]; testsSkipped: string[] };
}

export type LauncherReport =
  | ({
      enabled: true;
      fallbacks: FallbackSummary;
      /** The distcc hosts' slots and health; absent or null when distcc-hosts was empty. */
      remote?: RemoteState | null;
    } & JournalSummary)
  | { enabled: false; reason: string };

export function makeReport(
  fields: Omit<
    BuildReport,
    'wheels' | 'pypi' | 'shipped' | 'failed' | 'unbuildable' | 'skipped' | 'cibuildwheel'
  > & {
    unresolved: Unbuildable[];
    cibuildwheel?: BuildReport['cibuildwheel'];
  },
): BuildReport {
  const { unresolved, cibuildwheel = { notes: [], testsSkipped: [] }, ...rest } = fields;
  const unbuildable = unresolved.filter((u) => u.requested);
  const wheels = fields.builds.flatMap((b) => (b.wheel ? [b.wheel] : []));
  const pypi = wheels.map(pypiVerdict);
  return {
    ...rest,
    cibuildwheel,
    unbuildable,
    skipped: unresolved.filter((u) => !u.requested),
    wheels,
    pypi,
    shipped: fields.repair ? pypi.filter((v) => v.accepted).map((v) => v.wheel) : wheels,
    failed: [
      ...fields.builds.filter((b) => b.status !== 'built').map((b) => b.id),
      ...unbuildable.map((u) => u.name),
    ],
  };
}

export const allBuilt = (report: BuildReport): boolean =>
  !report.cancelled && report.failed.length === 0 && report.builds.length > 0;

/**
 * The main diagnosis class of the first build that failed or was rejected (as `wheelwright
 * diagnose` names it); `unbuildable` when the only failures are versions that could not be built
 * at all; empty when every wheel was built.
 */
export function failureClass(report: BuildReport): string {
  const first = report.builds.find((b) => b.status === 'failed' || b.status === 'rejected');
  if (first) return first.diagnoses[0]?.class ?? 'unknown';
  return report.failed.length ? 'unbuildable' : '';
}
