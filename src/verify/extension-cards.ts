import path from 'node:path';
import { bundleRemedy, repairCommand } from './bundle-remedy.js';
import type { ExtensionCheck, LibraryCheck } from './cards.js';
import { classifyImportError, type ImportFailure } from './import-errors.js';
import { importCard } from './import-cards.js';
import type { ImportOutcome } from './import-test.js';
import { isNewer, type PolicyFinding } from './policy.js';
import type { VerifyCard } from './verify-class.js';
import type { Claim } from './wheel-name.js';

/** What every card of one wheel needs: the wheel, its tag's claim, and how to name its files. */
export interface WheelContext {
  wheel: string;
  claim: Claim;
  about: { python?: string };
  importLog: string | null;
  topLevel: string[];
  extensions: ExtensionCheck[];
  /** Whether the wheel is PyPy's (its tag says so): PyPy's import errors mean other things. */
  pypy: boolean;
  /** A file inside the wheel by its path there; a system file by its own path. */
  inWheel(file: string): string;
  /** A file inside the wheel as `<wheel>!/<path>`; a system file as its own path. */
  source(file: string): string;
}

/** The last line of an exception: the one that says what failed. */
export const lastLine = (error: string): string => error.split('\n').at(-1)!;

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

/** One extension as the cards see it: its import's failure and what the cards concern. */
interface Subject {
  extension: ExtensionCheck;
  failure: ImportFailure | null;
  /** The import's exception line, when it failed. */
  importEvidence: VerifyCard['evidence'];
  concerns(library?: string): VerifyCard['concerns'];
}

function unreadableCard({ extension, concerns }: Subject, at: WheelContext): VerifyCard[] {
  if (!extension.unreadable) return [];
  return [
    {
      class: 'extension-unreadable',
      confidence: 'high',
      title: `${extension.module} is not a whole binary: ${extension.unreadable}`,
      evidence: [{ text: extension.unreadable, source: `${at.wheel}!/${extension.file}` }],
      concerns: concerns(),
      remedy:
        'The file was cut short or damaged between the link and the wheel: rebuild the wheel, and check what ' +
        'rewrote or copied the file after the link (a failed delocate or strip, a full disk).',
    },
  ];
}

function missingLibraryCard(lib: LibraryCheck, subject: Subject, at: WheelContext): VerifyCard {
  const { extension, failure } = subject;
  const { claim, wheel } = at;
  const matching = failure?.class === 'missing-shared-library' && failure.library === lib.name;
  const tried = lib.tried.map(at.inWheel).join(', ') || 'any directory searched';
  return {
    class: 'missing-shared-library',
    confidence: 'high',
    title: `${extension.module} needs ${lib.name}, which the loader will not find on users' machines`,
    evidence: [
      ...(matching ? subject.importEvidence : []),
      {
        text:
          `${at.inWheel(lib.neededBy)}${sliceNote(lib, extension)} needs ${lib.name}: not found in ` +
          `${tried}${lib.reason ? ` (${lib.reason})` : ''}`,
        source: at.source(lib.neededBy),
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
    concerns: subject.concerns(lib.name),
    remedy: lib.tried.some((t) => t.endsWith(' slice)'))
      ? sliceRemedy(lib, claim, wheel)
      : bundleRemedy(lib.name, claim, wheel),
  };
}

function outsideLibraryCard(lib: LibraryCheck, subject: Subject, at: WheelContext): VerifyCard {
  const { extension } = subject;
  return {
    class: 'library-outside-wheel',
    confidence: 'high',
    title: `${extension.module} loads ${lib.name} from ${lib.outside} (${path.dirname(lib.path!)}): it works here, not on users' machines`,
    evidence: [
      {
        text: `${at.inWheel(lib.neededBy)}${sliceNote(lib, extension)} needs ${lib.name} → ${lib.path} (${reached(lib)})`,
        source: at.source(lib.neededBy),
      },
    ],
    concerns: subject.concerns(lib.name),
    remedy: outsideCause(lib, at.claim) + bundleRemedy(lib.name, at.claim, at.wheel),
  };
}

function macosMinimumCard({ extension, concerns }: Subject, at: WheelContext): VerifyCard[] {
  const macosMinimum = extension.macosMinimum ?? [];
  if (macosMinimum.length === 0) return [];
  const minimum = macosMinimum[0]!.minimum;
  return [
    {
      class: 'macos-minimum-newer-than-tag',
      confidence: 'high',
      title: `${extension.module} needs macOS ${minimum}, newer than ${at.claim.tag} promises: dyld refuses it on older macOS`,
      evidence: macosMinimum.map((m) => ({
        text: `${extension.file} (${m.arch}): minimum macOS ${m.minimum} (LC_BUILD_VERSION), the tag says ${m.tagged}`,
        source: `${at.wheel}!/${extension.file}`,
      })),
      concerns: concerns(),
      remedy:
        `Build with MACOSX_DEPLOYMENT_TARGET set to the version the wheel should support (the compiler writes it as ` +
        `the minimum and the wheel's tag is taken from it), and build the libraries it links for that version too; ` +
        `or tag the wheel macosx_${minimum.split('.').slice(0, 2).join('_')}, which pip installs only on that macOS and newer.`,
    },
  ];
}

function missingSliceCard({ extension, concerns }: Subject, at: WheelContext): VerifyCard[] {
  const missingArchs = extension.macosMissingArchs ?? [];
  if (missingArchs.length === 0) return [];
  const { tag } = at.claim;
  return [
    {
      class: 'macos-arch-slice-missing',
      confidence: 'high',
      title: `${extension.file} has no ${missingArchs.join(' or ')} slice, which ${tag} promises: dyld refuses it on those Macs`,
      evidence: [
        {
          text: `${extension.file}: ${missingArchs.map((a) => `no ${a} slice`).join(', ')}; the tag says ${tag}`,
          source: `${at.wheel}!/${extension.file}`,
        },
      ],
      concerns: concerns(),
      remedy:
        `Build every architecture the tag names: archs = "universal2" sets ARCHFLAGS="-arch x86_64 -arch arm64" for the build, ` +
        `and each library the extension links must be universal too (or built once per architecture and joined with lipo); ` +
        `or tag the wheel for the architecture it holds.`,
    },
  ];
}

function symbolTooNewCard({ extension, concerns }: Subject, at: WheelContext): VerifyCard[] {
  const tooNew = extension.policy.filter((f) => f.kind === 'symbol-version-too-new');
  if (tooNew.length === 0) return [];
  const allowed = [...new Set(tooNew.map((f) => f.newest))].join(', ');
  return [
    {
      class: 'symbol-version-too-new',
      confidence: 'high',
      title: `${extension.module} needs ${newestByFamily(tooNew).join(' and ')}, newer than ${at.claim.tag} allows (${allowed})`,
      evidence: tooNew.map((f) => ({
        text: `${at.inWheel(f.file)} needs ${f.version} from ${f.library}`,
        source: at.source(f.file),
      })),
      concerns: concerns(),
      remedy:
        `The wheel was built against a newer glibc, libstdc++ or libgcc than its tag promises. Build it in the manylinux image of that tag ` +
        `(cibuildwheel does), or let \`auditwheel repair\` choose the tag the wheel really meets (\`auditwheel show\` prints it).`,
    },
  ];
}

/** One card per extension: a repair bundles all of them at once, so one command says it all. */
function notAllowedCard(
  subject: Subject,
  at: WheelContext,
  reported: (library: string) => boolean,
): VerifyCard[] {
  const { extension } = subject;
  const { claim, wheel } = at;
  const notAllowed = extension.policy.filter(
    (f): f is Extract<PolicyFinding, { kind: 'library-not-allowed' }> =>
      f.kind === 'library-not-allowed' && !reported(f.library),
  );
  if (notAllowed.length === 0) return [];
  const libraries = [...new Set(notAllowed.map((f) => f.library))];
  const named =
    libraries.length === 1
      ? libraries[0]!
      : `${libraries.slice(0, -1).join(', ')} and ${libraries.at(-1)!}`;
  const them = libraries.length === 1 ? 'it' : 'them';
  return [
    {
      class: 'library-not-allowed-by-policy',
      confidence: 'high',
      title: `${claim.tag} does not allow taking ${named} from the system (${extension.module} needs ${them})`,
      evidence: notAllowed.map((finding) => ({
        text: `${at.inWheel(finding.neededBy)} needs ${finding.library} → ${finding.path ?? 'not found'}, which is not on the ${claim.kind} policy's list`,
        source: at.source(finding.neededBy),
      })),
      concerns: subject.concerns(libraries.join(', ')),
      remedy: `Repair the wheel before uploading it: \`${repairCommand(claim, wheel)}\` bundles ${them} into the wheel.`,
    },
  ];
}

/**
 * Every card of one extension: a binary cut short, libraries missing or found outside the
 * wheel, macOS minimum and slices against the tag, symbol versions and libraries the policy does
 * not allow, and its import's failure unless a library card already explains it.
 */
export function extensionCards(
  extension: ExtensionCheck,
  outcome: ImportOutcome | undefined,
  at: WheelContext,
): VerifyCard[] {
  const failed = outcome && !outcome.ok && outcome.error ? outcome.error : null;
  const failure = failed ? classifyImportError(failed, at.pypy) : null;
  const subject: Subject = {
    extension,
    failure,
    importEvidence: failed
      ? [{ text: lastLine(failed), source: at.importLog ?? at.wheel, line: outcome!.logLine }]
      : [],
    concerns: (library) => ({
      ...at.about,
      extension: extension.module,
      file: extension.file,
      ...(library ? { library } : {}),
    }),
  };
  // a weak library missing is no failure: dyld loads the extension without it
  const missing = extension.libraries.filter((l) => l.place === 'missing' && !l.weak);
  const outside = extension.libraries.filter((l) => l.place === 'outside');
  const onCards = new Set([...missing, ...outside].map((l) => l.name));
  const reported = (library: string) => onCards.has(library);
  return [
    ...unreadableCard(subject, at),
    ...missing.map((lib) => missingLibraryCard(lib, subject, at)),
    ...outside.map((lib) => outsideLibraryCard(lib, subject, at)),
    ...macosMinimumCard(subject, at),
    ...missingSliceCard(subject, at),
    ...symbolTooNewCard(subject, at),
    ...notAllowedCard(subject, at, reported),
    ...(failure && !(failure.library && reported(failure.library))
      ? [
          importCard(
            extension.module,
            failure,
            subject.importEvidence,
            subject.concerns(failure.library),
            {
              claim: at.claim,
              wheel: at.wheel,
              topLevel: at.topLevel,
              stdlib: outcome?.stdlib,
              extensions: at.extensions,
            },
          ),
        ]
      : []),
  ];
}
