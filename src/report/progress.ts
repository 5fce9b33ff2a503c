import path from 'node:path';
import type { BuildEvent } from '../build/matrix.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One line when a version starts and one when it ends: time, result, wheel or log. */
export function progressLine(event: BuildEvent): string {
  const { interpreter } = event.job;
  if (event.type === 'start')
    return `▶ ${interpreter.id}: ${interpreter.label} (${interpreter.executable}) started, ${event.job.jobs} compile job(s)`;
  const { result } = event;
  if (result.status === 'built')
    return `✔ ${result.id}: built in ${seconds(result.durationMs)} → ${path.basename(result.wheel ?? '')}`;
  return `✘ ${result.id}: ${result.error} after ${seconds(result.durationMs)}; log: ${result.log}`;
}
