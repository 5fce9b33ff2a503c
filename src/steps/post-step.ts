import { fail, getState, info, STATE, logAtLevel } from '../github/action.js';
import { saveCacheEntries, type CacheEntriesState } from './cache-entries.js';
import { removeAddedSwap } from '../provision/swap.js';
import { formatBytes } from '../config/size.js';
import { sweepLeftovers } from '../build/scratch.js';
import { workRoot } from '../pipeline.js';

/**
 * The action's post step: runs after the job's other steps, also when they failed or were
 * cancelled. It saves the object groups that changed and the package's meta entry, and removes
 * exactly the swap main added (unless swap-cleanup is false, in which case main recorded nothing).
 */
export async function runPost(): Promise<void> {
  // a main step that was killed left its scratch directory (and maybe a socket's) behind
  for (const root of new Set([workRoot(process.env), '/tmp']))
    for (const dir of sweepLeftovers(root)) info(`removed what a killed run left: ${dir}`);
  const entries = getState(STATE.cacheEntries);
  if (entries) {
    const { outcomes, problem } = await saveCacheEntries(JSON.parse(entries) as CacheEntriesState);
    if (problem) logAtLevel('warning', `cache not saved: ${problem}`);
    for (const o of outcomes)
      info(`cache ${o.entry}: ${o.status} ${o.key}, ${formatBytes(o.bytes)} in ${o.ms} ms`);
  }
  const added = getState(STATE.swapAdded);
  if (!added) {
    info('wheelwright added no swap to remove.');
    return;
  }
  const removal = await removeAddedSwap(process.env, [added]);
  for (const r of removal.removed)
    info(`removed the swap wheelwright added: ${r.path} (${formatBytes(r.bytes)}, was ${r.was})`);
  for (const f of removal.failed)
    logAtLevel('warning', `could not remove the swap file ${f.path}: ${f.error}`);
  if (removal.failed.length)
    fail('the swap wheelwright added could not be removed: see the warnings');
}
