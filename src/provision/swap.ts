import { lstatSync, statfsSync } from 'node:fs';
import os from 'node:os';
import { formatBytes } from '../config/size.js';
import { detectContainer } from '../probe/container.js';
import { readIfPresent } from '../probe/read-file.js';
import { readCgroupSwap } from './cgroup-swap.js';
import { detectPrivilege, type Privilege } from './privilege.js';
import { readSwapPermission } from './swap-permission.js';
import {
  decideSwap,
  jobsTail,
  wholeMiB,
  type Level,
  type SwapFacts,
  type SwapRequest,
} from './swap-decision.js';
import {
  createSwapFile,
  isActive,
  isWheelwrightSwapFile,
  removeSwapFile,
  type AddedSwap,
} from './swap-file.js';
import type { SwapNeed } from './swap-need.js';
import { swapDirectories, type PlaceFacts } from './swap-places.js';
import { forgetSwap, readSwapRecords, swapStateFile } from './swap-state.js';

export { decideSwap, MIN_SWAP_BYTES } from './swap-decision.js';
export type { SwapDecision, SwapDecisionInput, SwapFacts, SwapRequest } from './swap-decision.js';
export type { AddedSwap, SwapMethod } from './swap-file.js';
export type { SwapNeed } from './swap-need.js';
export type { Privilege } from './privilege.js';
export { swapStateFile } from './swap-state.js';

type Environment = Record<string, string | undefined>;

function statPlace(dir: string): PlaceFacts {
  try {
    const stats = statfsSync(dir);
    return { dir, fsType: stats.type, freeBytes: stats.bavail * stats.bsize, error: null };
  } catch (error) {
    return { dir, fsType: null, freeBytes: null, error: (error as Error).message };
  }
}

/** Reads what decides whether and where swap can go; `swapDir` is tried first. */
export async function gatherSwapFacts(env: Environment, swapDir?: string): Promise<SwapFacts> {
  const { platform } = process;
  if (platform !== 'linux') {
    // decideSwap stops at the platform: nothing else is worth reading.
    return {
      platform,
      privilege: { kind: 'none', uid: -1, why: 'swap is added only on Linux' },
      cgroup: null,
      container: null,
      permission: { sysAdmin: null, hostUserNamespace: null },
      places: [],
    };
  }
  return {
    platform,
    privilege: await detectPrivilege(),
    cgroup: readCgroupSwap(readIfPresent),
    container: detectContainer(readIfPresent, env),
    permission: readSwapPermission(readIfPresent),
    places: swapDirectories(env, swapDir, os.tmpdir()).map(statPlace),
  };
}

/**
 * Adds `bytes` of swap (rounded up to whole MiB) as a new file in `dir`, recorded in the state
 * file that `removeAddedSwap` reads. Throws with the failing command's own message.
 */
export function addSwap(options: {
  bytes: number;
  dir: string;
  privilege: Privilege;
  env: Environment;
}): Promise<AddedSwap> {
  const { bytes, dir, privilege, env } = options;
  return createSwapFile(dir, wholeMiB(bytes), privilege, swapStateFile(env));
}

/** What the swap step did, for the log, the summary and `--json`. */
export interface SwapOutcome {
  added: AddedSwap | null;
  level: Level;
  /** One line: what was done or not, and why, in numbers. */
  reason: string;
  notes: string[];
  /** Compiles to run at once in the light of it; null leaves the plan's count alone. */
  jobs: number | null;
}

/** Decides on swap and adds it: the whole swap part of the provision stage. */
export async function provisionSwap(options: {
  request: SwapRequest;
  need: SwapNeed | null;
  env: Environment;
  swapDir?: string;
}): Promise<SwapOutcome> {
  const { request, need, env } = options;
  const facts = await gatherSwapFacts(env, options.swapDir);
  const decision = decideSwap({ ...facts, request, need });
  const { notes } = decision;
  if (decision.action === 'none') {
    const { level, reason, jobs } = decision;
    return { added: null, level, reason, notes, jobs };
  }
  try {
    const added = await addSwap({
      bytes: decision.bytes,
      dir: decision.dir,
      privilege: facts.privilege,
      env,
    });
    return {
      added,
      level: 'info',
      reason: `swap: added ${formatBytes(added.bytes)} as ${added.path} (${added.method}, ${added.ms} ms): ${decision.why}`,
      notes,
      jobs: decision.jobs,
    };
  } catch (error) {
    return {
      added: null,
      level: 'warning',
      reason: `swap: none added: ${(error as Error).message}${jobsTail(need, decision.jobsWithout)}`,
      notes,
      jobs: decision.jobsWithout,
    };
  }
}

/** What removing the added swap did. */
export interface SwapRemoval {
  stateFile: string;
  /** `was`: on (swapped off, deleted), a file only (deleted), or already gone (forgotten). */
  removed: { path: string; bytes: number; was: 'active' | 'file' | 'gone' }[];
  /** Left in the state file for a later try, with why. */
  failed: { path: string; error: string }[];
}

// A file in a directory this user cannot search may still be there.
function mayExist(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * Turns off and deletes the swap files wheelwright recorded in its state file (`only`: just
 * these paths, e.g. one run's), and nothing else: swap it did not add is never touched.
 */
export async function removeAddedSwap(env: Environment, only?: string[]): Promise<SwapRemoval> {
  const stateFile = swapStateFile(env);
  const removal: SwapRemoval = { stateFile, removed: [], failed: [] };
  const records = readSwapRecords(stateFile).filter((r) => !only || only.includes(r.path));
  if (records.length === 0) return removal;
  const privilege = await detectPrivilege();
  for (const { path, bytes } of records) {
    if (!isWheelwrightSwapFile(path)) {
      removal.failed.push({
        path,
        error: 'not a name wheelwright gives its swap files: left alone',
      });
      continue;
    }
    const was = isActive(path) ? 'active' : mayExist(path) ? 'file' : 'gone';
    if (was !== 'gone' && privilege.kind === 'none') {
      removal.failed.push({
        path,
        error: `removing it needs root, and wheelwright runs as uid ${privilege.uid} without sudo that works without a password (sudo -n: ${privilege.why})`,
      });
      continue;
    }
    try {
      if (was !== 'gone') await removeSwapFile(path, privilege);
      forgetSwap(stateFile, path);
      removal.removed.push({ path, bytes, was });
    } catch (error) {
      removal.failed.push({ path, error: (error as Error).message });
    }
  }
  return removal;
}
