import { cacheLayout } from '../cache/layout.js';
import type { Options } from '../config/options.js';
import { HISTORY_MARGIN } from '../launcher/coordinator.js';
import { remoteSlotsLine } from '../launcher/distcc-hosts.js';
import { readHistory } from '../launcher/launcher.js';
import type { Probe } from '../probe/index.js';
import type { SwapOutcome } from '../provision/swap.js';
import { estimateAll } from './compile-memory.js';
import { makePlan, type Estimate, type Plan } from './plan.js';
import { findTranslationUnits } from './sources.js';
import { flagsFromEnvironment } from './translation-unit.js';

/**
 * Each file's estimate: what an earlier run measured for it (kept in the cache directory), with a
 * margin, else the model's (whose call count is then not needed).
 */
function estimatesFor(options: Options, env: Record<string, string | undefined>): Estimate[] {
  const history = readHistory(cacheLayout(options.cacheDir, options.packageDir).history);
  const units = findTranslationUnits(options.packageDir, (file) => !history.has(file));
  return estimateAll(units, flagsFromEnvironment(env)).map((e) => {
    const measured = history.get(e.file);
    return measured === undefined
      ? e
      : { file: e.file, estimateBytes: Math.round(measured * HISTORY_MARGIN) };
  });
}

/** The plan for the package in `options.packageDir` on this machine, for `builds` builds at once. */
export function planPackageBuilds(
  options: Options,
  env: Record<string, string | undefined>,
  machine: Probe,
  builds: number,
): Plan {
  const plan = makePlan({
    probe: machine,
    estimates: estimatesFor(options, env),
    jobs: options.jobs,
    memoryPerJob: options.memoryPerJob,
    builds,
  });
  if (!options.distccHosts) return plan;
  return { ...plan, reasons: [...plan.reasons, remoteSlotsLine(options.distccHosts)] };
}

/** The plan again in the light of the swap step: the compile count it settled on, and why. */
export function withSwapJobs(planned: Plan, swap: SwapOutcome): Plan {
  if (swap.jobs === null || swap.jobs === planned.jobs) return planned;
  return {
    ...planned,
    jobs: swap.jobs,
    slots: Math.max(planned.slots, swap.jobs),
    reasons: [
      ...planned.reasons,
      `swap: ${swap.reason} → ${swap.jobs} job${swap.jobs === 1 ? '' : 's'}`,
    ],
  };
}
