import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ownCgroup } from '../../src/probe/cgroup.js';
import { readIfPresent } from '../../src/probe/read-file.js';
import { runAsync, type Ran } from './run.js';

/** This process's own cgroup v1 memory directory: test cgroups nest under it. */
export function ownMemoryCgroup(): string {
  const own = ownCgroup(readIfPresent, 'memory');
  if (own?.version !== 1) {
    throw new Error(
      'these tests need a cgroup v1 memory controller (see /proc/self/cgroup and mountinfo)',
    );
  }
  return own.dir;
}

export interface MemoryCgroup {
  dir: string;
  /**
   * Runs argv with its process moved into this cgroup first; without blocking the test worker,
   * since heavy compiles here take tens of seconds.
   */
  run(argv: string[], env?: NodeJS.ProcessEnv): Promise<Ran>;
  /** Counts of OOM kills the kernel recorded here. */
  oomKills(): number;
}

export interface CgroupLimits {
  memoryBytes: number;
  /** Memory plus swap; omitted leaves it unlimited. */
  memswBytes?: number;
  /**
   * Whether the cgroup's processes may be swapped out (the swap wheelwright adds, or the
   * host's). Unless true, `memory.swappiness` is 0, which in a v1 cgroup's own limit reclaim
   * forbids swapping altogether: the limit is a real runner's memory whether or not the host
   * has swap on.
   */
  swappable?: boolean;
}

/**
 * A real, memory-limited cgroup v1 child for the duration of `fn`, removed afterwards even when
 * `fn` fails: its remaining processes go back to the parent, then the directory is removed.
 */
export async function withMemoryCgroup<T>(
  limits: CgroupLimits,
  fn: (cgroup: MemoryCgroup) => Promise<T> | T,
): Promise<T> {
  const parent = ownMemoryCgroup();
  const dir = path.join(parent, `wheelwright-test-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir);
  try {
    writeFileSync(path.join(dir, 'memory.limit_in_bytes'), String(limits.memoryBytes));
    if (!limits.swappable) writeFileSync(path.join(dir, 'memory.swappiness'), '0');
    if (limits.memswBytes !== undefined) {
      writeFileSync(path.join(dir, 'memory.memsw.limit_in_bytes'), String(limits.memswBytes));
    }
    return await fn({
      dir,
      run: (argv, env) =>
        runAsync(['/bin/sh', '-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', dir, ...argv], {
          env,
        }),
      oomKills: () =>
        Number(
          /^oom_kill (\d+)$/m.exec(
            readFileSync(path.join(dir, 'memory.oom_control'), 'utf8'),
          )?.[1] ?? 0,
        ),
    });
  } finally {
    removeCgroup(dir, parent);
  }
}

function removeCgroup(dir: string, parent: string): void {
  if (!existsSync(dir)) return;
  for (const pid of readFileSync(path.join(dir, 'cgroup.procs'), 'utf8')
    .split('\n')
    .filter(Boolean)) {
    try {
      writeFileSync(path.join(parent, 'cgroup.procs'), pid);
    } catch {
      // the process ended meanwhile
    }
  }
  for (let attempt = 0; ; attempt++) {
    try {
      rmdirSync(dir);
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}
