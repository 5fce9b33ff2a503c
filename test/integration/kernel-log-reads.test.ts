import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBuild } from '../helpers/cli-build.js';
import { Scratch, setupPy, TRIVIAL_MODULE } from '../helpers/diagnose-builds.js';
import { run } from '../helpers/run.js';

// The kernel's log is evidence for explaining a failure: a run reads it (dmesg) when its builds
// start, and again at the end only when something failed. A dmesg earlier on PATH notes each
// call and runs the real one, so what the kernel says is still what the build reads.

const scratch = new Scratch();
afterAll(() => scratch.removeAll());

function buildCountingDmesg(extra: string[]) {
  const dir = scratch.dir('ww-dmesg-');
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  const calls = path.join(dir, 'calls');
  writeFileSync(
    path.join(bin, 'dmesg'),
    `#!/bin/sh\necho called >> "${calls}"\nexec /usr/bin/dmesg "$@"\n`,
  );
  chmodSync(path.join(bin, 'dmesg'), 0o755);
  const pkg = scratch.package({
    'm.c': TRIVIAL_MODULE('m'),
    'setup.py': setupPy({ m: ['m.c'] }),
  });
  const { argv, reportDir } = cliBuild(pkg, dir, 'run', { extra });
  const ran = run(argv, { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
  const count = existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n').length : 0;
  return { ran, report, count };
}

describe("the kernel's log", () => {
  it('is read once, before the builds, when every build succeeds', () => {
    const { ran, report, count } = buildCountingDmesg([]);
    expect(ran.status).toBe(0);
    expect(report.builds.map((b: { status: string }) => b.status)).toEqual(['built']);
    expect(count).toBe(1);
  });

  it('is read again after a failure, which is still explained', () => {
    const { ran, report, count } = buildCountingDmesg(['--before-build', 'exit 3']);
    expect(ran.status).toBe(1);
    const [build] = report.builds;
    expect(build.status).toBe('failed');
    expect(build.diagnoses[0]).toMatchObject({ class: 'before-build', confidence: 'high' });
    expect(count).toBe(2);
  });
});
