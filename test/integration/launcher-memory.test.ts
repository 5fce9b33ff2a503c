import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheLayout } from '../../src/cache/layout.js';
import {
  buildPlainly,
  hasMemoryCgroup,
  needsMemoryCgroup,
  withMemoryCgroup,
} from '../helpers/memory-cgroup.js';
import { needsCpus, onCpus } from '../helpers/machine.js';
import { busyC, packageWithTables } from '../helpers/packages.js';
import { cliBuild, peakRssBytes, readJournal } from '../helpers/cli-build.js';

const MiB = 1024 ** 2;
// Two tables of 4.5M elements: each compile peaks near 600 MB (measured below).
const ELEMENTS = 4_500_000;

describe('two heavy compiles in a 900 MiB cgroup', () => {
  let pkg = '';
  let scratch = '';
  beforeAll(() => {
    pkg = packageWithTables(['big1', 'big2'], ELEMENTS);
    scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-heavy-'));
  });
  afterAll(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('each needs ~600 MB, so two at once cannot fit', () => {
    const peak = peakRssBytes([
      'gcc',
      '-O2',
      '-fPIC',
      '-c',
      path.join(pkg, 'src', 'big1.c'),
      '-o',
      path.join(scratch, 'big1.o'),
    ]);
    expect(peak).toBeGreaterThan(500 * MiB);
    expect(peak).toBeLessThan(800 * MiB);
    expect(2 * peak).toBeGreaterThan(900 * MiB);
  });

  it.skipIf(!hasMemoryCgroup())(
    `are OOM-killed when built plainly two at once${needsMemoryCgroup()}`,
    async () => {
      await withMemoryCgroup({ memoryBytes: 900 * MiB }, async (cgroup) => {
        const ran = await buildPlainly(cgroup, pkg, path.join(scratch, 'plain'), [
          '--parallel',
          '2',
        ]);
        expect(ran.status).not.toBe(0);
        expect(cgroup.oomKills()).toBeGreaterThan(0);
      });
    },
  );

  it.skipIf(!hasMemoryCgroup())(
    `both compile through wheelwright with jobs: 2, because the slots keep their estimates within the budget${needsMemoryCgroup()}`,
    async () => {
      await withMemoryCgroup({ memoryBytes: 900 * MiB }, async (cgroup) => {
        const { argv, reportDir } = cliBuild(pkg, scratch, 'serial', {
          extra: ['--jobs', '2', '--swap', 'off'],
        });
        const ran = await cgroup.run(argv);
        expect(ran.status, ran.stdout + ran.stderr).toBe(0);
        expect(cgroup.oomKills()).toBe(0);
        const compiles = readJournal(reportDir).filter((r) => r.kind === 'compile');
        expect(compiles.map((r) => r.exitCode)).toEqual([0, 0]);
        // one after the other: the second started after the first ended
        const [a, b] = compiles
          .map((r) => ({ start: Date.parse(r.startedAt), end: Date.parse(r.startedAt) + r.wallMs }))
          .sort((x, y) => x.start - y.start);
        expect(b!.start).toBeGreaterThanOrEqual(a!.end - 50);
      });
    },
  );

  it.skipIf(!hasMemoryCgroup())(
    `retries alone a compile the kernel killed, when a stale measurement let both run at once${needsMemoryCgroup()}`,
    async () => {
      const cacheDir = path.join(scratch, 'stale-cache');
      const { meta, history } = cacheLayout(cacheDir, pkg);
      mkdirSync(meta, { recursive: true });
      // an earlier run "measured" 50 MB for each: wrong, so the pool lets both start together
      writeFileSync(history, JSON.stringify({ 'src/big1.c': 50e6, 'src/big2.c': 50e6 }));
      await withMemoryCgroup({ memoryBytes: 900 * MiB }, async (cgroup) => {
        const { argv, reportDir } = cliBuild(pkg, scratch, 'retry', {
          cacheDir,
          extra: ['--jobs', '2', '--swap', 'off'],
        });
        const ran = await cgroup.run(argv);
        expect(ran.status, ran.stdout + ran.stderr).toBe(0);
        expect(cgroup.oomKills()).toBeGreaterThan(0);
        const compiles = readJournal(reportDir).filter((r) => r.kind === 'compile');
        const retried = compiles.filter((r) => r.attempt === 2);
        expect(retried.length).toBeGreaterThanOrEqual(1);
        for (const again of retried) {
          const first = compiles.find((r) => r.source === again.source && r.attempt === 1)!;
          expect(first.signal).toBe('SIGKILL');
          expect(again.exitCode).toBe(0);
        }
        expect(ran.stdout).toMatch(/retried alone after an OOM kill/);
      });
    },
  );
});

describe('one heavy compile and four light ones in a 900 MiB cgroup, jobs: auto', () => {
  let pkg = '';
  let scratch = '';
  beforeAll(() => {
    pkg = packageWithTables(['big', 'small1', 'small2', 'small3', 'small4'], ELEMENTS);
    // light: about 1.1 s and 99 MiB each, so two of them at once surely overlap
    for (const name of ['small1', 'small2', 'small3', 'small4'])
      writeFileSync(path.join(pkg, 'src', `${name}.c`), busyC(3, name));
    scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-mixed-'));
  });
  afterAll(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  // on two CPUs: the slots' CPU bound is 2 here on any machine that has two
  it.skipIf(!onCpus(2) || !hasMemoryCgroup())(
    `runs the heavy one alone and the light ones two at once${needsCpus(2)}${needsMemoryCgroup()}`,
    async () => {
      await withMemoryCgroup({ memoryBytes: 900 * MiB }, async (cgroup) => {
        const { argv, reportDir } = cliBuild(pkg, scratch, 'mixed', { extra: ['--swap', 'off'] });
        const ran = await cgroup.run([...onCpus(2)!, ...argv]);
        expect(ran.status, ran.stdout + ran.stderr).toBe(0);
        expect(cgroup.oomKills()).toBe(0);
        const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
        // two of the heavy one cannot fit, so the plan says 1; the launcher's slots may run 2
        expect([report.plan.jobs, report.plan.slots, report.jobs]).toEqual([1, 2, 2]);
        expect(ran.stdout).toContain('**1 of the largest compiles at once, up to 2 smaller ones**');
        const spans = readJournal(reportDir)
          .filter((r) => r.kind === 'compile')
          .map((r) => ({
            source: r.source!,
            start: Date.parse(r.startedAt),
            end: Date.parse(r.startedAt) + r.wallMs,
          }));
        expect(spans.map((s) => s.source).sort()).toEqual(
          ['big', 'small1', 'small2', 'small3', 'small4'].map((n) => `src/${n}.c`),
        );
        const overlap = (a: (typeof spans)[0], b: (typeof spans)[0]) =>
          a.start < b.end - 50 && b.start < a.end - 50;
        const big = spans.find((s) => s.source === 'src/big.c')!;
        const small = spans.filter((s) => s !== big);
        expect(small.filter((s) => overlap(s, big))).toEqual([]);
        expect(small.some((a) => small.some((b) => a !== b && overlap(a, b)))).toBe(true);
      });
    },
  );
});
