import type { ElfInfo } from './elf.js';
import type { Resolution } from './resolve-elf.js';
import type { Claim } from './wheel-name.js';

/**
 * The libraries a manylinux wheel may take from the system (PEP 513, 571, 599, 600, as
 * auditwheel's policy files list them): the same for every manylinux policy, except that
 * libexpat.so.1 came with manylinux2010.
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

export function allowedLibraries(claim: Claim): Set<string> | null {
  if (claim.kind === 'musllinux') return new Set(MUSLLINUX_LIBRARIES);
  if (claim.kind !== 'manylinux') return null;
  const [major, minor] = claim.glibc;
  const expat = major > 2 || minor >= 12 ? ['libexpat.so.1'] : [];
  return new Set([...MANYLINUX_LIBRARIES, ...expat]);
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
      findings.push(...newerGlibc(claim.glibc, object, inspect(object)));
    for (const r of resolutions.filter((r) => r.neededBy === object)) {
      if (allowed.has(r.name)) continue;
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

function newerGlibc(glibc: [number, number], file: string, elf: ElfInfo | null): PolicyFinding[] {
  const newest = `GLIBC_${glibc[0]}.${glibc[1]}`;
  return (elf?.versionNeeds ?? []).flatMap((need) =>
    need.versions
      .filter((version) => {
        if (version === 'GLIBC_PRIVATE') return true;
        const match = /^GLIBC_(\d+)\.(\d+)/.exec(version);
        if (!match) return false;
        const [major, minor] = [+match[1]!, +match[2]!];
        return major > glibc[0] || (major === glibc[0] && minor > glibc[1]);
      })
      .map((version) => ({
        kind: 'symbol-version-too-new' as const,
        file,
        library: need.file,
        version,
        newest,
      })),
  );
}
