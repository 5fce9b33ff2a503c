import { effectiveCpus, type Disk } from './combine.js';
import type { Probe } from './types.js';

export interface NodeMemoryView {
  platform: NodeJS.Platform;
  totalBytes: number;
  freeBytes: number;
  cpus: number;
}

/** Windows and anything else: only what Node itself can tell. */
export function probeFromNode(view: NodeMemoryView, disk: Disk): Probe {
  const unknown = { soft: null, hard: null };
  return {
    platform: view.platform,
    memory: {
      totalBytes: view.totalBytes,
      availableBytes: view.freeBytes,
      cgroupLimitBytes: null,
      cgroupHighBytes: null,
      cgroupAvailableBytes: null,
      effectiveBytes: view.freeBytes,
    },
    swap: { totalBytes: null, freeBytes: null, usableBytes: null },
    limits: { data: unknown, as: unknown, rss: unknown },
    cpus: {
      online: view.cpus,
      affinity: null,
      quota: null,
      effective: effectiveCpus(view.cpus, null, null),
    },
    disk,
    cgroup: null,
    container: null,
    notes: [
      `On ${view.platform} only Node's view is used: available memory is the free physical memory; the page file and job-object limits are not read.`,
    ],
  };
}
