import { cpSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Where `.ci/run` unpacks `apt-get source pillow lxml`: outside the checkout, since third-party
 * sources are never committed.
 */
export const SOURCES_DIR =
  process.env.WHEELWRIGHT_TEST_SOURCES ?? '/var/cache/wheelwright-test-sources';

export type DebianSource =
  { found: true; dir: string; version: string } | { found: false; reason: string };

/**
 * The unpacked tree of a Debian source package (`pillow-9.4.0/`, holding its `setup.py`), or why
 * there is none, for a test to skip with.
 */
export function debianSource(pkg: string): DebianSource {
  const fetch = `.ci/run fetches it (deb-src, dpkg-dev, apt-get source ${pkg})`;
  if (!existsSync(SOURCES_DIR))
    return { found: false, reason: `${SOURCES_DIR} does not exist: ${fetch}` };
  // apt-get unpacks each upstream version once, into <pkg>-<version>; the newest one counts
  const trees = readdirSync(SOURCES_DIR)
    .filter((name) => name.startsWith(`${pkg}-`))
    .filter((name) => existsSync(path.join(SOURCES_DIR, name, 'setup.py')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const newest = trees.at(-1);
  if (newest === undefined)
    return { found: false, reason: `no unpacked ${pkg}-*/setup.py in ${SOURCES_DIR}: ${fetch}` };
  return {
    found: true,
    dir: path.join(SOURCES_DIR, newest),
    version: newest.slice(pkg.length + 1),
  };
}

/**
 * A private copy of a source tree, in `into`, to build in: pip builds in place, and the cached
 * tree must stay as apt-get unpacked it for the next run.
 */
export function copyOfSource(dir: string, into: string): string {
  const copy = path.join(into, path.basename(dir));
  cpSync(dir, copy, { recursive: true });
  return copy;
}
