import path from 'node:path';
import { run } from './run.js';

/**
 * What the real loader resolves for a binary: `ldd` (glibc's loader in trace mode), as
 * name → path (normalised) or 'not found'. The vDSO and the loader itself, which have no
 * NEEDED name to compare, are left out.
 */
export function lddMap(file: string): Map<string, string> {
  const ran = run(['ldd', file], { env: { PATH: '/usr/bin:/bin' } });
  if (ran.status !== 0 && !ran.stdout.includes('=>')) throw new Error(`ldd ${file}: ${ran.stderr}`);
  const map = new Map<string, string>();
  for (const line of ran.stdout.split('\n')) {
    const match = /^\s+(\S+) => (not found|\S+)/.exec(line);
    if (match)
      map.set(match[1]!, match[2] === 'not found' ? 'not found' : path.normalize(match[2]!));
  }
  return map;
}
