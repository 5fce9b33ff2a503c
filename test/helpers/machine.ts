import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { readFileSync } from 'node:fs';

// What a test may not assume about the machine it runs on, read from the machine itself: how
// many CPUs this process may run on, and whether the host has swap on.

/** The CPUs this process may run on (its affinity), in order: `0-3,6` → [0, 1, 2, 3, 6]. */
export function allowedCpus(): number[] {
  const list = /^Cpus_allowed_list:\s*(\S+)$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return (list?.[1] ?? '').split(',').flatMap((range) => {
    const [first, last = first] = range.split('-').map(Number);
    return Array.from({ length: last! - first! + 1 }, (_, i) => first! + i);
  });
}

/**
 * The prefix that runs a command on exactly `count` CPUs (util-linux's taskset), so a test that
 * expects what a `count`-CPU machine plans holds on bigger machines too; null when this machine
 * has fewer (the test skips, saying so).
 */
export function onCpus(count: number): string[] | null {
  const cpus = allowedCpus().slice(0, count);
  return cpus.length < count ? null : ['taskset', '--cpu-list', cpus.join(',')];
}

/** For a test's name: why it was skipped where the machine has fewer than `count` CPUs. */
export const needsCpus = (count: number): string =>
  onCpus(count)
    ? ''
    : ` (skipped: needs ${count} CPUs, this process may use ${allowedCpus().length})`;

/** SwapTotal from /proc/meminfo, in bytes: swap the host has on, which a cgroup may use. */
export function hostSwapBytes(): number {
  const kib = /^SwapTotal:\s+(\d+) kB$/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1];
  return Number(kib ?? 0) * 1024;
}

/** For a test's name: why a test of the swap wheelwright adds was skipped on a host with swap on. */
export const needsNoHostSwap = (): string =>
  hostSwapBytes() > 0
    ? ` (skipped: the host has ${Math.round(hostSwapBytes() / 2 ** 20)} MiB of swap on, and what wheelwright adds is measured where there is none)`
    : '';

/** The kernel's page size (4 KiB on x86-64, 4, 16 or 64 KiB on arm64 and ppc64). */
export function pageSize(): number {
  return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim());
}

/** This machine's architecture as wheel tags spell it (`uname -m`): x86_64, aarch64, … */
export const ARCH = os.machine();

/** For a test's name: why it was skipped on a machine of another architecture than `arch`. */
export const needsArch = (arch: string): string =>
  ARCH === arch ? '' : ` (skipped: needs ${arch}, this machine is ${ARCH})`;

/** The platform tag of a wheel built here and not repaired: linux_x86_64, linux_aarch64. */
export const LINUX_TAG = `linux_${ARCH}`;

/** The oldest manylinux tags of this architecture (PEP 513, 599, 600), joined as wheel names join them. */
export const OLDEST_MANYLINUX =
  ARCH === 'x86_64' || ARCH === 'i686'
    ? `manylinux1_${ARCH}.manylinux_2_5_${ARCH}`
    : `manylinux2014_${ARCH}.manylinux_2_17_${ARCH}`;

/** Debian's multiarch triplet, as Python's extension suffixes and /usr/lib spell it. */
export function multiarch(): string {
  return execFileSync(
    '/usr/bin/python3',
    ['-c', 'import sysconfig; print(sysconfig.get_config_var("MULTIARCH"))'],
    { encoding: 'utf8' },
  ).trim();
}
