import {
  parseCgroupMounts,
  parseProcCgroup,
  readCgroupCpuQuota,
  readCgroupMemory,
  type ReadFile,
} from './cgroup.js';
import { detectContainer } from './container.js';
import { countCpuList, parseAffinity, parseMeminfo, parseProcLimits } from './proc-files.js';
import { effectiveCpus, type Disk } from './combine.js';
import type { Probe } from './types.js';

/**
 * What a Linux machine offers this process, from the kernel's own files. `read` is rooted at `/`
 * on the machine and at a fixture directory in tests.
 */
export function probeLinux(
  read: ReadFile,
  disk: Disk,
  env: Record<string, string | undefined> = {},
): Probe {
  const notes: string[] = [];
  const meminfo = parseMeminfo(read('/proc/meminfo') ?? '');
  const totalBytes = meminfo.get('MemTotal') ?? 0;
  let availableBytes = meminfo.get('MemAvailable');
  if (availableBytes === undefined) {
    availableBytes = (meminfo.get('MemFree') ?? 0) + (meminfo.get('Cached') ?? 0);
    notes.push(
      'MemAvailable is missing from /proc/meminfo (kernel before 3.14): used MemFree + Cached.',
    );
  }

  const membership = parseProcCgroup(read('/proc/self/cgroup') ?? '');
  const mounts = parseCgroupMounts(read('/proc/self/mountinfo') ?? '');
  const cgroup = readCgroupMemory(read, membership, mounts);
  if (!cgroup)
    notes.push(
      'No cgroup memory controller found for this process: only the machine limits apply.',
    );

  const swapTotal = meminfo.get('SwapTotal') ?? null;
  const swapFree = meminfo.get('SwapFree') ?? null;
  const swapCap = cgroup?.swapCapBytes ?? null;

  const limitsText = read('/proc/self/limits');
  if (limitsText === undefined)
    notes.push('/proc/self/limits is unreadable: per-process limits unknown.');

  const online = countCpuList(read('/sys/devices/system/cpu/online') ?? '') ?? 1;
  const affinity = parseAffinity(read('/proc/self/status') ?? '');
  const quota = readCgroupCpuQuota(read, membership, mounts);

  return {
    platform: 'linux',
    memory: {
      totalBytes,
      availableBytes,
      cgroupLimitBytes: cgroup?.limitBytes ?? null,
      cgroupHighBytes: cgroup?.highBytes ?? null,
      cgroupAvailableBytes: cgroup?.availableBytes ?? null,
      effectiveBytes: Math.min(availableBytes, cgroup?.availableBytes ?? Infinity),
    },
    swap: {
      totalBytes: swapTotal,
      freeBytes: swapFree,
      usableBytes: swapFree === null ? null : Math.min(swapFree, swapCap ?? Infinity),
    },
    limits: parseProcLimits(limitsText ?? ''),
    cpus: { online, affinity, quota, effective: effectiveCpus(online, affinity, quota) },
    disk,
    cgroup: cgroup ? { version: cgroup.version, path: cgroup.path } : null,
    container: detectContainer(read, env),
    notes,
  };
}
