import { formatBytes } from '../config/size.js';
import type { Probe, Rlimit } from '../probe/types.js';

const size = (bytes: number | null, none = 'none') => (bytes === null ? none : formatBytes(bytes));
const rlimit = (limit: Rlimit) =>
  limit.soft === limit.hard
    ? size(limit.soft, 'unlimited')
    : `${size(limit.soft, 'unlimited')} (hard ${size(limit.hard, 'unlimited')})`;

/** The probe as label/value rows, shared by the terminal table and the job summary. */
export function machineRows(probe: Probe): [string, string][] {
  const { memory, swap, limits, cpus, disk } = probe;
  const cgroup = probe.cgroup
    ? `cgroup v${probe.cgroup.version} ${probe.cgroup.path}: limit ${size(memory.cgroupLimitBytes)}` +
      (memory.cgroupHighBytes === null ? '' : `, high ${formatBytes(memory.cgroupHighBytes)}`)
    : 'no cgroup limit found';
  return [
    [
      'Memory',
      `${formatBytes(memory.effectiveBytes)} effective · ${formatBytes(memory.availableBytes)} available of ${formatBytes(memory.totalBytes)}`,
    ],
    ['Cgroup', cgroup],
    ...(probe.container
      ? [
          ['Container', `${probe.container.runtime} (${probe.container.evidence})`] as [
            string,
            string,
          ],
        ]
      : []),
    [
      'Swap',
      swap.totalBytes === null
        ? 'unknown'
        : `${size(swap.usableBytes)} usable · ${size(swap.freeBytes)} free of ${size(swap.totalBytes)}`,
    ],
    ['Limits', `data ${rlimit(limits.data)} · address space ${rlimit(limits.as)}`],
    [
      'CPUs',
      `${cpus.effective} effective · ${cpus.online} online` +
        (cpus.affinity === null ? '' : ` · affinity ${cpus.affinity}`) +
        (cpus.quota === null ? '' : ` · quota ${cpus.quota}`),
    ],
    ['Disk', `${size(disk.freeBytes, 'unknown')} free at ${disk.path}`],
  ];
}

/** Aligned two-column text for a terminal. */
export function textTable(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}
