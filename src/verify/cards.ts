import path from 'node:path';
import type { ExpectedExtension } from './build-log.js';
import type { Diagnosis } from '../diagnose/diagnosis.js';
import { classifyImportError } from './import-errors.js';
import type { ImportOutcome } from './import-test.js';
import { isNewer, type PolicyFinding } from './policy.js';
import type { How } from './resolve-elf.js';
import { tagOlderThanTarget, type MinimumTooNew } from './macos-target.js';
import type { MachOHow } from './resolve-macho.js';
import type { PeHow } from './resolve-pe.js';
import { pypiVerdict } from './pypi.js';
import type { Place } from './where.js';
import { parseWheelName, type Claim } from './wheel-name.js';

export interface LibraryCheck {
  name: string;
  /** The path of the object that needs it (the unpacked wheel's, or the system's). */
  neededBy: string;
  path: string | null;
  how: How | MachOHow | PeHow;
  place: Place;
  /** For a library outside: what kind of place (a Nix store, a temporary directory…). */
  outside: string | null;
  tried: string[];
  /** Where LD_LIBRARY_PATH (PATH for a Windows DLL) of the build found it, when only it could. */
  onlyThrough: string | null;
  /** Mach-O: a weak load command (the extension loads without it). */
  weak?: boolean;
  /** Mach-O: the architectures of a universal file's slices that resolve it this way. */
  slices?: string[];
  /** Why it cannot resolve in a wheel beyond the paths tried (@executable_path, no LC_RPATH). */
  reason?: string | null;
  /** PE: a delay-load import (the extension imports without it; the first call fails). */
  delay?: boolean;
}

export interface ExtensionCheck {
  /** The path inside the wheel. */
  file: string;
  module: string;
  /** What was checked statically, in a few words (ELF resolution, Mach-O, nothing on Windows). */
  checked: string;
  libraries: LibraryCheck[];
  policy: PolicyFinding[];
  /** Why the binary could not be read though its magic says what it is (a truncated file). */
  unreadable?: string;
  /** Mach-O: slices whose minimum macOS is newer than the wheel's tag. */
  macosMinimum?: MinimumTooNew[];
  /** Mach-O: architectures the wheel's tag promises that the binary has no slice for. */
  macosMissingArchs?: string[];
}

/**
 * Classes that leave the wheel good for its users (notes); every other class says it is broken,
 * and it stays out of the uploaded set.
 */
export const NOT_BLOCKING = new Set([
  'platform-tag-not-accepted-by-pypi',
  'import-test-not-run',
  'python-module-unavailable',
]);

export interface CardInput {
  wheel: string;
  /** The interpreter of the import test; null when none here fits the wheel. */
  python: string | null;
  claim: Claim;
  extensions: ExtensionCheck[];
  imports: ImportOutcome[];
  importLog: string | null;
  installError: string | null;
  /** Why the import test did not run (a macOS wheel checked on Linux), when it did not. */
  importSkipped: string | null;
  missing: ExpectedExtension[];
  buildLog: string | null;
  /** The unpacked wheel, to name files by their path inside it. */
  root: string;
  /** The wheel's own top-level modules and packages: a missing module under them is its fault. */
  topLevel: string[];
  /** MACOSX_DEPLOYMENT_TARGET the build was given, when one was. */
  macosTarget?: string;
}

const repairCommand = (claim: Claim, wheel: string) => {
  const file = path.basename(wheel);
  if (claim.kind === 'macosx') return `delocate-wheel -w wheelhouse/ ${file}`;
  if (claim.kind === 'windows') return `delvewheel repair -w wheelhouse/ ${file}`;
  return `auditwheel repair -w wheelhouse/ ${file}`;
};

function bundleRemedy(library: string, claim: Claim, wheel: string): string {
  if (claim.kind === 'windows')
    return (
      `Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
      `into <dist>.libs/ and adds that directory with os.add_dll_directory in the package's __init__.py; ` +
      `or ship it beside the extension, whose own directory the loader searches. PATH does not help: ` +
      `Python 3.8+ does not search it for an extension's DLLs.`
    );
  if (claim.kind === 'macosx') {
    // delocate copies into <pkg>/.dylibs/ and rewrites the load commands to @loader_path/.dylibs/…
    return (
      `Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
      `into the package's .dylibs/ and points the extension at it through @loader_path; or ship it yourself ` +
      `in the package with an @rpath install name (\`install_name_tool -id @rpath/${path.basename(library)} <the dylib>\`) ` +
      `and link the extension with \`-Wl,-rpath,@loader_path/<dir>\`; or link it statically.`
    );
  }
  return (
    `Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
    `beside the package and points the extension at it; or ship it yourself in the package and link ` +
    `with \`-Wl,-rpath,$ORIGIN/<dir>\` (setuptools: \`runtime_library_dirs=["$ORIGIN/<dir>"]\`, ` +
    `@loader_path on macOS); or link it statically.`
  );
}

/** How the loader reached a library, for the evidence of one found outside the wheel. */
function reached(lib: LibraryCheck): string {
  const ways: Partial<Record<LibraryCheck['how'], string>> = {
    direct: 'by its absolute path',
    loader_path: 'through @loader_path',
    rpath: lib.name.startsWith('@rpath/') ? 'through @rpath and an LC_RPATH' : 'through its RPATH',
    runpath: 'through its RUNPATH',
    cache: 'through the loader cache',
    default: 'in a default directory',
  };
  return ways[lib.how] ?? `(${lib.how})`;
}

/** Why a library outside the wheel is linked so, and what not to do again. */
function outsideCause(lib: LibraryCheck, claim: Claim): string {
  const dir = path.dirname(lib.path!);
  if (claim.kind === 'macosx' && lib.how === 'direct')
    return (
      `The extension names ${lib.path} by the absolute install name that library gave itself (Homebrew's, ` +
      `MacPorts' and conda's libraries do): the linker copied it, and users' machines have no such file. `
    );
  if (lib.name.startsWith('@rpath/'))
    return `Do not link with an LC_RPATH into the build machine (\`-Wl,-rpath,${dir}\`). `;
  return `Do not link with an RPATH into the build machine (\`-Wl,-rpath,${dir}\`). `;
}

/** A library found, but built without the architecture of one of the extension's slices. */
function sliceRemedy(lib: LibraryCheck, claim: Claim, wheel: string): string {
  const arch = lib.slices?.join(', ') ?? 'that';
  const archs = /^macosx_\d+_\d+_(.+)$/.exec(claim.tag)?.[1] ?? 'universal2';
  return (
    `The ${path.basename(lib.name)} in the wheel has no ${arch} slice, and dyld loads only its own architecture's: ` +
    `build it for each architecture the tag ${claim.tag} names and join them (\`lipo -create <x86_64> <arm64> -output ${path.basename(lib.name)}\`), ` +
    `or build one wheel per architecture. \`${repairCommand(claim, wheel)} --require-archs ${archs}\` refuses such a wheel.`
  );
}

/** ` (arm64 slice)` when a universal file's slices resolve it differently. */
const sliceNote = (lib: LibraryCheck, extension: ExtensionCheck) => {
  const all = new Set(extension.libraries.flatMap((l) => l.slices ?? []));
  return lib.slices && lib.slices.length < all.size ? ` (${lib.slices.join(', ')} slice)` : '';
};

/** The newest version needed of each family (GLIBC, GLIBCXX, CXXABI, GCC), for a title. */
function newestByFamily(findings: { version: string; newest: string }[]): string[] {
  const byFamily = new Map<string, string>();
  const dotted = (version: string) => version.slice(version.lastIndexOf('_') + 1);
  for (const { version, newest } of findings) {
    const known = byFamily.get(newest);
    if (!known || isNewer(dotted(version), dotted(known))) byFamily.set(newest, version);
  }
  return [...byFamily.values()];
}

export function makeCards(input: CardInput): Diagnosis[] {
  const { wheel, python, claim } = input;
  const about = python === null ? {} : { python };
  const isInWheel = (file: string) => !path.relative(input.root, file).startsWith('..');
  const inWheel = (file: string) => (isInWheel(file) ? path.relative(input.root, file) : file);
  /** A file inside the wheel as `<wheel>!/<path>`; a system file as its own path. */
  const source = (file: string) => (isInWheel(file) ? `${wheel}!/${inWheel(file)}` : file);
  const cards: Diagnosis[] = [];
  const byModule = new Map(input.imports.map((o) => [o.module, o]));
  const reported = new Set<string>(); // `${extension}\0${library}` already on a card
  const pypy = parseWheelName(wheel).python.startsWith('pp');
  const lastLine = (error: string) => error.split('\n').at(-1)!;

  if (input.installError) {
    cards.push({
      class: 'wheel-not-installable',
      confidence: 'high',
      title: `The wheel does not install into a fresh virtual environment of ${python}`,
      evidence: [{ text: input.installError, source: input.importLog ?? wheel }],
      concerns: about,
      remedy:
        'Read the log: either this interpreter cannot make a virtual environment (its venv module), or the wheel is not whole (a readable zip with one .dist-info holding WHEEL and METADATA).',
    });
  }

  for (const extension of input.extensions) {
    const outcome = byModule.get(extension.module);
    const failure =
      outcome && !outcome.ok && outcome.error ? classifyImportError(outcome.error, pypy) : null;
    const importEvidence =
      outcome && !outcome.ok && outcome.error
        ? [
            {
              text: lastLine(outcome.error),
              source: input.importLog ?? wheel,
              line: outcome.logLine,
            },
          ]
        : [];
    const concerns = (library?: string) => ({
      ...about,
      extension: extension.module,
      file: extension.file,
      ...(library ? { library } : {}),
    });

    if (extension.unreadable) {
      cards.push({
        class: 'extension-unreadable',
        confidence: 'high',
        title: `${extension.module} is not a whole binary: ${extension.unreadable}`,
        evidence: [{ text: extension.unreadable, source: `${wheel}!/${extension.file}` }],
        concerns: concerns(),
        remedy:
          'The file was cut short or damaged between the link and the wheel: rebuild the wheel, and check what ' +
          'rewrote or copied the file after the link (a failed delocate or strip, a full disk).',
      });
    }

    // a weak library missing is no failure: dyld loads the extension without it
    for (const lib of extension.libraries.filter((l) => l.place === 'missing' && !l.weak)) {
      reported.add(`${extension.module}\0${lib.name}`);
      const matching = failure?.class === 'missing-shared-library' && failure.library === lib.name;
      cards.push({
        class: 'missing-shared-library',
        confidence: 'high',
        title: `${extension.module} needs ${lib.name}, which the loader will not find on users' machines`,
        evidence: [
          ...(matching ? importEvidence : []),
          {
            text:
              `${inWheel(lib.neededBy)}${sliceNote(lib, extension)} needs ${lib.name}: not found in ` +
              `${lib.tried.map(inWheel).join(', ') || 'any directory searched'}${lib.reason ? ` (${lib.reason})` : ''}`,
            source: source(lib.neededBy),
          },
          ...(lib.onlyThrough
            ? [
                {
                  text:
                    claim.kind === 'windows'
                      ? `the build found it only through PATH, which Python 3.8+ does not search for an extension's DLLs: ${lib.onlyThrough}`
                      : `the build found it only through LD_LIBRARY_PATH: ${lib.onlyThrough}`,
                  source: 'build environment',
                },
              ]
            : []),
        ],
        concerns: concerns(lib.name),
        remedy: lib.tried.some((t) => t.endsWith(' slice)'))
          ? sliceRemedy(lib, claim, wheel)
          : bundleRemedy(lib.name, claim, wheel),
      });
    }

    for (const lib of extension.libraries.filter((l) => l.place === 'outside')) {
      reported.add(`${extension.module}\0${lib.name}`);
      cards.push({
        class: 'library-outside-wheel',
        confidence: 'high',
        title: `${extension.module} loads ${lib.name} from ${lib.outside} (${path.dirname(lib.path!)}): it works here, not on users' machines`,
        evidence: [
          {
            text: `${inWheel(lib.neededBy)}${sliceNote(lib, extension)} needs ${lib.name} → ${lib.path} (${reached(lib)})`,
            source: source(lib.neededBy),
          },
        ],
        concerns: concerns(lib.name),
        remedy: outsideCause(lib, claim) + bundleRemedy(lib.name, claim, wheel),
      });
    }

    const macosMinimum = extension.macosMinimum ?? [];
    if (macosMinimum.length > 0) {
      const minimum = macosMinimum[0]!.minimum;
      cards.push({
        class: 'macos-minimum-newer-than-tag',
        confidence: 'high',
        title: `${extension.module} needs macOS ${minimum}, newer than ${claim.tag} promises: dyld refuses it on older macOS`,
        evidence: macosMinimum.map((m) => ({
          text: `${extension.file} (${m.arch}): minimum macOS ${m.minimum} (LC_BUILD_VERSION), the tag says ${m.tagged}`,
          source: `${wheel}!/${extension.file}`,
        })),
        concerns: concerns(),
        remedy:
          `Build with MACOSX_DEPLOYMENT_TARGET set to the version the wheel should support (the compiler writes it as ` +
          `the minimum and the wheel's tag is taken from it), and build the libraries it links for that version too; ` +
          `or tag the wheel macosx_${minimum.split('.').slice(0, 2).join('_')}, which pip installs only on that macOS and newer.`,
      });
    }

    const missingArchs = extension.macosMissingArchs ?? [];
    if (missingArchs.length > 0) {
      cards.push({
        class: 'macos-arch-slice-missing',
        confidence: 'high',
        title: `${extension.file} has no ${missingArchs.join(' or ')} slice, which ${claim.tag} promises: dyld refuses it on those Macs`,
        evidence: [
          {
            text: `${extension.file}: ${missingArchs.map((a) => `no ${a} slice`).join(', ')}; the tag says ${claim.tag}`,
            source: `${wheel}!/${extension.file}`,
          },
        ],
        concerns: concerns(),
        remedy:
          `Build every architecture the tag names: archs = "universal2" sets ARCHFLAGS="-arch x86_64 -arch arm64" for the build, ` +
          `and each library the extension links must be universal too (or built once per architecture and joined with lipo); ` +
          `or tag the wheel for the architecture it holds.`,
      });
    }

    const tooNew = extension.policy.filter((f) => f.kind === 'symbol-version-too-new');
    if (tooNew.length > 0) {
      cards.push({
        class: 'symbol-version-too-new',
        confidence: 'high',
        title: `${extension.module} needs ${newestByFamily(tooNew).join(' and ')}, newer than ${claim.tag} allows (${[...new Set(tooNew.map((f) => f.newest))].join(', ')})`,
        evidence: tooNew.map((f) => ({
          text: `${inWheel(f.file)} needs ${f.version} from ${f.library}`,
          source: source(f.file),
        })),
        concerns: concerns(),
        remedy:
          `The wheel was built against a newer glibc, libstdc++ or libgcc than its tag promises. Build it in the manylinux image of that tag ` +
          `(cibuildwheel does), or let \`auditwheel repair\` choose the tag the wheel really meets (\`auditwheel show\` prints it).`,
      });
    }

    // one card per extension: a repair bundles all of them at once, so one command says it all
    const notAllowed = extension.policy.filter(
      (f): f is Extract<PolicyFinding, { kind: 'library-not-allowed' }> =>
        f.kind === 'library-not-allowed' && !reported.has(`${extension.module}\0${f.library}`),
    );
    if (notAllowed.length > 0) {
      const libraries = [...new Set(notAllowed.map((f) => f.library))];
      const named =
        libraries.length === 1
          ? libraries[0]!
          : `${libraries.slice(0, -1).join(', ')} and ${libraries.at(-1)!}`;
      cards.push({
        class: 'library-not-allowed-by-policy',
        confidence: 'high',
        title: `${claim.tag} does not allow taking ${named} from the system (${extension.module} needs ${libraries.length === 1 ? 'it' : 'them'})`,
        evidence: notAllowed.map((finding) => ({
          text: `${inWheel(finding.neededBy)} needs ${finding.library} → ${finding.path ?? 'not found'}, which is not on the ${claim.kind} policy's list`,
          source: source(finding.neededBy),
        })),
        concerns: concerns(libraries.join(', ')),
        remedy: `Repair the wheel before uploading it: \`${repairCommand(claim, wheel)}\` bundles ${libraries.length === 1 ? 'it' : 'them'} into the wheel.`,
      });
    }

    if (failure && !(failure.library && reported.has(`${extension.module}\0${failure.library}`))) {
      cards.push(
        importCard(extension.module, failure, importEvidence, concerns(failure.library), {
          claim,
          wheel,
          topLevel: input.topLevel,
          stdlib: outcome?.stdlib,
          extensions: input.extensions,
        }),
      );
    }
  }

  const extensionModules = new Set(input.extensions.map((e) => e.module));
  // a package that imports a failing extension fails with the extension's own error: that
  // failure already has its card
  const extensionErrors = new Set(
    input.imports
      .filter((o) => extensionModules.has(o.module) && !o.ok && o.error)
      .map((o) => lastLine(o.error!)),
  );
  for (const outcome of input.imports) {
    if (outcome.ok || extensionModules.has(outcome.module) || !outcome.error) continue;
    if (extensionErrors.has(lastLine(outcome.error))) continue;
    const failure = classifyImportError(outcome.error, pypy);
    const evidence = [
      {
        text: lastLine(outcome.error),
        source: input.importLog ?? wheel,
        line: outcome.logLine,
      },
    ];
    cards.push(
      importCard(
        outcome.module,
        failure,
        evidence,
        { ...about, ...(failure.library ? { library: failure.library } : {}) },
        {
          claim,
          wheel,
          topLevel: input.topLevel,
          stdlib: outcome.stdlib,
          extensions: input.extensions,
        },
      ),
    );
  }

  if (input.importSkipped) {
    cards.push({
      class: 'import-test-not-run',
      confidence: 'high',
      title: `The import test did not run: ${input.importSkipped}`,
      evidence: [{ text: path.basename(wheel), source: wheel }],
      concerns: about,
      remedy:
        python === null
          ? `Only the static checks ran: pass the wheel's interpreter with --python-versions (a version such as 2.7, ` +
            `or a path to its executable) to import it as users will.`
          : `Only the static checks ran. Verify the wheel where it installs (\`wheelwright verify ${path.basename(wheel)}\` ` +
            `on a runner of its platform; the build itself verifies there) to import it as users will.`,
    });
  }

  for (const expected of input.missing) {
    cards.push({
      class: 'compiled-module-missing',
      confidence: 'high',
      title: `${expected.module} was not compiled: the wheel holds only what works without it`,
      evidence: [expected, ...expected.failure].map((l) => ({
        text: l.text,
        source: input.buildLog ?? 'build log',
        line: l.line,
      })),
      concerns: { ...about, extension: expected.module },
      remedy:
        `The build announced ${expected.module} but the wheel has no compiled module of that name: the extension's ` +
        `build failed and setup.py went on without it (an optional extension, or a fallback to pure Python). Fix the ` +
        `compile error shown in the build log, or make the extension required so the build fails loudly.`,
    });
  }

  const olderTag = input.macosTarget ? tagOlderThanTarget(claim.tag, input.macosTarget) : null;
  if (olderTag !== null) {
    cards.push({
      class: 'macos-tag-older-than-target',
      confidence: 'high',
      title: `${claim.tag} promises macOS ${olderTag}, older than the build's MACOSX_DEPLOYMENT_TARGET ${input.macosTarget}`,
      evidence: [
        {
          text: `${path.basename(wheel)}: tagged for macOS ${olderTag}; built with MACOSX_DEPLOYMENT_TARGET=${input.macosTarget}`,
          source: wheel,
        },
      ],
      concerns: about,
      remedy:
        `pip installs this wheel on macOS ${olderTag}, which the build was not made for. Let the tag follow the target ` +
        `(wheelwright sets _PYTHON_HOST_PLATFORM from it; a setup.py or backend that fixes the platform name overrides it), ` +
        `or lower macosx-deployment-target to the oldest macOS the wheel must support.`,
    });
  }

  const verdict = pypiVerdict(wheel);
  if (!verdict.accepted) {
    const file = path.basename(wheel);
    cards.push({
      class: 'platform-tag-not-accepted-by-pypi',
      confidence: 'high',
      title: `PyPI would refuse this wheel: ${verdict.reason} (${verdict.detail})`,
      evidence: [{ text: file, source: wheel }],
      concerns: about,
      remedy: verdict.tag.startsWith('linux_')
        ? `The wheel was not repaired: wheelwright repairs Linux wheels by default (\`repair-command: auto\` bundles the ` +
          `libraries manylinux does not allow and retags the wheel manylinux_2_N for the glibc it needs), so it was built ` +
          `with repair-command off, with a command that kept the tag, or elsewhere. Leave repair-command at auto, or ` +
          `repair it by hand (\`auditwheel repair -w wheelhouse/ ${file}\`); build in a manylinux container so that N ` +
          `is old enough for your users.`
        : `PyPI takes only the platform tags it has a specification for: build the wheel for one of those, or ` +
          `publish it on another index.`,
    });
  }
  return cards;
}

/**
 * A module the import needs and cannot find: the wheel's own (a file it lacks) breaks it; any
 * other is a Python module of the environment (a dependency, which verify does not install, or a
 * part of the standard library that a distribution ships apart, as Debian does tkinter): the
 * wheel is as good as its users' environment, so it is a note.
 */
function missingModuleCard(
  module: string,
  missing: string,
  evidence: Diagnosis['evidence'],
  concerns: Diagnosis['concerns'],
  context: { topLevel: string[]; stdlib: boolean | undefined; extensions: ExtensionCheck[] },
): Diagnosis {
  const top = missing.split('.')[0]!;
  // there, but not under a name this Python loads: `.cpython-312-x86_64-linux-musl.so` on glibc
  const unloadable = context.extensions.find((e) => e.module === missing);
  if (unloadable)
    return {
      class: 'abi-mismatch',
      confidence: 'high',
      title: `import ${module} fails: this Python does not load ${path.basename(unloadable.file)}, the wheel's ${missing}`,
      evidence,
      concerns,
      remedy:
        `The wheel holds ${unloadable.file}, but the interpreter looks for another file name suffix ` +
        `(\`importlib.machinery.EXTENSION_SUFFIXES\`): the module was built for another Python, ABI or C library ` +
        `(musl against glibc) than its tag says. Build it with the interpreter its tag names.`,
    };
  if (context.topLevel.includes(top))
    return {
      class: 'wheel-module-missing',
      confidence: 'high',
      title: `import ${module} fails: the wheel has no ${missing}, a module of its own`,
      evidence,
      concerns,
      remedy:
        `${missing} is imported from ${module} but is not in the wheel: list it in the build's packages, ` +
        `py-modules or ext-modules (or package-data for a file beside it), or, if it is a compiled module, ` +
        `read the build log for why it was not compiled.`,
    };
  const where =
    context.stdlib === true
      ? `${top} is part of the standard library, but this Python was installed without it (${top === 'tkinter' ? 'Debian and Ubuntu ship it apart, as python3-tk' : 'a distribution may ship it apart, or Python was built without the library it wraps'})`
      : context.stdlib === false
        ? `${top} is not part of the standard library: a dependency, which verify does not install (\`pip install --no-deps\`)`
        : `${top} is not in the import test's environment: verify installs the wheel alone (\`pip install --no-deps\`)`;
  return {
    class: 'python-module-unavailable',
    confidence: 'high',
    title: `import ${module} needs ${missing}, which this environment lacks (not a fault of the wheel)`,
    evidence,
    concerns,
    remedy:
      `${where}. The wheel's users need ${top} to use ${module}: declare it in the package's dependencies ` +
      `(or an extra) if it is not a part of Python, and install it before test-command if the tests need it.`,
  };
}

function importCard(
  module: string,
  failure: ReturnType<typeof classifyImportError>,
  evidence: Diagnosis['evidence'],
  concerns: Diagnosis['concerns'],
  context: {
    claim: Claim;
    wheel: string;
    topLevel: string[];
    stdlib: boolean | undefined;
    extensions: ExtensionCheck[];
  },
): Diagnosis {
  const { claim, wheel } = context;
  if (failure.class === 'python-module-missing')
    return missingModuleCard(module, failure.module!, evidence, concerns, context);
  const remedies: Record<typeof failure.class, string> = {
    'missing-shared-library': bundleRemedy(failure.library ?? 'the library', claim, wheel),
    'undefined-symbol':
      `No library the module loads defines ${failure.symbol}: link the library that does (setuptools \`libraries=[...]\`), ` +
      `or bundle the version it was built against if an older one is found at run time.`,
    'c-api-missing-in-pypy':
      `PyPy runs C extensions through cpyext, which emulates most of CPython's C API but not ${failure.symbol}: ` +
      `this module needs CPython, and no rebuild for PyPy changes that. Drop PyPy from python-versions for this ` +
      `package, or guard that use with \`#ifndef PYPY_VERSION\` in the C source (or offer PyPy users a cffi or ` +
      `pure-Python variant).`,
    'abi-mismatch':
      `The module was built for another ABI than the one loading it${failure.symbol ? ` (${failure.symbol})` : ''}: ` +
      `another Python (debug, free-threaded, another minor version, PyPy) or a newer library than the one found. ` +
      `Build it with this interpreter's own headers, and bundle libraries it needs a given version of.`,
    'import-error':
      'Read the exception in the import test log: the module imports in the build tree but not installed.',
  };
  const titles: Record<typeof failure.class, string> = {
    'missing-shared-library': `import ${module} fails: ${failure.library} cannot be found`,
    'undefined-symbol': `import ${module} fails: undefined symbol ${failure.symbol}`,
    'c-api-missing-in-pypy': `import ${module} fails: PyPy has no ${failure.symbol}, CPython C API the module uses`,
    'abi-mismatch': `import ${module} fails: built for another ABI${failure.symbol ? ` (${failure.symbol})` : ''}`,
    'import-error': `import ${module} fails`,
  };
  return {
    class: failure.class,
    confidence: failure.confidence,
    title: titles[failure.class],
    evidence,
    concerns,
    remedy: remedies[failure.class],
  };
}
