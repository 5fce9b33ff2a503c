import path from 'node:path';
import type { BuildEvent } from '../build/matrix.js';
import type { RunningCommand } from '../launcher/coordinator.js';

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** One line when a version starts and one when it ends: time, result, wheel or log. */
export function progressLine(event: BuildEvent): string {
  const { interpreter } = event.spec;
  if (event.type === 'start')
    return `▶ ${interpreter.id}: ${interpreter.label} (${interpreter.executable}) started, ${event.spec.jobs} compile job(s)`;
  const { result } = event;
  if (result.status === 'built')
    return `✔ ${result.id}: built in ${seconds(result.durationMs)} → ${path.basename(result.wheel ?? '')}`;
  return `✘ ${result.id}: ${result.error} after ${seconds(result.durationMs)}; log: ${result.log}`;
}

/** What is compiling now and for how long: a terminal redraws this line every second. */
export function statusLine(running: RunningCommand[], now: number): string {
  if (running.length === 0) return '';
  const parts = running.map(
    (r) => `${r.build} ${path.basename(r.what)} ${Math.round((now - r.since) / 1000)}s`,
  );
  return `compiling: ${parts.join(' · ')}`;
}
