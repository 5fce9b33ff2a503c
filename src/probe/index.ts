import { execFileSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import os from 'node:os';
import type { Disk } from './combine.js';
import { probeDarwin } from './darwin.js';
import { probeLinux } from './linux.js';
import { readIfPresent } from './read-file.js';
import { probeFromNode } from './other.js';
import type { Probe } from './types.js';

export type { Probe } from './types.js';

function diskAt(dir: string): Disk {
  try {
    const stats = statfsSync(dir);
    return { path: dir, freeBytes: stats.bavail * stats.bsize };
  } catch {
    return { path: dir, freeBytes: null };
  }
}

const run = (file: string, args: string[]): string => {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
};

/** Reads what this machine offers a build that runs in `workDir`. */
export function probe(
  workDir: string,
  env: Record<string, string | undefined> = process.env,
): Probe {
  const disk = diskAt(workDir);
  if (process.platform === 'linux') return probeLinux(readIfPresent, disk, env);
  if (process.platform === 'darwin') {
    return probeDarwin(
      {
        sysctl: run('/usr/sbin/sysctl', ['hw.memsize', 'hw.logicalcpu', 'hw.ncpu', 'vm.swapusage']),
        vmStat: run('/usr/bin/vm_stat', []),
        ulimit: run('/bin/sh', ['-c', 'for o in d v m; do ulimit -S -$o; ulimit -H -$o; done']),
      },
      disk,
    );
  }
  return probeFromNode(
    {
      platform: process.platform,
      totalBytes: os.totalmem(),
      freeBytes: os.freemem(),
      cpus: os.availableParallelism(),
    },
    disk,
  );
}
