import { fail, getState, info, STATE, report } from '../github/action.js';
import { saveDirectory } from '../github/cache.js';
import { removeAddedSwap } from '../provision/swap.js';
import { formatBytes } from '../config/size.js';

/**
 * The action's post step: runs after the job's other steps, also when they failed or were
 * cancelled. It saves the cache directory main restored, and removes exactly the swap main added
 * (unless swap-cleanup is false, in which case main recorded nothing).
 */
export async function runPost(): Promise<void> {
  const key = getState(STATE.cacheKey);
  if (key) {
    const saved = await saveDirectory(
      getState(STATE.cacheDir),
      key,
      getState(STATE.cacheHit) === 'true',
    );
    info(
      `cache: ${saved.status} ${saved.key}, ${saved.bytes} bytes in ${saved.ms} ms${saved.reason ? ` (${saved.reason})` : ''}`,
    );
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
    report('warning', `could not remove the swap file ${f.path}: ${f.error}`);
  if (removal.failed.length)
    fail('the swap wheelwright added could not be removed: see the warnings');
}
