import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupPy, TRIVIAL_MODULE } from '../helpers/diagnose-builds.js';
import { ROOT, run, runAsync } from '../helpers/run.js';
import { fakeRuntimeToken, startFakeServices } from '../helpers/fake-actions-services.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { LINUX_TAG, OLDEST_MANYLINUX } from '../helpers/machine.js';

// python3's build identifier, as it says it is (cp311 in bookworm)
const CP = DEBIAN_PYTHON.id;

/**
 * Runs a bundled step the way the runner does: inputs as INPUT_* variables, files for outputs and
 * state, and the state main saved handed to post as STATE_* variables. Steps of one job share `dir`.
 */
async function runStep(
  step: 'main' | 'post',
  inputs: Record<string, string>,
  dir = mkdtempSync(path.join(os.tmpdir(), 'ww-step-')),
  extraEnv: NodeJS.ProcessEnv = {},
) {
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STEP_SUMMARY: 'summary.md',
    GITHUB_STATE: 'state',
  };
  for (const name of Object.values(files)) writeFileSync(path.join(dir, name), '', { flag: 'a' });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    XDG_CACHE_HOME: process.env.XDG_CACHE_HOME,
    TMPDIR: process.env.TMPDIR,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: ROOT,
    ...extraEnv,
  };
  for (const [variable, name] of Object.entries(files)) env[variable] = path.join(dir, name);
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const records = (name: string) => {
    const found: Record<string, string> = {};
    for (const match of read(name).matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
      found[match[1]!] = match[3]!;
    return found;
  };
  if (step === 'post')
    for (const [name, value] of Object.entries(records('state'))) env[`STATE_${name}`] = value;
  const given = {
    'output-dir': path.join(dir, 'wheelhouse'),
    'report-dir': path.join(dir, 'report'),
    ...inputs,
  };
  for (const [name, value] of Object.entries(given)) env[`INPUT_${name.toUpperCase()}`] = value;
  // async: a test may serve the step's cache service from this very process
  const ran = await runAsync([process.execPath, path.join(ROOT, 'dist', step, 'index.js')], {
    env,
  });
  return { ...ran, dir, outputs: records('output'), summary: read('summary.md') };
}

const activeSwaps = () => readFileSync('/proc/swaps', 'utf8');

/** The runner's variables that point the action at the fake cache service. */
function cacheServiceEnv(url: string, scratch: string): Record<string, string> {
  return {
    ACTIONS_RESULTS_URL: `${url}/`,
    ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(),
    ACTIONS_CACHE_SERVICE_V2: 'True',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    // the same on every GitHub-hosted runner; the build trees, whose paths debug info records
    // and the object keys therefore hash, are made under it
    RUNNER_TEMP: path.join(scratch, 'runner-temp'),
  };
}

describe('the action, as the runner runs it', () => {
  it('adds the swap it was asked for in main and removes exactly that in post', async () => {
    const inputs = {
      'package-dir': 'example',
      'python-versions': '/usr/bin/python3',
      'build-isolation': 'false',
      swap: '256M',
    };
    const main = await runStep('main', inputs);
    const added = main.outputs['swap-added']!;
    try {
      expect(main.status, main.stdout).toBe(0);
      expect(added).toMatch(/wheelwright-swap-[0-9a-f]{16}$/);
      expect(activeSwaps()).toContain(added);
      expect(main.summary).toMatch(/\*\*Swap added:\*\* 256 MiB at/);
      const post = await runStep('post', inputs, main.dir);
      expect(post.status, post.stdout).toBe(0);
      expect(post.stdout).toContain(`removed the swap wheelwright added: ${added}`);
      expect(activeSwaps()).not.toContain(added);
      expect(existsSync(added)).toBe(false);
    } finally {
      if (added && activeSwaps().includes(added)) run(['swapoff', added]);
      if (added) rmSync(added, { force: true });
    }
  });

  it('leaves the swap with swap-cleanup: false', async () => {
    const inputs = {
      'package-dir': 'example',
      'python-versions': '/usr/bin/python3',
      'build-isolation': 'false',
      swap: '256M',
      'swap-cleanup': 'false',
    };
    const main = await runStep('main', inputs);
    const added = main.outputs['swap-added']!;
    try {
      const post = await runStep('post', inputs, main.dir);
      expect(post.stdout).toContain('wheelwright added no swap to remove.');
      expect(activeSwaps()).toContain(added);
    } finally {
      if (added && activeSwaps().includes(added)) run(['swapoff', added]);
      if (added) rmSync(added, { force: true });
    }
  });

  it('keeps the wheel as built when repair-command is written empty, and lists it', async () => {
    const step = await runStep('main', {
      'package-dir': 'example',
      'python-versions': '/usr/bin/python3',
      'build-isolation': 'false',
      'repair-command': '',
    });
    expect(step.status, step.stdout).toBe(0);
    // repair off: every built wheel is handed on, the summary says PyPI would refuse it
    expect(path.basename(step.outputs.wheels!)).toBe(
      `wheelwright_example-1.0.0-${CP}-${CP}-${LINUX_TAG}.whl`,
    );
    expect(step.summary).toContain('refuses it');
  });

  it('builds the example package, sets outputs and writes the summary', async () => {
    const step = await runStep('main', {
      'package-dir': 'example',
      'python-versions': '/usr/bin/python3',
      'build-isolation': 'false',
    });
    expect(step.status, step.stdout).toBe(0);
    expect(path.basename(step.outputs.wheels!)).toBe(
      `wheelwright_example-1.0.0-${CP}-${CP}-${OLDEST_MANYLINUX}.whl`,
    );
    expect(step.outputs.failed).toBe('');
    expect(step.outputs['failure-class']).toBe('');
    expect(JSON.parse(readFileSync(step.outputs.report!, 'utf8')).wheels).toEqual([
      step.outputs.wheels,
    ]);
    expect(step.stdout).toContain(`::group::✔ ${CP}: built in`);
    expect(Number(step.outputs.jobs)).toBeGreaterThanOrEqual(1);
    expect(Number(step.outputs['memory-effective'])).toBeGreaterThan(0);
    expect(Number(step.outputs.cpus)).toBeGreaterThanOrEqual(1);
    expect(step.outputs['largest-source']).toMatch(/\.c$/);
    expect(JSON.parse(step.outputs.plan!).jobs).toBe(Number(step.outputs.jobs));
    expect(JSON.parse(step.outputs.plan!).slots).toBe(Number(step.outputs.slots));
    expect(Number(step.outputs.slots)).toBeGreaterThanOrEqual(Number(step.outputs.jobs));
    expect(JSON.parse(step.outputs.probe!).memory.effectiveBytes).toBe(
      Number(step.outputs['memory-effective']),
    );
    expect(step.summary).toContain('✅ **1 of 1 wheel built**');
    expect(step.summary).toContain('| Memory |');
  });

  it('names the class of the first failure, and a failed before-build gets its own card', async () => {
    const step = await runStep('main', {
      'package-dir': 'example',
      'python-versions': '/usr/bin/python3',
      'build-isolation': 'false',
      'before-build': 'echo "fetching libfoo 1.2" >&2; echo "checksum mismatch" >&2; exit 7',
    });
    expect(step.status).toBe(1);
    expect(step.outputs.failed).toBe(CP);
    expect(step.outputs['failure-class']).toBe('before-build');
    expect(step.summary).toContain(
      `**${CP}: before-build failed (exit 7): echo "fetching libfoo 1.2" >&2; echo "checksum mismatch" >&2; exit 7** (\`before-build\`, high confidence)`,
    );
    expect(step.summary).toMatch(/log:\d+: fetching libfoo 1\.2\nlog:\d+: checksum mismatch\n```/);
    expect(step.summary).not.toMatch(/internal compiler error|jobs: 1/);
  });

  it('fails a broken compile with outputs and an annotation on its line; post still removes the swap main added', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'ww-step-workspace-'));
    const pkg = path.join(workspace, 'pkg');
    mkdirSync(path.join(pkg, 'src'), { recursive: true });
    writeFileSync(
      path.join(pkg, 'src', 'typo.c'),
      `#include <Python.h>\nint broken(void) { return undefined_name; }\n${TRIVIAL_MODULE('typo')}`,
    );
    writeFileSync(path.join(pkg, 'setup.py'), setupPy({ typo: ['src/typo.c'] }));
    const inputs = {
      'package-dir': pkg,
      'python-versions': '/usr/bin/python3',
      'build-isolation': 'false',
      swap: '256M',
    };
    const job = { GITHUB_WORKSPACE: workspace };
    const main = await runStep('main', inputs, undefined, job);
    const added = main.outputs['swap-added'];
    try {
      expect(main.status).toBe(1);
      expect(main.outputs.failed).toBe(CP);
      expect(main.outputs['failure-class']).toBe('compile-error');
      expect(main.outputs.wheels ?? '').toBe('');
      expect(main.summary).toContain('❌');
      // the error on the line that caused it, relative to the workspace, as GitHub shows it
      const annotations = main.stdout.split('\n').filter((l) => l.startsWith('::error '));
      expect(annotations).toEqual([
        expect.stringMatching(
          new RegExp(
            `^::error title=[^,]+ \\(${CP}\\),file=pkg/src/typo\\.c,line=2,col=27::src/typo\\.c:2:27: error: .undefined_name. undeclared`,
          ),
        ),
      ]);
      expect(added).toMatch(/wheelwright-swap-[0-9a-f]{16}$/);
      expect(activeSwaps()).toContain(added);

      const post = await runStep('post', inputs, main.dir, job);
      expect(post.status, post.stdout).toBe(0);
      expect(post.stdout).toContain(`removed the swap wheelwright added: ${added}`);
      expect(activeSwaps()).not.toContain(added);
      expect(existsSync(added!)).toBe(false);
    } finally {
      if (added && activeSwaps().includes(added)) run(['swapoff', added]);
      if (added) rmSync(added, { force: true });
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it.each([
    [
      { 'memory-per-job': 'abc' },
      "input 'memory-per-job': 'abc' is not accepted; expected 'auto' or a positive size",
    ],
    [
      { jobs: '0' },
      "input 'jobs': '0' is not accepted; expected 'auto' or a whole number from 1 to 4096",
    ],
    [{ jobs: '-3' }, "input 'jobs': '-3' is not accepted"],
    [
      { swap: 'sometimes' },
      "input 'swap': 'sometimes' is not accepted; expected 'auto', 'off' or a positive size",
    ],
    [
      { 'package-dir': 'no/such/dir' },
      "input 'package-dir': 'no/such/dir' is not accepted; no such directory",
    ],
  ])('fails on %j with one error line', async (inputs, line) => {
    const step = await runStep('main', { 'package-dir': 'example', ...inputs });
    expect(step.status).toBe(1);
    const errors = step.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.slice('::error::'.length).startsWith(line)).toBe(true);
  });

  it('with cache: restore-only restores and builds but saves nothing in post', async () => {
    const services = await startFakeServices();
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-step-cache-'));
    try {
      const service = cacheServiceEnv(services.url, scratch);
      const inputs = {
        'package-dir': 'example',
        'python-versions': '/usr/bin/python3',
        'build-isolation': 'false',
        'cache-dir': path.join(scratch, 'cache'),
        cache: 'restore-only',
      };
      const main = await runStep('main', inputs, undefined, service);
      expect(main.status, main.stdout).toBe(0);
      expect(main.stdout).toMatch(/cache meta: miss/);
      expect(main.stdout).toContain('cache: restore-only, nothing will be saved');
      // the objects are still used within the run: compiled once, filed in cache-dir
      expect(main.summary).toMatch(/object cache: 4 misses, nothing served/);
      const post = await runStep('post', inputs, main.dir, service);
      expect(post.status, post.stdout).toBe(0);
      expect(post.stdout).not.toMatch(/ saved /);
      expect(services.cacheEntries.size).toBe(0);
    } finally {
      await services.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('restores each extension’s objects in main and saves only what changed in post, across jobs', async () => {
    const services = await startFakeServices();
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-step-cache-'));
    try {
      const service = cacheServiceEnv(services.url, scratch);
      const inputs = {
        'package-dir': 'example',
        'python-versions': '/usr/bin/python3',
        'build-isolation': 'false',
        'cache-dir': path.join(scratch, 'cache'),
      };
      const job = async () => {
        const main = await runStep('main', inputs, undefined, service);
        expect(main.status, main.stdout).toBe(0);
        const post = await runStep('post', inputs, main.dir, service);
        expect(post.status, post.stdout).toBe(0);
        rmSync(inputs['cache-dir'], { recursive: true, force: true });
        return { main, post };
      };
      const saved = (post: { stdout: string }) =>
        post.stdout.split('\n').filter((l) => / saved wheelwright-v2-/.test(l));

      const first = await job();
      expect(first.main.stdout).toMatch(/cache meta: miss/);
      expect(first.main.summary).toMatch(/object cache: 4 misses, nothing served/);
      expect(saved(first.post).map((l) => l.split(':')[0])).toEqual([
        `cache ${CP}/wheelwright_example._stats`,
        `cache ${CP}/wheelwright_example._vector`,
        'cache meta',
      ]);
      const keys = [...services.cacheEntries.values()].map((e) => e.key);
      expect(
        keys.filter((k) => k.includes(`-obj-${CP}_wheelwright_example._vector-`)),
      ).toHaveLength(1);

      // the next job starts with an empty cache directory, as a fresh runner does
      const second = await job();
      expect(second.main.stdout).toContain(`cache ${CP}/wheelwright_example._vector: hit`);
      expect(second.main.stdout).toContain(`cache ${CP}/wheelwright_example._stats: hit`);
      expect(second.main.summary).toMatch(/object cache: 4 hits and 0 misses/);
      expect(second.post.stdout).toContain(
        `cache ${CP}/wheelwright_example._vector: skipped (the entry for this key exists)`,
      );
      expect(saved(second.post).filter((l) => l.includes('-obj-'))).toEqual([]);
      expect(second.main.stdout.split('\n').filter((l) => l.startsWith('::warning::'))).toEqual([]);
    } finally {
      await services.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
