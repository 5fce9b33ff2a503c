import { oomCounterFile, parseOomKills } from '../diagnose/kernel.js';
import { readIfPresent } from '../probe/read-file.js';

/**
 * The kernel's count of OOM kills in this process's memory cgroup, or null where there is none
 * to read. Compiles run in this cgroup, so a rise across a failed compile means the kernel
 * killed it for memory.
 */
export function oomKillCounter(): () => number | null {
  const file = oomCounterFile();
  return () => (file ? parseOomKills(readIfPresent(file)) : null);
}
