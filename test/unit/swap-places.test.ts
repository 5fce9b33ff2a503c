import { describe, expect, it } from 'vitest';
import { unsuitableFilesystem } from '../../src/provision/filesystems.js';
import {
  choosePlace,
  diskMargin,
  largestRoom,
  swapDirectories,
  type PlaceFacts,
} from '../../src/provision/swap-places.js';

const GiB = 1024 ** 3;
const place = (dir: string, fsType: number, freeBytes: number): PlaceFacts => ({
  dir,
  fsType,
  freeBytes,
  error: null,
});

describe('swap file directories', () => {
  it('tries the directory asked for, then /mnt on GitHub, the runner temp, tmp and /var/tmp', () => {
    expect(
      swapDirectories(
        { GITHUB_ACTIONS: 'true', RUNNER_TEMP: '/home/runner/work/_temp' },
        '/data',
        '/tmp',
      ),
    ).toEqual(['/data', '/mnt', '/home/runner/work/_temp', '/tmp', '/var/tmp']);
  });

  it('reads WHEELWRIGHT_SWAP_DIR when no directory is asked for, and lists each once', () => {
    expect(swapDirectories({ WHEELWRIGHT_SWAP_DIR: '/var/tmp' }, undefined, '/tmp')).toEqual([
      '/var/tmp',
      '/tmp',
    ]);
    expect(swapDirectories({ WHEELWRIGHT_SWAP_DIR: '/x' }, '/y', '/tmp')[0]).toBe('/y');
  });

  it('keeps 2 GiB or a tenth of the free disk, whichever is more', () => {
    expect(diskMargin(5 * GiB)).toBe(2 * GiB);
    expect(diskMargin(80 * GiB)).toBe(8 * GiB);
  });

  it('knows the file systems a swap file cannot live on, by statfs type', () => {
    expect(unsuitableFilesystem(0x01021994)?.name).toBe('tmpfs');
    expect(unsuitableFilesystem(0x858458f6)?.name).toBe('ramfs');
    expect(unsuitableFilesystem(0x794c7630)?.name).toBe('overlayfs');
    expect(unsuitableFilesystem(0x6969)?.name).toBe('NFS');
    expect(unsuitableFilesystem(0xef53)).toBeNull(); // ext4
    expect(unsuitableFilesystem(0x58465342)).toBeNull(); // xfs
  });

  it('chooses the first with room and says why the others were passed over', () => {
    const places = [
      place('/run/x', 0x01021994, 100 * GiB),
      place('/overlay', 0x794c7630, 100 * GiB),
      place('/small', 0xef53, 3 * GiB),
      place('/big', 0x58465342, 40 * GiB),
    ];
    const { place: chosen, skipped } = choosePlace(places, 2 * GiB);
    expect(chosen).toEqual({ dir: '/big', freeBytes: 40 * GiB, roomBytes: 36 * GiB });
    expect(skipped.map((s) => s.dir)).toEqual(['/run/x', '/overlay', '/small']);
    expect(skipped[1]!.why).toBe(
      "is on overlayfs: swapon refuses files on an overlay (a container's root)",
    );
    expect(skipped[2]!.why).toBe(
      'has 3.0 GiB free; less the 2.0 GiB kept for the build, 1.0 GiB is left, short of 2.0 GiB',
    );
    expect(largestRoom(places)).toBe(36 * GiB);
    expect(largestRoom(places.slice(0, 2))).toBe(0);
  });
});
