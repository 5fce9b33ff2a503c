import { formatBytes } from '../config/size.js';
import { unsuitableFilesystem } from './filesystems.js';

const GiB = 1024 ** 3;

/** What statfs said about a directory that could hold the swap file. */
export interface PlaceFacts {
  dir: string;
  /** statfs f_type; null when the directory could not be read (see `error`). */
  fsType: number | null;
  /** Bytes an unprivileged writer may still use there. */
  freeBytes: number | null;
  error: string | null;
}

export interface Place {
  dir: string;
  freeBytes: number;
  /** What may go there: the free space less the margin kept for the build. */
  roomBytes: number;
}

export interface Skipped {
  dir: string;
  why: string;
}

/**
 * Disk kept free beside the swap: 2 GiB, or a tenth of the free space if more. The build writes
 * its trees, the object cache and the wheels for every Python version to these same disks, and a
 * full disk fails a build as surely as the OOM killer, with a worse message (ENOSPC in the middle
 * of a link); 2 GiB holds the build trees of several versions of a large extension package, and a
 * tenth keeps pace with the bigger builds that bigger disks tend to carry.
 */
export function diskMargin(freeBytes: number): number {
  return Math.max(2 * GiB, Math.ceil(freeBytes / 10));
}

/**
 * Where to try, in order: the directory asked for (`--swap-dir` or WHEELWRIGHT_SWAP_DIR); on
 * GitHub's hosted Linux runners /mnt, their second disk, where their own /mnt/swapfile lives and
 * which the build does not use; the runner's temporary directory; the system's; and /var/tmp,
 * which is on disk where /tmp is a tmpfs.
 */
export function swapDirectories(
  env: Record<string, string | undefined>,
  asked: string | undefined,
  tmpdir: string,
): string[] {
  const dirs = [
    asked || env.WHEELWRIGHT_SWAP_DIR,
    env.GITHUB_ACTIONS === 'true' ? '/mnt' : undefined,
    env.RUNNER_TEMP,
    tmpdir,
    '/var/tmp',
  ];
  return [...new Set(dirs.filter((d): d is string => !!d))];
}

function assess(facts: PlaceFacts): Place | Skipped {
  const { dir } = facts;
  if (facts.fsType === null || facts.freeBytes === null) {
    return { dir, why: `cannot be used: ${facts.error ?? 'statfs failed'}` };
  }
  const unsuitable = unsuitableFilesystem(facts.fsType);
  if (unsuitable) return { dir, why: `is on ${unsuitable.name}: ${unsuitable.why}` };
  const { freeBytes } = facts;
  return { dir, freeBytes, roomBytes: Math.max(0, freeBytes - diskMargin(freeBytes)) };
}

const isPlace = (p: Place | Skipped): p is Place => 'roomBytes' in p;

/** The most any one directory can hold. */
export function largestRoom(places: PlaceFacts[]): number {
  return Math.max(
    0,
    ...places
      .map(assess)
      .filter(isPlace)
      .map((p) => p.roomBytes),
  );
}

/** The first directory with room for `bytes`, and why each one before it was passed over. */
export function choosePlace(
  places: PlaceFacts[],
  bytes: number,
): { place: Place | null; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  for (const facts of places) {
    const assessed = assess(facts);
    if (!isPlace(assessed)) skipped.push(assessed);
    else if (assessed.roomBytes >= bytes) return { place: assessed, skipped };
    else
      skipped.push({
        dir: assessed.dir,
        why: `has ${formatBytes(assessed.freeBytes)} free; less the ${formatBytes(diskMargin(assessed.freeBytes))} kept for the build, ${formatBytes(assessed.roomBytes)} is left, short of ${formatBytes(bytes)}`,
      });
  }
  return { place: null, skipped };
}
