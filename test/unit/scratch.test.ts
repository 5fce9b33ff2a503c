import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimScratch } from '../../src/build/scratch.js';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The id of a process that has ended. */
function deadPid(): number {
  return spawnSync('/bin/true').pid!;
}

describe('the scratch directory of a run', () => {
  it('is private, at a stable path per package, and another path while a run holds that', () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ww-scratch-'));
    const first = claimScratch(root, '/some/package');
    expect((statSync(first.dir).mode & 0o777).toString(8)).toBe('700');
    expect((statSync(path.dirname(first.dir)).mode & 0o777).toString(8)).toBe('700');
    // the same package while the first run builds it: a directory of its own
    const second = claimScratch(root, '/some/package');
    expect(second.dir).not.toBe(first.dir);
    second.release();
    first.release();
    expect(existsSync(first.dir)).toBe(false);
    // released, the stable path serves the next run again
    const third = claimScratch(root, '/some/package');
    expect(third.dir).toBe(first.dir);
    third.release();
  });

  it('removes what dead runs left, and only that', () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ww-scratch-'));
    const base = path.dirname(claimScratch(root, '/a').dir);
    const leftover = path.join(base, 'dead-run');
    const running = path.join(base, 'running');
    for (const [dir, pid] of [
      [leftover, deadPid()],
      [running, process.pid],
    ] as const) {
      mkdirSync(path.join(dir, 'cp311'), { recursive: true });
      writeFileSync(`${dir}.pid`, `${pid}\n`);
    }
    claimScratch(root, '/b');
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(`${leftover}.pid`)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });
});
