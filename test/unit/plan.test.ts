import { describe, expect, it } from 'vitest';
import { makePlan, reserveFor } from '../../src/plan/plan.js';
import { probeWith } from '../helpers/probe.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

const small = Array.from({ length: 20 }, (_, i) => ({
  file: `src/m${i}.c`,
  estimateBytes: 80 * MiB,
}));
const heavy = [
  { file: 'src/lxml/etree.c', estimateBytes: 700 * MiB },
  { file: 'src/lxml/objectify.c', estimateBytes: 400 * MiB },
  ...small,
];

describe('makePlan', () => {
  it('says when the package has fewer compiles than the CPUs and all fit', () => {
    const probe = probeWith({ memory: { effectiveBytes: 22 * GiB } });
    const speedups = [{ file: 'src/markupsafe/_speedups.c', estimateBytes: 97 * MiB }];
    const one = makePlan({
      probe,
      estimates: speedups,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    expect([one.jobs, one.slots]).toEqual([1, 1]);
    expect(one.reasons.find((r) => r.startsWith('memory:'))).toBe(
      "memory: 22 GiB effective, 22 GiB for compiles after 512 MiB kept for the build's own processes: room for all 1 compile of the package at once (the largest ~97 MiB for src/markupsafe/_speedups.c) → 1 job (bound by the number of compiles)",
    );
    // not memory: nothing is held back for the largest
    expect(one.reasons.join('\n')).not.toMatch(/bound by memory|launcher:/);

    const four = probeWith({ cpus: { online: 4, affinity: 4, effective: 4 } });
    const two = makePlan({
      probe: four,
      estimates: speedups,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 2,
    });
    expect(two.jobs).toBe(2);
    expect(two.reasons.join('\n')).toMatch(
      /room for all 2 compiles \(1 per build × 2 builds\) of the package at once .* → 2 jobs \(bound by the number of compiles\)/,
    );
  });

  it('is bound by CPUs when memory is plentiful', () => {
    const plan = makePlan({
      probe: probeWith({}),
      estimates: heavy,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    expect([plan.jobs, plan.slots]).toEqual([2, 2]);
    expect(plan.largest).toEqual({ file: 'src/lxml/etree.c', estimateBytes: 700 * MiB });
    expect(plan.budgetBytes).toBe(8 * GiB - reserveFor(8 * GiB));
    expect(plan.perJobBytes).toBe(Math.floor(plan.budgetBytes / 2));
    expect(plan.reasons.join('\n')).toMatch(/src\/lxml\/etree.c → 2 jobs \(bound by CPU\)/);
  });

  it('runs the largest compile alone when two of the largest do not fit', () => {
    const probe = probeWith({
      memory: { effectiveBytes: 1 * GiB },
      cpus: { online: 4, affinity: 4, effective: 4 },
    });
    const plan = makePlan({
      probe,
      estimates: heavy,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    expect(plan.jobs).toBe(1);
    expect(plan.reasons.find((r) => r.startsWith('memory:'))).toBe(
      "memory: 1.0 GiB effective, 896 MiB for compiles after 128 MiB kept for the build's own processes / ~700 MiB for src/lxml/etree.c → 1 job (bound by memory)",
    );
    // through the launcher, the smaller compiles share the budget up to the CPUs
    expect(plan.slots).toBe(4);
    expect(plan.reasons.find((r) => r.startsWith('launcher:'))).toBe(
      'launcher: up to 4 jobs while their estimates fit the 896 MiB budget together; the largest compiles run alone',
    );
  });

  it('fits as many of the largest compiles as the budget holds', () => {
    const probe = probeWith({
      memory: { effectiveBytes: 2 * GiB },
      cpus: { online: 16, affinity: 16, effective: 16 },
    });
    const plan = makePlan({
      probe,
      estimates: heavy,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    // budget 2 GiB - 205 MiB = 1843 MiB: 700 + 400 + 9 × 80 = 1820 fits, a tenth 80 does not
    expect(plan.jobs).toBe(11);
    expect(plan.reasons.join('\n')).toMatch(/→ 11 jobs \(bound by memory\)/);
  });

  it('says plainly when even one compile does not fit, and what to do', () => {
    const probe = probeWith({ memory: { effectiveBytes: 600 * MiB } });
    const plan = makePlan({
      probe,
      estimates: heavy,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    expect(plan.jobs).toBe(1);
    expect(plan.reasons.join('\n')).toMatch(
      /memory short: ~700 MiB for src\/lxml\/etree.c exceeds the 472 MiB budget even alone; usable swap is 0 B: add swap \(swap: auto\)/,
    );
  });

  it('credits usable swap when it covers the shortfall', () => {
    const probe = probeWith({
      memory: { effectiveBytes: 600 * MiB },
      swap: { totalBytes: 4 * GiB, freeBytes: 4 * GiB, usableBytes: 4 * GiB },
    });
    const plan = makePlan({
      probe,
      estimates: heavy,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    expect(plan.reasons.join('\n')).toMatch(/usable swap \(4.0 GiB\) covers the rest, slowly/);
  });

  it('divides the budget by memory-per-job', () => {
    const probe = probeWith({
      memory: { effectiveBytes: 4 * GiB },
      cpus: { online: 16, affinity: 16, effective: 16 },
    });
    const plan = makePlan({
      probe,
      estimates: heavy,
      jobs: 'auto',
      memoryPerJob: 1 * GiB,
      builds: 1,
    });
    expect(plan.jobs).toBe(3);
    expect(plan.perJobBytes).toBe(GiB);
  });

  it('keeps a jobs input but warns when the largest compiles exceed the budget together', () => {
    const probe = probeWith({ memory: { effectiveBytes: 1 * GiB } });
    const plan = makePlan({ probe, estimates: heavy, jobs: 4, memoryPerJob: 'auto', builds: 1 });
    expect(plan.jobs).toBe(4);
    expect(plan.reasons).toContain('jobs: 4 set by input');
    expect(plan.slots).toBe(4);
    expect(plan.reasons.join('\n')).toMatch(
      /the 4 largest compiles may need ~1.2 GiB together: expect OOM kills/,
    );
  });

  it('falls back to the CPU count without sources', () => {
    const plan = makePlan({
      probe: probeWith({}),
      estimates: [],
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    expect(plan.jobs).toBe(2);
    expect(plan.largest).toBeNull();
    expect(plan.rlimits).toEqual([]);
  });

  it('names the file a soft data limit will starve, and whether the hard limit allows a raise', () => {
    const probe = probeWith({
      limits: {
        data: { soft: 600 * MiB, hard: null },
        as: { soft: 512 * MiB, hard: 512 * MiB },
        rss: { soft: null, hard: null },
      },
    });
    const plan = makePlan({
      probe,
      estimates: heavy,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    expect(plan.rlimits).toEqual([
      {
        limit: 'data',
        softBytes: 600 * MiB,
        hardBytes: null,
        raisable: true,
        files: ['src/lxml/etree.c'],
      },
      {
        limit: 'as',
        softBytes: 512 * MiB,
        hardBytes: 512 * MiB,
        raisable: false,
        files: ['src/lxml/etree.c'],
      },
    ]);
    const text = plan.reasons.join('\n');
    expect(text).toMatch(
      /RLIMIT_DATA \(ulimit -d\) soft 600 MiB < ~700 MiB for src\/lxml\/etree.c: that compile can only fail \(cc1: out of memory allocating …\); raise the soft limit to the hard limit \(unlimited\)/,
    );
    expect(text).toMatch(
      /RLIMIT_AS \(ulimit -v\) soft 512 MiB < ~700 MiB for src\/lxml\/etree.c: .*the hard limit \(512 MiB\) is below it too/,
    );
  });
});

describe('makePlan with several builds at once', () => {
  it('counts the largest file once per build that may compile it at the same time', () => {
    const probe = probeWith({
      memory: { effectiveBytes: 2 * GiB },
      cpus: { online: 8, affinity: 8, effective: 8 },
    });
    const alone = makePlan({
      probe,
      estimates: heavy,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 1,
    });
    const three = makePlan({
      probe,
      estimates: heavy,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 3,
    });
    expect(alone.jobs).toBe(8);
    // 700 + 700 = 1400 MiB fits the 1843 MiB budget, a third copy does not
    expect(three.jobs).toBe(2);
    expect(three.reasons.join('\n')).toMatch(
      /src\/lxml\/etree.c \(up to 3 builds may compile it at once\) → 2 jobs \(bound by memory\)/,
    );
  });

  it('uses a single file for every slot the CPUs offer', () => {
    const one = [{ file: 'src/big.c', estimateBytes: 700 * MiB }];
    const plan = makePlan({
      probe: probeWith({}),
      estimates: one,
      jobs: 'auto',
      memoryPerJob: 'auto',
      builds: 2,
    });
    expect(plan.jobs).toBe(2);
  });
});

describe('reserveFor', () => {
  it('keeps a tenth, within 128 MiB and 512 MiB', () => {
    expect(reserveFor(512 * MiB)).toBe(128 * MiB);
    expect(reserveFor(2 * GiB)).toBe(Math.round(0.2 * GiB));
    expect(reserveFor(64 * GiB)).toBe(512 * MiB);
  });
});
