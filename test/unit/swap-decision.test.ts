import { describe, expect, it } from 'vitest';
import { makePlan } from '../../src/plan/plan.js';
import type { Privilege } from '../../src/provision/privilege.js';
import { decideSwap, type SwapDecisionInput } from '../../src/provision/swap-decision.js';
import type { SwapNeed } from '../../src/provision/swap-need.js';
import type { PlaceFacts } from '../../src/provision/swap-places.js';
import { probeWith } from '../helpers/probe.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const EXT4 = 0xef53;
const TMPFS = 0x01021994;

const disk = (dir: string, freeBytes = 50 * GiB, fsType = EXT4): PlaceFacts => ({
  dir,
  fsType,
  freeBytes,
  error: null,
});
const root: Privilege = { kind: 'root' };

/** A plan of `jobs` compiles at once, each file estimated at `each`, under `budget`. */
function need(jobs: number, each: number[], budget: number, usableSwapBytes = 0): SwapNeed {
  return {
    plan: {
      jobs,
      budgetBytes: budget,
      estimates: each.map((estimateBytes, i) => ({ file: `src/f${i}.c`, estimateBytes })),
    },
    builds: 1,
    usableSwapBytes,
  };
}

function decide(input: Partial<SwapDecisionInput>) {
  return decideSwap({
    request: 'auto',
    need: null,
    platform: 'linux',
    privilege: root,
    cgroup: { version: 1, capBytes: null },
    container: null,
    permission: { sysAdmin: true, hostUserNamespace: true },
    places: [disk('/var/tmp')],
    ...input,
  });
}

describe('decideSwap: a size', () => {
  it('adds exactly the size asked for, in the first directory on a disk', () => {
    const decision = decide({ request: 256 * MiB, places: [disk('/tmp'), disk('/var/tmp')] });
    expect(decision).toMatchObject({ action: 'add', bytes: 256 * MiB, dir: '/tmp', jobs: null });
    expect(decision.reason).toBe('swap: 256 MiB in /tmp: as asked');
  });

  it('rounds an odd size up to a whole MiB', () => {
    expect(decide({ request: 300 * MiB + 1 })).toMatchObject({ bytes: 301 * MiB });
  });

  it('refuses less than a MiB', () => {
    const decision = decide({ request: 4096 });
    expect(decision).toMatchObject({ action: 'none', level: 'warning' });
    expect(decision.reason).toBe(
      'swap: 4096 bytes is too small to be swap (at least 1.0 MiB): none added',
    );
  });

  it('passes over tmpfs, saying why, and takes the next directory on a disk', () => {
    const decision = decide({
      request: GiB,
      places: [disk('/run/ww', 8 * GiB, TMPFS), disk('/var/tmp')],
    });
    expect(decision).toMatchObject({ action: 'add', dir: '/var/tmp' });
    expect(decision.notes).toEqual([
      '/run/ww is on tmpfs: it keeps its files in memory: swapon refuses swap files there, and swap kept in memory would free none',
      'the swap file goes to /var/tmp instead',
    ]);
  });

  it('keeps the disk margin free, and adds nothing when no directory has room', () => {
    // 4 GiB free keeps 2 GiB: 2 GiB fit, 3 GiB do not.
    expect(decide({ request: 2 * GiB, places: [disk('/d', 4 * GiB)] })).toMatchObject({
      action: 'add',
    });
    const decision = decide({
      request: 3 * GiB,
      places: [
        disk('/d', 4 * GiB),
        { dir: '/gone', fsType: null, freeBytes: null, error: 'ENOENT' },
      ],
    });
    expect(decision).toMatchObject({ action: 'none', level: 'warning' });
    expect(decision.reason).toBe(
      'swap: none added: no directory on a disk has room for 3.0 GiB of swap',
    );
    expect(decision.notes).toEqual([
      '/d has 4.0 GiB free; less the 2.0 GiB kept for the build, 2.0 GiB is left, short of 3.0 GiB',
      '/gone cannot be used: ENOENT',
    ]);
  });

  it('keeps a tenth of a large disk free', () => {
    // 100 GiB free keeps 10 GiB.
    expect(decide({ request: 90 * GiB, places: [disk('/d', 100 * GiB)] })).toMatchObject({
      action: 'add',
    });
    expect(decide({ request: 91 * GiB, places: [disk('/d', 100 * GiB)] })).toMatchObject({
      action: 'none',
    });
  });

  it('says what was needed when there is neither root nor sudo -n', () => {
    const decision = decide({
      request: 256 * MiB,
      privilege: { kind: 'none', uid: 1001, why: 'sudo: a password is required' },
    });
    expect(decision).toMatchObject({ action: 'none', level: 'warning', jobs: null });
    expect(decision.reason).toBe(
      'swap: none added: adding swap needs root (for mkswap and swapon), and wheelwright runs as uid 1001 without sudo that works without a password (sudo -n: sudo: a password is required)',
    );
  });
});

describe('decideSwap: auto', () => {
  it('adds nothing when the compiles planned at once fit the budget', () => {
    const decision = decide({ need: need(2, [GiB, GiB], 3 * GiB) });
    expect(decision).toMatchObject({ action: 'none', level: 'info', jobs: null });
    expect(decision.reason).toBe(
      'swap: not needed: the 2 compiles planned at once need ~2.0 GiB, within the 3.0 GiB budget',
    );
  });

  it('adds nothing when no sources were found', () => {
    expect(decide({ need: need(2, [], 3 * GiB) }).reason).toBe(
      'swap: not needed: no C/C++ sources were found to estimate',
    );
  });

  it('covers what the planned compiles need beyond the budget, in whole GiB', () => {
    // 4 compiles of 1.5 GiB = 6 GiB against 4 GiB: 2 GiB short.
    const decision = decide({
      need: need(4, [1.5 * GiB, 1.5 * GiB, 1.5 * GiB, 1.5 * GiB], 4 * GiB),
    });
    expect(decision).toMatchObject({ action: 'add', bytes: 2 * GiB, jobs: 4, jobsWithout: 2 });
    expect(decision.reason).toBe(
      'swap: 2.0 GiB in /var/tmp: the 4 compiles planned at once need ~6.0 GiB, 2.0 GiB over the 4.0 GiB budget',
    );
    // 2.1 GiB short rounds up to 3 GiB.
    expect(decide({ need: need(1, [6.1 * GiB], 4 * GiB) })).toMatchObject({ bytes: 3 * GiB });
  });

  it('adds at least 1 GiB', () => {
    expect(decide({ need: need(1, [4 * GiB + 10 * MiB], 4 * GiB) })).toMatchObject({
      action: 'add',
      bytes: GiB,
    });
  });

  it('counts the usable swap already there', () => {
    const covered = decide({ need: need(1, [5 * GiB], 4 * GiB, 3 * GiB) });
    expect(covered).toMatchObject({ action: 'none', level: 'info' });
    expect(covered.reason).toBe(
      'swap: not needed: the 1 compile planned at once needs ~5.0 GiB, 1.0 GiB over the 4.0 GiB budget, and the 3.0 GiB of usable swap already there covers it',
    );
    const partly = decide({ need: need(1, [8.5 * GiB], 4 * GiB, 3 * GiB) });
    expect(partly).toMatchObject({ action: 'add', bytes: 2 * GiB });
    expect(partly.reason).toContain('less the 3.0 GiB of usable swap already there');
  });

  it('counts a file once per build that may compile it at once', () => {
    const plan = need(3, [2 * GiB, 100 * MiB], 3 * GiB);
    // One build: 2 GiB + 100 MiB fit; three builds may each compile the 2 GiB file: 6 GiB.
    expect(decide({ need: plan })).toMatchObject({ action: 'none' });
    expect(decide({ need: { ...plan, builds: 3 } })).toMatchObject({
      action: 'add',
      bytes: 3 * GiB,
    });
  });

  it('adds nothing and runs fewer compiles when the cgroup may not use swap (v1)', () => {
    const decision = decide({
      need: need(4, [GiB, GiB, GiB, GiB], 2 * GiB),
      cgroup: { version: 1, capBytes: 0 },
    });
    expect(decision).toMatchObject({ action: 'none', level: 'warning', jobs: 2 });
    expect(decision.reason).toBe(
      'swap: none added: cgroup v1 memory.memsw.limit_in_bytes equals memory.limit_in_bytes, so this process may not use swap and swap added to the machine would not help its compiles; running 2 compiles at once instead of 4',
    );
  });

  it('names memory.swap.max on cgroup v2', () => {
    expect(decide({ request: GiB, cgroup: { version: 2, capBytes: 0 } }).reason).toContain(
      'cgroup v2 memory.swap.max is 0',
    );
  });

  it('adds no more than the cgroup may use', () => {
    const decision = decide({
      need: need(1, [8 * GiB], 4 * GiB),
      cgroup: { version: 2, capBytes: 1536 * MiB },
    });
    expect(decision).toMatchObject({ action: 'add', bytes: 1536 * MiB, jobs: 1 });
    expect(decision.notes).toContain(
      "this process's cgroup may use only 1.5 GiB of swap: no more is added",
    );
    expect(
      decide({ need: need(1, [8 * GiB], 4 * GiB), cgroup: { version: 2, capBytes: 100 * MiB } }),
    ).toMatchObject({ action: 'none', level: 'warning' });
  });

  it('falls back to fewer compiles without root or sudo', () => {
    const decision = decide({
      need: need(3, [GiB, GiB, GiB], 2 * GiB),
      privilege: { kind: 'none', uid: 1001, why: 'sudo is not installed' },
    });
    expect(decision).toMatchObject({ action: 'none', level: 'warning', jobs: 2 });
    expect(decision.reason).toMatch(
      /needs root.*uid 1001.*sudo is not installed\); running 2 compiles at once instead of 3$/,
    );
  });

  it('takes what fits on a small disk, and runs the compiles that fit with it', () => {
    // 4 GiB short, but 4.5 GiB free leaves 2.5 GiB beside the 2 GiB margin.
    const decision = decide({
      need: need(4, [2 * GiB, 2 * GiB, 2 * GiB, 2 * GiB], 4 * GiB),
      places: [disk('/d', 4.5 * GiB)],
    });
    expect(decision).toMatchObject({ action: 'add', bytes: 2.5 * GiB, jobs: 3, jobsWithout: 2 });
    expect(decision.notes).toContain('only 2.5 GiB of the 4.0 GiB wanted fits on disk');
    expect(decision.reason).toMatch(/; running 3 compiles at once instead of 4$/);
    // Less than 256 MiB of room is not worth a file.
    expect(
      decide({ need: need(1, [8 * GiB], 4 * GiB), places: [disk('/d', 2 * GiB + 100 * MiB)] }),
    ).toMatchObject({ action: 'none', level: 'warning', jobs: 1 });
  });

  it('works from a real plan: a 3 GiB compile on a 2 GiB machine', () => {
    const probe = probeWith({ memory: { effectiveBytes: 2 * GiB } });
    const plan = makePlan({
      probe,
      estimates: [{ file: 'src/huge.c', estimateBytes: 3 * GiB }],
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    const decision = decide({ need: { plan, builds: 1, usableSwapBytes: probe.swap.usableBytes } });
    // budget 2 GiB less a 205 MiB reserve: ~1.2 GiB short, so 2 GiB.
    expect(decision).toMatchObject({ action: 'add', bytes: 2 * GiB, jobs: 1 });
  });

  it('says auto needs a plan when there is none', () => {
    expect(decide({ need: null })).toMatchObject({ action: 'none', level: 'warning' });
  });
});

describe('decideSwap: in a container', () => {
  const docker = { runtime: 'docker', evidence: '/.dockerenv' };
  const short = need(3, [GiB, GiB, GiB], 2 * GiB);

  it("adds none when the container's bounding set lacks CAP_SYS_ADMIN, as root, saying why", () => {
    const decision = decide({
      need: short,
      container: docker,
      permission: { sysAdmin: false, hostUserNamespace: true },
    });
    expect(decision).toMatchObject({ action: 'none', level: 'warning', jobs: 2 });
    expect(decision.reason).toBe(
      "swap: none added: wheelwright runs in a docker container (/.dockerenv), and this process's capability bounding set lacks CAP_SYS_ADMIN (CapBnd in /proc/self/status), which swapon needs and which neither root nor sudo can then gain; the swap this process may use is its cgroup's to decide (memory.swap.max); running 2 compiles at once instead of 3",
    );
  });

  it('adds none in a user namespace (a rootless container), also for a size asked for', () => {
    const decision = decide({
      request: GiB,
      container: { runtime: 'podman', evidence: '/run/.containerenv' },
      permission: { sysAdmin: true, hostUserNamespace: false },
    });
    expect(decision).toMatchObject({ action: 'none', level: 'warning' });
    expect(decision.reason).toContain('podman container (/run/.containerenv)');
    expect(decision.reason).toContain('user namespace (/proc/self/uid_map)');
  });

  it('adds swap in a container that may call swapon (privileged, as this machine is)', () => {
    const decision = decide({
      need: short,
      container: docker,
      permission: { sysAdmin: true, hostUserNamespace: true },
    });
    expect(decision).toMatchObject({ action: 'add', bytes: GiB, notes: [] });
  });

  it('still says when swap is not needed, before any container reason', () => {
    const decision = decide({
      need: need(1, [GiB], 4 * GiB),
      container: docker,
      permission: { sysAdmin: false, hostUserNamespace: true },
    });
    expect(decision.reason).toMatch(/^swap: not needed/);
  });
});

describe('decideSwap: off and other systems', () => {
  it('adds nothing when off, and leaves the jobs alone', () => {
    expect(decide({ request: 'off', need: need(4, [GiB, GiB, GiB, GiB], GiB) })).toEqual({
      action: 'none',
      level: 'info',
      reason: 'swap: off: none added',
      notes: [],
      jobs: null,
    });
  });

  it.each([
    [
      'darwin',
      'swap: macOS manages its own paging (it adds swap files in /private/var/vm as it needs them): none added',
    ],
    ['win32', 'swap: Windows manages its own paging file: none added'],
    ['freebsd', 'swap: wheelwright adds swap only on Linux, not on freebsd: none added'],
  ] as const)('gives a notice on %s', (platform, reason) => {
    expect(decide({ request: 2 * GiB, platform })).toEqual({
      action: 'none',
      level: 'notice',
      reason,
      notes: [],
      jobs: null,
    });
  });
});
