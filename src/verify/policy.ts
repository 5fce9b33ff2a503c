import type { ElfInfo } from './elf.js';
import type { Resolution } from './resolve-elf.js';
import type { Claim } from './wheel-name.js';

/**
 * The libraries a manylinux wheel may take from the system (PEP 513, 571, 599, 600, as
 * auditwheel's policy files list them): the same for every manylinux policy, except that
 * libexpat.so.1 came with manylinux2010 and libmvec.so.1 with manylinux_2_24.
 */
const MANYLINUX_LIBRARIES = [
  'libgcc_s.so.1',
  'libstdc++.so.6',
  'libm.so.6',
  'libdl.so.2',
  'librt.so.1',
  'libc.so.6',
  'libnsl.so.1',
  'libutil.so.1',
  'libpthread.so.0',
  'libresolv.so.2',
  'libX11.so.6',
  'libXext.so.6',
  'libXrender.so.1',
  'libICE.so.6',
  'libSM.so.6',
  'libGL.so.1',
  'libgobject-2.0.so.0',
  'libgthread-2.0.so.0',
  'libglib-2.0.so.0',
  'libz.so.1',
  'libatomic.so.1',
  'libanl.so.1',
];
/** auditwheel's musllinux policies: musl's libc and zlib. */
const MUSLLINUX_LIBRARIES = ['libc.so', 'libz.so.1'];

/**
 * The dynamic loader (ld-linux-x86-64.so.2, ld64.so.2 on s390x, ld64.so.1 on ppc64le): always
 * there, always the user's own, as auditwheel always excludes it. Libraries that use TLS name it.
 */
export function isDynamicLoader(name: string): boolean {
  return name.includes('ld-linux') || name === 'ld64.so.2' || name === 'ld64.so.1';
}

export function allowedLibraries(claim: Claim): Set<string> | null {
  if (claim.kind === 'musllinux') return new Set(MUSLLINUX_LIBRARIES);
  if (claim.kind !== 'manylinux') return null;
  const [major, minor] = claim.glibc;
  const expat = major > 2 || minor >= 12 ? ['libexpat.so.1'] : [];
  const mvec = major > 2 || minor >= 24 ? ['libmvec.so.1'] : [];
  return new Set([...MANYLINUX_LIBRARIES, ...expat, ...mvec]);
}

export type PolicyFinding =
  | {
      kind: 'library-not-allowed';
      library: string;
      neededBy: string;
      /** Where it resolved on the build machine, or null when it did not. */
      path: string | null;
    }
  | {
      kind: 'symbol-version-too-new';
      file: string;
      library: string;
      version: string;
      newest: string;
    };

export type SymbolFinding = Extract<PolicyFinding, { kind: 'symbol-version-too-new' }>;

/**
 * What the wheel takes from outside itself that its tag does not allow. Walks from the extension
 * through libraries inside the wheel (bundled ones may need more), stopping at allowed libraries
 * (their own dependencies are the system's business) and at the first disallowed one (a repair
 * bundles it together with what it needs).
 */
export function checkPolicy(
  claim: Claim,
  extension: string,
  resolutions: Resolution[],
  insideWheel: (file: string) => boolean,
  inspect: (file: string) => ElfInfo | null,
): PolicyFinding[] {
  const allowed = allowedLibraries(claim);
  if (allowed === null) return [];
  const findings: PolicyFinding[] = [];
  const visited = new Set<string>();
  const walk = (object: string) => {
    if (visited.has(object)) return;
    visited.add(object);
    if (claim.kind === 'manylinux')
      findings.push(...symbolsTooNew(claim.glibc, object, inspect(object)));
    for (const r of resolutions.filter((r) => r.neededBy === object)) {
      if (allowed.has(r.name) || r.how === 'preloaded' || isDynamicLoader(r.name)) continue;
      if (r.path !== null && insideWheel(r.path)) walk(r.path);
      else
        findings.push({
          kind: 'library-not-allowed',
          library: r.name,
          neededBy: object,
          path: r.path,
        });
    }
  };
  walk(extension);
  return findings;
}

/**
 * The newest libstdc++ and libgcc symbol versions each manylinux policy allows, from auditwheel's
 * manylinux-policy.json (x86_64; other architectures differ only where they came later). A tag
 * between two policies is held to the older one's list.
 */
const CXX_LIMITS: [glibc: [number, number], newest: Record<string, string>][] = [
  [[2, 5], { GLIBCXX: '3.4.8', CXXABI: '1.3.1', GCC: '4.2.0' }],
  [[2, 12], { GLIBCXX: '3.4.13', CXXABI: '1.3.3', GCC: '4.3.0' }],
  [[2, 17], { GLIBCXX: '3.4.19', CXXABI: '1.3.7', GCC: '4.8.0' }],
  [[2, 24], { GLIBCXX: '3.4.22', CXXABI: '1.3.10', GCC: '4.8.0' }],
  [[2, 27], { GLIBCXX: '3.4.24', CXXABI: '1.3.11', GCC: '7.0.0' }],
  [[2, 31], { GLIBCXX: '3.4.28', CXXABI: '1.3.12', GCC: '7.0.0' }],
  [[2, 34], { GLIBCXX: '3.4.29', CXXABI: '1.3.13', GCC: '7.0.0' }],
  [[2, 35], { GLIBCXX: '3.4.30', CXXABI: '1.3.13', GCC: '12.0.0' }],
  [[2, 39], { GLIBCXX: '3.4.33', CXXABI: '1.3.15', GCC: '14.0.0' }],
];

const numbers = (version: string) => version.split('.').map(Number);

/** Whether dotted version `version` is later than `limit` (2.34 > 2.17, 3.4.21 > 3.4.19). */
export function isNewer(version: string, limit: string): boolean {
  const [a, b] = [numbers(version), numbers(limit)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** The newest version of each symbol-version family a glibc level's policy allows. */
export function newestAllowed(glibc: [number, number]): Record<string, string> {
  const atOrBelow = CXX_LIMITS.filter(
    ([[major, minor]]) => major < glibc[0] || (major === glibc[0] && minor <= glibc[1]),
  );
  return { GLIBC: `${glibc[0]}.${glibc[1]}`, ...(atOrBelow.at(-1)?.[1] ?? CXX_LIMITS[0]![1]) };
}

/** The symbol versions a file needs that the policy of a glibc level does not allow. */
export function symbolsTooNew(
  glibc: [number, number],
  file: string,
  elf: ElfInfo | null,
): SymbolFinding[] {
  const allowed = newestAllowed(glibc);
  return (elf?.versionNeeds ?? []).flatMap((need) =>
    need.versions.flatMap((version) => {
      const match = /^(GLIBCXX|CXXABI|GLIBC|GCC)_(\d+(?:\.\d+)*)$/.exec(version);
      const family = version === 'GLIBC_PRIVATE' ? 'GLIBC' : match?.[1];
      if (family === undefined) return [];
      const limit = allowed[family]!;
      if (match && !isNewer(match[2]!, limit)) return [];
      return [
        {
          kind: 'symbol-version-too-new' as const,
          file,
          library: need.file,
          version,
          newest: `${family}_${limit}`,
        },
      ];
    }),
  );
}
