import { formatBytes } from '../config/size.js';
import type { ContainerFact } from '../probe/container.js';
import { swapForbiddenBy, type CgroupSwap } from './cgroup-swap.js';
import type { Privilege } from './privilege.js';
import type { SwapPermission } from './swap-permission.js';
import { choosePlace, largestRoom, type PlaceFacts, type Skipped } from './swap-places.js';
import { compilesAtOnce, jobsThatFit, type SwapNeed } from './swap-need.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/** mkswap needs ten pages; less than a MiB of swap is no use to a compile anyway. */
export const MIN_SWAP_BYTES = MiB;
// Less than this, sized by auto, would not let one more compile through: not worth a file.
const MIN_AUTO_BYTES = 256 * MiB;

export type SwapRequest = number | 'auto' | 'off';

/** What the machine allows, as read by gatherSwapFacts. */
export interface SwapFacts {
  platform: NodeJS.Platform;
  privilege: Privilege;
  cgroup: CgroupSwap | null;
  /** The container this process runs in, by its marks; null when none was found. */
  container: ContainerFact | null;
  /** Whether the kernel lets this process's tree call swapon at all. */
  permission: SwapPermission;
  /** The directories that could hold the swap file, in the order to try them. */
  places: PlaceFacts[];
}

export interface SwapDecisionInput extends SwapFacts {
  request: SwapRequest;
  /** What the planned compiles need; null when nothing was planned (a size needs no plan). */
  need: SwapNeed | null;
}

export type Level = 'info' | 'notice' | 'warning';

interface Common {
  /** One line for the log: what and why, in numbers. */
  reason: string;
  /** What else a person should know: directories passed over and why, caps applied. */
  notes: string[];
  /**
   * Compiles to run at once in the light of this decision; null leaves the plan's count alone
   * (nothing planned, nothing short, or swap was turned off).
   */
  jobs: number | null;
}

export type SwapDecision =
  | (Common & {
      action: 'add';
      bytes: number;
      dir: string;
      /** Why this much: the reason without what and where. */
      why: string;
      /** Compiles to run at once if adding the swap fails after all. */
      jobsWithout: number | null;
    })
  | (Common & { action: 'none'; level: Level });

/** Swap files are whole MiB: page-aligned on every page size, and written in 1 MiB blocks. */
export const wholeMiB = (bytes: number): number => Math.ceil(bytes / MiB) * MiB;
const floorMiB = (bytes: number): number => Math.floor(bytes / MiB) * MiB;
const compilesWord = (n: number) => `${n} compile${n === 1 ? '' : 's'}`;

/** `; running N compiles at once instead of M` when `jobs` is fewer than planned, else nothing. */
export function jobsTail(need: SwapNeed | null, jobs: number | null): string {
  return need && jobs !== null && jobs < need.plan.jobs
    ? `; running ${compilesWord(jobs)} at once instead of ${need.plan.jobs}`
    : '';
}

const PLATFORM_NOTICES: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'macOS manages its own paging (it adds swap files in /private/var/vm as it needs them)',
  win32: 'Windows manages its own paging file',
};

interface Memory {
  compiles: number[];
  together: number;
  /** What the compiles planned at once need beyond the budget (may be negative). */
  short: number;
  existing: number;
  /** Compiles that fit at once with `swapBytes` of new swap beside the usable swap already there. */
  jobsWith(swapBytes: number): number;
}

function measure(need: SwapNeed): Memory {
  const compiles = compilesAtOnce(need);
  const together = compiles.reduce((sum, bytes) => sum + bytes, 0);
  const existing = need.usableSwapBytes ?? 0;
  const budget = need.plan.budgetBytes;
  return {
    compiles,
    together,
    short: together - budget,
    existing,
    jobsWith: (swapBytes) =>
      together <= budget + existing + swapBytes
        ? need.plan.jobs
        : jobsThatFit(compiles, budget + existing + swapBytes),
  };
}

const inContainer = (container: ContainerFact | null) =>
  container
    ? `wheelwright runs in a ${container.runtime} container (${container.evidence}), and `
    : '';

/** Why the kernel would refuse swapon to this process and anything it starts, or null. */
function swapRefusal(permission: SwapPermission): string | null {
  if (permission.sysAdmin === false)
    return "this process's capability bounding set lacks CAP_SYS_ADMIN (CapBnd in /proc/self/status), which swapon needs and which neither root nor sudo can then gain";
  if (permission.hostUserNamespace === false)
    return "this process runs in a user namespace (/proc/self/uid_map), where swapon is refused: it needs CAP_SYS_ADMIN in the host's own namespace";
  return null;
}

function placeNotes(skipped: Skipped[], chosen: string | null): string[] {
  const notes = skipped.map((s) => `${s.dir} ${s.why}`);
  if (chosen !== null && notes.length > 0) notes.push(`the swap file goes to ${chosen} instead`);
  return notes;
}

/** Why no swap is added, at what level; the decision's other fields come from the input. */
interface NoSwap {
  level: Level;
  reason: string;
  notes?: string[];
}

/** No swap where the system manages its own paging: only Linux gets swap added. */
function notOnLinux(platform: NodeJS.Platform): SwapDecision | null {
  if (platform === 'linux') return null;
  const why =
    PLATFORM_NOTICES[platform] ?? `wheelwright adds swap only on Linux, not on ${platform}`;
  return {
    action: 'none',
    level: 'notice',
    reason: `swap: ${why}: none added`,
    notes: [],
    jobs: null,
  };
}

/**
 * How much swap to ask for, and why: auto covers what the compiles planned at once need beyond
 * the budget and the usable swap already there, in whole GiB, at least 1 GiB; a size as asked.
 */
function wantedSwap(
  request: number | 'auto',
  need: SwapNeed | null,
  memory: Memory | null,
): { wanted: number; why: string } | NoSwap {
  if (request !== 'auto') {
    if (request < MIN_SWAP_BYTES)
      return {
        level: 'warning',
        reason: `swap: ${request} bytes is too small to be swap (at least ${formatBytes(MIN_SWAP_BYTES)}): none added`,
      };
    return { wanted: wholeMiB(request), why: 'as asked' };
  }
  if (!need || !memory)
    return {
      level: 'warning',
      reason: 'swap: auto sizes swap by a plan and there is none: give a size',
    };
  if (memory.compiles.length === 0)
    return { level: 'info', reason: 'swap: not needed: no C/C++ sources were found to estimate' };
  const count = memory.compiles.length;
  const planned = `the ${compilesWord(count)} planned at once ${count === 1 ? 'needs' : 'need'} ~${formatBytes(memory.together)}`;
  const budget = formatBytes(need.plan.budgetBytes);
  if (memory.short <= 0)
    return { level: 'info', reason: `swap: not needed: ${planned}, within the ${budget} budget` };
  const over = `${planned}, ${formatBytes(memory.short)} over the ${budget} budget`;
  if (memory.existing >= memory.short)
    return {
      level: 'info',
      reason: `swap: not needed: ${over}, and the ${formatBytes(memory.existing)} of usable swap already there covers it`,
    };
  return {
    wanted: Math.max(GiB, Math.ceil((memory.short - memory.existing) / GiB) * GiB),
    why:
      memory.existing > 0
        ? `${over}, less the ${formatBytes(memory.existing)} of usable swap already there`
        : over,
  };
}

/** What the cgroup's swap cap leaves of `wanted` (noting any cap in `notes`), or why none. */
function withinCgroup(
  input: SwapDecisionInput,
  wanted: number,
  tail: string,
  notes: string[],
): number | NoSwap {
  const cap = input.cgroup?.capBytes ?? null;
  if (input.cgroup && cap === 0)
    return {
      level: 'warning',
      reason: `swap: none added: ${swapForbiddenBy(input.cgroup.version)}, so this process may not use swap and swap added to the machine would not help its compiles${tail}`,
    };
  if (cap === null || cap >= wanted) return wanted;
  if (input.request !== 'auto') {
    notes.push(`this process's cgroup may use only ${formatBytes(cap)} of this swap`);
    return wanted;
  }
  if (cap < MIN_AUTO_BYTES)
    return {
      level: 'warning',
      reason: `swap: none added: this process's cgroup may use only ${formatBytes(cap)} of swap, too little to help its compiles${tail}`,
    };
  notes.push(`this process's cgroup may use only ${formatBytes(cap)} of swap: no more is added`);
  return floorMiB(cap);
}

/** Why this process may not add swap at all: the kernel's refusal, or no root. */
function mayNotAdd(input: SwapDecisionInput, tail: string): string | null {
  const refusal = swapRefusal(input.permission);
  if (refusal)
    return `swap: none added: ${inContainer(input.container)}${refusal}; the swap this process may use is its cgroup's to decide (memory.swap.max)${tail}`;
  const { privilege } = input;
  if (privilege.kind === 'none')
    return `swap: none added: adding swap needs root (for mkswap and swapon), and wheelwright runs as uid ${privilege.uid} without sudo that works without a password (sudo -n: ${privilege.why})${tail}`;
  return null;
}

/**
 * Whether to add swap, how much and where, from what the plan needs and what the machine allows.
 * auto covers what the compiles planned at once need beyond the budget and beyond the usable swap
 * already there, in whole GiB (estimates are rough), at least 1 GiB, within the cgroup's swap cap
 * and the disk's room; a size is added as asked when the machine allows it. When swap cannot
 * help or cannot be added, `jobs` is what fits without it.
 */
export function decideSwap(input: SwapDecisionInput): SwapDecision {
  const { request, need } = input;
  if (request === 'off')
    return {
      action: 'none',
      level: 'info',
      reason: 'swap: off: none added',
      notes: [],
      jobs: null,
    };
  const elsewhere = notOnLinux(input.platform);
  if (elsewhere) return elsewhere;
  const memory = need && measure(need);
  const jobsWithout = memory && memory.short > 0 ? memory.jobsWith(0) : null;
  const tail = jobsTail(need, jobsWithout);
  const none = ({ level, reason, notes = [] }: NoSwap): SwapDecision => ({
    action: 'none',
    level,
    reason,
    notes,
    jobs: jobsWithout,
  });

  const sized = wantedSwap(request, need, memory);
  if ('reason' in sized) return none(sized);
  const notes: string[] = [];
  const wanted = withinCgroup(input, sized.wanted, tail, notes);
  if (typeof wanted !== 'number') return none(wanted);
  const refusal = mayNotAdd(input, tail);
  if (refusal) return none({ level: 'warning', reason: refusal, notes });

  // auto takes what fits, so a small disk still gets some swap; a size is all or nothing.
  const bytes = request === 'auto' ? Math.min(wanted, floorMiB(largestRoom(input.places))) : wanted;
  const { place, skipped } = choosePlace(
    input.places,
    request === 'auto' && bytes < MIN_AUTO_BYTES ? wanted : bytes,
  );
  if (!place || (request === 'auto' && bytes < MIN_AUTO_BYTES)) {
    return none({
      level: 'warning',
      reason: `swap: none added: no directory on a disk has room for ${formatBytes(wanted)} of swap${tail}`,
      notes: [...notes, ...placeNotes(skipped, null)],
    });
  }
  if (bytes < wanted) {
    notes.push(`only ${formatBytes(bytes)} of the ${formatBytes(wanted)} wanted fits on disk`);
  }
  const jobs = memory && memory.short > 0 ? memory.jobsWith(bytes) : null;
  const because = `${sized.why}${jobsTail(need, jobs)}`;
  return {
    action: 'add',
    bytes,
    dir: place.dir,
    why: because,
    reason: `swap: ${formatBytes(bytes)} in ${place.dir}: ${because}`,
    notes: [...notes, ...placeNotes(skipped, place.dir)],
    jobs,
    jobsWithout,
  };
}
