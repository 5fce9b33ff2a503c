import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBuild } from '../helpers/cli-build.js';
import { DEBIAN_DEBUG, DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { ROOT, runAsync } from '../helpers/run.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-cancel-'));
mkdirSync(path.join(dir, 'runner-temp'));
// where the builds run (the scratch directory is made below it): every process of the run
// works there
const runnerTemp = path.join(dir, 'runner-temp');
// the slow build's own sleeper, recognisable by its argument
const SLEEP = '6011';

/** Processes whose working directory or command line lies in the run's directories. */
function processesOfRun(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (
        cwd.startsWith(runnerTemp) ||
        cmdline.includes(runnerTemp) ||
        cmdline.includes(` ${SLEEP}`)
      )
        found.push(`${pid} (${cwd}): ${cmdline}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

afterAll(() => {
  killProcessesOfRun(); // what a failed test left behind
  rmSync(dir, { recursive: true, force: true });
});

async function until(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Kills what a test's run left running (this test started them). */
function killProcessesOfRun(): void {
  for (const line of processesOfRun()) {
    try {
      process.kill(Number(line.split(' ')[0]), 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/**
 * Starts `wheelwright build` of a package for python3, which builds its wheel at once, and its
 * debug build (python3.11-dbg in bookworm), whose setup.py sleeps in a child of its own until
 * stopped; resolves once the first wheel is in output-dir and the second build sleeps.
 */
async function startSlowBuild(name: string, as: 'cli' | 'action' = 'cli') {
  const pkg = path.join(dir, `${name}-pkg`);
  const sleeping = path.join(dir, `${name}-sleeping`);
  mkdirSync(pkg);
  writeFileSync(
    path.join(pkg, 'fast.c'),
    '#include <Python.h>\nstatic struct PyModuleDef m = {PyModuleDef_HEAD_INIT, "fast"};\nPyMODINIT_FUNC PyInit_fast(void) { return PyModule_Create(&m); }\n',
  );
  writeFileSync(
    path.join(pkg, 'setup.py'),
    `import subprocess, sys
from setuptools import Extension, setup
if hasattr(sys, "gettotalrefcount"):
    sleeper = subprocess.Popen(["sleep", "${SLEEP}"])
    open(${JSON.stringify(sleeping)}, "w").close()
    sleeper.wait()
setup(name="slowfast", version="1.0", ext_modules=[Extension("fast", ["fast.c"])])
`,
  );
  const pythons = ['/usr/bin/python3', DEBIAN_DEBUG.executable];
  const { argv, reportDir, outputDir } = cliBuild(pkg, dir, name, { pythons });
  const env: NodeJS.ProcessEnv = { ...process.env, RUNNER_TEMP: runnerTemp };
  if (as === 'action') {
    // the action's main step, as the runner starts it: inputs and files in the environment
    const files = {
      GITHUB_STEP_SUMMARY: 'summary.md',
      GITHUB_OUTPUT: 'output',
      GITHUB_STATE: 'state',
    };
    for (const [variable, file] of Object.entries(files)) {
      env[variable] = path.join(dir, `${name}-${file}`);
      writeFileSync(env[variable]!, '');
    }
    const inputs = {
      'package-dir': pkg,
      'python-versions': pythons.join(' '),
      'build-isolation': 'false',
      verify: 'false',
      cache: 'false',
      'output-dir': outputDir,
      'report-dir': reportDir,
      'cache-dir': path.join(dir, `${name}-cache`),
    };
    for (const [input, value] of Object.entries(inputs))
      env[`INPUT_${input.toUpperCase()}`] = value;
    argv.splice(1, argv.length, path.join(ROOT, 'dist', 'main', 'index.js'));
  }
  const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const run = {
    child,
    reportDir,
    outputDir,
    output: '',
    exited: Promise.resolve<number | null>(null),
  };
  child.stdout.on('data', (chunk) => (run.output += chunk));
  child.stderr.on('data', (chunk) => (run.output += chunk));
  run.exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  await until('the fast wheel and the slow build’s sleep', () => {
    const wheels = existsSync(outputDir) ? readdirSync(outputDir) : [];
    return wheels.length === 1 && existsSync(sleeping);
  });
  return run;
}

describe('a build cancelled by SIGTERM', () => {
  it('stops every build process, keeps the wheel already built and reports the cancellation', async () => {
    const run = await startSlowBuild('cancel');
    const { child, exited, outputDir, reportDir } = run;
    expect(processesOfRun().length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    const code = await exited;

    expect(code, run.output).toBe(143);
    expect(processesOfRun()).toEqual([]);
    const wheels = readdirSync(outputDir);
    const cp = DEBIAN_PYTHON.id;
    expect(wheels).toEqual([
      expect.stringMatching(new RegExp(`^slowfast-1\\.0-${cp}-${cp}-linux_\\w+\\.whl$`)),
    ]);
    const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
    expect(report.cancelled).toBe(true);
    expect(report.builds.map((b: { id: string; status: string }) => [b.id, b.status])).toEqual([
      [cp, 'built'],
      [DEBIAN_DEBUG.id, 'cancelled'],
    ]);
    expect(report.builds[1].error).toBe('cancelled (SIGTERM)');
    expect(readFileSync(path.join(reportDir, 'summary.md'), 'utf8')).toContain('⏹️ **Cancelled**');
    expect(run.output).toContain('wheelwright: cancelled by SIGTERM');
  });
});

describe('the action’s main step cancelled by SIGTERM', () => {
  it('stops the builds, keeps the wheel, writes the summary and fails the step', async () => {
    const run = await startSlowBuild('action', 'action');
    run.child.kill('SIGTERM');
    expect(await run.exited, run.output).toBe(1);
    expect(processesOfRun()).toEqual([]);
    expect(readdirSync(run.outputDir)).toHaveLength(1);
    expect(run.output).toMatch(/^::error::cancelled by SIGTERM: the running builds were stopped/m);
    expect(readFileSync(path.join(dir, 'action-summary.md'), 'utf8')).toContain('⏹️ **Cancelled**');
    expect(
      JSON.parse(readFileSync(path.join(run.reportDir, 'report.json'), 'utf8')).cancelled,
    ).toBe(true);
  });
});

describe('a run killed outright (SIGKILL)', () => {
  it('built in a private directory, whose leftovers the post step removes', async () => {
    const base = path.join(runnerTemp, `wheelwright-${process.getuid!()}`);
    const { child, exited } = await startSlowBuild('killed');
    // while it builds: this user's directories only, the socket inside
    const scratch = readdirSync(base).filter((name) => !name.endsWith('.pid'));
    expect(scratch).toHaveLength(1);
    const scratchDir = path.join(base, scratch[0]!);
    for (const private_ of [base, scratchDir])
      expect((statSync(private_).mode & 0o777).toString(8), private_).toBe('700');
    expect(statSync(path.join(scratchDir, 'launcher.sock')).isSocket()).toBe(true);
    expect(readFileSync(`${scratchDir}.pid`, 'utf8').trim()).toBe(String(child.pid));

    child.kill('SIGKILL');
    await exited;
    killProcessesOfRun(); // a SIGKILL leaves the builds to run on: nothing can stop them
    expect(existsSync(scratchDir)).toBe(true);
    // a live run's directory is not a leftover
    const live = path.join(base, 'live');
    mkdirSync(live);
    writeFileSync(`${live}.pid`, `${process.pid}\n`);

    const post = await runAsync([process.execPath, path.join(ROOT, 'dist', 'post', 'index.js')], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        XDG_CACHE_HOME: process.env.XDG_CACHE_HOME,
        TMPDIR: process.env.TMPDIR,
        RUNNER_TEMP: runnerTemp,
      },
    });
    expect(post.status, post.stdout).toBe(0);
    expect(post.stdout).toContain(`removed what a killed run left: ${scratchDir}`);
    expect(existsSync(scratchDir)).toBe(false);
    expect(existsSync(`${scratchDir}.pid`)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('leaves nothing of its own under RUNNER_TEMP once the post step ran, whatever the layout', async () => {
    const base = `wheelwright-${process.getuid!()}`;
    const before = new Set(readdirSync(runnerTemp, { recursive: true }) as string[]);
    const { child, exited } = await startSlowBuild('leftover');
    child.kill('SIGKILL');
    await exited;
    killProcessesOfRun();
    const post = await runAsync([process.execPath, path.join(ROOT, 'dist', 'post', 'index.js')], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: runnerTemp },
    });
    expect(post.status, post.stdout).toBe(0);
    // only the private base stays between runs, by design (README: builds run in wheelwright-<uid>/)
    const left = (readdirSync(runnerTemp, { recursive: true }) as string[]).filter(
      (entry) => !before.has(entry) && entry !== base,
    );
    expect(left).toEqual([]);
  });
});
