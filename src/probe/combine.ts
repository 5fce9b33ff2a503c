export interface Disk {
  path: string;
  freeBytes: number | null;
}

/** How many compiles the CPUs can run at once: a fractional quota still lets a process run. */
export function effectiveCpus(
  online: number,
  affinity: number | null,
  quota: number | null,
): number {
  return Math.max(
    1,
    Math.min(online, affinity ?? Infinity, quota === null ? Infinity : Math.ceil(quota)),
  );
}
