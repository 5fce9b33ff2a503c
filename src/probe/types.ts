import type { ContainerFact } from './container.js';

/** A soft and hard per-process limit in bytes; null means unlimited. */
export interface Rlimit {
  soft: number | null;
  hard: number | null;
}

export interface CgroupInfo {
  version: 1 | 2;
  /** The process's cgroup, as the hierarchy names it. */
  path: string;
}

/** What the runner really has. Bytes are integers; null means unlimited or not present. */
export interface Probe {
  platform: NodeJS.Platform;
  memory: {
    totalBytes: number;
    availableBytes: number;
    /** The smallest hard memory limit of the process's cgroup and its ancestors. */
    cgroupLimitBytes: number | null;
    /** The smallest cgroup v2 `memory.high` (throttling starts there) on the way up. */
    cgroupHighBytes: number | null;
    /** What the cgroups still let this process tree use now (limit minus working set). */
    cgroupAvailableBytes: number | null;
    /** The memory a build may really use now: the smallest of what the machine and cgroups allow. */
    effectiveBytes: number;
  };
  swap: {
    totalBytes: number | null;
    freeBytes: number | null;
    /** How much swap this cgroup may really use. */
    usableBytes: number | null;
  };
  limits: { data: Rlimit; as: Rlimit; rss: Rlimit };
  cpus: {
    online: number;
    affinity: number | null;
    /** CPUs allowed by the cgroup's CPU quota (may be fractional). */
    quota: number | null;
    /** Compiles the CPUs can run at once: the smallest of the above, rounded up. */
    effective: number;
  };
  disk: { path: string; freeBytes: number | null };
  cgroup: CgroupInfo | null;
  /** The container the process runs in (Linux), by its marks; null when none was found. */
  container: ContainerFact | null;
  /** Facts the probe could not read, in words, so a person knows what was assumed. */
  notes: string[];
}
