import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheLayout } from '../../src/cache/layout.js';
import type { JournalRecord } from '../../src/launcher/journal.js';
import { cacheGroups } from '../../src/launcher/object-cache.js';
import type { BuildReport } from '../../src/report/build-report.js';
import { cliBuild, readJournal } from '../helpers/cli-build.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { ROOT, runAsync } from '../helpers/run.js';
import { runPython, venvWith } from '../helpers/wheels.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-object-cache-'));
const cacheDir = path.join(scratch, 'cache');
// A copy of the example, edited between runs: the cache is kept per package directory.
const pkg = path.join(scratch, 'example');
cpSync(path.join(ROOT, 'example'), pkg, { recursive: true });
const objects = cacheLayout(cacheDir, pkg).objects;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// the cache's groups are named by build: python3's is cp311 in bookworm
const CP = DEBIAN_PYTHON.id;
const VECTOR = `${CP}/wheelwright_example._vector`;
const STATS = `${CP}/wheelwright_example._stats`;
const UNLINKED = `${CP}/_unlinked`;

async function build(name: string, expectStatus = 0, cache = cacheDir) {
  const { argv, reportDir, outputDir } = cliBuild(pkg, scratch, name, { cacheDir: cache });
  const ran = await runAsync(argv);
  expect(ran.status, ran.stdout + ran.stderr).toBe(expectStatus);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
    launcher: BuildReport['launcher'];
  };
  const compiles = readJournal(reportDir).filter((r) => r.kind === 'compile');
  return { compiles, report, outputDir, reportDir };
}

const groups = () => new Map(cacheGroups(objects).map((g) => [g.group, g.keys]));
const hits = (compiles: JournalRecord[]) => compiles.filter((r) => r.cacheHit);

function edit(file: string, from: string, to: string): void {
  const full = path.join(pkg, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
}

describe('the object cache, in groups per extension', () => {
  it('files each extension’s objects in its own group; a shared source is in both, compiled with each one’s flags', async () => {
    const cold = await build('cold');
    expect(hits(cold.compiles)).toEqual([]);
    expect(cold.report.launcher).toMatchObject({ cache: { hits: 0, misses: 4, bytes: 0 } });
    const byGroup = groups();
    expect([...byGroup.keys()].sort()).toEqual([STATS, VECTOR]);
    expect(byGroup.get(VECTOR)).toHaveLength(2);
    expect(byGroup.get(STATS)).toHaveLength(2);
    // kahan.c is compiled with a different KAHAN_FLAVOUR for each: two different entries
    expect(new Set([...byGroup.get(VECTOR)!, ...byGroup.get(STATS)!]).size).toBe(4);
  });

  it('serves every object of an unchanged package, says what it saved, and the wheel works', async () => {
    const before = groups();
    const warm = await build('warm');
    expect(warm.compiles).toHaveLength(4);
    expect(hits(warm.compiles)).toHaveLength(4);
    const cache = warm.report.launcher.enabled ? warm.report.launcher.cache : null;
    expect(cache).toMatchObject({ hits: 4, misses: 0 });
    expect(cache!.bytes).toBeGreaterThan(4 * 1000);
    expect(cache!.savedMs).toBeGreaterThan(0);
    expect(readFileSync(path.join(warm.reportDir, 'summary.md'), 'utf8')).toMatch(
      /object cache: 4 hits and 0 misses, [\d.]+ [KM]iB served, \d+\.\d s of compiling saved/,
    );
    expect(groups()).toEqual(before);
    const [wheel] = readdirSync(warm.outputDir);
    const checked = await runPython(
      await venvWith('/usr/bin/python3', path.join(warm.outputDir, wheel!)),
      'import wheelwright_example as w; from wheelwright_example import _vector, _stats; print(w.dot([1e16, 1, -1e16], [1, 1, 1]), _vector.flavour(), _stats.flavour())',
    );
    expect(checked.stdout.trim()).toBe('1.0 vector stats');
  });

  it('discards a damaged entry, compiles that object again and files a sound one', async () => {
    const [damaged] = groups().get(VECTOR)!;
    const entry = path.join(objects, VECTOR, `${damaged}.o`);
    writeFileSync(entry, 'not an object');
    const again = await build('damaged');
    expect(hits(again.compiles)).toHaveLength(3);
    expect(again.compiles.filter((r) => !r.cacheHit && r.exitCode === 0)).toHaveLength(1);
    const [size, digest] = readFileSync(`${entry}.sha256`, 'utf8').split(' ');
    const bytes = readFileSync(entry);
    expect([bytes.length, createHash('sha256').update(bytes).digest('hex')]).toEqual([
      Number(size),
      digest,
    ]);
  });

  it('changes only the group of the extension whose source changed, and drops its stale object', async () => {
    const before = groups();
    edit('src/wheelwright_example/_stats.c', '#include', '/* changed */\n#include');
    const changed = await build('changed');
    expect(
      hits(changed.compiles)
        .map((r) => r.source)
        .sort(),
    ).toEqual(['src/common/kahan.c', 'src/common/kahan.c', 'src/wheelwright_example/_vector.c']);
    const after = groups();
    expect(after.get(VECTOR)).toEqual(before.get(VECTOR));
    expect(after.get(STATS)).toHaveLength(2);
    expect(after.get(STATS)!.filter((key) => !before.get(STATS)!.includes(key))).toHaveLength(1);
  });

  it('keeps the objects of a build that failed to link, and serves them once it is fixed', async () => {
    const linked = groups();
    edit(
      'setup.py',
      '("KAHAN_FLAVOUR", \'"stats"\')],',
      '("KAHAN_FLAVOUR", \'"stats"\')],\n            libraries=["ww_no_such_library"],',
    );
    // one more line: comments alone vanish when preprocessed, line numbers do not
    edit('src/wheelwright_example/_stats.c', '/* changed */', '/* changed */\n');
    const failed = await build('unlinked', 1);
    expect(failed.compiles.filter((r) => !r.cacheHit)).toHaveLength(1);
    const kept = groups();
    expect(kept.get(VECTOR)).toEqual(linked.get(VECTOR));
    // the failed extension's group is as the last good build left it; its new object waits apart
    expect(kept.get(STATS)).toEqual(linked.get(STATS));
    expect(kept.get(UNLINKED)).toHaveLength(2);

    edit('setup.py', '\n            libraries=["ww_no_such_library"],', '');
    const fixed = await build('fixed');
    expect(hits(fixed.compiles)).toHaveLength(4);
    const settled = groups();
    expect(settled.has(UNLINKED)).toBe(false);
    expect(settled.get(STATS)!.sort()).toEqual(kept.get(UNLINKED)!.sort());
  });

  it('builds on when the cache cannot store an object, and the summary says so', async () => {
    const broken = path.join(scratch, 'broken-cache');
    const root = cacheLayout(broken, pkg).objects;
    mkdirSync(root, { recursive: true });
    // where python3's groups should go there is a file: every store fails (ENOTDIR)
    writeFileSync(path.join(root, CP), 'in the way');
    const { compiles, report, reportDir } = await build('unwritable', 0, broken);
    expect(compiles.filter((r) => r.exitCode === 0)).toHaveLength(4);
    const cache = report.launcher.enabled ? report.launcher.cache : null;
    expect(cache!.problems).toHaveLength(4);
    expect(cache!.problems[0]).toMatch(
      new RegExp(`^storing [0-9a-f]{12} in ${CP}/wheelwright_example\\._\\w+: ENOTDIR`),
    );
    expect(readFileSync(path.join(reportDir, 'summary.md'), 'utf8')).toContain(
      '⚠️ 4 entries could not be read or written (storing ',
    );
  });
});
