import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runAsync } from '../helpers/run.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-internal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A rejection nobody handles, half a second into the run: loaded before the entry by Node itself.
const REJECT_LATER = `--import "data:text/javascript,setTimeout(() => Promise.reject(new Error('boom')), 500)"`;
const INTERNAL_LINE = /^wheelwright: internal error: (.+) \(stack trace in (\S+)\)$/;

/** The one line the CLI printed for an internal error, and the stack trace it points to. */
function expectOneLine(stderr: string, message: RegExp): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  const line = stderr.trim().split('\n').at(-1)!;
  const match = INTERNAL_LINE.exec(line);
  expect(match, stderr).not.toBeNull();
  expect(match![1]).toMatch(message);
  expect(readFileSync(match![2]!, 'utf8')).toMatch(/^\s+at /m);
  rmSync(path.dirname(match![2]!), { recursive: true });
}

describe('an error wheelwright did not expect', () => {
  it('the CLI says in one line, names where the stack went, and exits 70', async () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    // a report directory below a file: the build cannot write its logs
    const ran = await runAsync([
      process.execPath,
      CLI,
      'build',
      path.join(ROOT, 'example'),
      '--python-versions',
      '/usr/bin/python3',
      '--build-isolation',
      'false',
      '--report-dir',
      path.join(file, 'report'),
      '--output-dir',
      path.join(dir, 'out'),
      '--cache-dir',
      path.join(dir, 'cache'),
    ]);
    expect(ran.status).toBe(70);
    expectOneLine(ran.stderr, /^ENOTDIR: not a directory, mkdir/);
  });

  it('the CLI treats a rejection nobody handled the same way', async () => {
    const ran = await runAsync([process.execPath, CLI, 'probe'], {
      env: {
        ...process.env,
        NODE_OPTIONS: `${REJECT_LATER} --import "data:text/javascript,setTimeout(() => {}, 2000)"`,
      },
    });
    expect(ran.status).toBe(70);
    expectOneLine(ran.stderr, /^boom$/);
  });

  it('the action fails the step with the message and still finishes its report', async () => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      XDG_CACHE_HOME: process.env.XDG_CACHE_HOME,
      TMPDIR: process.env.TMPDIR,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: ROOT,
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STATE: path.join(dir, 'state'),
      NODE_OPTIONS: REJECT_LATER,
      'INPUT_PACKAGE-DIR': 'example',
      'INPUT_PYTHON-VERSIONS': '/usr/bin/python3',
      'INPUT_BUILD-ISOLATION': 'false',
      INPUT_VERIFY: 'false',
      INPUT_CACHE: 'false',
      'INPUT_OUTPUT-DIR': path.join(dir, 'wheelhouse'),
      'INPUT_REPORT-DIR': path.join(dir, 'report'),
      'INPUT_CACHE-DIR': path.join(dir, 'action-cache'),
    };
    for (const name of ['summary.md', 'output', 'state']) writeFileSync(path.join(dir, name), '');
    const ran = await runAsync([process.execPath, path.join(ROOT, 'dist', 'main', 'index.js')], {
      env,
    });
    expect(ran.status, ran.stdout).toBe(1);
    expect(ran.stdout).toContain('::error::wheelwright: internal error: boom');
    // the rejection did not end the run: the build finished and the summary was written
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('1 of 1 wheel built');
  });
});
