import type { Probe } from '../../src/probe/types.js';

const GiB = 1024 ** 3;

/** A probe of a plain 2-CPU, 8 GiB Linux machine, with the parts a test cares about replaced. */
export function probeWith(overrides: {
  memory?: Partial<Probe['memory']>;
  swap?: Partial<Probe['swap']>;
  limits?: Partial<Probe['limits']>;
  cpus?: Partial<Probe['cpus']>;
}): Probe {
  const unlimited = { soft: null, hard: null };
  return {
    platform: 'linux',
    memory: {
      totalBytes: 8 * GiB,
      availableBytes: 8 * GiB,
      cgroupLimitBytes: null,
      cgroupHighBytes: null,
      cgroupAvailableBytes: null,
      effectiveBytes: 8 * GiB,
      ...overrides.memory,
    },
    swap: { totalBytes: 0, freeBytes: 0, usableBytes: 0, ...overrides.swap },
    limits: { data: unlimited, as: unlimited, rss: unlimited, ...overrides.limits },
    cpus: { online: 2, affinity: 2, quota: null, effective: 2, ...overrides.cpus },
    disk: { path: '/tmp', freeBytes: 50 * GiB },
    cgroup: null,
    container: null,
    notes: [],
  };
}
