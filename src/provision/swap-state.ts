import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One swap file wheelwright set out to add: recorded before it exists, forgotten once removed. */
export interface SwapRecord {
  path: string;
  bytes: number;
  /** The process that added it, for a person reading the file. */
  pid: number;
  createdAt: string;
}

interface StateFile {
  version: 1;
  swaps: SwapRecord[];
}

/**
 * Where the record of added swap lives, so that a later process finds it: the action's post step
 * (a new process) and `wheelwright swap remove` (perhaps after the adding process was killed).
 * WHEELWRIGHT_STATE_DIR when set; else $RUNNER_TEMP/wheelwright, which every step of a GitHub job
 * shares and the runner empties after the job; else a per-user directory under the system's
 * temporary directory, per user because the records steer what runs as root.
 */
export function swapStateFile(env: Record<string, string | undefined>): string {
  const dir =
    env.WHEELWRIGHT_STATE_DIR ||
    (env.RUNNER_TEMP
      ? path.join(env.RUNNER_TEMP, 'wheelwright')
      : path.join(os.tmpdir(), `wheelwright-${process.getuid?.() ?? 'user'}`));
  return path.join(path.resolve(dir), 'swap.json');
}

/**
 * The records name files that root will swapoff and delete, so the directory must be this user's
 * and writable by nobody else: otherwise anyone could plant a record.
 */
function checkPrivate(dir: string): void {
  const stats = lstatSync(dir);
  const uid = process.getuid?.();
  if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid) || stats.mode & 0o022) {
    throw new Error(
      `wheelwright's state directory ${dir} must be a directory of uid ${uid} that nobody else can write to (it is ${stats.isDirectory() ? `owned by uid ${stats.uid}, mode ${(stats.mode & 0o7777).toString(8)}` : 'not a directory'}); set WHEELWRIGHT_STATE_DIR elsewhere`,
    );
  }
}

function isRecord(value: unknown): value is SwapRecord {
  const r = value as SwapRecord;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.path === 'string' &&
    typeof r.bytes === 'number' &&
    typeof r.pid === 'number' &&
    typeof r.createdAt === 'string'
  );
}

export function readSwapRecords(file: string): SwapRecord[] {
  let text: string;
  try {
    checkPrivate(path.dirname(file));
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const state = JSON.parse(text) as Partial<StateFile>;
  if (state.version !== 1 || !Array.isArray(state.swaps) || !state.swaps.every(isRecord)) {
    throw new Error(`${file} is not a state file this wheelwright wrote (version 1)`);
  }
  return state.swaps;
}

/** Replaces the file whole (write, then rename), so a killed process never leaves half of it. */
function writeSwapRecords(file: string, swaps: SwapRecord[]): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  checkPrivate(dir);
  const state: StateFile = { version: 1, swaps };
  const scratch = `${file}.${process.pid}.tmp`;
  writeFileSync(scratch, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(scratch, file);
}

export function recordSwap(file: string, record: SwapRecord): void {
  writeSwapRecords(file, [...readSwapRecords(file).filter((r) => r.path !== record.path), record]);
}

export function forgetSwap(file: string, swapPath: string): void {
  writeSwapRecords(
    file,
    readSwapRecords(file).filter((r) => r.path !== swapPath),
  );
}
