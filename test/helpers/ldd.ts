import path from 'node:path';
import { run } from './run.js';
import { resolveDependencies, type LoaderWorld } from '../../src/verify/resolve-elf.js';
import { elfReader, systemLoader } from '../../src/verify/system-loader.js';

/**
 * What the real loader resolves for a binary: `ldd` (glibc's loader in trace mode), as
 * name → path (normalised) or 'not found'. The vDSO and the loader itself, which have no
 * NEEDED name to compare, are left out.
 */
export function lddMap(file: string): Map<string, string> {
  const ran = run(['ldd', file], { env: { PATH: '/usr/bin:/bin' } });
  if (ran.status !== 0 && !ran.stdout.includes('=>')) throw new Error(`ldd ${file}: ${ran.stderr}`);
  return parseLdd(ran.stdout);
}

/** ldd's output as name → path (normalised) or 'not found'. */
export function parseLdd(stdout: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const match = /^\s+(\S+) => (not found|\S+)/.exec(line);
    if (match)
      map.set(match[1]!, match[2] === 'not found' ? 'not found' : path.normalize(match[2]!));
  }
  return map;
}

/**
 * The loader world ldd sees for an extension: this machine's, with no Python executable above
 * it, since ldd treats the extension as the program itself.
 */
export async function lddWorld(python: string): Promise<LoaderWorld> {
  return { ...(await systemLoader(python, elfReader())).world, host: null };
}

/** The resolver's answer in ldd's terms: each object once, under the name that first loaded it. */
export function resolverMap(file: string, world: LoaderWorld): Map<string, string> {
  const elf = world.inspect(file);
  if (!elf) throw new Error(`${file} is not an ELF object`);
  const map = new Map<string, string>();
  for (const r of resolveDependencies({ path: file, elf }, world)) {
    if (r.how === 'loaded' || r.how === 'preloaded' || map.has(r.name)) continue;
    map.set(r.name, r.path === null ? 'not found' : path.normalize(r.path));
  }
  return map;
}

/** A map's entries in a stable order, so that a mismatch shows as one readable diff. */
export const sortedEntries = (map: Map<string, string>) =>
  [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
