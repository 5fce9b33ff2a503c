import { mapAtMost } from '../map-at-most.js';
import type { BuildSpec, BuildResult, Running } from './run-build.js';
import { startBuild } from './run-build.js';

export type BuildEvent =
  { type: 'start'; spec: BuildSpec } | { type: 'end'; spec: BuildSpec; result: BuildResult };

/**
 * How many builds run side by side, and how many compiles each may run, so that all builds
 * together stay within the plan's job count.
 */
export function shareJobs(
  totalJobs: number,
  builds: number,
): { concurrent: number; perBuild: number } {
  const concurrent = Math.max(1, Math.min(builds, totalJobs));
  return { concurrent, perBuild: Math.max(1, Math.floor(totalJobs / concurrent)) };
}

/**
 * Runs the builds, `concurrent` at a time. A failure stops nothing unless `failFast`, which
 * cancels the running builds and starts no more; so does `signal` (the run was cancelled).
 * Results come back in the specs' order.
 */
export async function runMatrix(
  specs: BuildSpec[],
  concurrent: number,
  failFast: boolean,
  onEvent: (event: BuildEvent) => void,
  start: (spec: BuildSpec) => Running = startBuild,
  signal?: AbortSignal,
): Promise<BuildResult[]> {
  const running = new Map<number, Running>();
  let stop: string | null = null;
  const stopAll = (why: string) => {
    stop ??= why;
    for (const other of running.values()) other.cancel(why);
  };
  const onAbort = () => stopAll(`cancelled (${String(signal?.reason ?? 'the job was cancelled')})`);
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();

  const cancelledResult = (spec: BuildSpec, why: string): BuildResult => ({
    id: spec.interpreter.id,
    label: spec.interpreter.label,
    executable: spec.interpreter.executable,
    status: 'cancelled',
    wheel: null,
    durationMs: 0,
    log: spec.logFile,
    error: `not started: ${why}`,
    diagnoses: [],
  });

  try {
    return await mapAtMost(specs, concurrent, async (spec, index) => {
      if (stop !== null) return cancelledResult(spec, stop);
      onEvent({ type: 'start', spec });
      const build = start(spec);
      running.set(index, build);
      const result = await build.result;
      running.delete(index);
      onEvent({ type: 'end', spec, result });
      if (result.status === 'failed' && failFast)
        stopAll('cancelled (fail-fast: another version failed)');
      return result;
    });
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Builds every spec, `concurrent` at a time; `cancelled` when `signal` stopped them. */
export async function buildAll(
  specs: BuildSpec[],
  concurrent: number,
  how: { failFast: boolean; onEvent: (event: BuildEvent) => void; signal?: AbortSignal },
): Promise<{ ran: BuildResult[]; cancelled: boolean }> {
  const ran = await runMatrix(specs, concurrent, how.failFast, how.onEvent, undefined, how.signal);
  return { ran, cancelled: how.signal?.aborted ?? false };
}
