import path from 'node:path';
import type { ElfInfo } from '../verify/elf.js';
import { allowedLibraries, isDynamicLoader, type SymbolFinding } from '../verify/policy.js';
import type { Resolution } from '../verify/resolve-elf.js';
import { installedPath } from '../verify/wheel-contents.js';
import { within } from '../verify/where.js';
import { chooseBySymbols, type ManylinuxPolicy } from './policies.js';

/** One edit of one ELF file: exactly what one patchelf call does (see patchelf.ts for why one). */
export type Change =
  | { op: 'set-soname'; name: string }
  | { op: 'replace-needed'; from: string; to: string }
  | { op: 'remove-needed'; name: string }
  | { op: 'set-runpath'; entries: string[] }
  | { op: 'remove-rpath' };

export interface BundledLibrary {
  /** The library on this machine (symlinks followed). */
  source: string;
  /** Its file name, and SONAME, in the wheel: `libjpeg-1a2b3c4d.so.62.3.0`. */
  name: string;
}

export interface RepairPlan {
  policy: ManylinuxPolicy;
  /** `<distribution>.libs`, at the root of the wheel. */
  libsDir: string;
  bundled: BundledLibrary[];
  /** Per file (absolute: the unpacked wheel's, or `<root>/<libsDir>/<name>` for a bundled one). */
  edits: { file: string; changes: Change[] }[];
}

export type Refusal =
  | {
      kind: 'library-not-found';
      extension: string;
      library: string;
      neededBy: string;
      tried: string[];
    }
  | {
      kind: 'library-not-bundleable';
      extension: string;
      library: string;
      neededBy: string;
      path: string;
    }
  | { kind: 'symbol-too-new'; extension: string; findings: SymbolFinding[] }
  | { kind: 'no-policy'; arch: string; glibc: [number, number] | null };

export interface PlanInput {
  /** The unpacked wheel. */
  root: string;
  distribution: string;
  arch: string;
  /** Policies to choose from, most compatible first (policiesFor). */
  policies: ManylinuxPolicy[];
  /** The building machine's glibc, null when its C library is another (musl). */
  glibc: [number, number] | null;
  /** Each ELF extension (absolute path in `root`) and its dependencies as the loader resolves them. */
  extensions: { file: string; elf: ElfInfo; resolutions: Resolution[] }[];
  inspect: (file: string) => ElfInfo | null;
  /** The file a path is, symlinks followed. */
  realpath: (file: string) => string;
  /** The sha256 of a file's contents, hex. */
  digest: (file: string) => string;
}

/** libpython: never bundled; auditwheel drops the dependency, the interpreter provides it. */
const LIBPYTHON = /^libpython\d+\.\d+[dmt]*\.so(\.\d+)*$/;

/**
 * Parts of glibc beside those the policies allow: they must come from the same glibc build as
 * the user's libc.so.6 (they call into it through GLIBC_PRIVATE), so no wheel can carry them.
 */
const PART_OF_GLIBC =
  /^(libnss_\w+\.so\.\d+|libthread_db\.so\.1|libBrokenLocale\.so\.1|libc_malloc_debug\.so\.0|libmemusage\.so|libpcprofile\.so|libSegFault\.so|libcidn\.so\.1)$/;

/** `libjpeg.so.62.3.0` → `libjpeg-<8 hex>.so.62.3.0`, as auditwheel's copylib names its copies. */
export function bundledName(file: string, sha256: string): string {
  const short = sha256.slice(0, 8);
  const dot = file.indexOf('.');
  const [base, ext] = dot < 0 ? [file, ''] : [file.slice(0, dot), file.slice(dot)];
  return base.endsWith(`-${short}`) ? file : `${base}-${short}${ext}`;
}

interface Walk {
  refusals: Refusal[];
  /** Bundled libraries by the path the loader found them at. */
  bundled: Map<string, BundledLibrary>;
  /** Objects walked inside the wheel (extensions first). */
  inWheel: string[];
  /** Per object: its NEEDED entries that name a bundled library, and those to drop. */
  renames: Map<string, Map<string, string>>;
  removals: Map<string, string[]>;
}

function walk(input: PlanInput, allowed: Set<string>): Walk {
  const result: Walk = {
    refusals: [],
    bundled: new Map(),
    inWheel: [],
    renames: new Map(),
    removals: new Map(),
  };
  const visited = new Set<string>();
  for (const extension of input.extensions) {
    const visit = (object: string) => {
      if (visited.has(object)) return;
      visited.add(object);
      const bundledHere = result.bundled.has(object);
      if (!bundledHere) result.inWheel.push(object);
      for (const r of extension.resolutions.filter((r) => r.neededBy === object)) {
        if (r.how === 'preloaded' || isDynamicLoader(r.name) || allowed.has(r.name)) continue;
        if (LIBPYTHON.test(r.name)) {
          if (!bundledHere)
            result.removals.set(object, [...(result.removals.get(object) ?? []), r.name]);
          continue;
        }
        if (r.path === null) {
          result.refusals.push({
            kind: 'library-not-found',
            extension: extension.file,
            library: r.name,
            neededBy: object,
            tried: r.tried,
          });
          continue;
        }
        if (within(path.resolve(r.path), input.root)) {
          visit(r.path);
          continue;
        }
        if (PART_OF_GLIBC.test(r.name)) {
          result.refusals.push({
            kind: 'library-not-bundleable',
            extension: extension.file,
            library: r.name,
            neededBy: object,
            path: r.path,
          });
          continue;
        }
        let library = result.bundled.get(r.path);
        if (!library) {
          const source = input.realpath(r.path);
          library = { source, name: bundledName(path.basename(source), input.digest(source)) };
          result.bundled.set(r.path, library);
        }
        const renames = result.renames.get(object) ?? new Map<string, string>();
        renames.set(r.name, library.name);
        result.renames.set(object, renames);
        visit(r.path);
      }
    };
    visit(extension.file);
  }
  return result;
}

/** The RUNPATH entries of a file of the wheel: those pointing inside it, then the libs dir. */
function runpathFor(file: string, elf: ElfInfo, root: string, libsDir: string): string[] {
  const origin = path.dirname(file);
  const kept = [...(elf.runpath ?? elf.rpath ?? [])].filter((entry) => {
    const expanded = entry.replace(/\$(?:\{ORIGIN\}|ORIGIN)/g, origin);
    return path.isAbsolute(expanded) && within(path.resolve(expanded), root);
  });
  // where the file and the libs dir land once installed (.data/platlib/x.so installs as x.so)
  const installed = installedPath(path.relative(root, file).split(path.sep).join('/')) ?? '';
  const relative = path.posix.relative(path.posix.dirname(installed), libsDir);
  const own = `$ORIGIN/${relative}`;
  return [...new Set([...kept, own])];
}

/**
 * What to do to make the wheel's extensions load on any machine of a manylinux policy: which
 * libraries to copy in and under what names, which ELF entries to rewrite, and the most
 * compatible policy whose library list and symbol versions the result meets. Refusals name what
 * no repair can fix (a library that is not there, a part of glibc, a symbol too new).
 */
export function planRepair(given: PlanInput): RepairPlan | { refusals: Refusal[] } {
  // each policy's walk meets the same libraries: hash each file once
  const digests = new Map<string, string>();
  const digest = (file: string) => {
    if (!digests.has(file)) digests.set(file, given.digest(file));
    return digests.get(file)!;
  };
  const input = { ...given, digest };
  const libsDir = `${input.distribution}.libs`;
  const bundledPath = (library: BundledLibrary) => path.join(input.root, libsDir, library.name);
  let newest: Refusal[] = [];
  for (const policy of input.policies) {
    const allowed = allowedLibraries({
      kind: 'manylinux',
      tag: policy.tags[0]!,
      glibc: policy.glibc,
      arch: input.arch,
    })!;
    const walked = walk(input, allowed);
    if (walked.refusals.length > 0) return { refusals: walked.refusals };
    const files = [
      ...walked.inWheel.map((file) => ({ file, elf: input.inspect(file) })),
      ...[...walked.bundled.values()].map((b) => ({
        file: b.source,
        elf: input.inspect(b.source),
      })),
    ].filter((f): f is { file: string; elf: ElfInfo } => f.elf !== null);
    const choice = chooseBySymbols([policy], files);
    if (choice.policy === null) {
      newest = symbolRefusals(input, walked, choice.tooNew);
      continue;
    }
    const edits: RepairPlan['edits'] = [];
    for (const file of walked.inWheel) {
      const renames = walked.renames.get(file);
      const removals = walked.removals.get(file) ?? [];
      if (!renames && removals.length === 0) continue;
      const elf = input.inspect(file)!;
      edits.push({
        file,
        changes: [
          ...[...(renames ?? [])].map(([from, to]) => ({
            op: 'replace-needed' as const,
            from,
            to,
          })),
          ...removals.map((name) => ({ op: 'remove-needed' as const, name })),
          ...(renames
            ? [{ op: 'set-runpath' as const, entries: runpathFor(file, elf, input.root, libsDir) }]
            : []),
        ],
      });
    }
    const libraries = [
      ...new Map([...walked.bundled].map(([at, b]) => [b.name, { at, b }])).values(),
    ];
    for (const { at, b } of libraries) {
      const elf = input.inspect(b.source)!;
      const renames = [...(walked.renames.get(at) ?? [])];
      edits.push({
        file: bundledPath(b),
        changes: [
          { op: 'set-soname', name: b.name },
          ...renames.map(([from, to]) => ({ op: 'replace-needed' as const, from, to })),
          ...(renames.length > 0
            ? [{ op: 'set-runpath' as const, entries: ['$ORIGIN'] }]
            : elf.rpath !== null || elf.runpath !== null
              ? [{ op: 'remove-rpath' as const }]
              : []),
        ],
      });
    }
    return { policy, libsDir, bundled: libraries.map(({ b }) => b), edits };
  }
  if (input.policies.length === 0)
    return { refusals: [{ kind: 'no-policy', arch: input.arch, glibc: input.glibc }] };
  return { refusals: newest };
}

/** The too-new symbols, grouped by the extension whose walk reached each file. */
function symbolRefusals(input: PlanInput, walked: Walk, findings: SymbolFinding[]): Refusal[] {
  const byExtension = new Map<string, SymbolFinding[]>();
  for (const finding of findings) {
    const extension =
      input.extensions.find(
        (e) =>
          e.file === finding.file ||
          e.resolutions.some(
            (r) =>
              r.path === finding.file ||
              (r.path !== null && walked.bundled.get(r.path)?.source === finding.file),
          ),
      )?.file ?? finding.file;
    byExtension.set(extension, [...(byExtension.get(extension) ?? []), finding]);
  }
  return [...byExtension].map(([extension, found]) => ({
    kind: 'symbol-too-new',
    extension,
    findings: found,
  }));
}
