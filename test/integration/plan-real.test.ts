import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { hasMemoryCgroup, needsMemoryCgroup, withMemoryCgroup } from '../helpers/memory-cgroup.js';
import { needsCpus, onCpus } from '../helpers/machine.js';
import { packageWithGeneratedC } from '../helpers/packages.js';
import { CLI, run } from '../helpers/run.js';

const GiB = 1024 ** 3;

describe('plan on a package with a large generated C file, for real', () => {
  let pkg = '';
  beforeAll(() => {
    pkg = packageWithGeneratedC(11 * 1024 ** 2);
  });
  afterAll(() => rmSync(pkg, { recursive: true, force: true }));

  // on two CPUs: on one, the CPU count would bind first and memory's bound would not show
  it.skipIf(!onCpus(2) || !hasMemoryCgroup())(
    `runs one compile at a time inside a 1 GiB cgroup, and says why, naming the file${needsCpus(2)}${needsMemoryCgroup()}`,
    async () => {
      await withMemoryCgroup({ memoryBytes: GiB }, async (cgroup) => {
        const ran = await cgroup.run([...onCpus(2)!, process.execPath, CLI, 'plan', pkg, '--json']);
        expect(ran.stderr).toBe('');
        const plan = JSON.parse(ran.stdout);
        expect(plan.jobs).toBe(1);
        expect(plan.largest.file).toBe('src/big.c');
        expect(plan.budgetBytes).toBeLessThan(GiB);
        expect(
          plan.reasons.some(
            (r: string) =>
              r.startsWith('memory:') &&
              r.includes('src/big.c') &&
              r.endsWith('→ 1 job (bound by memory)'),
          ),
        ).toBe(true);
      });
    },
  );

  // on two CPUs of this machine, whatever it has: the plan's CPU bound is what is checked
  it.skipIf(!onCpus(2))(`runs two at once without a memory limit on 2 CPUs${needsCpus(2)}`, () => {
    const ran = run([...onCpus(2)!, process.execPath, CLI, 'plan', pkg, '--json']);
    const plan = JSON.parse(ran.stdout);
    expect(plan.jobs).toBe(2);
    expect(plan.reasons.find((r: string) => r.startsWith('memory:'))).toMatch(
      /src\/big.c( \(up to \d builds may compile it at once\))? → 2 jobs \(bound by CPU\)/,
    );
  });
});
