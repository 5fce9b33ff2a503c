import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseProcSwaps, type ActiveSwap } from '../../src/provision/proc-swaps.js';

export const activeSwaps = (): ActiveSwap[] => parseProcSwaps(readFileSync('/proc/swaps', 'utf8'));

export interface SwapScratch {
  root: string;
  /** WHEELWRIGHT_STATE_DIR for the runs of one test. */
  stateDir: string;
  /** A directory on this machine's disk, for --swap-dir. */
  swapDir: string;
  /** The system's temporary directory for the CLI (TMPDIR): on disk, inside root. */
  tmpDir: string;
  /** A clean environment: no runner variables, system PATH, the directories above. */
  env: NodeJS.ProcessEnv;
  /** Turns off every swap under root, unmounts what is mounted under it and deletes it. */
  cleanUp(): void;
}

/**
 * A scratch tree for one swap test, readable by every user. Cleaning up looks only under its
 * own root, so swap that the test did not make (GitHub's /mnt/swapfile, say) is never touched,
 * and it does not rely on `wheelwright swap remove`, the thing under test.
 */
export function makeSwapScratch(): SwapScratch {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ww-swap-test-'));
  chmodSync(root, 0o755);
  const [stateDir, swapDir, tmpDir] = ['state', 'swap', 'tmp'].map((name) => {
    const dir = path.join(root, name);
    mkdirSync(dir);
    return dir;
  }) as [string, string, string];
  chmodSync(tmpDir, 0o1777);
  const under = (p: string) => p.startsWith(`${root}/`);
  return {
    root,
    stateDir,
    swapDir,
    tmpDir,
    env: {
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      WHEELWRIGHT_STATE_DIR: stateDir,
      TMPDIR: tmpDir,
    },
    cleanUp() {
      const errors: unknown[] = [];
      const attempt = (fn: () => void) => {
        try {
          fn();
        } catch (error) {
          errors.push(error);
        }
      };
      for (const swap of activeSwaps().filter((s) => under(s.path))) {
        attempt(() => execFileSync('swapoff', [swap.path]));
      }
      const mounts = readFileSync('/proc/self/mounts', 'utf8')
        .split('\n')
        .map((line) => line.split(' ')[1]?.replace(/\\040/g, ' ') ?? '')
        .filter(under)
        .reverse();
      for (const mount of mounts) attempt(() => execFileSync('umount', [mount]));
      attempt(() => rmSync(root, { recursive: true, force: true }));
      if (errors.length > 0) throw new AggregateError(errors, `cleaning up ${root} failed`);
    },
  };
}
