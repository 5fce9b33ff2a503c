import { effectiveCpus, type Disk } from './combine.js';
import { parseSize } from '../config/size.js';
import type { Probe, Rlimit } from './types.js';

/** `sysctl name…` output: `name: value` lines. */
export function parseSysctl(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([\w.]+):\s*(.*)$/.exec(line.trim());
    if (match) values.set(match[1]!, match[2]!);
  }
  return values;
}

/** `vm.swapusage: total = 2048.00M  used = 1045.75M  free = 1002.25M  (encrypted)` → bytes. */
export function parseSwapUsage(value: string): { total: number; free: number } | null {
  const total = /total = ([\d.]+[KMGT]?)/.exec(value)?.[1];
  const free = /free = ([\d.]+[KMGT]?)/.exec(value)?.[1];
  if (total === undefined || free === undefined) return null;
  return { total: parseSize(total) ?? 0, free: parseSize(free) ?? 0 };
}

/**
 * Memory the system can hand out without paging, from `vm_stat`: free, speculative and inactive
 * pages, the way Activity Monitor counts memory that is not under pressure.
 */
export function parseVmStat(text: string): number | null {
  const pageSize = Number(/page size of (\d+) bytes/.exec(text)?.[1] ?? NaN);
  if (!Number.isFinite(pageSize)) return null;
  const pages = (name: string) =>
    Number(new RegExp(`^Pages ${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return (pages('free') + pages('speculative') + pages('inactive')) * pageSize;
}

/** Six lines of `ulimit -S/-H` for -d, -v, -m, in KiB or `unlimited`. */
export function parseUlimits(text: string): { data: Rlimit; as: Rlimit; rss: Rlimit } {
  const values = text
    .trim()
    .split('\n')
    .map((line) => (/^\d+$/.test(line.trim()) ? Number(line.trim()) * 1024 : null));
  const pair = (at: number): Rlimit => ({ soft: values[at] ?? null, hard: values[at + 1] ?? null });
  return { data: pair(0), as: pair(2), rss: pair(4) };
}

export interface DarwinOutputs {
  sysctl: string;
  vmStat: string;
  ulimit: string;
}

export function probeDarwin(outputs: DarwinOutputs, disk: Disk): Probe {
  const sysctl = parseSysctl(outputs.sysctl);
  const totalBytes = Number(sysctl.get('hw.memsize') ?? 0);
  const availableBytes = parseVmStat(outputs.vmStat) ?? totalBytes;
  const swap = parseSwapUsage(sysctl.get('vm.swapusage') ?? '');
  const online = Number(sysctl.get('hw.logicalcpu') ?? sysctl.get('hw.ncpu') ?? 1);
  return {
    platform: 'darwin',
    memory: {
      totalBytes,
      availableBytes,
      cgroupLimitBytes: null,
      cgroupHighBytes: null,
      cgroupAvailableBytes: null,
      effectiveBytes: availableBytes,
    },
    // macOS grows its swap files on demand: what is free now is not a ceiling.
    swap: {
      totalBytes: swap?.total ?? null,
      freeBytes: swap?.free ?? null,
      usableBytes: swap?.free ?? null,
    },
    limits: parseUlimits(outputs.ulimit),
    cpus: { online, affinity: null, quota: null, effective: effectiveCpus(online, null, null) },
    disk,
    cgroup: null,
    container: null,
    notes: ['macOS manages swap itself (dynamic swap files): usable swap is what is free now.'],
  };
}
