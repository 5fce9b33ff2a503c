import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPACK_SCRIPT } from './repack-script.js';

const run = promisify(execFile);

// Zips are read and written by the wheel's own interpreter's zipfile: no zip library to carry in
// the bundle, the same reader verify unpacks with, and it keeps each entry's permission bits and
// date (fflate's reader returns only the contents, so a repack with it would lose the executable
// bits of scripts). The repack is repack_wheel.py.

/** Unpacks a wheel into a directory. */
export async function unpackWheel(python: string, wheel: string, into: string): Promise<void> {
  await run(python, ['-m', 'zipfile', '-e', wheel, into]);
}

/** The names of a wheel's entries, in the order of the archive (directories excluded). */
export async function wheelEntries(python: string, wheel: string): Promise<string[]> {
  const { stdout } = await run(python, [
    '-c',
    'import json, sys, zipfile\nprint(json.dumps([i.filename for i in zipfile.ZipFile(sys.argv[1]).infolist() if not i.is_dir()]))',
    wheel,
  ]);
  return JSON.parse(stdout) as string[];
}

/**
 * Writes `target` from the files under `root`, in `order` (paths inside the wheel): entries the
 * source wheel had keep their permission bits and date, new ones take the file's own.
 */
export async function packWheel(
  python: string,
  source: string,
  target: string,
  root: string,
  order: string[],
): Promise<void> {
  await run(python, ['-c', REPACK_SCRIPT, JSON.stringify([source, target, root, order])], {
    maxBuffer: 16 * 1024 * 1024,
  });
}
