import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectedExtensions, type ExpectedExtension } from './build-log.js';
import { makeCards, NOT_BLOCKING, type ExtensionCheck, type LibraryCheck } from './cards.js';
import type { Diagnosis } from '../diagnose/diagnosis.js';
import { isElf, machineName, type ElfInfo } from './elf.js';
import { importTestSkipReason } from './import-fit.js';
import { importTest, type ImportOutcome, type ImportTest } from './import-test.js';
import { isMachO } from './macho.js';
import { checkMachOExtension, machOReader } from './macho-extension.js';
import { minimumTooNew, missingSlices } from './macos-target.js';
import { isPe } from './pe.js';
import { checkPeExtension, uncheckedDlls, wheelPeWorld, windowsSystemDir } from './pe-extension.js';
import { checkPolicy } from './policy.js';
import { resolveDependencies, type LoaderWorld } from './resolve-elf.js';
import { elfReader, systemLoader } from './system-loader.js';
import { unzipWheel } from './unzip.js';
import { describeOutside, placeOf } from './where.js';
import { extensionModules, topLevelNames } from './wheel-contents.js';
import { parseWheelName, strictestClaim, type Claim } from './wheel-name.js';

export type { Diagnosis } from '../diagnose/diagnosis.js';
export type { ExtensionCheck, LibraryCheck } from './cards.js';

export interface VerifyOptions {
  wheel: string;
  /**
   * The interpreter the wheel was built for: its loader resolves, its venv imports. Null when
   * none here fits: the library and policy checks still run, with the system's loader.
   */
  python: string | null;
  /** Why there is no interpreter, for the note that the import test did not run. */
  noPython?: string;
  /** The build's log, to find extensions the build announced but the wheel lacks. */
  buildLog?: string;
  /** A fresh directory of this check's own: the unpacked wheel, the venv, the import log. */
  workDir: string;
  /** The build's environment, only to say where LD_LIBRARY_PATH found what users will miss. */
  buildEnv?: Record<string, string | undefined>;
}

export interface VerifyResult {
  wheel: string;
  python: string | null;
  claim: Claim;
  extensions: ExtensionCheck[];
  /** Every import tried: top-level packages, then each extension module. */
  imports: ImportOutcome[];
  importLog: string | null;
  /** Why the import test did not run (the wheel is for another system), when it did not. */
  importSkipped: string | null;
  /** Extensions the build log announced that the wheel does not hold. */
  missingExtensions: ExpectedExtension[];
  diagnoses: Diagnosis[];
  /** False when the wheel is broken for its users and must stay out of the uploaded set. */
  passed: boolean;
  /** A virtual environment of its interpreter with the wheel installed, when the import test ran. */
  venv: string | null;
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

function findInDirs(name: string, dirs: string[], inspect: (f: string) => unknown): string | null {
  for (const dir of dirs) {
    const file = path.join(dir, name);
    if (inspect(file)) return file;
  }
  return null;
}

/** ld-linux-x86-64.so.2, ld-linux-aarch64.so.1, ld64.so.2 (ppc64le), ld.so.1, ld-musl-x86_64.so.1 */
const DYNAMIC_LOADER = /^ld(?:-linux[\w.-]*|64|-musl-[\w-]+)?\.so\.\d+$/;

/** Says what the static check could not read; the import test still covers it. */
const NOT_CHECKED = 'not a binary this check can read; the import test covers it';

/** What the extensions of one wheel are checked against: this system's loader, and the build's. */
interface Surroundings {
  root: string;
  claim: Claim;
  inspect: ReturnType<typeof elfReader>;
  inspectMachO: ReturnType<typeof machOReader>;
  peWorld: ReturnType<typeof wheelPeWorld>;
  world: LoaderWorld;
  /** The world an extension for another machine sees: only what the wheel carries. */
  wheelOnly: LoaderWorld;
  isForeign: (elf: ElfInfo) => boolean;
  systemDirs: Set<string>;
  temporaryDirs: string[];
  home: string | null;
  /** The build's LD_LIBRARY_PATH, to say where it found what users will miss. */
  buildLibraryPath: string[];
  /** Windows' PATH, which the loader does not search for an extension's DLLs since Python 3.8. */
  buildPath: string[];
}

async function surroundingsOf(
  options: VerifyOptions,
  root: string,
  files: string[],
  claim: Claim,
): Promise<Surroundings> {
  const { python, buildEnv } = options;
  const inspect = elfReader();
  const { world, config } = await systemLoader(python && realpathSync(python), inspect);
  // An extension for another machine (an aarch64 wheel checked on x86-64) finds only what the
  // wheel carries; the system's libraries are its own machine's, not this one's
  const native = world.preloaded[0]?.elf ?? null;
  return {
    root,
    claim,
    inspect,
    inspectMachO: machOReader(),
    peWorld: wheelPeWorld(
      root,
      files,
      windowsSystemDir(process.platform, process.env, process.arch),
    ),
    world,
    wheelOnly: { ...world, cache: [], defaultDirs: [], preloaded: [], host: null },
    isForeign: (elf) =>
      native === null || elf.machine !== native.machine || elf.bits !== native.bits,
    systemDirs: new Set([...config.defaultDirs, ...config.cache.map((e) => path.dirname(e.path))]),
    temporaryDirs: [
      os.tmpdir(),
      '/tmp',
      '/var/tmp',
      ...(buildEnv?.RUNNER_TEMP ? [buildEnv.RUNNER_TEMP] : []),
    ],
    home: process.env.HOME ?? null,
    buildLibraryPath: (buildEnv?.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean),
    buildPath: (buildEnv?.PATH ?? '').split(path.delimiter).filter(Boolean),
  };
}

function checkElfExtension(
  file: string,
  module: string,
  elf: ElfInfo,
  at: Surroundings,
): ExtensionCheck {
  const { root, systemDirs, temporaryDirs, home } = at;
  const absolute = path.join(root, file);
  const foreign = at.isForeign(elf);
  const resolutions = resolveDependencies(
    { path: absolute, elf },
    foreign ? at.wheelOnly : at.world,
  );
  const libraries: LibraryCheck[] = resolutions
    .filter((r) => r.how !== 'loaded' && r.how !== 'preloaded')
    .filter((r) => !foreign || r.path !== null)
    .map((r) => {
      const place = placeOf(r.path, root, systemDirs);
      const onlyThrough =
        place === 'missing' ? findInDirs(r.name, at.buildLibraryPath, at.inspect) : null;
      return {
        ...r,
        place,
        outside: place === 'outside' ? describeOutside(r.path!, temporaryDirs, home) : null,
        onlyThrough,
      };
    });
  const insideWheel = (f: string) => placeOf(f, root, systemDirs) === 'wheel';
  return {
    file,
    module,
    checked: foreign
      ? `ELF for ${machineName(elf)}, not this machine: what the wheel carries resolved as glibc’s loader does (the system’s libraries only on such a machine), and symbol versions`
      : 'ELF: NEEDED, RPATH and RUNPATH resolved as glibc’s loader does, and symbol versions',
    libraries,
    // another machine's loader is there on that machine, as this one's is preloaded here
    policy: checkPolicy(
      at.claim,
      absolute,
      foreign ? resolutions.filter((r) => !DYNAMIC_LOADER.test(r.name)) : resolutions,
      insideWheel,
      at.inspect,
    ),
  };
}

/** One extension checked by what its magic says it is: Mach-O, PE, ELF, or none of these. */
function checkExtension(file: string, module: string, at: Surroundings): ExtensionCheck {
  const { root, claim } = at;
  const absolute = path.join(root, file);
  const head = readFileSync(absolute).subarray(0, 8);
  if (isMachO(head)) {
    const where = { root, temporaryDirs: at.temporaryDirs, home: at.home };
    const machO = at.inspectMachO(absolute);
    return {
      file,
      module,
      ...checkMachOExtension(absolute, where, at.inspectMachO),
      policy: [],
      macosMinimum: machO ? minimumTooNew(claim.tag, machO) : [],
      macosMissingArchs: machO ? missingSlices(claim.tag, machO) : [],
    };
  }
  if (isPe(head))
    return {
      file,
      module,
      ...checkPeExtension(absolute, at.peWorld(), at.buildPath),
      policy: [],
    };
  const elf = isElf(head) ? at.inspect(absolute) : null;
  if (elf === null) return { file, module, checked: NOT_CHECKED, libraries: [], policy: [] };
  return checkElfExtension(file, module, elf, at);
}

/** The import test of every top-level name and extension module, unless it cannot run here. */
async function importsOf(
  options: VerifyOptions,
  claim: Claim,
  files: string[],
  unchecked: string[],
): Promise<{ skipped: string | null; tested: Omit<ImportTest, 'log'> & { log: string | null } }> {
  const { python, wheel, workDir } = options;
  const modules = [...topLevelNames(files), ...extensionModules(files).map((e) => e.module)];
  const skipReason =
    python === null
      ? (options.noPython ?? 'no interpreter here fits the wheel’s tags')
      : importTestSkipReason(claim, process.platform, process.arch);
  // off Windows the import test never runs on a Windows wheel: its note names these too
  const skipped =
    skipReason && unchecked.length > 0
      ? `${skipReason}; not checked either, as not on this machine: ${unchecked.join(', ')} (neither in the wheel nor a DLL every Windows has: System32 is read only on Windows, where the build verifies)`
      : skipReason;
  const tested =
    python === null || skipped
      ? { log: null, installError: null, outcomes: [], venv: null }
      : await importTest({ python, wheel, modules: [...new Set(modules)], workDir });
  return { skipped, tested };
}

/** Checks one built wheel: what its extensions load and from where, its tag's policy, and imports. */
export async function verifyWheel(options: VerifyOptions): Promise<VerifyResult> {
  const { wheel, workDir, python } = options;
  const root = path.join(workDir, 'unpacked');
  unzipWheel(wheel, root);
  const files = listFiles(root);
  const claim = strictestClaim(parseWheelName(wheel).platforms);
  const at = await surroundingsOf(options, root, files, claim);
  const extensions = extensionModules(files).map(({ file, module }) =>
    checkExtension(file, module, at),
  );
  const { skipped: importSkipped, tested } = await importsOf(
    options,
    claim,
    files,
    uncheckedDlls(extensions),
  );

  const present = new Set(extensions.map((e) => e.module));
  const buildLog = options.buildLog ?? null;
  const missingExtensions = buildLog
    ? expectedExtensions(readFileSync(buildLog, 'utf8')).filter((e) => !present.has(e.module))
    : [];

  const diagnoses = makeCards({
    wheel,
    python,
    claim,
    extensions,
    imports: tested.outcomes,
    importLog: tested.log,
    installError: tested.installError,
    importSkipped,
    missing: missingExtensions,
    buildLog,
    root,
    topLevel: topLevelNames(files),
    macosTarget: options.buildEnv?.MACOSX_DEPLOYMENT_TARGET || undefined,
  });
  return {
    wheel,
    python,
    claim,
    extensions,
    imports: tested.outcomes,
    importLog: tested.log,
    importSkipped,
    missingExtensions,
    diagnoses,
    passed: diagnoses.every((d) => NOT_BLOCKING.has(d.class)),
    venv: tested.venv,
  };
}
