import path from 'node:path';
import type { ExpectedExtension } from './build-log.js';
import type { Diagnosis } from '../diagnose/diagnosis.js';
import { classifyImportError } from './import-errors.js';
import type { ImportOutcome } from './import-test.js';
import { isNewer, type PolicyFinding } from './policy.js';
import type { How } from './resolve-elf.js';
import type { Place } from './where.js';
import type { Claim } from './wheel-name.js';

export interface LibraryCheck {
  name: string;
  /** The path of the object that needs it (the unpacked wheel's, or the system's). */
  neededBy: string;
  path: string | null;
  how: How;
  place: Place;
  /** For a library outside: what kind of place (a Nix store, a temporary directory…). */
  outside: string | null;
  tried: string[];
  /** Where LD_LIBRARY_PATH of the build found it, when only it could. */
  onlyThrough: string | null;
}

export interface ExtensionCheck {
  /** The path inside the wheel. */
  file: string;
  module: string;
  /** What was checked statically, in a few words (ELF resolution, Mach-O, nothing on Windows). */
  checked: string;
  libraries: LibraryCheck[];
  policy: PolicyFinding[];
}

/** Classes that say the wheel is broken for its users: it stays out of the uploaded set. */
export const NOT_BLOCKING = new Set(['platform-tag-not-accepted-by-pypi']);

export interface CardInput {
  wheel: string;
  python: string;
  claim: Claim;
  extensions: ExtensionCheck[];
  imports: ImportOutcome[];
  importLog: string | null;
  installError: string | null;
  missing: ExpectedExtension[];
  buildLog: string | null;
  /** The unpacked wheel, to name files by their path inside it. */
  root: string;
}

const repairCommand = (claim: Claim, wheel: string) => {
  const file = path.basename(wheel);
  if (claim.kind === 'macosx') return `delocate-wheel -w wheelhouse/ ${file}`;
  if (claim.kind === 'windows') return `delvewheel repair -w wheelhouse/ ${file}`;
  return `auditwheel repair -w wheelhouse/ ${file}`;
};

function bundleRemedy(library: string, claim: Claim, wheel: string): string {
  return (
    `Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
    `beside the package and points the extension at it; or ship it yourself in the package and link ` +
    `with \`-Wl,-rpath,$ORIGIN/<dir>\` (setuptools: \`runtime_library_dirs=["$ORIGIN/<dir>"]\`, ` +
    `@loader_path on macOS); or link it statically.`
  );
}

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
  const isInWheel = (file: string) => !path.relative(input.root, file).startsWith('..');
  const inWheel = (file: string) => (isInWheel(file) ? path.relative(input.root, file) : file);
  /** A file inside the wheel as `<wheel>!/<path>`; a system file as its own path. */
  const source = (file: string) => (isInWheel(file) ? `${wheel}!/${inWheel(file)}` : file);
  const cards: Diagnosis[] = [];
  const byModule = new Map(input.imports.map((o) => [o.module, o]));
  const reported = new Set<string>(); // `${extension}\0${library}` already on a card

  if (input.installError) {
    cards.push({
      class: 'wheel-not-installable',
      confidence: 'high',
      title: `The wheel does not install into a fresh virtual environment of ${python}`,
      evidence: [{ text: input.installError, source: input.importLog ?? wheel }],
      concerns: { python },
      remedy:
        'Read the pip output in the log: the tags must match this interpreter, and the wheel must be whole.',
    });
  }

  for (const extension of input.extensions) {
    const outcome = byModule.get(extension.module);
    const failure =
      outcome && !outcome.ok && outcome.error ? classifyImportError(outcome.error) : null;
    const importEvidence =
      outcome && !outcome.ok && outcome.error
        ? [
            {
              text: outcome.error.split('\n').at(-1)!,
              source: input.importLog ?? wheel,
              line: outcome.logLine,
            },
          ]
        : [];
    const concerns = (library?: string) => ({
      python,
      extension: extension.module,
      file: extension.file,
      ...(library ? { library } : {}),
    });

    for (const lib of extension.libraries.filter((l) => l.place === 'missing')) {
      reported.add(`${extension.module}\0${lib.name}`);
      const matching = failure?.class === 'missing-shared-library' && failure.library === lib.name;
      cards.push({
        class: 'missing-shared-library',
        confidence: 'high',
        title: `${extension.module} needs ${lib.name}, which the loader will not find on users' machines`,
        evidence: [
          ...(matching ? importEvidence : []),
          {
            text: `${inWheel(lib.neededBy)} needs ${lib.name}: not found in ${lib.tried.join(', ') || 'any directory searched'}`,
            source: source(lib.neededBy),
          },
          ...(lib.onlyThrough
            ? [
                {
                  text: `the build found it only through LD_LIBRARY_PATH: ${lib.onlyThrough}`,
                  source: 'build environment',
                },
              ]
            : []),
        ],
        concerns: concerns(lib.name),
        remedy: bundleRemedy(lib.name, claim, wheel),
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
            text: `${inWheel(lib.neededBy)} needs ${lib.name} → ${lib.path} (through its ${lib.how.toUpperCase()})`,
            source: source(lib.neededBy),
          },
        ],
        concerns: concerns(lib.name),
        remedy:
          `Do not link with an RPATH into the build machine (\`-Wl,-rpath,${path.dirname(lib.path!)}\`). ` +
          bundleRemedy(lib.name, claim, wheel),
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

    for (const finding of extension.policy) {
      if (
        finding.kind !== 'library-not-allowed' ||
        reported.has(`${extension.module}\0${finding.library}`)
      )
        continue;
      cards.push({
        class: 'library-not-allowed-by-policy',
        confidence: 'high',
        title: `${claim.tag} does not allow taking ${finding.library} from the system (${extension.module} needs it)`,
        evidence: [
          {
            text: `${inWheel(finding.neededBy)} needs ${finding.library} → ${finding.path ?? 'not found'}, which is not on the ${claim.kind} policy's list`,
            source: source(finding.neededBy),
          },
        ],
        concerns: concerns(finding.library),
        remedy: `Repair the wheel before uploading it: \`${repairCommand(claim, wheel)}\` bundles ${finding.library}.`,
      });
    }

    if (failure && !(failure.library && reported.has(`${extension.module}\0${failure.library}`))) {
      cards.push(
        importCard(
          extension.module,
          failure,
          importEvidence,
          concerns(failure.library),
          claim,
          wheel,
        ),
      );
    }
  }

  const extensionModules = new Set(input.extensions.map((e) => e.module));
  for (const outcome of input.imports) {
    if (outcome.ok || extensionModules.has(outcome.module) || !outcome.error) continue;
    const failure = classifyImportError(outcome.error);
    const evidence = [
      {
        text: outcome.error.split('\n').at(-1)!,
        source: input.importLog ?? wheel,
        line: outcome.logLine,
      },
    ];
    cards.push(
      importCard(
        outcome.module,
        failure,
        evidence,
        { python, ...(failure.library ? { library: failure.library } : {}) },
        claim,
        wheel,
      ),
    );
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
      concerns: { python, extension: expected.module },
      remedy:
        `The build announced ${expected.module} but the wheel has no compiled module of that name: the extension's ` +
        `build failed and setup.py went on without it (an optional extension, or a fallback to pure Python). Fix the ` +
        `compile error shown for ${python}, or make the extension required so the build fails loudly.`,
    });
  }

  if (claim.kind === 'linux') {
    cards.push({
      class: 'platform-tag-not-accepted-by-pypi',
      confidence: 'high',
      title: `PyPI refuses wheels tagged ${claim.tag}: repair it into a manylinux wheel before uploading`,
      evidence: [{ text: path.basename(wheel), source: wheel }],
      concerns: { python },
      remedy:
        `Run \`auditwheel repair -w wheelhouse/ ${path.basename(wheel)}\`: it bundles the libraries manylinux does not allow ` +
        `and retags the wheel manylinux_2_X for the glibc it needs. Build in a manylinux container (cibuildwheel does) so ` +
        `that X is old enough for your users.`,
    });
  }
  return cards;
}

function importCard(
  module: string,
  failure: ReturnType<typeof classifyImportError>,
  evidence: Diagnosis['evidence'],
  concerns: Diagnosis['concerns'],
  claim: Claim,
  wheel: string,
): Diagnosis {
  const remedies: Record<typeof failure.class, string> = {
    'missing-shared-library': bundleRemedy(failure.library ?? 'the library', claim, wheel),
    'undefined-symbol':
      `No library the module loads defines ${failure.symbol}: link the library that does (setuptools \`libraries=[...]\`), ` +
      `or bundle the version it was built against if an older one is found at run time.`,
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
