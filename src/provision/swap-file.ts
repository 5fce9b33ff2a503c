import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CommandError, runCommand } from './command.js';
import { asRoot, type Privilege } from './privilege.js';
import { parseProcSwaps } from './proc-swaps.js';
import { forgetSwap, recordSwap } from './swap-state.js';

const MiB = 1024 ** 2;

/** How the file got its blocks: fallocate (instant), or a full write of zeros where it must. */
export type SwapMethod = 'fallocate' | 'write';

/** Swap this run added and verified in /proc/swaps. */
export interface AddedSwap {
  path: string;
  bytes: number;
  /** From recording the intent to seeing the swap in /proc/swaps. */
  ms: number;
  method: SwapMethod;
}

// 64 random bits: nobody can guess the name and put a file or a link there first.
const NAME = /^wheelwright-swap-[0-9a-f]{16}$/;

/** Whether a path has the name wheelwright gives its swap files: nothing else is ever removed. */
export const isWheelwrightSwapFile = (file: string): boolean =>
  path.isAbsolute(file) && NAME.test(path.basename(file));

export function isActive(file: string): boolean {
  return parseProcSwaps(readFileSync('/proc/swaps', 'utf8')).some((s) => s.path === file);
}

/** Runs one step as root; a failure names the step and carries the command's own message. */
async function step(privilege: Privilege, argv: string[]): Promise<void> {
  try {
    await runCommand(asRoot(argv, privilege));
  } catch (error) {
    const message = error instanceof CommandError ? error.message : String(error);
    throw new CommandError(argv, `${argv[0]} failed: ${message}`);
  }
}

/**
 * Creates, formats and enables a swap file of `bytes` (whole MiB) in `dir`. The record goes into
 * the state file first, so that a process killed on the way leaves what `removeSwapFile` needs.
 * On failure, whatever was made is removed again before the error is thrown.
 */
export async function createSwapFile(
  dir: string,
  bytes: number,
  privilege: Privilege,
  stateFile: string,
): Promise<AddedSwap> {
  const started = performance.now();
  const file = path.join(path.resolve(dir), `wheelwright-swap-${randomBytes(8).toString('hex')}`);
  recordSwap(stateFile, {
    path: file,
    bytes,
    pid: process.pid,
    createdAt: new Date().toISOString(),
  });
  const run = (argv: string[]) => step(privilege, argv);
  // dd truncates and rewrites the existing file, keeping its owner and mode.
  const writeAll = () =>
    run([
      'dd',
      'if=/dev/zero',
      `of=${file}`,
      'bs=1M',
      `count=${bytes / MiB}`,
      'conv=fsync',
      'status=none',
    ]);
  try {
    // conv=excl: the file must be new, never something already at that path.
    await run(['dd', 'if=/dev/zero', `of=${file}`, 'count=0', 'conv=excl', 'status=none']);
    // Before any page lands in it: swap holds other processes' memory.
    await run(['chmod', '600', file]);
    let method: SwapMethod = 'fallocate';
    try {
      await run(['fallocate', '-l', String(bytes), file]);
    } catch {
      // A file system without fallocate: writing every block gives the same file, slower.
      method = 'write';
      await writeAll();
    }
    await run(['mkswap', file]);
    try {
      await run(['swapon', file]);
    } catch (error) {
      if (method === 'write') throw error;
      // swapon refuses files with holes or unwritten extents on some file systems.
      method = 'write';
      await writeAll();
      await run(['mkswap', file]);
      await run(['swapon', file]).catch((again: Error) => {
        throw new Error(`${again.message} (also after writing every block)`);
      });
    }
    if (!isActive(file)) {
      throw new Error(`swapon succeeded but ${file} is not in /proc/swaps`);
    }
    return { path: file, bytes, ms: Math.round(performance.now() - started), method };
  } catch (error) {
    try {
      await removeSwapFile(file, privilege);
      forgetSwap(stateFile, file);
    } catch (cleanup) {
      (error as Error).message +=
        `; removing ${file} failed too (${(cleanup as Error).message}): \`wheelwright swap remove\` retries`;
    }
    throw error;
  }
}

/** Turns off and deletes one swap file; returns whether it was on. */
export async function removeSwapFile(file: string, privilege: Privilege): Promise<boolean> {
  const active = isActive(file);
  if (active) await step(privilege, ['swapoff', file]);
  await step(privilege, ['rm', '-f', '--', file]);
  return active;
}
