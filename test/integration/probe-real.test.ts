import { describe, expect, it } from 'vitest';
import { hasMemoryCgroup, needsMemoryCgroup, withMemoryCgroup } from '../helpers/memory-cgroup.js';
import { CLI, run } from '../helpers/run.js';

const MiB = 1024 ** 2;

describe('probe on this machine, for real', () => {
  it.skipIf(!hasMemoryCgroup())(
    `sees a 700 MiB cgroup memory limit from inside it${needsMemoryCgroup()}`,
    async () => {
      await withMemoryCgroup({ memoryBytes: 700 * MiB }, async (cgroup) => {
        const ran = await cgroup.run([process.execPath, CLI, 'probe', '--json']);
        expect(ran.stderr).toBe('');
        expect(ran.status).toBe(0);
        const probe = JSON.parse(ran.stdout);
        expect(probe.memory.cgroupLimitBytes).toBe(734003200);
        expect(probe.memory.effectiveBytes).toBeLessThanOrEqual(734003200);
        // the node process itself is charged to the cgroup, so less than the limit is left
        expect(probe.memory.effectiveBytes).toBeLessThan(734003200);
        expect(probe.memory.effectiveBytes).toBeGreaterThan(500 * MiB);
        expect(probe.cgroup.version).toBe(cgroup.version);
        expect(probe.cgroup.path.endsWith(cgroup.dir.split('/').pop())).toBe(true);
      });
    },
  );

  it('reads a data ulimit of 600 MiB set by prlimit, soft and hard', () => {
    const ran = run([
      'prlimit',
      '--data=629145600:unlimited',
      process.execPath,
      CLI,
      'probe',
      '--json',
    ]);
    expect(ran.status).toBe(0);
    const probe = JSON.parse(ran.stdout);
    expect(probe.limits.data).toEqual({ soft: 629145600, hard: null });
    expect(probe.limits.as).toEqual({ soft: null, hard: null });
  });

  it('reports the machine itself outside any limit', () => {
    const probe = JSON.parse(run([process.execPath, CLI, 'probe', '--json']).stdout);
    expect(probe.memory.totalBytes).toBeGreaterThan(probe.memory.availableBytes);
    expect(probe.cpus.effective).toBeGreaterThanOrEqual(1);
    expect(probe.disk.freeBytes).toBeGreaterThan(0);
    for (const key of ['totalBytes', 'availableBytes', 'cgroupLimitBytes', 'effectiveBytes']) {
      expect(probe.memory).toHaveProperty(key);
    }
    for (const key of ['totalBytes', 'freeBytes', 'usableBytes'])
      expect(probe.swap).toHaveProperty(key);
  });
});
