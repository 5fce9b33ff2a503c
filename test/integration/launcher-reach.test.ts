import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBuild, readJournal } from '../helpers/cli-build.js';
import { ROOT, runAsync } from '../helpers/run.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-launcher-reach-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const report = (reportDir: string) =>
  JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
    launcher: { compiles: number; fallbacks: { count: number; reasons: string[] } };
  };

describe('every compile reaches the launcher, or the summary says which did not', () => {
  it('under a temporary directory too deep for a Unix socket address in it', async () => {
    // a self-hosted runner's RUNNER_TEMP can be this deep: the socket would need 150 bytes
    const deep = path.join(scratch, 'runner', 'x'.repeat(60), 'actions-runner', '_work', '_temp');
    mkdirSync(deep, { recursive: true });
    const { argv, reportDir } = cliBuild(path.join(ROOT, 'example'), scratch, 'deep');
    const ran = await runAsync(argv, { env: { ...process.env, RUNNER_TEMP: deep } });
    expect(ran.status, ran.stderr).toBe(0);
    expect(readJournal(reportDir).filter((r) => r.kind === 'compile')).toHaveLength(4);
    expect(report(reportDir).launcher.fallbacks).toEqual({ count: 0, reasons: [] });
    expect(ran.stdout).not.toContain('ran without the launcher');
  });

  it('says so when a build scrubs the launcher from its environment', async () => {
    const pkg = path.join(scratch, 'scrubbing');
    cpSync(path.join(ROOT, 'example'), pkg, { recursive: true });
    const setup = path.join(pkg, 'setup.py');
    // some build scripts run their compilers in an environment of their own making
    writeFileSync(
      setup,
      `import os\nos.environ.pop("WHEELWRIGHT_SOCKET", None)\n${readFileSync(setup, 'utf8')}`,
    );
    const { argv, reportDir } = cliBuild(pkg, scratch, 'scrubbing');
    const ran = await runAsync(argv);
    expect(ran.status, ran.stderr).toBe(0);
    expect(readJournal(reportDir)).toEqual([]);
    expect(report(reportDir).launcher.fallbacks).toEqual({
      count: 6,
      reasons: ['WHEELWRIGHT_SOCKET is not set or too long'],
    });
    expect(ran.stdout).toContain(
      '⚠️ **6 compile or link commands ran without the launcher** (WHEELWRIGHT_SOCKET is not set or too long)',
    );
  });
});
