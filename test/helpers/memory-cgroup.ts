import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ownCgroup } from '../../src/probe/cgroup.js';
import { readIfPresent } from '../../src/probe/read-file.js';
import { hostSwapBytes } from './machine.js';
import { run, runAsync, type Ran } from './run.js';

/** Where test cgroups are made: under a directory of the hierarchy that holds the memory controller. */
type Support = { version: 1 | 2; parent: string } | { missing: string };

let support: Support | undefined;

/** How this machine lets a test make a memory-limited cgroup, found once per test file. */
function memoryCgroupSupport(): Support {
  support ??= findSupport();
  return support;
}

function findSupport(): Support {
  const own = ownCgroup(readIfPresent, 'memory');
  if (!own) {
    return {
      missing:
        'a memory cgroup controller (neither a cgroup v1 memory hierarchy nor cgroup v2 in /proc/self/cgroup and mountinfo)',
    };
  }
  if (own.version === 2) return v2Parent(own.dir);
  const refused = cannotCreateUnder(own.dir);
  return refused
    ? { missing: `a cgroup v1 memory directory to create in (${refused})` }
    : { version: 1, parent: own.dir };
}

/** Why a child cgroup cannot be made under `dir` (tried with one made and removed), or null. */
function cannotCreateUnder(dir: string): string | null {
  const probe = path.join(dir, `wheelwright-probe-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(probe);
    rmdirSync(probe);
    return null;
  } catch (error) {
    return `${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
}

const words = (file: string): string[] => (readIfPresent(file) ?? '').trim().split(/\s+/);

/*
 * cgroup v2. NOT RUN on the machine these tests were written on: its memory controller is bound
 * to cgroup v1, and its cgroup2 mount (/sys/fs/cgroup/unified) has no memory controller; this
 * branch follows the kernel's Documentation/admin-guide/cgroup-v2.rst and has not been exercised.
 *
 * A child gets the memory controller only when its parent lists memory in
 * cgroup.subtree_control, and a non-root cgroup that has processes of its own may not enable
 * controllers for its children ("no internal processes"): this process's own cgroup is tried
 * first, then its ancestors up to the mount's root. Memory is left enabled where it was enabled:
 * taking it away again would take it from any other test's cgroup made there meanwhile.
 */
function v2Parent(own: string): Support {
  const refusals: string[] = [];
  for (let dir = own; existsSync(path.join(dir, 'cgroup.controllers')); dir = path.dirname(dir)) {
    if (!words(path.join(dir, 'cgroup.controllers')).includes('memory')) {
      refusals.push(`${dir}: no memory in cgroup.controllers`);
      continue;
    }
    const subtree = path.join(dir, 'cgroup.subtree_control');
    if (!words(subtree).includes('memory')) {
      try {
        writeFileSync(subtree, '+memory');
      } catch (error) {
        refusals.push(
          `${dir}: +memory in cgroup.subtree_control: ${(error as NodeJS.ErrnoException).code}`,
        );
        continue;
      }
    }
    const refused = cannotCreateUnder(dir);
    if (!refused) return { version: 2, parent: dir };
    refusals.push(refused);
  }
  return {
    missing: `a cgroup v2 directory that gives a child the memory controller (${refusals.join('; ')})`,
  };
}

/** Whether this machine lets a test make a memory-limited cgroup (tests skip otherwise). */
export const hasMemoryCgroup = (): boolean => !('missing' in memoryCgroupSupport());

/** For a test's name: why it was skipped where no memory-limited cgroup can be made. */
export function needsMemoryCgroup(): string {
  const found = memoryCgroupSupport();
  return 'missing' in found ? ` (skipped: needs ${found.missing})` : '';
}

export interface MemoryCgroup {
  dir: string;
  version: 1 | 2;
  /** The file whose `oom_kill N` line counts the kernel's OOM kills here. */
  oomCounterFile: string;
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
   * host's). Unless true, they may not: in v1 `memory.swappiness` is 0, which in a cgroup's own
   * limit reclaim forbids swapping altogether; in v2 `memory.swap.max` is 0. The limit is then a
   * real runner's memory whether or not the host has swap on.
   */
  swappable?: boolean;
}

function limitV1(dir: string, limits: CgroupLimits): void {
  writeFileSync(path.join(dir, 'memory.limit_in_bytes'), String(limits.memoryBytes));
  if (!limits.swappable) writeFileSync(path.join(dir, 'memory.swappiness'), '0');
  if (limits.memswBytes !== undefined) {
    writeFileSync(path.join(dir, 'memory.memsw.limit_in_bytes'), String(limits.memswBytes));
  }
}

// cgroup v2, not run here (see v2Parent): memory.swap.max caps swap alone, not memory plus swap.
function limitV2(dir: string, limits: CgroupLimits): void {
  writeFileSync(path.join(dir, 'memory.max'), String(limits.memoryBytes));
  const swapMax =
    limits.memswBytes !== undefined
      ? Math.max(0, limits.memswBytes - limits.memoryBytes)
      : limits.swappable
        ? null
        : 0;
  if (swapMax === null) return;
  const file = path.join(dir, 'memory.swap.max');
  // without swap accounting the file is absent, and only swap on the host could break the limit
  if (existsSync(file)) writeFileSync(file, String(swapMax));
  else if (hostSwapBytes() > 0) {
    throw new Error(`${file} is missing (no swap accounting) while the host has swap on`);
  }
}

/**
 * A real, memory-limited cgroup (v1 or v2, as the machine has it) for the duration of `fn`,
 * removed afterwards even when `fn` fails. Tests check hasMemoryCgroup() first.
 */
export async function withMemoryCgroup<T>(
  limits: CgroupLimits,
  fn: (cgroup: MemoryCgroup) => Promise<T> | T,
): Promise<T> {
  const found = memoryCgroupSupport();
  if ('missing' in found) throw new Error(`this test needs ${found.missing}`);
  const { version, parent } = found;
  const dir = path.join(parent, `wheelwright-test-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir);
  try {
    (version === 1 ? limitV1 : limitV2)(dir, limits);
    const oomCounterFile = path.join(dir, version === 1 ? 'memory.oom_control' : 'memory.events');
    return await fn({
      dir,
      version,
      oomCounterFile,
      run: (argv, env) =>
        runAsync(['/bin/sh', '-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', dir, ...argv], {
          env,
        }),
      oomKills: () =>
        Number(/^oom_kill (\d+)$/m.exec(readFileSync(oomCounterFile, 'utf8'))?.[1] ?? 0),
    });
  } finally {
    removeCgroup(dir, version, parent);
  }
}

const pidsIn = (dir: string): string[] =>
  readFileSync(path.join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean);

/**
 * Empties the cgroup and removes it. v1 moves what is left to the parent; v2 cannot (a parent
 * with the memory controller enabled for its children may hold no processes), so what is left
 * is killed: only the test's own commands ran there.
 */
function removeCgroup(dir: string, version: 1 | 2, parent: string): void {
  if (!existsSync(dir)) return;
  for (const pid of pidsIn(dir)) {
    try {
      if (version === 1) writeFileSync(path.join(parent, 'cgroup.procs'), pid);
      else process.kill(Number(pid), 'SIGKILL');
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

/**
 * A copy of `pkg` at `copy` built as a user would without wheelwright, `setup.py build_ext` with
 * `buildExtArgs`, inside the cgroup: what the memory tests compare wheelwright's build with.
 */
export async function buildPlainly(
  cgroup: MemoryCgroup,
  pkg: string,
  copy: string,
  buildExtArgs: string[] = [],
): Promise<Ran> {
  run(['cp', '-r', pkg, copy]);
  return cgroup.run([
    '/bin/sh',
    '-c',
    'cd "$0" && exec /usr/bin/python3 setup.py build_ext "$@"',
    copy,
    ...buildExtArgs,
  ]);
}
