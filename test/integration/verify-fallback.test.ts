import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBuild } from '../helpers/cli-build.js';
import { runAsync } from '../helpers/run.js';
import { downloadedDebianSource } from '../helpers/debian-sources.js';
import { buildWheel, tempDirs, VERIFY_FIXTURES } from '../helpers/verify-builds.js';
import type { BuildReport } from '../../src/report/build-report.js';
import { verifyWheel } from '../../src/verify/verify-wheel.js';
import { LINUX_TAG, multiarch } from '../helpers/machine.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';

// python3's tag as it says it is (cp311 in bookworm)
const CP = DEBIAN_PYTHON.id;

// Python 3.11 removed the thread state's frame: the optional extension fails to compile there.
const PYTHON = '/usr/bin/python3';
const temp = tempDirs();
afterAll(() => temp.removeAll());

describe('verify on a wheel that silently fell back to pure Python', () => {
  it('reports the compiled module the build announced and the wheel lacks, with the compile error', async () => {
    const dir = temp.make('ww-verify-fallback-');
    const built = buildWheel(path.join(VERIFY_FIXTURES, 'fallback'), PYTHON, dir);
    expect(built.status).toBe('built');
    const result = await verifyWheel({
      wheel: built.wheel,
      python: PYTHON,
      buildLog: built.log,
      workDir: path.join(dir, 'verify'),
    });
    // nothing else notices: the package imports, through its fallback
    expect(result.extensions).toEqual([]);
    expect(result.imports).toEqual([expect.objectContaining({ module: 'wwfallback', ok: true })]);

    expect(result.missingExtensions.map((e) => e.module)).toEqual(['wwfallback._speedups']);
    const card = result.diagnoses.find((d) => d.class === 'compiled-module-missing')!;
    expect(card.concerns).toEqual({ python: PYTHON, extension: 'wwfallback._speedups' });
    const evidence = card.evidence.map((e) => e.text).join('\n');
    expect(evidence).toContain("building 'wwfallback._speedups' extension");
    expect(evidence).toMatch(/error: .*has no member named .frame/);
    expect(evidence).toContain('building extension "wwfallback._speedups" failed');
    expect(card.evidence.every((e) => e.source === built.log && e.line! > 0)).toBe(true);
    expect(result.passed).toBe(false);
  });
});

// Debian's MarkupSafe (2.1.2 in bookworm), fetched when the file is collected; skipped, with the
// reason in the suite's name, where apt cannot fetch it.
const markupsafe = downloadedDebianSource('markupsafe', temp.make('ww-markupsafe-source-'));
const skipped = 'skip' in markupsafe ? ` (skipped: ${markupsafe.skip})` : '';

describe.skipIf('skip' in markupsafe)(
  `on a real package that falls back to pure Python by itself: Debian's MarkupSafe${skipped}`,
  () => {
    const { dir: MARKUPSAFE, version } =
      'dir' in markupsafe ? markupsafe : { dir: '', version: '' };

    /** The whole build as a user runs it, verification included, with extra build variables. */
    async function buildMarkupSafe(name: string, environment: string[]) {
      const dir = temp.make(`ww-verify-markupsafe-${name}-`);
      const { argv, reportDir, outputDir } = cliBuild(MARKUPSAFE, dir, name, {
        verify: true,
        extra: environment.length ? ['--environment', environment.join('\n')] : [],
      });
      const ran = await runAsync(argv);
      const report: BuildReport = JSON.parse(
        readFileSync(path.join(reportDir, 'report.json'), 'utf8'),
      );
      return { ran, report, reportDir, outputDir, build: report.builds[0]! };
    }

    it(`as released, its accelerator compiles: a ${CP} wheel with markupsafe._speedups`, async () => {
      const { ran, build, outputDir } = await buildMarkupSafe('plain', []);
      expect(ran.status, ran.stderr).toBe(0);
      expect(build.status).toBe('built');
      expect(path.basename(build.wheel!)).toMatch(
        new RegExp(`^MarkupSafe-${version.replaceAll('.', '\\.')}-${CP}-${CP}-${LINUX_TAG}\\.whl$`),
      );
      expect(readdirSync(outputDir)).toEqual([path.basename(build.wheel!)]);
      const listed = await runAsync([PYTHON, '-m', 'zipfile', '-l', build.wheel!]);
      expect(listed.stdout).toContain(`\nmarkupsafe/_speedups.cpython-311-${multiarch()}.so `);
      expect(build.diagnoses.map((d) => d.class)).toEqual(['platform-tag-not-accepted-by-pypi']);
    });

    it('under -Wextra -Werror it does not, setup.py ships pure Python, and verify says why', async () => {
      // a strict CI's CFLAGS: _speedups.c has unused `self` parameters, so its compile fails
      const { ran, build, reportDir } = await buildMarkupSafe('werror', [
        'CFLAGS="-Wextra -Werror"',
      ]);
      // the build itself succeeded: without verify, a py3-none-any wheel would have shipped
      expect(build.status).toBe('rejected');
      expect(ran.status).toBe(1);
      expect(readdirSync(path.join(reportDir, 'rejected'))).toEqual([
        `MarkupSafe-${version}-py3-none-any.whl`,
      ]);

      expect(build.diagnoses.map((d) => d.class)).toEqual(['compiled-module-missing']);
      const card = build.diagnoses[0]!;
      expect(card.concerns).toEqual({ python: PYTHON, extension: 'markupsafe._speedups' });
      expect(card.title).toContain('markupsafe._speedups was not compiled');
      // each piece of evidence is the log's own line, where the card says it is
      const log = readFileSync(build.log, 'utf8').split('\n');
      for (const e of card.evidence) {
        expect(e.source).toBe(build.log);
        expect(log[e.line! - 1]!.trim()).toBe(e.text);
      }
      expect(card.evidence.map((e) => e.text)).toEqual([
        "building 'markupsafe._speedups' extension",
        expect.stringMatching(
          /_speedups\.c:\d+:\d+: error: unused parameter .self. \[-Werror=unused-parameter\]$/,
        ),
        'WARNING: The C extension could not be compiled, speedups are not enabled.',
      ]);
      // and the user reads it in the summary printed at the end of the build
      expect(ran.stdout).toContain('markupsafe._speedups was not compiled');
      expect(ran.stdout).toMatch(new RegExp(`${CP}\\.log:\\d+: .*error: unused parameter`));
    });
  },
);
