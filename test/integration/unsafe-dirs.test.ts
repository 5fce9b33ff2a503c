import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBuild } from '../helpers/cli-build.js';
import { ROOT, runAsync } from '../helpers/run.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-unsafe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// nobody: another user, as a local attacker would be
const NOBODY = 65534;
const uid = process.getuid!();

/** A directory another user made first. */
function othersDir(where: string): string {
  mkdirSync(where, { recursive: true });
  chownSync(where, NOBODY, NOBODY);
  return where;
}

describe.skipIf(uid !== 0)('directories another user owns (needs root to give one away)', () => {
  it('refuses a scratch directory another user made first, naming it and its owner', async () => {
    const runnerTemp = path.join(dir, 'temp');
    const planted = othersDir(path.join(runnerTemp, `wheelwright-${uid}`));
    const { argv, outputDir } = cliBuild(path.join(ROOT, 'example'), dir, 'scratch');
    const ran = await runAsync(argv, { env: { ...process.env, RUNNER_TEMP: runnerTemp } });
    expect(ran.status, ran.stdout).toBe(2);
    expect(ran.stderr).toContain(
      `wheelwright: refusing ${planted}: the scratch directory is owned by nobody (uid ${NOBODY}), not by this user, root (uid 0): remove it or choose another`,
    );
    expect(ran.stderr).not.toContain('internal error');
    expect(() => mkdirSync(outputDir)).not.toThrow(); // nothing was built
  });

  it('refuses a cache directory another user owns', async () => {
    const cache = othersDir(path.join(dir, 'their-cache'));
    const { argv } = cliBuild(path.join(ROOT, 'example'), dir, 'cache', { cacheDir: cache });
    const ran = await runAsync(argv, {
      env: { ...process.env, RUNNER_TEMP: path.join(dir, 'ok') },
    });
    expect(ran.status, ran.stdout).toBe(2);
    expect(ran.stderr).toContain(
      `wheelwright: refusing ${cache}: cache-dir is owned by nobody (uid ${NOBODY}), not by this user`,
    );
  });
});
