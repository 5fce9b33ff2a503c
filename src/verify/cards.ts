import path from 'node:path';
import type { ExpectedExtension } from './build-log.js';
import { extensionCards, lastLine, type WheelContext } from './extension-cards.js';
import { classifyImportError } from './import-errors.js';
import { importCard } from './import-cards.js';
import type { ImportOutcome } from './import-test.js';
import type { PolicyFinding } from './policy.js';
import type { How } from './resolve-elf.js';
import { tagOlderThanTarget, type MinimumTooNew } from './macos-target.js';
import type { MachOHow } from './resolve-macho.js';
import type { PeHow } from './resolve-pe.js';
import { pypiVerdict } from './pypi.js';
import type { VerifyCard } from './verify-class.js';
import type { Place } from './where.js';
import { parseWheelName, type Claim } from './wheel-name.js';

export { NOT_BLOCKING, type VerifyCard, type VerifyClass } from './verify-class.js';

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

function installCard(input: CardInput, at: WheelContext): VerifyCard[] {
  if (!input.installError) return [];
  return [
    {
      class: 'wheel-not-installable',
      confidence: 'high',
      title: `The wheel does not install into a fresh virtual environment of ${input.python}`,
      evidence: [{ text: input.installError, source: input.importLog ?? at.wheel }],
      concerns: at.about,
      remedy:
        'Read the log: either this interpreter cannot make a virtual environment (its venv module), or the wheel is not whole (a readable zip with one .dist-info holding WHEEL and METADATA).',
    },
  ];
}

/**
 * The imports of the wheel's other modules that failed. A package that imports a failing
 * extension fails with the extension's own error: that failure already has its card.
 */
function packageImportCards(input: CardInput, at: WheelContext): VerifyCard[] {
  const extensionModules = new Set(input.extensions.map((e) => e.module));
  const extensionErrors = new Set(
    input.imports
      .filter((o) => extensionModules.has(o.module) && !o.ok && o.error)
      .map((o) => lastLine(o.error!)),
  );
  return input.imports.flatMap((outcome) => {
    if (outcome.ok || extensionModules.has(outcome.module) || !outcome.error) return [];
    if (extensionErrors.has(lastLine(outcome.error))) return [];
    const failure = classifyImportError(outcome.error, at.pypy);
    const evidence = [
      { text: lastLine(outcome.error), source: at.importLog ?? at.wheel, line: outcome.logLine },
    ];
    const concerns = { ...at.about, ...(failure.library ? { library: failure.library } : {}) };
    return [
      importCard(outcome.module, failure, evidence, concerns, {
        claim: at.claim,
        wheel: at.wheel,
        topLevel: at.topLevel,
        stdlib: outcome.stdlib,
        extensions: at.extensions,
      }),
    ];
  });
}

function importSkippedCard(input: CardInput, at: WheelContext): VerifyCard[] {
  if (!input.importSkipped) return [];
  const file = path.basename(at.wheel);
  return [
    {
      class: 'import-test-not-run',
      confidence: 'high',
      title: `The import test did not run: ${input.importSkipped}`,
      evidence: [{ text: file, source: at.wheel }],
      concerns: at.about,
      remedy:
        input.python === null
          ? `Only the static checks ran: pass the wheel's interpreter with --python-versions (a version such as 2.7, ` +
            `or a path to its executable) to import it as users will.`
          : `Only the static checks ran. Verify the wheel where it installs (\`wheelwright verify ${file}\` ` +
            `on a runner of its platform; the build itself verifies there) to import it as users will.`,
    },
  ];
}

function compiledModuleMissingCard(
  expected: ExpectedExtension,
  input: CardInput,
  at: WheelContext,
): VerifyCard {
  return {
    class: 'compiled-module-missing',
    confidence: 'high',
    title: `${expected.module} was not compiled: the wheel holds only what works without it`,
    evidence: [expected, ...expected.failure].map((l) => ({
      text: l.text,
      source: input.buildLog ?? 'build log',
      line: l.line,
    })),
    concerns: { ...at.about, extension: expected.module },
    remedy:
      `The build announced ${expected.module} but the wheel has no compiled module of that name: the extension's ` +
      `build failed and setup.py went on without it (an optional extension, or a fallback to pure Python). Fix the ` +
      `compile error shown in the build log, or make the extension required so the build fails loudly.`,
  };
}

function macosTagCard(input: CardInput, at: WheelContext): VerifyCard[] {
  const { claim, wheel } = at;
  const olderTag = input.macosTarget ? tagOlderThanTarget(claim.tag, input.macosTarget) : null;
  if (olderTag === null) return [];
  return [
    {
      class: 'macos-tag-older-than-target',
      confidence: 'high',
      title: `${claim.tag} promises macOS ${olderTag}, older than the build's MACOSX_DEPLOYMENT_TARGET ${input.macosTarget}`,
      evidence: [
        {
          text: `${path.basename(wheel)}: tagged for macOS ${olderTag}; built with MACOSX_DEPLOYMENT_TARGET=${input.macosTarget}`,
          source: wheel,
        },
      ],
      concerns: at.about,
      remedy:
        `pip installs this wheel on macOS ${olderTag}, which the build was not made for. Let the tag follow the target ` +
        `(wheelwright sets _PYTHON_HOST_PLATFORM from it; a setup.py or backend that fixes the platform name overrides it), ` +
        `or lower macosx-deployment-target to the oldest macOS the wheel must support.`,
    },
  ];
}

function pypiCard(at: WheelContext): VerifyCard[] {
  const { wheel } = at;
  const verdict = pypiVerdict(wheel);
  if (verdict.accepted) return [];
  const file = path.basename(wheel);
  return [
    {
      class: 'platform-tag-not-accepted-by-pypi',
      confidence: 'high',
      title: `PyPI would refuse this wheel: ${verdict.reason} (${verdict.detail})`,
      evidence: [{ text: file, source: wheel }],
      concerns: at.about,
      remedy: verdict.tag.startsWith('linux_')
        ? `The wheel was not repaired: wheelwright repairs Linux wheels by default (\`repair-command: auto\` bundles the ` +
          `libraries manylinux does not allow and retags the wheel manylinux_2_N for the glibc it needs), so it was built ` +
          `with repair-command off, with a command that kept the tag, or elsewhere. Leave repair-command at auto, or ` +
          `repair it by hand (\`auditwheel repair -w wheelhouse/ ${file}\`); build in a manylinux container so that N ` +
          `is old enough for your users.`
        : `PyPI takes only the platform tags it has a specification for: build the wheel for one of those, or ` +
          `publish it on another index.`,
    },
  ];
}

function wheelContext(input: CardInput): WheelContext {
  const { wheel, python, claim, root } = input;
  const isInWheel = (file: string) => !path.relative(root, file).startsWith('..');
  const inWheel = (file: string) => (isInWheel(file) ? path.relative(root, file) : file);
  return {
    wheel,
    claim,
    about: python === null ? {} : { python },
    importLog: input.importLog,
    topLevel: input.topLevel,
    extensions: input.extensions,
    pypy: parseWheelName(wheel).python.startsWith('pp'),
    inWheel,
    source: (file) => (isInWheel(file) ? `${wheel}!/${inWheel(file)}` : file),
  };
}

/** Every card of one wheel, in the order the summary shows them: install, extensions, imports, tags. */
export function makeCards(input: CardInput): VerifyCard[] {
  const at = wheelContext(input);
  const byModule = new Map(input.imports.map((o) => [o.module, o]));
  return [
    ...installCard(input, at),
    ...input.extensions.flatMap((e) => extensionCards(e, byModule.get(e.module), at)),
    ...packageImportCards(input, at),
    ...importSkippedCard(input, at),
    ...input.missing.map((expected) => compiledModuleMissingCard(expected, input, at)),
    ...macosTagCard(input, at),
    ...pypiCard(at),
  ];
}
