import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeDarwin } from '../../src/probe/darwin.js';
import { probeLinux } from '../../src/probe/linux.js';

// Each fixture mirrors a real machine's files (see its SOURCE.md); expected.json says what a
// correct probe concludes there.
const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'probe');
const fixtures = readdirSync(FIXTURES).filter((name) =>
  existsSync(path.join(FIXTURES, name, 'expected.json')),
);
const expectedOf = (name: string) =>
  JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));
const disk = { path: '/tmp', freeBytes: 1 };

function rootedAt(dir: string) {
  return (file: string) => {
    try {
      return readFileSync(path.join(dir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
}

describe.each(fixtures.filter((name) => existsSync(path.join(FIXTURES, name, 'proc'))))(
  'Linux fixture %s',
  (name) => {
    const expected = expectedOf(name);
    const probe = probeLinux(rootedAt(path.join(FIXTURES, name)), disk);

    it('finds the cgroup and its limits', () => {
      expect(probe.cgroup?.version ?? null).toBe(expected.cgroupVersion);
      if (expected.cgroupPath !== undefined) expect(probe.cgroup?.path).toBe(expected.cgroupPath);
      expect(probe.memory.cgroupLimitBytes).toBe(expected.cgroupLimitBytes);
      expect(probe.memory.cgroupHighBytes).toBe(expected.cgroupHighBytes ?? null);
    });

    it('reads the machine memory, and effective memory is within every limit', () => {
      expect(probe.memory.totalBytes).toBe(expected.memTotalBytes);
      expect(probe.memory.availableBytes).toBe(expected.memAvailableBytes);
      expect(probe.memory.effectiveBytes).toBeLessThanOrEqual(probe.memory.availableBytes);
      for (const cap of [expected.cgroupLimitBytes, expected.cgroupHighBytes]) {
        if (typeof cap === 'number') expect(probe.memory.effectiveBytes).toBeLessThanOrEqual(cap);
      }
    });

    it('says how much swap the cgroup may use', () => {
      expect(probe.swap.totalBytes).toBe(expected.swapTotalBytes);
      const cap = expected.swapCapBytes;
      const free = probe.swap.freeBytes ?? 0;
      expect(probe.swap.usableBytes).toBe(cap === null ? free : Math.min(free, cap));
    });

    it('counts the CPUs the process may use', () => {
      expect(probe.cpus.online).toBe(expected.cpusOnline);
      expect(probe.cpus.affinity).toBe(expected.affinity);
      expect(probe.cpus.quota).toBe(expected.cpuQuota);
      const bounds = [
        expected.cpusOnline,
        expected.affinity ?? Infinity,
        Math.ceil(expected.cpuQuota ?? Infinity),
      ];
      expect(probe.cpus.effective).toBe(Math.max(1, Math.min(...bounds)));
    });
  },
);

describe.each(fixtures.filter((name) => existsSync(path.join(FIXTURES, name, 'sysctl.txt'))))(
  'macOS fixture %s',
  (name) => {
    const expected = expectedOf(name);
    const read = (file: string) => {
      const full = path.join(FIXTURES, name, file);
      return existsSync(full) ? readFileSync(full, 'utf8') : '';
    };
    const probe = probeDarwin(
      { sysctl: read('sysctl.txt'), vmStat: read('vm_stat.txt'), ulimit: read('ulimit.txt') },
      disk,
    );

    it('reads memory, swap and CPUs', () => {
      expect(probe.memory.totalBytes).toBe(expected.memTotalBytes);
      expect(probe.swap.totalBytes).toBe(expected.swapTotalBytes);
      expect(probe.swap.freeBytes).toBe(expected.swapFreeBytes);
      expect(probe.cpus.online).toBe(expected.cpus);
      expect(probe.memory.availableBytes).toBeGreaterThan(0);
      expect(probe.memory.availableBytes).toBeLessThanOrEqual(expected.memTotalBytes);
    });
  },
);
