import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBuild } from '../helpers/cli-build.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-cancel-'));
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
  // what a failed test left behind: this test started these processes
  for (const line of processesOfRun()) {
    try {
      process.kill(Number(line.split(' ')[0]), 'SIGKILL');
    } catch {
      // gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

async function until(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a build cancelled by SIGTERM', () => {
  it('stops every build process, keeps the wheel already built and reports the cancellation', async () => {
    mkdirSync(runnerTemp);
    const pkg = path.join(dir, 'pkg');
    const sleeping = path.join(dir, 'sleeping');
    mkdirSync(pkg);
    writeFileSync(
      path.join(pkg, 'fast.c'),
      '#include <Python.h>\nstatic struct PyModuleDef m = {PyModuleDef_HEAD_INIT, "fast"};\nPyMODINIT_FUNC PyInit_fast(void) { return PyModule_Create(&m); }\n',
    );
    // The debug interpreter's build sleeps in setup.py, in a child of its own, until stopped;
    // Debian's python3 builds its wheel at once.
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
    const { argv, reportDir, outputDir } = cliBuild(pkg, dir, 'cancel', {
      pythons: ['/usr/bin/python3', '/usr/bin/python3.11-dbg'],
    });
    const child = spawn(argv[0]!, argv.slice(1), {
      env: { ...process.env, RUNNER_TEMP: runnerTemp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (code) => resolve(code)),
    );

    await until('the fast wheel and the slow build’s sleep', () => {
      const wheels = existsSync(outputDir) ? readdirSync(outputDir) : [];
      return wheels.length === 1 && existsSync(sleeping);
    });
    expect(processesOfRun().length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    const code = await exited;

    expect(code, output).toBe(143);
    expect(processesOfRun()).toEqual([]);
    const wheels = readdirSync(outputDir);
    expect(wheels).toEqual([expect.stringMatching(/^slowfast-1\.0-cp311-cp311-linux_\w+\.whl$/)]);
    const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
    expect(report.cancelled).toBe(true);
    expect(report.builds.map((b: { id: string; status: string }) => [b.id, b.status])).toEqual([
      ['cp311', 'built'],
      ['cp311d', 'cancelled'],
    ]);
    expect(report.builds[1].error).toBe('cancelled (SIGTERM)');
    expect(readFileSync(path.join(reportDir, 'summary.md'), 'utf8')).toContain('⏹️ **Cancelled**');
    expect(output).toContain('wheelwright: cancelled by SIGTERM');
  });
});
