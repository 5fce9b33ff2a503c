import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JournalRecord } from '../../src/launcher/journal.js';
import { CLI, run } from './run.js';

/**
 * `wheelwright build PKG` for Debian's python3 (or `pythons`), without isolation (no index
 * here), without verification unless `verify` and without repair unless `repair` (the tests of
 * the build and of verify look at wheels as built), its output, report and cache in
 * `<dir>/<name>-…` unless `cacheDir` is given.
 */
export function cliBuild(
  pkg: string,
  dir: string,
  name: string,
  options: {
    cacheDir?: string;
    pythons?: string[];
    verify?: boolean;
    repair?: string;
    extra?: string[];
  } = {},
) {
  const reportDir = path.join(dir, `${name}-report`);
  const outputDir = path.join(dir, `${name}-out`);
  const argv = [
    process.execPath,
    CLI,
    'build',
    pkg,
    '--python-versions',
    (options.pythons ?? ['/usr/bin/python3']).join(','),
    '--build-isolation',
    'false',
    '--verify',
    options.verify ? 'true' : 'false',
    '--repair-command',
    options.repair ?? 'off',
    '--cache-dir',
    options.cacheDir ?? path.join(dir, `${name}-cache`),
    '--output-dir',
    outputDir,
    '--report-dir',
    reportDir,
    ...(options.extra ?? []),
  ];
  return { argv, reportDir, outputDir };
}

/** The launcher's journal of a build: one record per compile and link. */
export function readJournal(reportDir: string): JournalRecord[] {
  return readFileSync(path.join(reportDir, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as JournalRecord);
}

/** Peak RSS of a command's largest process, as /usr/bin/time reports it (KiB → bytes). */
export function peakRssBytes(argv: string[], cwd?: string): number {
  const ran = run(['/usr/bin/time', '-f', '%M', ...argv], cwd === undefined ? {} : { cwd });
  if (ran.status !== 0) throw new Error(`${argv.join(' ')} failed: ${ran.stderr}`);
  return Number(ran.stderr.trim().split('\n').at(-1)) * 1024;
}
