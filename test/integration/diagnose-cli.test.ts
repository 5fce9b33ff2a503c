import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiagnoseReport } from '../../src/cli/diagnose-command.js';
import { logOf, pipWheel, Scratch, setupPy, TRIVIAL_MODULE } from '../helpers/diagnose-builds.js';
import { CLI, ROOT, run } from '../helpers/run.js';

// `wheelwright diagnose` as a user runs it (the bundled CLI), on logs of real pip builds on this
// machine and on logs copied from other tools' CI runs (the fitted corpus).

const scratch = new Scratch();
let failedLog: string;
let builtLog: string;

beforeAll(() => {
  const out = scratch.dir();
  const broken = scratch.package({
    'src/fast.c': `#include <nosuchlib/thing.h>\n${TRIVIAL_MODULE('fast')}`,
    'setup.py': setupPy({ fast: ['src/fast.c'] }),
  });
  const failed = pipWheel(broken, out);
  expect(failed.status).not.toBe(0);
  failedLog = path.join(scratch.dir(), 'failed.log');
  writeFileSync(failedLog, logOf(failed));
  const fine = scratch.package({
    'src/fast.c': TRIVIAL_MODULE('fast'),
    'setup.py': setupPy({ fast: ['src/fast.c'] }),
  });
  const built = pipWheel(fine, out);
  expect(built.status, logOf(built)).toBe(0);
  builtLog = path.join(scratch.dir(), 'built.log');
  writeFileSync(builtLog, logOf(built));
}, 120_000);
afterAll(() => scratch.removeAll());

const diagnose = (...argv: string[]) => run([process.execPath, CLI, 'diagnose', ...argv]);
const corpus = (file: string) => path.join(ROOT, 'test', 'fixtures', 'diagnose', 'fitted', file);

describe('wheelwright diagnose', () => {
  test('one log: an object with its main class and each diagnosis with its evidence lines', () => {
    const ran = diagnose(failedLog, '--json');
    expect(ran.status, ran.stderr).toBe(0);
    const report = JSON.parse(ran.stdout) as DiagnoseReport;
    expect(Object.keys(report)).toEqual(['log', 'class', 'diagnoses']);
    expect(report).toMatchObject({ log: failedLog, class: 'missing-header' });
    const [main] = report.diagnoses;
    expect(Object.keys(main!)).toEqual(['class', 'confidence', 'evidence', 'remedy']);
    expect(main!.evidence[0]!.text).toContain('nosuchlib/thing.h: No such file or directory');
    expect(main!.evidence[0]!.line).toBeGreaterThan(0);
    expect(main!.remedy).toContain('nosuchlib/thing.h');
  });

  test('several logs: an array in order, "none" for the one that built', () => {
    const logs = [
      failedLog,
      builtLog,
      corpus('oom-killed/llvm-mos-collect2-polish.log'),
      corpus('parallel-race/mdk4-ranlib-truncated.log'),
    ];
    const ran = diagnose('--json', ...logs);
    expect(ran.status, ran.stderr).toBe(0);
    const reports = JSON.parse(ran.stdout) as DiagnoseReport[];
    expect(reports.map((r) => [r.log, r.class])).toEqual([
      [logs[0], 'missing-header'],
      [logs[1], 'none'],
      [logs[2], 'oom-killed'],
      [logs[3], 'parallel-race'],
    ]);
    expect(reports[1]!.diagnoses).toEqual([]);
  });

  test('- reads standard input; without --json each log gets readable cards', () => {
    const ran = spawnSync(process.execPath, [CLI, 'diagnose', '-'], {
      input: readFileSync(failedLog, 'utf8'),
      encoding: 'utf8',
    });
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/^-: missing-header\n/);
    expect(ran.stdout).toContain('**-: A header is missing: nosuchlib/thing.h** (`missing-header`');
    expect(ran.stdout).toContain('What to do: install the development package');
  });

  test('bad arguments: exit 2 with a line naming them', () => {
    const cases: [string[], RegExp][] = [
      [[], /^usage: wheelwright diagnose LOG\.\.\./],
      [['/nonexistent/build.log'], /LOG '\/nonexistent\/build\.log': no such file/],
      [[ROOT], /LOG '.*': not a file; expected a build log file, or - for standard input/],
      [['-', '-'], /LOG '-' is given more than once/],
      [[failedLog, '--verbose'], /Unknown option '--verbose'/],
    ];
    for (const [argv, message] of cases) {
      const ran = diagnose(...argv);
      expect(ran.status, argv.join(' ')).toBe(2);
      expect(ran.stderr, argv.join(' ')).toMatch(message);
      expect(ran.stdout).toBe('');
    }
  });
});
