import * as cache from '@actions/cache';
import * as core from '@actions/core';
import type { CacheKeys } from '../cache/keys.js';
import { bytesUnder } from './files.js';

export interface RestoreOutcome {
  /** hit: the exact key; partial: a restore key's newest entry; miss: nothing restored. */
  status: 'hit' | 'partial' | 'miss' | 'unavailable';
  matchedKey: string | null;
  /** What the directory holds afterwards. */
  bytes: number;
  ms: number;
}

export interface SaveOutcome {
  status: 'saved' | 'skipped' | 'unavailable' | 'failed';
  key: string;
  bytes: number;
  ms: number;
  /** Why nothing was saved, for the log. */
  reason: string | null;
}

// The toolkit puts no deadline on the cache service's API calls; a hung service must not hold the
// build, so each call gets one and the build goes on without the cache.
const DEFAULT_TIMEOUT_MS = 120_000;

async function within<T>(ms: number, what: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([what, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Why this step cannot use the cache service at all, or null when it can. */
export const cacheServiceProblem = (): string | null =>
  // ACTIONS_RESULTS_URL is only given to an action's own steps on a GitHub runner.
  cache.isFeatureAvailable()
    ? null
    : 'the cache service is not available to this step (no ACTIONS_RESULTS_URL)';

/**
 * Restores `dir` from the newest entry matching `keys`. The service failing, absent or slow is a
 * warning: the build runs without the cache, never fails for it.
 */
export async function restoreDirectory(
  dir: string,
  keys: CacheKeys,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<RestoreOutcome> {
  const started = Date.now();
  const outcome = (status: RestoreOutcome['status'], matchedKey: string | null) => ({
    status,
    matchedKey,
    bytes: bytesUnder(dir),
    ms: Date.now() - started,
  });
  const reason = cacheServiceProblem();
  if (reason) {
    core.warning(`cache not restored: ${reason}`);
    return outcome('unavailable', null);
  }
  try {
    // The toolkit reports its own failures as warnings and returns undefined, as for a miss.
    const matched = await within(timeoutMs, cache.restoreCache([dir], keys.key, keys.restoreKeys));
    if (matched === undefined) return outcome('miss', null);
    return outcome(matched === keys.key ? 'hit' : 'partial', matched);
  } catch (error) {
    core.warning(`cache not restored: ${(error as Error).message}`);
    return outcome('miss', null);
  }
}

/**
 * Saves `dir` under `key`, unless the exact key was restored (entries are immutable) or there is
 * nothing to save. Failures are warnings.
 */
export async function saveDirectory(
  dir: string,
  key: string,
  /** The restore matched `key` itself: post learns this from main's state. */
  restoredExactKey: boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<SaveOutcome> {
  const started = Date.now();
  const bytes = bytesUnder(dir);
  const outcome = (status: SaveOutcome['status'], reason: string | null): SaveOutcome => ({
    status,
    key,
    bytes,
    ms: Date.now() - started,
    reason,
  });
  if (restoredExactKey) return outcome('skipped', 'the entry for this key exists');
  if (bytes === 0) return outcome('skipped', 'nothing to save');
  const reason = cacheServiceProblem();
  if (reason) {
    core.warning(`cache not saved: ${reason}`);
    return outcome('unavailable', reason);
  }
  try {
    const id = await within(timeoutMs, cache.saveCache([dir], key));
    if (id !== -1) return outcome('saved', null);
    // The toolkit logs why only as information when the entry could not be reserved, which is
    // also what an unreachable service looks like.
    const failed = 'the cache service did not take it (the lines above say why)';
    core.warning(`cache not saved: ${failed}`);
    return outcome('failed', failed);
  } catch (error) {
    const message = (error as Error).message;
    core.warning(`cache not saved: ${message}`);
    return outcome('failed', message);
  }
}
