import { formatBytes } from '../config/size.js';
import type { Probe, Rlimit } from '../probe/types.js';

export interface Estimate {
  file: string;
  estimateBytes: number;
}

/** A per-process limit that is below what a compile needs. */
export interface RlimitBlock {
  limit: 'data' | 'as';
  softBytes: number;
  hardBytes: number | null;
  /** Whether raising the soft limit to the hard one lets the largest compile through. */
  raisable: boolean;
  files: string[];
}

export interface Plan {
  /** Compiles at once when each may be the largest: what builds are told without the launcher. */
  jobs: number;
  /**
   * Compiles at once through the launcher, whose slots also keep the sum of their estimates
   * within the budget: smaller compiles may share it up to the CPUs while the largest run alone.
   */
  slots: number;
  perJobBytes: number;
  budgetBytes: number;
  largest: Estimate | null;
  reasons: string[];
  rlimits: RlimitBlock[];
  estimates: Estimate[];
}

export interface PlanRequest {
  probe: Probe;
  /** Each translation unit's estimated peak compiler memory. */
  estimates: Estimate[];
  jobs: number | 'auto';
  memoryPerJob: number | 'auto';
  /**
   * How many builds (Python versions) may compile the same file at the same time: the worst case
   * for memory is the largest file compiled by several of them at once.
   */
  builds: number;
}

const MiB = 1024 ** 2;

/**
 * Memory kept back for what runs beside the compiles: the build frontend, setuptools and this
 * action. 10% of what is there, within 128 MiB and 512 MiB.
 */
export function reserveFor(effectiveBytes: number): number {
  return Math.min(512 * MiB, Math.max(128 * MiB, Math.round(effectiveBytes * 0.1)));
}

const RLIMIT_NAMES = { data: 'RLIMIT_DATA (ulimit -d)', as: 'RLIMIT_AS (ulimit -v)' };
const jobsWord = (n: number) => `${n} job${n === 1 ? '' : 's'}`;

function rlimitBlocks(limits: Probe['limits'], estimates: Estimate[]): RlimitBlock[] {
  const blocks: RlimitBlock[] = [];
  for (const limit of ['data', 'as'] as const) {
    const { soft, hard }: Rlimit = limits[limit];
    if (soft === null) continue;
    const over = estimates.filter((e) => e.estimateBytes > soft);
    if (over.length === 0) continue;
    blocks.push({
      limit,
      softBytes: soft,
      hardBytes: hard,
      raisable: hard === null || hard >= over[0]!.estimateBytes,
      files: over.map((e) => e.file),
    });
  }
  return blocks;
}

function rlimitReason(block: RlimitBlock, largest: Estimate): string {
  const hard = block.hardBytes === null ? 'unlimited' : formatBytes(block.hardBytes);
  const fix = block.raisable
    ? `raise the soft limit to the hard limit (${hard}) before the build`
    : `the hard limit (${hard}) is below it too: only root can raise it (ulimit -H), or build elsewhere`;
  const others = block.files.length > 1 ? ` and ${block.files.length - 1} more file(s)` : '';
  return (
    `limit: ${RLIMIT_NAMES[block.limit]} soft ${formatBytes(block.softBytes)} < ~${formatBytes(largest.estimateBytes)} ` +
    `for ${largest.file}${others}: that compile can only fail (cc1: out of memory allocating …); ${fix}`
  );
}

/**
 * Largest k such that the k biggest compiles that can run together fit in the budget (at least
 * 1), where each file can be compiled by `builds` builds at once.
 */
function jobsThatFit(sortedEstimates: number[], builds: number, budget: number): number {
  let sum = 0;
  let jobs = 0;
  for (const estimate of sortedEstimates) {
    for (let copy = 0; copy < builds; copy++) {
      if (sum + estimate > budget) return Math.max(1, jobs);
      sum += estimate;
      jobs += 1;
    }
  }
  return Math.max(1, jobs);
}

/** What the ways of choosing the job count share: the request, the sorted estimates, the budget. */
interface Sizing {
  request: PlanRequest;
  /** Largest first. */
  estimates: Estimate[];
  budgetBytes: number;
  cpus: number;
  /** The memory line's head: effective, budget, reserve. */
  memoryHead: string;
}

/** The job count and per-job memory a sizing settles on, the launcher's slots, and why. */
interface Sized {
  jobs: number;
  perJobBytes: number;
  slots: number | null;
  reasons: string[];
}

function cpuReason(cpus: Probe['cpus']): string {
  const parts = [`online ${cpus.online}`];
  if (cpus.affinity !== null) parts.push(`affinity ${cpus.affinity}`);
  parts.push(cpus.quota === null ? 'no cgroup quota' : `cgroup quota ${cpus.quota}`);
  return `cpus: ${cpus.effective} (${parts.join(', ')}) → at most ${jobsWord(cpus.effective)} by CPU`;
}

/** jobs given as input: taken as they are, with a warning when the largest compiles exceed the budget. */
function jobsAsGiven({ request, estimates, budgetBytes, memoryHead }: Sizing, jobs: number): Sized {
  const perJobBytes =
    request.memoryPerJob === 'auto' ? Math.floor(budgetBytes / jobs) : request.memoryPerJob;
  const together = estimates
    .flatMap((e) => Array<number>(request.builds).fill(e.estimateBytes))
    .slice(0, jobs)
    .reduce((sum, bytes) => sum + bytes, 0);
  const reasons = [`jobs: ${jobs} set by input`];
  if (together > budgetBytes)
    reasons.push(
      `${memoryHead}; the ${jobs} largest compiles may need ~${formatBytes(together)} together: expect OOM kills unless swap covers them`,
    );
  return { jobs, perJobBytes, slots: null, reasons };
}

/** memory-per-job given: as many as the budget holds of it, within the CPUs. */
function jobsByMemoryPerJob({ budgetBytes, cpus, memoryHead }: Sizing, perJobBytes: number): Sized {
  const jobs = Math.min(cpus, Math.max(1, Math.floor(budgetBytes / perJobBytes)));
  const reason = `${memoryHead} / ${formatBytes(perJobBytes)} per job (memory-per-job) → ${jobsWord(jobs)}`;
  return { jobs, perJobBytes, slots: null, reasons: [reason] };
}

/**
 * By the estimates: the largest compiles that fit the budget together, within the CPUs. When
 * memory binds, the launcher's slots let smaller compiles share the budget.
 */
function jobsByEstimates(sizing: Sizing, largest: Estimate): Sized {
  const { request, estimates, budgetBytes, cpus, memoryHead } = sizing;
  const sorted = estimates.map((e) => e.estimateBytes);
  const byMemory = jobsThatFit(sorted, request.builds, budgetBytes);
  const jobs = Math.min(cpus, byMemory);
  const perJobBytes = Math.floor(budgetBytes / jobs);
  // jobsThatFit stops at the package's compiles (each source once per build): when all of them
  // fit, fewer CPUs than compiles would bind, else the budget or the CPUs
  const compiles = sorted.length * request.builds;
  if (byMemory >= compiles && compiles < cpus) {
    const count =
      request.builds > 1
        ? `${compiles} compiles (${sorted.length} per build × ${request.builds} builds)`
        : `${compiles} compile${compiles === 1 ? '' : 's'}`;
    const reason = `${memoryHead}: room for all ${count} of the package at once (the largest ~${formatBytes(largest.estimateBytes)} for ${largest.file}) → ${jobsWord(jobs)} (bound by the number of compiles)`;
    return { jobs, perJobBytes, slots: null, reasons: [reason] };
  }
  const copies =
    request.builds > 1 ? ` (up to ${request.builds} builds may compile it at once)` : '';
  const bound = byMemory < cpus ? 'memory' : 'CPU';
  const reasons = [
    `${memoryHead} / ~${formatBytes(largest.estimateBytes)} for ${largest.file}${copies} → ${jobsWord(jobs)} (bound by ${bound})`,
  ];
  if (jobs >= cpus) return { jobs, perJobBytes, slots: null, reasons };
  const slots = Math.min(cpus, compiles);
  reasons.push(
    `launcher: up to ${jobsWord(slots)} while their estimates fit the ${formatBytes(budgetBytes)} budget together; ` +
      `the largest compiles run ${jobs === 1 ? 'alone' : `${jobs} at once`}`,
  );
  return { jobs, perJobBytes, slots, reasons };
}

/** The job count by the request: as given, by memory-per-job, by CPU alone, or by the estimates. */
function sizeJobs(sizing: Sizing, largest: Estimate | null): Sized {
  const { request, budgetBytes, cpus, memoryHead } = sizing;
  if (request.jobs !== 'auto') return jobsAsGiven(sizing, request.jobs);
  if (request.memoryPerJob !== 'auto') return jobsByMemoryPerJob(sizing, request.memoryPerJob);
  if (largest !== null) return jobsByEstimates(sizing, largest);
  return {
    jobs: cpus,
    perJobBytes: Math.floor(budgetBytes / cpus),
    slots: null,
    reasons: [`${memoryHead}; no C/C++ sources found to estimate → ${jobsWord(cpus)} by CPU`],
  };
}

/** The largest compile alone exceeds the budget: whether the usable swap covers the rest. */
function memoryShortReason(largest: Estimate, budgetBytes: number, swap: number | null): string {
  const cover =
    swap !== null && swap >= largest.estimateBytes - budgetBytes
      ? `usable swap (${formatBytes(swap)}) covers the rest, slowly`
      : `usable swap is ${swap === null ? 'unknown' : formatBytes(swap)}: add swap (swap: auto) or a larger runner, or it will be OOM-killed`;
  return `memory short: ~${formatBytes(largest.estimateBytes)} for ${largest.file} exceeds the ${formatBytes(budgetBytes)} budget even alone; ${cover}`;
}

/** How many compiles may safely run at once, and why, in words a user understands. */
export function makePlan(request: PlanRequest): Plan {
  const { probe } = request;
  const estimates = [...request.estimates].sort(
    (a, b) => b.estimateBytes - a.estimateBytes || a.file.localeCompare(b.file),
  );
  const largest = estimates[0] ?? null;
  const effective = probe.memory.effectiveBytes;
  const reserve = reserveFor(effective);
  const budgetBytes = Math.max(0, effective - reserve);
  const memoryHead = `memory: ${formatBytes(effective)} effective, ${formatBytes(budgetBytes)} for compiles after ${formatBytes(reserve)} kept for the build's own processes`;
  const sizing = { request, estimates, budgetBytes, cpus: probe.cpus.effective, memoryHead };
  const { jobs, perJobBytes, slots, reasons: why } = sizeJobs(sizing, largest);
  const reasons = [cpuReason(probe.cpus), ...why];
  if (largest !== null && largest.estimateBytes > budgetBytes)
    reasons.push(memoryShortReason(largest, budgetBytes, probe.swap.usableBytes));
  const rlimits = largest === null ? [] : rlimitBlocks(probe.limits, estimates);
  for (const block of rlimits)
    reasons.push(
      rlimitReason(
        block,
        estimates.find((e) => e.file === block.files[0])!,
      ),
    );
  return {
    jobs,
    slots: slots ?? jobs,
    perJobBytes,
    budgetBytes,
    largest,
    reasons,
    rlimits,
    estimates,
  };
}
