import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCgroupSwap } from '../../src/provision/cgroup-swap.js';
import { parseProcSwaps } from '../../src/provision/proc-swaps.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'probe');
const MiB = 1024 ** 2;

/** A fixture's files, with some replaced. */
function fixture(name: string, replaced: Record<string, string> = {}) {
  return (file: string) => {
    if (file in replaced) return replaced[file];
    try {
      return readFileSync(path.join(FIXTURES, name, file), 'utf8');
    } catch {
      return undefined;
    }
  };
}

describe('/proc/swaps', () => {
  it("reads GitHub's swap file and a partition, and unescapes names", () => {
    const text = [
      'Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority',
      '/mnt/swapfile                           file\t\t4194300\t\t1024\t\t-2',
      '/dev/sda2                               partition\t2097148\t\t0\t\t-3',
      '/var/tmp/my\\040swap                     file\t\t262140\t\t0\t\t10',
      '',
    ].join('\n');
    expect(parseProcSwaps(text)).toEqual([
      {
        path: '/mnt/swapfile',
        type: 'file',
        sizeBytes: 4194300 * 1024,
        usedBytes: 1024 * 1024,
        priority: -2,
      },
      {
        path: '/dev/sda2',
        type: 'partition',
        sizeBytes: 2097148 * 1024,
        usedBytes: 0,
        priority: -3,
      },
      {
        path: '/var/tmp/my swap',
        type: 'file',
        sizeBytes: 262140 * 1024,
        usedBytes: 0,
        priority: 10,
      },
    ]);
  });

  it('reads no swap from the header alone', () => {
    expect(parseProcSwaps('Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n')).toEqual([]);
  });
});

describe('the swap a cgroup lets this process use', () => {
  it('v1: memory.memsw.limit_in_bytes less memory.limit_in_bytes', () => {
    expect(readCgroupSwap(fixture('docker-v1-limited'))).toEqual({
      version: 1,
      capBytes: 512 * MiB,
    });
    // 1 GiB memsw over a 700 MiB limit
    expect(readCgroupSwap(fixture('this-machine-v1-memsw-cpuquota'))).toEqual({
      version: 1,
      capBytes: 324 * MiB,
    });
  });

  it('v1: no cap where memsw is unlimited', () => {
    expect(readCgroupSwap(fixture('this-machine-v1-limited'))).toEqual({
      version: 1,
      capBytes: null,
    });
  });

  it('v2: memory.swap.max, none on GitHub, 0 where it forbids swap', () => {
    expect(readCgroupSwap(fixture('docker-v2-limited'))).toEqual({
      version: 2,
      capBytes: 512 * MiB,
    });
    expect(readCgroupSwap(fixture('gha-ubuntu-24.04'))).toEqual({ version: 2, capBytes: null });
    expect(
      readCgroupSwap(fixture('docker-v2-limited', { '/sys/fs/cgroup/memory.swap.max': '0\n' })),
    ).toEqual({ version: 2, capBytes: 0 });
  });

  it('v1: 0 where memsw equals the memory limit', () => {
    const dir = '/sys/fs/cgroup/memory';
    expect(
      readCgroupSwap(
        fixture('docker-v1-limited', { [`${dir}/memory.memsw.limit_in_bytes`]: '536870912\n' }),
      ),
    ).toEqual({ version: 1, capBytes: 0 });
  });

  it('none without a memory cgroup', () => {
    expect(readCgroupSwap(() => undefined)).toBeNull();
  });
});
