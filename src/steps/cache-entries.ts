import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { groupKeys, metaKeys, type CacheScope } from '../cache/keys.js';
import { cacheLayout } from '../cache/layout.js';
import {
  cacheServiceProblem,
  restoreDirectory,
  saveDirectory,
  type SaveOutcome,
} from '../github/cache.js';
import { filesUnder } from '../github/files.js';
import { cacheGroups } from '../launcher/object-cache.js';
import { mapAtMost } from '../map-at-most.js';

/** What main restored, for post: enough to save only what changed. */
export interface CacheEntriesState {
  cacheDir: string;
  packageDir: string;
  scope: CacheScope;
  inputs: Record<string, unknown>;
  /** The key each entry was restored from, by path; an entry restored exactly is not saved. */
  restored: Record<string, string>;
}

export interface EntryOutcome {
  /** meta, or the object group `<build>/<extension>`. */
  entry: string;
  status: string;
  key: string | null;
  bytes: number;
  ms: number;
}

interface Manifest {
  groups: { group: string; key: string }[];
}

// Each entry is a request or two to the cache service; a handful at once keeps a package of many
// extensions quick without flooding it.
const AT_ONCE = 4;

function readManifest(file: string): Manifest {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    return Array.isArray(parsed.groups) ? parsed : { groups: [] };
  } catch {
    return { groups: [] };
  }
}

const metaContent = (dir: string): string =>
  filesUnder(dir)
    .sort()
    .map((file) => `${path.relative(dir, file)}\0${readFileSync(file, 'utf8')}`)
    .join('\0');

/**
 * Restores the package's meta entry, then every object group its manifest lists, each from its
 * own entry: an extension whose objects changed falls back to its own newest entry, and the
 * others hit exactly.
 */
export async function restoreCacheEntries(
  setup: Omit<CacheEntriesState, 'restored'>,
): Promise<{ state: CacheEntriesState; outcomes: EntryOutcome[]; problem?: string }> {
  const layout = cacheLayout(setup.cacheDir, setup.packageDir);
  const restored: Record<string, string> = {};
  const problem = cacheServiceProblem();
  if (problem) return { state: { ...setup, restored }, outcomes: [], problem };
  const meta = await restoreDirectory(layout.meta, metaKeys(setup.scope, setup.inputs));
  if (meta.matchedKey) restored[layout.meta] = meta.matchedKey;
  const outcomes: EntryOutcome[] = [{ entry: 'meta', ...meta, key: meta.matchedKey }];
  const { groups } = readManifest(layout.manifest);
  // GNU tar, extracting into a missing parent that another tar creates meanwhile, fails with
  // "Cannot mkdir: No such file or directory" (pghoard#452, julia#40063): make the parents first.
  for (const { group } of groups)
    mkdirSync(path.dirname(path.join(layout.objects, group)), { recursive: true });
  outcomes.push(
    ...(await mapAtMost(groups, AT_ONCE, async ({ group, key }) => {
      const dir = path.join(layout.objects, group);
      const outcome = await restoreDirectory(dir, {
        key,
        restoreKeys: groupKeys(setup.scope, group, []).restoreKeys,
      });
      if (outcome.matchedKey) restored[dir] = outcome.matchedKey;
      return { entry: group, ...outcome, key: outcome.matchedKey };
    })),
  );
  return { state: { ...setup, restored }, outcomes };
}

/**
 * Saves each object group whose objects differ from what was restored, then the meta entry with
 * the manifest of every group's key (so the next run restores each from its own entry).
 */
export async function saveCacheEntries(
  state: CacheEntriesState,
): Promise<{ outcomes: EntryOutcome[]; problem?: string }> {
  const problem = cacheServiceProblem();
  if (problem) return { outcomes: [], problem };
  const layout = cacheLayout(state.cacheDir, state.packageDir);
  const groups = cacheGroups(layout.objects).map((g) => ({
    ...g,
    key: groupKeys(state.scope, g.group, g.keys).key,
  }));
  const saved = await mapAtMost(groups, AT_ONCE, async ({ group, dir, key }) =>
    outcomeOf(group, await saveDirectory(dir, key, state.restored[dir] === key)),
  );
  mkdirSync(layout.meta, { recursive: true });
  const manifest: Manifest = { groups: groups.map(({ group, key }) => ({ group, key })) };
  writeFileSync(layout.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  const metaKey = metaKeys(state.scope, state.inputs).saveKey(metaContent(layout.meta));
  const meta = await saveDirectory(layout.meta, metaKey, state.restored[layout.meta] === metaKey);
  return { outcomes: [...saved, outcomeOf('meta', meta)] };
}

const outcomeOf = (entry: string, saved: SaveOutcome): EntryOutcome => ({
  entry,
  status: saved.reason ? `${saved.status} (${saved.reason})` : saved.status,
  key: saved.key,
  bytes: saved.bytes,
  ms: saved.ms,
});
