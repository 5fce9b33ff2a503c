import { symbolsTooNew, type SymbolFinding } from '../verify/policy.js';
import type { ElfInfo } from '../verify/elf.js';

/**
 * The manylinux policies a wheel can be tagged with, oldest glibc first, and the architectures
 * each exists for: auditwheel's manylinux-policy.json (2026-08), whose symbol-version lists are
 * held here as the newest version of each family (src/verify/policy.ts), the lists being
 * contiguous ladders on every architecture.
 */
const LADDER: { glibc: [number, number]; alias?: string; archs: string }[] = [
  { glibc: [2, 5], alias: 'manylinux1', archs: 'i686 x86_64' },
  { glibc: [2, 12], alias: 'manylinux2010', archs: 'i686 x86_64' },
  {
    glibc: [2, 17],
    alias: 'manylinux2014',
    archs: 'aarch64 armv7l i686 ppc64 ppc64le s390x x86_64',
  },
  ...[24, 26, 27, 28].map((minor) => ({
    glibc: [2, minor] as [number, number],
    archs: 'aarch64 armv7l i686 ppc64le s390x x86_64',
  })),
  ...[31, 34, 35].map((minor) => ({
    glibc: [2, minor] as [number, number],
    archs: 'aarch64 armv7l i686 ppc64le riscv64 s390x x86_64',
  })),
  ...[36, 37, 38, 39, 40, 41].map((minor) => ({
    glibc: [2, minor] as [number, number],
    archs: 'aarch64 armv7l i686 loongarch64 ppc64le riscv64 s390x x86_64',
  })),
];

export interface ManylinuxPolicy {
  glibc: [number, number];
  /** The tags a wheel of this policy carries, PEP 600 name first: `manylinux_2_17_x86_64`, `manylinux2014_x86_64`. */
  tags: string[];
}

const atMost = (a: [number, number], b: [number, number]) =>
  a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);

/**
 * The policies for an architecture, most compatible first, up to the building machine's glibc:
 * a wheel tagged for a newer glibc than the one it was built and checked on would promise what
 * nobody tested.
 */
export function policiesFor(arch: string, machineGlibc: [number, number]): ManylinuxPolicy[] {
  return LADDER.filter(
    (p) => p.archs.split(' ').includes(arch) && atMost(p.glibc, machineGlibc),
  ).map((p) => ({
    glibc: p.glibc,
    tags: [
      `manylinux_${p.glibc[0]}_${p.glibc[1]}_${arch}`,
      ...(p.alias ? [`${p.alias}_${arch}`] : []),
    ],
  }));
}

/** The newest policy of the ladder (whatever the machine), for a card's "newer than any". */
export function newestPolicy(arch: string): ManylinuxPolicy | null {
  return policiesFor(arch, [99, 99]).at(-1) ?? null;
}

export interface SymbolChoice {
  policy: ManylinuxPolicy | null;
  /** What keeps the newest policy the machine allows from taking the wheel, when none does. */
  tooNew: SymbolFinding[];
}

/**
 * The most compatible policy whose symbol versions every file allows (the extensions, the
 * libraries of the wheel and those bundled into it).
 */
export function chooseBySymbols(
  policies: ManylinuxPolicy[],
  files: { file: string; elf: ElfInfo }[],
): SymbolChoice {
  for (const policy of policies) {
    if (files.every(({ file, elf }) => symbolsTooNew(policy.glibc, file, elf).length === 0))
      return { policy, tooNew: [] };
  }
  const newest = policies.at(-1);
  return {
    policy: null,
    tooNew: newest ? files.flatMap(({ file, elf }) => symbolsTooNew(newest.glibc, file, elf)) : [],
  };
}
