import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEBIAN_DEBUG, DEBIAN_PYPY, DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { LINUX_TAG } from '../helpers/machine.js';
import { CLI, ROOT, runAsync } from '../helpers/run.js';
import { acceptedTags, runPython, venvWith, wheelTags } from '../helpers/wheels.js';

const EXAMPLE = path.join(ROOT, 'example');
const PYTHONS = ['/usr/bin/python3', DEBIAN_DEBUG.executable, '/usr/bin/pypy3'];
// the builds' identifiers, from what the interpreters say they are (bookworm: cp311, cp311d, pp39)
const [CP, DBG, PP] = [DEBIAN_PYTHON.id, DEBIAN_DEBUG.id, DEBIAN_PYPY?.id ?? 'pypy3 missing'];
const CHECK = `
import wheelwright_example as w
from wheelwright_example import _stats, _vector
assert w.dot([1e16, 1.0, -1e16], [1, 1, 1]) == 1.0, w.dot([1e16, 1.0, -1e16], [1, 1, 1])
assert w.mean([0.1] * 10) == 0.1, w.mean([0.1] * 10)
print(_vector.flavour(), _stats.flavour())
`;

async function build(extra: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-build-'));
  const out = path.join(dir, 'wheelhouse');
  const reportDir = path.join(dir, 'report');
  const ran = await runAsync([
    process.execPath,
    CLI,
    'build',
    EXAMPLE,
    '--build-isolation',
    'false',
    '--output-dir',
    out,
    '--report-dir',
    reportDir,
    ...extra,
  ]);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
  return { ran, out, report };
}

/** Each interpreter's wheel carries a tag it accepts, installs in a fresh venv, imports and computes. */
async function expectWorkingWheels(report: { builds: { executable: string; wheel: string }[] }) {
  for (const python of PYTHONS) {
    const wheel = report.builds.find((b) => b.executable === python)!.wheel;
    const accepted = await acceptedTags(python);
    expect(
      wheelTags(wheel).some((tag) => accepted.has(tag)),
      `${wheel} for ${python}`,
    ).toBe(true);
    const venvPython = await venvWith(python, wheel);
    const checked = await runPython(venvPython, CHECK);
    expect(checked.stderr).toBe('');
    expect(checked.stdout.trim()).toBe('vector stats');
  }
}

async function expectThreeWorkingWheels(
  ran: { status: number | null; stderr: string },
  out: string,
  report: { builds: { executable: string; wheel: string; status: string }[] },
) {
  expect(ran.status, ran.stderr).toBe(0);
  expect(report.builds.map((b) => b.status)).toEqual(['built', 'built', 'built']);
  expect(readdirSync(out)).toHaveLength(3);
  await expectWorkingWheels(report);
}

describe('building the example for three interpreters at once, for real', () => {
  it('builds a wheel per interpreter that installs, imports and computes the right answers', async () => {
    const copies = mkdtempSync(path.join(os.tmpdir(), 'ww-copies-'));
    const { ran, out, report } = await build([
      '--python-versions',
      PYTHONS.join(','),
      '--report',
      path.join(copies, 'r.json'),
      '--summary',
      path.join(copies, 's.md'),
    ]);
    await expectThreeWorkingWheels(ran, out, report);
    // --report and --summary: the same report and summary, also where the user asked
    expect(JSON.parse(readFileSync(path.join(copies, 'r.json'), 'utf8'))).toEqual(report);
    expect(readFileSync(path.join(copies, 's.md'), 'utf8')).toBe(ran.stdout);
    // all three built at once, their compiles sharing the plan's slots through the launcher
    expect(report.concurrentBuilds).toBe(3);
    expect(report.launcher).toMatchObject({
      enabled: true,
      compiles: 12,
      links: 6,
      retries: 0,
      failed: 0,
    });
    expect(ran.stdout).toMatch(/✅ \*\*3 of 3 wheels built\*\*/);
  });

  it("builds the same working wheels with the backend frontend: setuptools' backend called in one process", async () => {
    const { ran, out, report } = await build([
      '--python-versions',
      PYTHONS.join(','),
      '--build-frontend',
      'backend',
    ]);
    await expectThreeWorkingWheels(ran, out, report);
    // the compiles still went through the launcher, and no pip ran
    expect(report.launcher).toMatchObject({ enabled: true, compiles: 12, links: 6, failed: 0 });
    for (const build of report.builds) {
      const log = readFileSync(build.log, 'utf8');
      expect(log).toContain('compile job(s), built by build backend setuptools.build_meta\n');
      // built as linux_<arch>, then repaired into the wheel the report names
      expect(log).toMatch(
        new RegExp(
          `wheelwright: setuptools\\.build_meta built wheelwright_example-1\\.0\\.0-\\S+-${LINUX_TAG}\\.whl\n`,
        ),
      );
      expect(log).toContain(`repair: ${path.basename(build.wheel)}`);
      expect(log).not.toMatch(/"-m" "pip"/);
      // setup.py ran once, for the wheel: pip runs it first for the metadata hook (dist_info)
      expect(log.match(/^running bdist_wheel$/gm)).toHaveLength(1);
      expect(log).not.toContain('running dist_info');
    }
  });

  it('keeps the other wheels when one version fails, and reports the failure with its log', async () => {
    // before-build fails only under the debug interpreter, after saying why on stderr
    const beforeBuild =
      "python -c \"import sys; d = hasattr(sys, 'gettotalrefcount'); d and print('no debug build of libfoo', file=sys.stderr); sys.exit(3 if d else 0)\"";
    const { ran, out, report } = await build([
      '--python-versions',
      PYTHONS.join(' '),
      '--before-build',
      beforeBuild,
    ]);
    expect(ran.status).toBe(1);
    const byId = Object.fromEntries(report.builds.map((b: { id: string }) => [b.id, b]));
    expect(byId[DBG].status).toBe('failed');
    expect(byId[DBG].error).toBe('before-build failed (exit 3)');
    expect(readFileSync(byId[DBG].log, 'utf8')).toContain(
      'wheelwright: before-build failed (exit 3)',
    );
    // its own card: the command, its exit, its last lines; no compiler remedy
    const [card] = byId[DBG].diagnoses;
    expect(card).toMatchObject({
      class: 'before-build',
      confidence: 'high',
      title: `before-build failed (exit 3): ${beforeBuild}`,
    });
    expect(card.evidence.map((e: { text: string }) => e.text)).toEqual([
      `$ "/bin/sh" "-c" ${JSON.stringify(beforeBuild)}`,
      'no debug build of libfoo',
    ]);
    expect(card.remedy).not.toMatch(/internal compiler error|jobs: 1|swap/);
    expect(ran.stdout).toContain('(`before-build`, high confidence)');
    expect(byId[CP].status).toBe('built');
    expect(byId[PP].status).toBe('built');
    expect(readdirSync(out).sort()).toEqual(
      [path.basename(byId[CP].wheel), path.basename(byId[PP].wheel)].sort(),
    );
    expect(report.failed).toEqual([DBG]);
    expect(ran.stdout).toContain(`❌ **1 of 3 failed** (${DBG})`);
  });

  it('stops the others at the first failure with fail-fast', async () => {
    // the debug build fails at once; the others would wait a minute in before-build
    const beforeBuild =
      'python -c "import sys, time; sys.exit(4) if hasattr(sys, \'gettotalrefcount\') else time.sleep(60)"';
    const { ran, report } = await build([
      '--python-versions',
      PYTHONS.join(','),
      '--before-build',
      beforeBuild,
      '--fail-fast',
      'true',
    ]);
    expect(ran.status).toBe(1);
    const statuses = Object.fromEntries(
      report.builds.map((b: { id: string; status: string }) => [b.id, b.status]),
    );
    expect(statuses).toEqual({ [CP]: 'cancelled', [DBG]: 'failed', [PP]: 'cancelled' });
  });

  it('keeps a wheel whose test-command fails out of output-dir, and explains the failure', async () => {
    const { ran, out, report } = await build([
      '--python-versions',
      '/usr/bin/python3',
      '--verify',
      'false',
      '--test-command',
      'python -c "import wheelwright_example._absent"',
    ]);
    expect(ran.status).toBe(1);
    const [only] = report.builds;
    expect(only.status).toBe('failed');
    expect(only.error).toBe('test-command failed (exit 1)');
    expect(readdirSync(out)).toEqual([]);
    const [card] = only.diagnoses;
    expect(card).toMatchObject({
      class: 'test-command',
      confidence: 'high',
      title: 'test-command failed (exit 1): python -c "import wheelwright_example._absent"',
    });
    const evidence = card.evidence.map((e: { text: string }) => e.text);
    expect(evidence[0]).toBe(
      '$ "/bin/sh" "-c" "python -c \\"import wheelwright_example._absent\\""',
    );
    expect(evidence.at(-1)).toBe(
      "ModuleNotFoundError: No module named 'wheelwright_example._absent'",
    );
    expect(card.remedy).toContain('rejected/');
    expect(card.remedy).not.toMatch(/internal compiler error|jobs: 1|swap/);
  });

  it("runs test-command in verify's environment, where the wheel is already installed", async () => {
    const { ran, report } = await build([
      '--python-versions',
      '/usr/bin/python3',
      '--test-command',
      'python -c "import sys, wheelwright_example._vector as v; print(\'tested in\', sys.prefix, v.flavour())"',
    ]);
    expect(ran.status, ran.stderr).toBe(0);
    const log = readFileSync(report.builds[0].log, 'utf8');
    expect(log).toMatch(new RegExp(`^tested in \\S+/checks-${CP}/verify/venv vector$`, 'm'));
    expect(log).not.toContain('creating the test environment');
  });

  it('reports a requested version that is not on the machine, and builds the rest', async () => {
    const { ran, report } = await build(['--python-versions', '/usr/bin/python3,3.4']);
    expect(ran.status).toBe(1);
    expect(report.builds.map((b: { id: string; status: string }) => `${b.id} ${b.status}`)).toEqual(
      [`${CP} built`],
    );
    expect(report.unbuildable[0].name).toBe('3.4');
    expect(report.unbuildable[0].reason).toMatch(
      new RegExp(`^not found; found: .*${CP} /usr/bin/python3.* looked in: .*PATH`),
    );
  });

  it('says early what an interpreter lacks to build', async () => {
    // a venv of Debian's python3 with nothing installed: not pip, setuptools nor wheel
    const bare = path.join(mkdtempSync(path.join(os.tmpdir(), 'ww-bare-')), 'venv');
    const made = await runAsync(['/usr/bin/python3', '-m', 'venv', '--without-pip', bare]);
    expect(made.status, made.stderr).toBe(0);
    const python = path.join(bare, 'bin', 'python3');
    const { ran, report } = await build(['--python-versions', python]);
    expect(ran.status).toBe(1);
    expect(report.builds).toEqual([]);
    const { reason } = report.unbuildable[0];
    expect(reason).toMatch(/^cannot build: /);
    expect(reason).toContain(`pip is missing: ${python} -m ensurepip`);
    expect(reason).toContain(
      `setuptools and wheel are missing and build isolation is off: ${python} -m pip install setuptools wheel`,
    );
  });
});
