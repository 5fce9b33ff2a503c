// Third-party sources come from Debian, never from the repository: Pillow's and lxml's unpacked
// by .ci/run into SOURCES_DIR (debianSource), others downloaded by the test that needs them and
// checked against their .dsc (downloadedDebianSource).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from './run.js';

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

/** An upstream source downloaded and unpacked in a directory, or why it could not be had here. */
export type DownloadedSource = { dir: string; version: string } | { skip: string };

/** The files a `.dsc` lists under Checksums-Sha256, by name. */
export function dscChecksums(dsc: string): Map<string, string> {
  const section = /^Checksums-Sha256:\n((?:[ \t].*\n?)*)/m.exec(dsc)?.[1] ?? '';
  const checksums = new Map<string, string>();
  for (const line of section.split('\n')) {
    const [sha, , name] = line.trim().split(/\s+/);
    if (sha && name) checksums.set(name, sha);
  }
  return checksums;
}

/**
 * Debian's upstream tarball of source package `name` (`apt-get source --download-only`, deb-src
 * enabled by .ci/run), unpacked under `into`. apt checks the `.dsc` against the signed Sources
 * index; the `.orig` tarball is checked here against the `.dsc`'s SHA-256, and a mismatch
 * throws. Only the `.dsc` and the `.orig` are needed: some mirrors answer 404 for the
 * `.debian.tar.xz`, which fails apt-get but leaves those two.
 */
export function downloadedDebianSource(name: string, into: string): DownloadedSource {
  const downloads = path.join(into, 'apt');
  mkdirSync(downloads, { recursive: true });
  let fetched;
  try {
    fetched = run(['apt-get', 'source', '--download-only', name], { cwd: downloads });
  } catch (error) {
    return { skip: `apt-get could not run: ${(error as Error).message}` };
  }
  const dsc = readdirSync(downloads).find((file) => file.endsWith('.dsc'));
  const said = fetched.stderr.trim().split('\n').at(-1) ?? '';
  if (!dsc)
    return { skip: `apt-get source ${name} fetched no .dsc (is deb-src enabled?): ${said}` };
  const text = readFileSync(path.join(downloads, dsc), 'utf8');
  const orig = [...dscChecksums(text)].find(([file]) => /\.orig\.tar\.\w+$/.test(file));
  if (!orig || !existsSync(path.join(downloads, orig[0])))
    return { skip: `apt-get source ${name} fetched no .orig tarball: ${said}` };
  const [tarball, expected] = orig;
  const actual = createHash('sha256')
    .update(readFileSync(path.join(downloads, tarball)))
    .digest('hex');
  if (actual !== expected)
    throw new Error(`${tarball}: SHA-256 ${actual}, but ${dsc} lists ${expected}`);
  const unpacked = path.join(into, 'src');
  mkdirSync(unpacked);
  const untar = run(['tar', '-xf', path.join(downloads, tarball), '-C', unpacked]);
  if (untar.status !== 0) throw new Error(`tar could not unpack ${tarball}: ${untar.stderr}`);
  const [top, ...more] = readdirSync(unpacked);
  if (top === undefined || more.length > 0)
    throw new Error(`${tarball} holds ${more.length + 1} top-level entries, not one directory`);
  const version = /^Version: (?:\d+:)?(.+?)(?:-[^-]+)?$/m.exec(text)?.[1] ?? '';
  return { dir: path.join(unpacked, top), version };
}
