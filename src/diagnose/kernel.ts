import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { ownCgroup, type ReadFile } from '../probe/cgroup.js';
import { readIfPresent } from '../probe/read-file.js';
import type { KernelEvidence } from './classify.js';

const execFileAsync = promisify(execFile);

/**
 * The file holding the OOM-kill counter of this process's memory cgroup: v1 `memory.oom_control`,
 * else v2 `memory.events`; null where neither can be found.
 */
export function oomCounterFile(read: ReadFile = readIfPresent): string | null {
  const own = ownCgroup(read, 'memory');
  if (!own) return null;
  return path.join(own.dir, own.version === 1 ? 'memory.oom_control' : 'memory.events');
}

/** The `oom_kill N` line both cgroup versions write; null when the file or the line is missing. */
export function parseOomKills(text: string | undefined): number | null {
  const match = /^oom_kill (\d+)$/m.exec(text ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * The kernel's log where this process may read it: `dmesg`, else `journalctl -k`. Read without
 * blocking: a fork of the whole node process for a synchronous run took 10 ms here on a quiet
 * machine and 0.16 s on a busy one.
 */
export async function readKernelLog(): Promise<string | null> {
  for (const argv of [['dmesg'], ['journalctl', '-k', '--no-pager', '-q', '-n', '5000']]) {
    try {
      const { stdout } = await execFileAsync(argv[0]!, argv.slice(1), {
        encoding: 'utf8',
        timeout: 10_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      if (stdout) return stdout;
    } catch {
      // not installed, or not allowed here: try the next source
    }
  }
  return null;
}

const MEMCG_KILL = /\boom-kill:.*\btask_memcg=([^,\s]+).*\bpid=(\d+)/;
const KILLED_PROCESS = /\bKilled process (\d+) \(/;

/**
 * The kernel log without the OOM kills of other cgroups' processes: the log is the whole
 * machine's, and on a host that runs other jobs (self-hosted runners, containers side by side,
 * other tests) their kills are not this build's. A kill the kernel attributes (its oom-kill line's
 * task_memcg) counts when that is `cgroupPath` or below it. The kernel rate-limits those lines
 * and keeps printing only `Killed process N (…)`: such a kill counts unless this cgroup's own
 * oom_kill counter shows that none happened here (`counterRose` false). Without a cgroup path,
 * all count.
 */
export function withoutOthersKills(
  log: string,
  cgroupPath: string | null,
  counterRose: boolean | null,
): string {
  if (cgroupPath === null || cgroupPath === '/') return log;
  const lines = log.split('\n');
  const ours = (memcg: string) => memcg === cgroupPath || memcg.startsWith(`${cgroupPath}/`);
  const attributed = new Map<string, boolean>();
  for (const line of lines) {
    const kill = MEMCG_KILL.exec(line);
    if (kill) attributed.set(kill[2]!, ours(kill[1]!));
  }
  return lines
    .filter((line) => {
      const kill = MEMCG_KILL.exec(line);
      if (kill) return ours(kill[1]!);
      const killed = KILLED_PROCESS.exec(line);
      if (!killed) return true;
      return attributed.get(killed[1]!) ?? counterRose !== false;
    })
    .join('\n');
}

export interface KernelWatch {
  /** What the kernel recorded since the watch began. */
  finish(): Promise<KernelEvidence>;
}

/**
 * Starts watching the kernel around a build: the OOM-kill counter before and after, and the
 * kernel log lines written meanwhile (the lines after the last one seen at the start). Settles
 * once the start is read: begin the builds after that.
 */
export async function watchKernel(
  options: {
    counterFile?: string | null;
    read?: ReadFile;
    kernelLog?: () => Promise<string | null>;
  } = {},
): Promise<KernelWatch> {
  const read = options.read ?? readIfPresent;
  const counterFile =
    options.counterFile === undefined ? oomCounterFile(read) : options.counterFile;
  const kernelLog = options.kernelLog ?? readKernelLog;
  const cgroupPath = ownCgroup(read, 'memory')?.path ?? null;
  const count = (): number | null => (counterFile ? parseOomKills(read(counterFile)) : null);
  const before = count();
  const lastLine = ((await kernelLog()) ?? '').trimEnd().split('\n').at(-1) ?? '';
  return {
    async finish() {
      const evidence: KernelEvidence = {};
      const after = count();
      if (before !== null && after !== null) {
        evidence.oomKillsBefore = before;
        evidence.oomKillsAfter = after;
      }
      const log = await kernelLog();
      if (log !== null) {
        const lines = log.trimEnd().split('\n');
        // compared without trailing blanks: the last line was read trimmed, and the kernel ends
        // some lines with a space ("Adding 262140k swap on … across:376828k ")
        const start = lastLine ? lines.map((line) => line.trimEnd()).lastIndexOf(lastLine) + 1 : 0;
        const rose = before !== null && after !== null ? after > before : null;
        evidence.kernelLog = withoutOthersKills(lines.slice(start).join('\n'), cgroupPath, rose);
      }
      return evidence;
    },
  };
}
