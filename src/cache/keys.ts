import { createHash } from 'node:crypto';

export interface CacheKeys {
  key: string;
  /** Prefixes tried in order when the key misses; the service returns the newest entry of each. */
  restoreKeys: string[];
}

export interface CacheKeyParts {
  /** linux, macos, windows. */
  os: string;
  /** x64, arm64. */
  arch: string;
  /** The compiler's name and version, e.g. gcc-12.2.0: objects of another compiler never match. */
  compiler: string;
  /** Whatever changes the objects: flags, environment, Python versions, the sources' digest. */
  inputs: Record<string, unknown>;
}

// Bump when what the cached directory holds changes shape, so old entries are never restored.
const SCHEMA = 'wheelwright-v1';

// Keys may not hold commas. Dashes only separate parts, so one compiler's restore prefix can never
// match another's entries (gcc- would match gcc-12-…).
const part = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9._+]+/g, '_')
    .slice(0, 100);

const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;

/**
 * The key names OS, arch, compiler and a hash of the inputs; the one restore key is the same
 * without the hash, so a miss starts from the newest entry this OS and compiler wrote.
 *
 * Pruning: GitHub evicts a repository's entries least recently used once they pass 10 GB, and any
 * entry unused for 7 days. wheelwright keeps few stale ones by writing at most one entry per
 * distinct inputs: the key holds no run number or commit, and a run that restored its exact key
 * saves nothing (entries are immutable, so a second save could only fail). Entries of inputs no
 * longer used are never restored again and age out first.
 */
export function cacheKeys(parts: CacheKeyParts): CacheKeys {
  const hash = createHash('sha256')
    .update(JSON.stringify(canonical(parts.inputs)))
    .digest('hex')
    .slice(0, 16);
  const prefix = `${SCHEMA}-${part(parts.os)}-${part(parts.arch)}-${part(parts.compiler)}-`;
  return { key: `${prefix}${hash}`, restoreKeys: [prefix] };
}
