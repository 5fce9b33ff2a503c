import { createHash } from 'node:crypto';

export interface CacheKeys {
  key: string;
  /** Prefixes tried in order when the key misses; the service returns the newest entry of each. */
  restoreKeys: string[];
}

/** Where entries may be shared: objects of another compiler, machine or package never match. */
export interface CacheScope {
  /** linux, macos, windows. */
  os: string;
  /** x64, arm64. */
  arch: string;
  /** The compiler's name and version, e.g. gcc-12.2.0. */
  compiler: string;
  /** The package (cache/layout.ts's packageId): a monorepo's packages keep their own entries. */
  packageId: string;
}

// Bump when what the cached directory holds changes shape, so old entries are never restored.
const SCHEMA = 'wheelwright-v2';

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

const digest = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex')
    .slice(0, 16);

const scopePrefix = (scope: CacheScope): string =>
  [SCHEMA, ...[scope.os, scope.arch, scope.compiler, scope.packageId].map(part)].join('-');

/**
 * The package's small files (memory history, list of object groups): saved under a digest of
 * their content, found by the newest entry of the same inputs (the Python versions a job builds:
 * each job of a matrix keeps its own list), else of any inputs.
 */
export function metaKeys(
  scope: CacheScope,
  inputs: Record<string, unknown>,
): CacheKeys & {
  saveKey: (content: string) => string;
} {
  const any = `${scopePrefix(scope)}-meta-`;
  const same = `${any}${digest(inputs)}-`;
  return {
    key: same,
    restoreKeys: [same, any],
    saveKey: (content) => `${same}${digest(content)}`,
  };
}

/**
 * One object group (the objects one extension of one build linked): saved under a digest of its
 * entries' keys, which are digests of their contents, so an unchanged extension maps to the
 * entry it was restored from and is not saved again; a changed one falls back to the newest
 * entry of the same group.
 *
 * Pruning: GitHub evicts a repository's entries least recently used once they pass 10 GB, and any
 * entry unused for 7 days. An extension writes a new entry only when its objects change, and
 * entries of objects no longer built are never restored again, so they age out first.
 */
export function groupKeys(scope: CacheScope, group: string, entryKeys: string[]): CacheKeys {
  const prefix = `${scopePrefix(scope)}-obj-${part(group)}-`;
  return { key: `${prefix}${digest([...entryKeys].sort())}`, restoreKeys: [prefix] };
}
