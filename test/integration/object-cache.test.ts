import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../src/launcher/journal.js';
import { cliBuild, readJournal } from '../helpers/cli-build.js';
import { ROOT, run } from '../helpers/run.js';
import { runPython, venvWith } from '../helpers/wheels.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-object-cache-'));
const cacheDir = path.join(scratch, 'cache');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(name: string): JournalRecord[] {
  const { argv, reportDir } = cliBuild(path.join(ROOT, 'example'), scratch, name, { cacheDir });
  const ran = run(argv);
  expect(ran.status, ran.stderr).toBe(0);
  return readJournal(reportDir);
}

const compiles = (journal: JournalRecord[]) => journal.filter((r) => r.kind === 'compile');

describe('the object cache', () => {
  it('serves every object of an unchanged package from the cache, and the wheel still works', async () => {
    expect(compiles(build('cold')).filter((r) => r.cacheHit)).toEqual([]);
    const warm = compiles(build('warm'));
    expect(warm).toHaveLength(4);
    expect(warm.every((r) => r.cacheHit)).toBe(true);
    const [wheel] = readdirSync(path.join(scratch, 'warm-out'));
    const checked = await runPython(
      await venvWith('/usr/bin/python3', path.join(scratch, 'warm-out', wheel!)),
      'import wheelwright_example as w; from wheelwright_example import _vector, _stats; print(w.dot([1e16, 1, -1e16], [1, 1, 1]), _vector.flavour(), _stats.flavour())',
    );
    expect(checked.stdout.trim()).toBe('1.0 vector stats');
  });

  it('discards a damaged entry and compiles that object again', () => {
    const objects = path.join(cacheDir, 'objects');
    const entries = readdirSync(objects).flatMap((d) =>
      readdirSync(path.join(objects, d))
        .filter((f) => f.endsWith('.o'))
        .map((f) => path.join(objects, d, f)),
    );
    expect(entries).toHaveLength(4);
    writeFileSync(entries[0]!, 'not an object');
    const again = compiles(build('damaged'));
    expect(again.filter((r) => r.cacheHit)).toHaveLength(3);
    expect(again.filter((r) => !r.cacheHit && r.exitCode === 0)).toHaveLength(1);
  });
});
