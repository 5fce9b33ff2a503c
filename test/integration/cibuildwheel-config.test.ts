import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, run } from '../helpers/run.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-cibw-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a package configured only through [tool.cibuildwheel]', () => {
  it('builds and tests through wheelwright with no other setting', () => {
    const reportDir = path.join(scratch, 'report');
    // Only what this machine needs: no package index here, so no isolated build; a temp output.
    const env = {
      ...process.env,
      WHEELWRIGHT_BUILD_ISOLATION: 'false',
      WHEELWRIGHT_PYTHON_VERSIONS: '/usr/bin/python3',
    };
    const ran = run(
      [
        process.execPath,
        CLI,
        'build',
        path.join(ROOT, 'test', 'fixtures', 'cibuildwheel-package'),
        '--output-dir',
        path.join(scratch, 'out'),
        '--report-dir',
        reportDir,
      ],
      { env },
    );
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    for (const key of ['before-build', 'environment', 'test-command']) {
      expect(ran.stderr).toContain(
        `wheelwright: ${key} from pyproject.toml [tool.cibuildwheel] ${key}`,
      );
    }
    const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
    expect(report.builds[0].status).toBe('built');
    const log = readFileSync(report.builds[0].log, 'utf8');
    // the test command ran against the installed wheel, and its assertions passed
    expect(log).toContain('import cibwonly; assert cibwonly.greeting()');
  });
});
