import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { elfReader, systemLoader } from '../../src/verify/system-loader.js';
import { runAsync, type Ran } from './run.js';

/**
 * Every file through which this machine's loader could load each soname: the loader cache's
 * entries and the default directories, followed through their symlinks to the real files
 * (hiding a real file hides every link to it). A soname with no system copy is an error: the
 * caller meant to hide something that is not there.
 */
export async function systemCopies(sonames: Iterable<string>): Promise<string[]> {
  const { config } = await systemLoader('/usr/bin/python3', elfReader());
  const files = new Set<string>();
  for (const soname of sonames) {
    const candidates = [
      ...config.cache.filter((entry) => entry.name === soname).map((entry) => entry.path),
      ...config.defaultDirs.map((dir) => path.join(dir, soname)),
    ].filter((file) => existsSync(file));
    if (candidates.length === 0) throw new Error(`no system copy of ${soname} to hide`);
    for (const file of candidates) files.add(realpathSync(file));
  }
  return [...files].sort();
}

// Fixed text, never built from input: the files and the command arrive as arguments ($1…).
// Each file is covered by /dev/null, which the loader rejects as too short to be ELF; a mount
// that fails ends the script with 125 before the command runs.
const HIDE_AND_RUN = `
count=$1; shift
while [ "$count" -gt 0 ]; do
  mount --bind /dev/null "$1" || exit 125
  shift; count=$((count - 1))
done
exec "$@"`;

/**
 * Runs `argv` in a private mount namespace in which each of `files` reads as empty (/dev/null
 * bind-mounted over it): the system's copies of a wheel's libraries disappear for that command
 * alone. The mounts live and die with the namespace, which ends with the command, so nothing
 * leaks to the machine or to other commands, even when the test fails. Needs root (CI runs as
 * root), and util-linux's unshare.
 */
export async function runWithFilesHidden(
  files: string[],
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Ran> {
  const ran = await runAsync(
    [
      'unshare',
      '--mount',
      '--propagation',
      'private',
      '/bin/sh',
      '-c',
      HIDE_AND_RUN,
      'hide-and-run',
      String(files.length),
      ...files,
      ...argv,
    ],
    options,
  );
  if (ran.status === 125 || /^unshare: /m.test(ran.stderr))
    throw new Error(`could not hide ${files.join(', ')}: ${ran.stderr}`);
  return ran;
}
