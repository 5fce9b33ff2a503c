import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/report/build-report.js';
import { readJournal } from '../helpers/cli-build.js';
import { ARCH, LINUX_TAG } from '../helpers/machine.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { CLI, ROOT, runAsync } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { runPython, venvWith } from '../helpers/wheels.js';

// The ways of building users choose beyond the tests' usual `--build-isolation false`: the
// default isolated build, against a package index this test makes (Debian's setuptools and
// wheel wheels, from python3-setuptools-whl and python3-wheel-whl, served to pip with the
// PIP_NO_INDEX and PIP_FIND_LINKS a user without network would set: there is no PyPI here);
// `build-frontend: build` (Debian's python3-build); a repair-command of the user's own.

const PYTHON = '/usr/bin/python3';
const EXAMPLE = path.join(ROOT, 'example');
const DEBIAN_WHEELS = '/usr/share/python-wheels';

const temp = tempDirs();
afterAll(() => temp.removeAll());

/** A find-links directory holding `names`' wheels from Debian's, and nothing else. */
function localIndex(names: string[]): string {
  const dir = temp.make('ww-index-');
  for (const file of readdirSync(DEBIAN_WHEELS))
    if (names.some((name) => file.startsWith(`${name}-`)))
      copyFileSync(path.join(DEBIAN_WHEELS, file), path.join(dir, file));
  return dir;
}

/** `wheelwright build example` with `args`, its pip offline and pointed at `index`. */
async function build(args: string[], index: string) {
  const dir = temp.make('ww-ways-');
  const reportDir = path.join(dir, 'report');
  const outputDir = path.join(dir, 'wheelhouse');
  const ran = await runAsync(
    [
      process.execPath,
      CLI,
      'build',
      EXAMPLE,
      '--python-versions',
      PYTHON,
      '--output-dir',
      outputDir,
      '--report-dir',
      reportDir,
      ...args,
    ],
    { env: { ...process.env, PIP_NO_INDEX: '1', PIP_FIND_LINKS: index } },
  );
  const report = JSON.parse(
    readFileSync(path.join(reportDir, 'report.json'), 'utf8'),
  ) as BuildReport;
  const [only] = report.builds;
  return { ran, report, build: only!, log: readFileSync(only!.log, 'utf8'), reportDir, outputDir };
}

/** The wheel installs into a fresh venv of Debian's python3 and computes. */
async function expectWorking(wheel: string) {
  const python = await venvWith(PYTHON, wheel);
  const checked = await runPython(
    python,
    'import wheelwright_example as w; print(w.dot([1e16, 1.0, -1e16], [1, 1, 1]))',
  );
  expect(checked.stderr).toBe('');
  expect(checked.stdout.trim()).toBe('1.0');
}

describe('an isolated build (the default) against a local index', () => {
  it('installs setuptools and wheel from the index into the isolated environment; the compiles still go through the launcher', async () => {
    const index = localIndex(['setuptools', 'wheel']);
    const { ran, build: built, log, reportDir } = await build([], index);
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(built.status).toBe('built');
    // pip built in an environment of its own, from the index: no --no-build-isolation
    expect(log).not.toContain('--no-build-isolation');
    expect(log).toContain('Installing build dependencies');
    expect(log).toContain(`Looking in links: ${index}`);
    expect(log).toMatch(/Processing .*\/setuptools-[\d.]+-py3-none-any\.whl/);
    // CC and LDSHARED reached setuptools through pip's isolation: the launcher ran every compile
    const journal = readJournal(reportDir);
    expect(journal.filter((r) => r.kind === 'compile')).toHaveLength(4);
    expect(journal.filter((r) => r.kind === 'link')).toHaveLength(2);
    await expectWorking(built.wheel!);
  });

  it('fails, saying what is missing, where the index lacks a build requirement', async () => {
    const index = localIndex(['wheel']); // no setuptools
    const { ran, build: failed, log } = await build([], index);
    expect(ran.status).not.toBe(0);
    expect(failed.status).toBe('failed');
    expect(log).toMatch(/No matching distribution found for setuptools>=61/);
  });
});

describe('build-frontend: build', () => {
  it('builds with python -m build in its own isolated environment, from the local index', async () => {
    const index = localIndex(['setuptools', 'wheel', 'pip']);
    const { ran, build: built, log, reportDir } = await build(['--build-frontend', 'build'], index);
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(built.status).toBe('built');
    expect(log).toMatch(/"-m" "build"/);
    expect(log).toContain('Creating venv isolated environment');
    expect(log).toMatch(/Successfully built wheelwright_example-1\.0\.0-\S+\.whl/);
    expect(readJournal(reportDir).filter((r) => r.kind === 'compile')).toHaveLength(4);
    await expectWorking(built.wheel!);
  });

  it('builds with python -m build --no-isolation on what the interpreter has', async () => {
    const {
      ran,
      build: built,
      log,
    } = await build(['--build-frontend', 'build', '--build-isolation', 'false'], localIndex([]));
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(built.status).toBe('built');
    expect(log).toMatch(/"-m" "build" .*"--no-isolation"/);
    expect(log).not.toContain('Creating venv isolated environment');
  });
});

describe('a repair-command of the user’s own', () => {
  // What auditwheel does to a wheel that needs nothing bundled: the same files, a manylinux tag.
  const retag = (tag: string) =>
    [
      `${PYTHON} -m wheel unpack -d {dest_dir}/tree {wheel}`,
      `sed -i 's/-${LINUX_TAG}$/-${tag}/' {dest_dir}/tree/*/*.dist-info/WHEEL`,
      `${PYTHON} -m wheel pack -d {dest_dir} {dest_dir}/tree/*`,
      'rm -r {dest_dir}/tree',
    ].join(' && ');

  it('is given the built wheel and a directory; what it leaves there is verified and shipped', async () => {
    const tag = `manylinux_2_17_${ARCH}`;
    const {
      ran,
      build: built,
      log,
      outputDir,
    } = await build(['--build-isolation', 'false', '--repair-command', retag(tag)], localIndex([]));
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(built.status).toBe('built');
    const cp = DEBIAN_PYTHON.id;
    expect(path.basename(built.wheel!)).toBe(`wheelwright_example-1.0.0-${cp}-${cp}-${tag}.whl`);
    expect(readdirSync(outputDir)).toEqual([path.basename(built.wheel!)]);
    expect(log).toContain(`-m wheel pack -d`);
    await expectWorking(built.wheel!);
  });

  it('fails the version, naming the command’s failure, when the command fails', async () => {
    const {
      ran,
      build: failed,
      outputDir,
    } = await build(
      [
        '--build-isolation',
        'false',
        '--repair-command',
        'echo "auditwheel: command not found" >&2; exit 127',
      ],
      localIndex([]),
    );
    expect(ran.status).not.toBe(0);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/^repair-command failed \(.*127/);
    // nothing half-repaired is shipped
    expect(readdirSync(outputDir).filter((f) => f.endsWith('.whl'))).toEqual([]);
  });
});
