import {
  parseCgroupMounts,
  parseProcCgroup,
  readCgroupMemory,
  type ReadFile,
} from '../probe/cgroup.js';

/** How much swap the process's memory cgroups let it use, if any cgroup binds it. */
export interface CgroupSwap {
  version: 1 | 2;
  /** The least any cgroup on the way up allows; null when none caps swap. */
  capBytes: number | null;
}

/**
 * The probe's `swap.usableBytes` is at most the swap there is now, so on a machine without swap
 * it is 0 whether or not swap added now could be used. The cgroup's own cap tells which: v1
 * `memory.memsw.limit_in_bytes` less `memory.limit_in_bytes`, v2 `memory.swap.max`.
 */
export function readCgroupSwap(read: ReadFile): CgroupSwap | null {
  const memory = readCgroupMemory(
    read,
    parseProcCgroup(read('/proc/self/cgroup') ?? ''),
    parseCgroupMounts(read('/proc/self/mountinfo') ?? ''),
  );
  return memory && { version: memory.version, capBytes: memory.swapCapBytes };
}

/** The file that forbids swap, in the words a person would check it with. */
export function swapForbiddenBy(version: 1 | 2): string {
  return version === 1
    ? 'cgroup v1 memory.memsw.limit_in_bytes equals memory.limit_in_bytes'
    : 'cgroup v2 memory.swap.max is 0';
}
