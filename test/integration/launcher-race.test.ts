import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testLauncher, type TestLauncher } from '../helpers/launcher.js';
import { ROOT, runAsync } from '../helpers/run.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'race-package');
const PYTHON = '/usr/bin/python3';
const RUNS = 50;
const EXPECTED = '117 227 337';

/** One parallel LTO build of the fixture in a fresh copy; what the three extensions return. */
async function buildOnce(
  env: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; values: string; log: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-race-'));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    const built = await runAsync(
      [PYTHON, 'setup.py', 'build_ext', '--parallel', '4', '--build-lib', 'out'],
      { cwd: dir, env },
    );
    if (built.status !== 0) return { ok: false, values: '', log: built.stderr };
    const code =
      'import race.e1 as a, race.e2 as b, race.e3 as c; print(a.value(), b.value(), c.value())';
    const imported = await runAsync([PYTHON, '-c', code], {
      cwd: path.join(dir, 'out'),
      env: { PATH: '/usr/bin:/bin' },
    });
    return { ok: imported.status === 0, values: imported.stdout.trim(), log: imported.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('three extensions sharing two sources, -flto, build_ext --parallel 4', () => {
  let launched: TestLauncher;
  beforeAll(async () => {
    launched = await testLauncher(PYTHON, { jobs: 2, budgetBytes: 8 * 1024 ** 3 });
  });
  afterAll(async () => launched.dispose());

  it('goes wrong when built plainly: the hazard is real', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { ok, values, log } = await buildOnce(process.env);
      const outcome = ok
        ? values
        : `failed: ${log.split('\n').find((l) => /error/i.test(l)) ?? 'no error line'}`;
      outcomes.push(outcome);
      if (outcome !== EXPECTED) break;
    }
    expect(outcomes.at(-1)).not.toBe(EXPECTED);
  });

  it(`is right ${RUNS} times in a row through the launcher`, async () => {
    const wrong: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-race-root-'));
      const { ok, values, log } = await buildOnce(launched.envFor(dir));
      rmSync(dir, { recursive: true, force: true });
      if (!ok || values !== EXPECTED) wrong.push(`run ${i + 1}: ${ok ? values : log.slice(-500)}`);
    }
    expect(wrong).toEqual([]);
    const journal = launched.launcher.coordinator.journal;
    expect(journal.filter((r) => r.kind === 'compile')).toHaveLength(RUNS * 9);
    expect(journal.filter((r) => r.kind === 'link')).toHaveLength(RUNS * 3);
    // the shared sources were compiled once per extension, with three different flag sets
    const alpha = journal.filter((r) => r.source?.endsWith('alpha.c'));
    expect(new Set(alpha.map((r) => r.flagsHash)).size).toBe(3);
    expect(readdirSync(launched.dir).includes('launcher.sock')).toBe(true);
  });
});
