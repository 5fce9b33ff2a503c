import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { BuildResult } from '../../src/build/run-build.js';
import { makeReport } from '../../src/report/build-report.js';
import { ROOT, run } from '../helpers/run.js';

/**
 * The reusable workflow's plan and gather jobs run .github/wheels/*.py from the workflow's own
 * commit; these tests run the same files with Debian's python3 (ubuntu-latest has python3 too),
 * with the environment the workflow gives them. Only what GitHub's services would do is laid out
 * by hand: download-artifact's directories.
 */
interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/wheels.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};
const stepOf = (job: string, id: string) => workflow.jobs[job]!.steps.find((s) => s.id === id)!;
/** The script a step runs: `python3 .wheelwright-action/<path>`, from the checkout of this repo. */
const scriptOf = (step: Step) => {
  const match = /^python3 \.wheelwright-action\/(\S+)$/.exec(step.run?.trim() ?? '');
  expect(match, step.run).not.toBeNull();
  return path.join(ROOT, match![1]!);
};

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wheelwright-workflow-'));
  scratch.push(dir);
  return dir;
}

/** Runs a workflow step's script with `env` (which must name exactly the step's variables). */
function runStep(job: string, id: string, env: Record<string, string>) {
  const step = stepOf(job, id);
  expect(Object.keys(env).sort()).toEqual(Object.keys(step.env ?? {}).sort());
  const cwd = tempDir();
  const output = path.join(cwd, 'output');
  const summary = path.join(cwd, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const ran = run(['python3', scriptOf(step)], {
    cwd,
    env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env },
  });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { ...ran, cwd, outputs, summary: readFileSync(summary, 'utf8') };
}

interface Leg {
  id: number;
  os: unknown;
  chunk: number;
  versions: string;
  setup: string;
  image: string;
  name: string;
  artifact: string;
}

const planEnv = (
  image: string,
  os = '["ubuntu-latest", "ubuntu-24.04-arm", "macos-latest"]',
  pyproject = '/nonexistent/pyproject.toml',
) => ({
  VERSIONS: '3.11 3.12 3.13',
  SIZE: '0',
  OS: os,
  IMAGE: image,
  PYPROJECT: pyproject,
});
const legsOf = (ran: { outputs: Record<string, string> }) =>
  JSON.parse(ran.outputs.legs ?? 'null') as Leg[];

describe("the workflow's plan job", () => {
  it('runs Linux legs in the manylinux image of their architecture, the others on the runner', () => {
    const ran = runStep('plan', 'plan', planEnv('manylinux_2_28'));
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    const legs = legsOf(ran);
    expect(legs.map((l) => [l.os, l.image, l.setup])).toEqual([
      ['ubuntu-latest', 'quay.io/pypa/manylinux_2_28_x86_64', ''],
      ['ubuntu-24.04-arm', 'quay.io/pypa/manylinux_2_28_aarch64', ''],
      ['macos-latest', '', '3.11\n3.12\n3.13'],
    ]);
    expect(legs.every((l) => l.versions === '3.11 3.12 3.13')).toBe(true);
    expect(new Set(legs.map((l) => l.artifact)).size).toBe(legs.length);
  });

  it('builds on the bare runner with setup-python when the image is off', () => {
    const legs = legsOf(runStep('plan', 'plan', planEnv('off')));
    expect(legs.map((l) => l.image)).toEqual(['', '', '']);
    expect(legs[0]!.setup).toBe('3.11\n3.12\n3.13');
  });

  it('takes a full image reference, with {arch} for each runner or naming the one it fits', () => {
    const pinned = 'quay.io/pypa/manylinux_2_34_{arch}:2025.01.01-1';
    expect(legsOf(runStep('plan', 'plan', planEnv(pinned))).map((l) => l.image)).toEqual([
      'quay.io/pypa/manylinux_2_34_x86_64:2025.01.01-1',
      'quay.io/pypa/manylinux_2_34_aarch64:2025.01.01-1',
      '',
    ]);
    const one = 'quay.io/pypa/manylinux_2_34_x86_64:2025.01.01-1';
    const legs = legsOf(runStep('plan', 'plan', planEnv(one, '["ubuntu-24.04"]')));
    expect(legs.map((l) => l.image)).toEqual([one]);
  });

  it('gives two runners of one OS and architecture, and each chunk, artifacts of their own', () => {
    const env = { ...planEnv('manylinux_2_28', '["ubuntu-latest", "ubuntu-24.04"]'), SIZE: '2' };
    const legs = legsOf(runStep('plan', 'plan', env));
    expect(legs.map((l) => [l.os, l.chunk, l.versions])).toEqual([
      ['ubuntu-latest', 1, '3.11 3.12'],
      ['ubuntu-latest', 2, '3.13'],
      ['ubuntu-24.04', 1, '3.11 3.12'],
      ['ubuntu-24.04', 2, '3.13'],
    ]);
    expect(legs.map((l) => l.artifact)).toEqual([
      '1-ubuntu-latest-c1',
      '2-ubuntu-latest-c2',
      '3-ubuntu-24.04-c1',
      '4-ubuntu-24.04-c2',
    ]);
  });

  it.each([
    ['manylinux2014', 'its glibc is 2.17'],
    ['manylinux_2_17', 'its glibc is 2.17'],
    ['manylinux_2_24', 'its glibc is 2.24'],
    ['manylinux1', 'its glibc is 2.5'],
    ['manylinux2010', 'its glibc is 2.12'],
    ['quay.io/pypa/manylinux2014_x86_64:2024.10.07-1', 'its glibc is 2.17'],
    ['quay.io/pypa/manylinux_2_24_{arch}', 'its glibc is 2.24'],
    ['musllinux_1_2', 'Alpine (musl)'],
    ['quay.io/pypa/musllinux_1_2_{arch}', 'Alpine (musl)'],
    [
      'quay.io/pypa/manylinux_2_28_x86_64',
      'it is for x86_64, and runner ubuntu-24.04-arm is aarch64',
    ],
    ['centos7', 'neither off, a manylinux_2_N policy nor an image reference'],
  ])('refuses manylinux-image %s before any build job, saying why', (image, why) => {
    const ran = runStep('plan', 'plan', planEnv(image));
    expect(ran.status).toBe(1);
    expect(ran.outputs.legs).toBeUndefined();
    const [line] = ran.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(line).toContain(`manylinux-image: '${image}' cannot be used: `);
    expect(line).toContain(why);
    expect(line).toContain(
      "Accepted: auto (the project's [tool.cibuildwheel] manylinux-<arch>-image, else manylinux_2_28), off, a manylinux policy from manylinux_2_28 on",
    );
    if (why.startsWith('its glibc'))
      expect(line).toContain(
        'Node 24 that runs JavaScript actions in a job container needs glibc 2.28',
      );
  });

  it("with auto, takes each architecture's image from [tool.cibuildwheel], its linux table first", () => {
    const dir = tempDir();
    const pyproject = path.join(dir, 'pyproject.toml');
    // numpy's and pyzmq's shape: a policy per architecture, the linux table overriding one
    writeFileSync(
      pyproject,
      '[tool.cibuildwheel]\nmanylinux-x86_64-image = "manylinux2014"\nmanylinux-aarch64-image = "manylinux_2_28"\n' +
        '[tool.cibuildwheel.linux]\nmanylinux-x86_64-image = "quay.io/pypa/manylinux_2_34_x86_64:2025.01.01-1"\n',
    );
    const ran = runStep('plan', 'plan', planEnv('auto', undefined, pyproject));
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(legsOf(ran).map((l) => l.image)).toEqual([
      'quay.io/pypa/manylinux_2_34_x86_64:2025.01.01-1',
      'quay.io/pypa/manylinux_2_28_aarch64',
      '',
    ]);
    // the input, when given, wins over the project's table
    const off = legsOf(runStep('plan', 'plan', planEnv('off', undefined, pyproject)));
    expect(off.map((l) => l.image)).toEqual(['', '', '']);
    // no pyproject.toml, or none naming an image: cibuildwheel's default, manylinux_2_28
    const none = legsOf(runStep('plan', 'plan', planEnv('auto')));
    expect(none.map((l) => l.image)).toEqual([
      'quay.io/pypa/manylinux_2_28_x86_64',
      'quay.io/pypa/manylinux_2_28_aarch64',
      '',
    ]);
  });

  it("refuses a project's image the runner cannot use, naming the key, before any build job", () => {
    const dir = tempDir();
    const pyproject = path.join(dir, 'pyproject.toml');
    writeFileSync(pyproject, '[tool.cibuildwheel]\nmanylinux-x86_64-image = "manylinux2014"\n');
    const ran = runStep('plan', 'plan', planEnv('auto', undefined, pyproject));
    expect(ran.status).toBe(1);
    expect(ran.outputs.legs).toBeUndefined();
    expect(ran.stdout).toContain(
      "::error title=wheelwright workflow input::pyproject.toml [tool.cibuildwheel] manylinux-x86_64-image: 'manylinux2014' cannot be used: its glibc is 2.17",
    );
    expect(ran.stdout).toContain('; or give the workflow a manylinux-image');
  });

  it('refuses ubuntu-slim for a container leg (it has no Docker), not with the image off', () => {
    const ran = runStep('plan', 'plan', planEnv('manylinux_2_28', '["ubuntu-slim"]'));
    expect(ran.status).toBe(1);
    expect(ran.stdout).toContain("os: 'ubuntu-slim' cannot run a manylinux container");
    expect(runStep('plan', 'plan', planEnv('off', '["ubuntu-slim"]')).status).toBe(0);
  });

  it('refuses an os that is not a JSON list, naming the input', () => {
    const ran = runStep('plan', 'plan', planEnv('off', 'ubuntu-latest'));
    expect(ran.status).toBe(1);
    expect(ran.stdout).toContain("os: 'ubuntu-latest' is not JSON");
  });
});

/** One build's outcome as report.json holds it: only a built one keeps its wheel. */
function build(label: string, status: BuildResult['status'], wheel: string): BuildResult {
  const base = {
    id: label,
    label,
    executable: `/opt/python/${label}/bin/python`,
    durationMs: 12_300,
    log: `/ws/wheelwright-report/logs/${label}.log`,
    diagnoses: [],
  };
  return status === 'built'
    ? { ...base, status, wheel, error: null }
    : { ...base, status, wheel: null, error: `${status}: see the log` };
}

/**
 * A leg's artifact as download-artifact leaves it: the action uploads the kept wheels and the
 * report directory (report.json, logs, rejected/) below their common root, the workspace.
 */
function layArtifact(
  dir: string,
  builds: { label: string; status: BuildResult['status']; wheel: string }[],
): void {
  const results = builds.map((b) => build(b.label, b.status, `/ws/wheelhouse/${b.wheel}`));
  const report = makeReport({
    packageDir: '/ws',
    startedAt: '2026-12-07T03:00:00Z',
    durationMs: 40_000,
    cancelled: false,
    jobs: 4,
    concurrentBuilds: builds.length,
    jobsPerBuild: 2,
    builds: results,
    unresolved: [],
    repair: true,
    launcher: { enabled: false, reason: 'not needed here' },
  });
  mkdirSync(path.join(dir, 'wheelhouse'), { recursive: true });
  mkdirSync(path.join(dir, 'wheelwright-report', 'rejected'), { recursive: true });
  mkdirSync(path.join(dir, 'wheelwright-report', 'logs'), { recursive: true });
  writeFileSync(path.join(dir, 'wheelwright-report', 'report.json'), JSON.stringify(report));
  for (const b of builds) {
    const where = b.status === 'built' ? 'wheelhouse' : 'wheelwright-report/rejected';
    if (b.status !== 'failed') writeFileSync(path.join(dir, where, b.wheel), `wheel ${b.wheel}`);
    writeFileSync(path.join(dir, 'wheelwright-report', 'logs', `${b.label}.log`), 'log');
  }
}

const tagged = (python: string, platform: string) => `pkg-1.0-${python}-${python}-${platform}.whl`;
const M28 = 'manylinux_2_28_x86_64';

function gatherRun(legs: Leg[], lay: (parts: string) => void, buildResult = 'success') {
  const parts = path.join(tempDir(), 'parts');
  mkdirSync(parts);
  lay(parts);
  const ran = runStep('gather', 'gather', {
    PARTS: parts,
    OUT: 'wheelhouse',
    PREFIX: 'wheelwright',
    LEGS: JSON.stringify(legs),
    BUILD_RESULT: buildResult,
  });
  expect(ran.status, ran.stdout + ran.stderr).toBe(0);
  return {
    ...ran,
    gathered: readdirSync(path.join(ran.cwd, 'wheelhouse')).sort(),
    wheels: JSON.parse(ran.outputs.wheels ?? 'null') as string[],
    success: ran.outputs.success,
  };
}

const planned = (os: string) =>
  legsOf(runStep('plan', 'plan', { ...planEnv('manylinux_2_28', os), SIZE: '0' }));

describe("the workflow's gather job", () => {
  it('takes one leg whose artifact download-artifact unpacked straight into parts/', () => {
    const legs = planned('["ubuntu-latest"]');
    const result = gatherRun(legs, (parts) =>
      layArtifact(parts, [
        { label: 'cp311', status: 'built', wheel: tagged('cp311', M28) },
        { label: 'cp312', status: 'built', wheel: tagged('cp312', M28) },
      ]),
    );
    expect(result.gathered).toEqual([tagged('cp311', M28), tagged('cp312', M28)]);
    expect(result.wheels).toEqual(result.gathered);
    expect(result.success).toBe('true');
    expect(result.summary).toContain('## ✅ 2 wheels gathered');
    expect(result.summary).toContain(`| ${legs[0]!.name} | cp311 | ✅ built | 12.3 s |`);
  });

  it("leaves out the wheels verify moved to rejected/, and the leg's rejection fails the run", () => {
    const legs = planned('["ubuntu-latest"]');
    const result = gatherRun(
      legs,
      (parts) =>
        layArtifact(parts, [
          { label: 'cp311', status: 'built', wheel: tagged('cp311', M28) },
          { label: 'cp312', status: 'rejected', wheel: tagged('cp312', 'linux_x86_64') },
        ]),
      'failure',
    );
    expect(result.gathered).toEqual([tagged('cp311', M28)]);
    expect(result.wheels).toEqual([tagged('cp311', M28)]);
    expect(result.success).toBe('false');
    expect(result.summary).toContain('| cp312 | ❌ rejected |');
  });

  it('gathers two legs, each from the directory of its artifact', () => {
    const legs = planned('["ubuntu-latest", "ubuntu-24.04-arm"]');
    const arm = 'manylinux_2_28_aarch64';
    const result = gatherRun(legs, (parts) => {
      layArtifact(path.join(parts, `wheelwright-${legs[0]!.artifact}-a1-linux-x64`), [
        { label: 'cp312', status: 'built', wheel: tagged('cp312', M28) },
      ]);
      layArtifact(path.join(parts, `wheelwright-${legs[1]!.artifact}-a1-linux-arm64`), [
        { label: 'cp312', status: 'built', wheel: tagged('cp312', arm) },
      ]);
    });
    expect(result.gathered).toEqual([tagged('cp312', arm), tagged('cp312', M28)]);
    expect(result.success).toBe('true');
    expect(result.summary).toContain(`| ${legs[1]!.name} | cp312 | ✅ built |`);
  });

  it("reads a re-run leg's newest attempt only, beside the failed attempt's artifact", () => {
    const legs = planned('["ubuntu-latest", "macos-latest"]');
    const mac = 'macosx_11_0_arm64';
    const result = gatherRun(legs, (parts) => {
      layArtifact(path.join(parts, `wheelwright-${legs[0]!.artifact}-a1-linux-x64`), [
        { label: 'cp311', status: 'built', wheel: tagged('cp311', M28) },
        { label: 'cp312', status: 'failed', wheel: tagged('cp312', M28) },
      ]);
      layArtifact(path.join(parts, `wheelwright-${legs[0]!.artifact}-a2-linux-x64`), [
        { label: 'cp311', status: 'built', wheel: tagged('cp311', M28) },
        { label: 'cp312', status: 'built', wheel: tagged('cp312', M28) },
      ]);
      layArtifact(path.join(parts, `wheelwright-${legs[1]!.artifact}-a1-macos-arm64`), [
        { label: 'cp312', status: 'built', wheel: tagged('cp312', mac) },
      ]);
    });
    expect(result.gathered).toEqual(
      [tagged('cp311', M28), tagged('cp312', M28), tagged('cp312', mac)].sort(),
    );
    expect(result.success).toBe('true');
    expect(result.summary).not.toContain('❌');
    expect(result.summary).toContain('attempt 2 (a re-run) replaces the earlier attempts');
  });

  it('says success false when PyPI would refuse a gathered wheel, and names it and why', () => {
    const legs = planned('["ubuntu-latest"]');
    const result = gatherRun(legs, (parts) =>
      layArtifact(parts, [
        { label: 'cp311', status: 'built', wheel: tagged('cp311', M28) },
        { label: 'cp312', status: 'built', wheel: tagged('cp312', 'linux_x86_64') },
      ]),
    );
    expect(result.gathered).toHaveLength(2);
    expect(result.success).toBe('false');
    expect(result.summary).toContain(
      `- \`${tagged('cp312', 'linux_x86_64')}\`: platform tag linux_x86_64: a linux_* tag promises nothing`,
    );
  });

  it('says success false when a leg uploaded nothing', () => {
    const legs = planned('["ubuntu-latest", "ubuntu-24.04-arm"]');
    const result = gatherRun(
      legs,
      (parts) => {
        layArtifact(path.join(parts, `wheelwright-${legs[0]!.artifact}-a1-linux-x64`), [
          { label: 'cp312', status: 'built', wheel: tagged('cp312', M28) },
        ]);
        layArtifact(path.join(parts, `wheelwright-${legs[1]!.artifact}-a1-linux-arm64`), []);
        rmSync(path.join(parts, `wheelwright-${legs[1]!.artifact}-a1-linux-arm64`), {
          recursive: true,
        });
      },
      'failure',
    );
    expect(result.success).toBe('false');
    expect(result.summary).toContain(`| ${legs[1]!.name} | | ❌ no artifact`);
  });

  it('says success false when only one of two jobs uploaded (its artifact then comes flat)', () => {
    const legs = planned('["ubuntu-latest", "ubuntu-24.04-arm"]');
    const result = gatherRun(legs, (parts) =>
      layArtifact(parts, [{ label: 'cp312', status: 'built', wheel: tagged('cp312', M28) }]),
    );
    expect(result.gathered).toEqual([tagged('cp312', M28)]);
    expect(result.success).toBe('false');
    expect(result.summary).toContain('| 1 of 2 jobs | | ❌ no artifact | |');
  });

  it.each([
    ['pkg-1.0-cp312-cp312-manylinux_2_28_x86_64.whl', null],
    ['pkg-1.0-cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64.whl', null],
    ['pkg-1.0-cp312-cp312-musllinux_1_2_x86_64.whl', null],
    ['pkg-1.0-cp312-cp312-macosx_10_13_universal2.whl', null],
    ['pkg-1.0-cp312-cp312-macosx_14_0_arm64.whl', null],
    ['pkg-1.0-cp312-cp312-win_amd64.whl', null],
    ['pkg-1.0-py3-none-any.whl', null],
    ['pkg-1.0-cp312-cp312-linux_armv7l.whl', null],
    ['pkg-1.0-cp312-cp312-linux_x86_64.whl', 'linux_x86_64'],
    ['pkg-1.0-cp312-cp312-macosx_14_2_arm64.whl', 'macosx_14_2_arm64'],
    ['pkg-1.0-cp312-cp312-manylinux_2_28_sparc.whl', 'manylinux_2_28_sparc'],
  ])('judges %s by the rule PyPI applies', (wheel, refusedTag) => {
    const legs = planned('["ubuntu-latest"]');
    const result = gatherRun(legs, (parts) =>
      layArtifact(parts, [{ label: 'cp312', status: 'built', wheel }]),
    );
    expect(result.success).toBe(refusedTag === null ? 'true' : 'false');
    if (refusedTag) expect(result.summary).toContain(`platform tag ${refusedTag}`);
  });
});
