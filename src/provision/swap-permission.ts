import type { ReadFile } from '../probe/cgroup.js';

/** Whether the kernel would let anything this process starts (sudo included) call swapon. */
export interface SwapPermission {
  /** CAP_SYS_ADMIN in the capability bounding set (CapBnd): no process below may gain it. */
  sysAdmin: boolean | null;
  /** The process sees the host's uids (uid_map `0 0 4294967295`), not a user namespace's. */
  hostUserNamespace: boolean | null;
}

const CAP_SYS_ADMIN = 21n;

/** /proc/self/status `CapBnd:` (hex): whether CAP_SYS_ADMIN is in it; null when unreadable. */
export function boundingSetHasSysAdmin(status: string): boolean | null {
  const hex = /^CapBnd:\s*([0-9a-f]+)\s*$/im.exec(status)?.[1];
  return hex === undefined ? null : ((BigInt(`0x${hex}`) >> CAP_SYS_ADMIN) & 1n) === 1n;
}

/** /proc/self/uid_map: the host's own namespace maps every uid to itself in one line. */
export function isHostUserNamespace(uidMap: string): boolean | null {
  const lines = uidMap.trim().split('\n').filter(Boolean);
  if (lines.length === 0) return null;
  return lines.length === 1 && /^0\s+0\s+4294967295$/.test(lines[0]!.trim());
}

/**
 * swapon(2) needs CAP_SYS_ADMIN in the host's user namespace (the kernel checks capable(), not
 * ns_capable()). A container started without it (Docker's and GitHub's job containers by
 * default) or a rootless one (a user namespace) cannot add swap, whatever sudo or root says.
 */
export function readSwapPermission(read: ReadFile): SwapPermission {
  const status = read('/proc/self/status');
  const uidMap = read('/proc/self/uid_map');
  return {
    sysAdmin: status === undefined ? null : boundingSetHasSysAdmin(status),
    hostUserNamespace: uidMap === undefined ? null : isHostUserNamespace(uidMap),
  };
}
