import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWheelwrightSwapFile } from '../../src/provision/swap-file.js';
import {
  forgetSwap,
  readSwapRecords,
  recordSwap,
  swapStateFile,
} from '../../src/provision/swap-state.js';

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-swap-state-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const record = (name: string) => ({
  path: `/var/tmp/${name}`,
  bytes: 268435456,
  pid: 42,
  createdAt: '2025-01-01T00:00:00.000Z',
});

describe('the swap state file', () => {
  it('lives in WHEELWRIGHT_STATE_DIR, else the runner temp, else a per-user temp directory', () => {
    expect(swapStateFile({ WHEELWRIGHT_STATE_DIR: '/s', RUNNER_TEMP: '/r' })).toBe('/s/swap.json');
    expect(swapStateFile({ RUNNER_TEMP: '/r' })).toBe('/r/wheelwright/swap.json');
    expect(swapStateFile({})).toBe(
      path.join(os.tmpdir(), `wheelwright-${process.getuid!()}`, 'swap.json'),
    );
  });

  it('records, replaces and forgets swap files, keeping the others', () => {
    const file = path.join(scratch, 'state', 'swap.json');
    expect(readSwapRecords(file)).toEqual([]);
    recordSwap(file, record('a'));
    recordSwap(file, record('b'));
    recordSwap(file, { ...record('a'), pid: 7 });
    expect(readSwapRecords(file)).toEqual([record('b'), { ...record('a'), pid: 7 }]);
    forgetSwap(file, '/var/tmp/b');
    expect(readSwapRecords(file)).toEqual([{ ...record('a'), pid: 7 }]);
  });

  it('refuses a directory others may write to: its records steer what root deletes', () => {
    const dir = path.join(scratch, 'shared');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    expect(() => recordSwap(path.join(dir, 'swap.json'), record('a'))).toThrow(
      /state directory .*shared must be a directory of uid \d+ that nobody else can write to \(it is owned by uid \d+, mode 777\)/,
    );
  });

  it('refuses a file it did not write', () => {
    const file = path.join(scratch, 'swap.json');
    writeFileSync(file, JSON.stringify({ version: 1, swaps: [{ path: '/etc/passwd' }] }));
    expect(() => readSwapRecords(file)).toThrow(/is not a state file this wheelwright wrote/);
  });

  it('acts only on the names wheelwright gives its swap files', () => {
    expect(isWheelwrightSwapFile('/var/tmp/wheelwright-swap-0123456789abcdef')).toBe(true);
    expect(isWheelwrightSwapFile('/mnt/swapfile')).toBe(false);
    expect(isWheelwrightSwapFile('wheelwright-swap-0123456789abcdef')).toBe(false);
    expect(isWheelwrightSwapFile('/etc/wheelwright-swap-0123456789abcdef/../passwd')).toBe(false);
  });
});
