import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPlainly,
  hasMemoryCgroup,
  needsMemoryCgroup,
  withMemoryCgroup,
} from '../helpers/memory-cgroup.js';
import { hostSwapBytes, needsNoHostSwap } from '../helpers/machine.js';
import { packageWithTables } from '../helpers/packages.js';
import { cliBuild, peakRssBytes } from '../helpers/cli-build.js';
import { CLI, run } from '../helpers/run.js';

const MiB = 1024 ** 2;
const ELEMENTS = 3_000_000;
const swaps = () => readFileSync('/proc/swaps', 'utf8');

describe('provisioning for a compile larger than the machine allows, for real', () => {
  let pkg = '';
  let scratch = '';
  let peak = 0;
  beforeAll(() => {
    pkg = packageWithTables(['huge'], ELEMENTS);
    scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-provision-'));
    // measure the compile's peak first, then set the limits below it
    peak = peakRssBytes([
      'gcc',
      '-O2',
      '-fPIC',
      '-c',
      path.join(pkg, 'src', 'huge.c'),
      '-o',
      path.join(scratch, 'huge.o'),
    ]);
  });
  afterAll(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  const build = (extra: string[], name: string) => cliBuild(pkg, scratch, name, { extra }).argv;

  // the cgroup must be able to use the swap wheelwright adds, so no swap may be on before it
  it.skipIf(hostSwapBytes() > 0 || !hasMemoryCgroup())(
    `fails plainly in a cgroup smaller than the compile, and succeeds through wheelwright with swap: auto, leaving no swap${needsNoHostSwap()}${needsMemoryCgroup()}`,
    async () => {
      expect(peak).toBeGreaterThan(350 * MiB);
      const limit = Math.round((peak * 0.7) / MiB) * MiB;
      const before = swaps();
      await withMemoryCgroup({ memoryBytes: limit, swappable: true }, async (cgroup) => {
        const plain = await buildPlainly(cgroup, pkg, path.join(scratch, 'plain'));
        expect(plain.status).not.toBe(0);
        expect(cgroup.oomKills()).toBeGreaterThan(0);

        const ran = await cgroup.run(build(['--swap', 'auto'], 'auto'));
        expect(ran.status, ran.stdout + ran.stderr).toBe(0);
        expect(ran.stdout).toMatch(
          /\*\*Swap added:\*\* \d+(\.\d)? GiB at `[^`]*wheelwright-swap-[0-9a-f]{16}`/,
        );
        const report = JSON.parse(
          readFileSync(path.join(scratch, 'auto-report', 'report.json'), 'utf8'),
        );
        expect(report.swap.added.bytes).toBeGreaterThanOrEqual(1024 * MiB);
      });
      expect(swaps()).toBe(before);
    },
  );

  it('raises a low soft data limit for the build when the hard limit allows it', () => {
    const soft = Math.round(peak / 2);
    const ran = run(['prlimit', `--data=${soft}:unlimited`, ...build(['--swap', 'off'], 'soft')]);
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(
      /RLIMIT_DATA \(ulimit -d\) soft .* for src\/huge\.c: .*raise the soft limit to the hard limit \(unlimited\)/,
    );
  });

  it('names the file that cannot compile before the build, when the hard limit is too low too', () => {
    const hard = Math.round(peak / 2);
    const ran = run([
      'prlimit',
      `--data=${hard}:${hard}`,
      process.execPath,
      CLI,
      'plan',
      pkg,
      '--json',
    ]);
    expect(ran.status).toBe(0);
    const plan = JSON.parse(ran.stdout);
    expect(plan.rlimits).toEqual([
      expect.objectContaining({ limit: 'data', raisable: false, files: ['src/huge.c'] }),
    ]);
    expect(plan.reasons.join('\n')).toMatch(
      /RLIMIT_DATA \(ulimit -d\) soft .* for src\/huge\.c: that compile can only fail .*the hard limit .* is below it too/,
    );
  });
});
