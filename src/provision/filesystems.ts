/** Why a file system cannot hold a swap file, named as people know it. */
export interface Unsuitable {
  name: string;
  why: string;
}

const IN_MEMORY =
  'it keeps its files in memory: swapon refuses swap files there, and swap kept in memory would free none';
const NETWORK = 'a network file system: swapon refuses swap files there';

// statfs(2) f_type magic numbers (linux/magic.h) of the file systems a swap file cannot live on.
// Others are tried: swapon's own message says why if it refuses one.
const UNSUITABLE = new Map<number, Unsuitable>([
  [0x01021994, { name: 'tmpfs', why: IN_MEMORY }],
  [0x858458f6, { name: 'ramfs', why: IN_MEMORY }],
  [
    0x794c7630,
    { name: 'overlayfs', why: "swapon refuses files on an overlay (a container's root)" },
  ],
  [0x73717368, { name: 'squashfs', why: 'it is read-only' }],
  [0x6969, { name: 'NFS', why: NETWORK }],
  [0xff534d42, { name: 'CIFS', why: NETWORK }],
  [0xfe534d42, { name: 'SMB2', why: NETWORK }],
  [0x01021997, { name: '9p', why: NETWORK }],
  [0x65735546, { name: 'FUSE', why: 'swapon refuses files on FUSE file systems' }],
  [0x2fc12fc1, { name: 'ZFS', why: 'ZFS cannot hold swap files' }],
]);

/** Whether a file system (by statfs type) cannot hold swap; null when it may. */
export function unsuitableFilesystem(type: number): Unsuitable | null {
  return UNSUITABLE.get(type) ?? null;
}
