import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cgroupChain, parseCgroupMounts, parseProcCgroup } from '../probe/cgroup.js';

const read = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * The kernel's count of OOM kills in this process's memory cgroup (v1 `memory.oom_control`,
 * v2 `memory.events`), or null where there is none to read. Compiles run in this cgroup, so a
 * rise across a failed compile means the kernel killed it for memory.
 */
export function oomKillCounter(): () => number | null {
  const membership = parseProcCgroup(read('/proc/self/cgroup') ?? '');
  const mounts = parseCgroupMounts(read('/proc/self/mountinfo') ?? '');
  const v1 = mounts.find((m) => m.fsType === 'cgroup' && m.superOptions.includes('memory'));
  const v1Path = membership.v1.get('memory');
  let file: string | null = null;
  if (v1 && v1Path !== undefined)
    file = path.join(cgroupChain(v1, v1Path)[0]!, 'memory.oom_control');
  const v2 = mounts.find((m) => m.fsType === 'cgroup2');
  if (!file && v2 && membership.v2 !== null)
    file = path.join(cgroupChain(v2, membership.v2)[0]!, 'memory.events');
  return () => {
    const match = file ? /^oom_kill (\d+)$/m.exec(read(file) ?? '') : null;
    return match ? Number(match[1]) : null;
  };
}
