import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cgroupChain, parseCgroupMounts, parseProcCgroup, type ReadFile } from '../probe/cgroup.js';
import type { KernelEvidence } from './classify.js';

const readOrUndefined: ReadFile = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * The file holding the OOM-kill counter of this process's memory cgroup: v1 `memory.oom_control`,
 * else v2 `memory.events`; null where neither can be found.
 */
export function oomCounterFile(read: ReadFile = readOrUndefined): string | null {
  const membership = parseProcCgroup(read('/proc/self/cgroup') ?? '');
  const mounts = parseCgroupMounts(read('/proc/self/mountinfo') ?? '');
  const v1Path = membership.v1.get('memory');
  const v1 = mounts.find((m) => m.fsType === 'cgroup' && m.superOptions.includes('memory'));
  if (v1 && v1Path !== undefined)
    return path.join(cgroupChain(v1, v1Path)[0]!, 'memory.oom_control');
  const v2 = mounts.find((m) => m.fsType === 'cgroup2');
  if (v2 && membership.v2 !== null)
    return path.join(cgroupChain(v2, membership.v2)[0]!, 'memory.events');
  return null;
}

/** The `oom_kill N` line both cgroup versions write; null when the file or the line is missing. */
export function parseOomKills(text: string | undefined): number | null {
  const match = /^oom_kill (\d+)$/m.exec(text ?? '');
  return match ? Number(match[1]) : null;
}

/** The kernel's log where this process may read it: `dmesg`, else `journalctl -k`. */
export function readKernelLog(): string | null {
  for (const argv of [['dmesg'], ['journalctl', '-k', '--no-pager', '-q', '-n', '5000']]) {
    try {
      const result = spawnSync(argv[0]!, argv.slice(1), {
        encoding: 'utf8',
        timeout: 10_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      if (result.status === 0 && result.stdout) return result.stdout;
    } catch {
      // not installed, or not allowed here: try the next source
    }
  }
  return null;
}

export interface KernelWatch {
  /** What the kernel recorded since the watch began. */
  finish(): KernelEvidence;
}

/**
 * Starts watching the kernel around a build: the OOM-kill counter before and after, and the
 * kernel log lines written meanwhile (the lines after the last one seen at the start).
 */
export function watchKernel(
  options: { counterFile?: string | null; read?: ReadFile; kernelLog?: () => string | null } = {},
): KernelWatch {
  const read = options.read ?? readOrUndefined;
  const counterFile =
    options.counterFile === undefined ? oomCounterFile(read) : options.counterFile;
  const kernelLog = options.kernelLog ?? readKernelLog;
  const count = (): number | null => (counterFile ? parseOomKills(read(counterFile)) : null);
  const before = count();
  const lastLine = (kernelLog() ?? '').trimEnd().split('\n').at(-1) ?? '';
  return {
    finish() {
      const evidence: KernelEvidence = {};
      const after = count();
      if (before !== null && after !== null) {
        evidence.oomKillsBefore = before;
        evidence.oomKillsAfter = after;
      }
      const log = kernelLog();
      if (log !== null) {
        const lines = log.trimEnd().split('\n');
        const start = lastLine ? lines.lastIndexOf(lastLine) + 1 : 0;
        evidence.kernelLog = lines.slice(start).join('\n');
      }
      return evidence;
    },
  };
}
