import type { Plan } from '../plan/plan.js';

/** What the plan asks of memory, for deciding on swap. */
export interface SwapNeed {
  plan: Pick<Plan, 'jobs' | 'budgetBytes' | 'estimates'>;
  /** How many builds (Python versions) may compile the same file at once, as the plan counted. */
  builds: number;
  /** Swap already there that this process's cgroups let it use (the probe's `swap.usableBytes`). */
  usableSwapBytes: number | null;
}

/**
 * The estimates of the compiles the plan may run at once, largest first: the worst case is the
 * biggest files, each compiled by every build at the same time.
 */
export function compilesAtOnce(need: SwapNeed): number[] {
  const sorted = need.plan.estimates.map((e) => e.estimateBytes).sort((a, b) => b - a);
  const compiles: number[] = [];
  for (const estimate of sorted) {
    for (let copy = 0; copy < need.builds && compiles.length < need.plan.jobs; copy++) {
      compiles.push(estimate);
    }
  }
  return compiles;
}

/** How many of `compiles` (largest first) fit in `bytes` together; at least one. */
export function jobsThatFit(compiles: number[], bytes: number): number {
  let sum = 0;
  let jobs = 0;
  for (const estimate of compiles) {
    if (sum + estimate > bytes) break;
    sum += estimate;
    jobs += 1;
  }
  return Math.max(1, jobs);
}
