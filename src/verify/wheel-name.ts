import path from 'node:path';

export interface WheelName {
  distribution: string;
  version: string;
  python: string;
  abi: string;
  /** The platform tags, a compressed set split (`manylinux_2_17_x86_64.manylinux2014_x86_64`). */
  platforms: string[];
}

/** `{distribution}-{version}(-{build})?-{python}-{abi}-{platform}.whl` (PEP 427). */
export function parseWheelName(file: string): WheelName {
  const parts = path
    .basename(file)
    .replace(/\.whl$/, '')
    .split('-');
  if (parts.length < 5) throw new Error(`${path.basename(file)} is not a wheel's file name`);
  const [platform, abi, python] = [parts.at(-1)!, parts.at(-2)!, parts.at(-3)!];
  return {
    distribution: parts[0]!,
    version: parts[1]!,
    python,
    abi,
    platforms: platform.split('.'),
  };
}

export type Claim =
  | { kind: 'manylinux'; tag: string; glibc: [number, number]; arch: string }
  | { kind: 'musllinux'; tag: string; musl: [number, number]; arch: string }
  | { kind: 'linux'; tag: string; arch: string }
  | { kind: 'macosx' | 'windows' | 'any' | 'other'; tag: string };

const LEGACY: Record<string, [number, number]> = {
  manylinux1: [2, 5],
  manylinux2010: [2, 12],
  manylinux2014: [2, 17],
};

export function platformClaim(tag: string): Claim {
  let match = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (match) return { kind: 'manylinux', tag, glibc: [+match[1]!, +match[2]!], arch: match[3]! };
  match = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(tag);
  if (match) return { kind: 'manylinux', tag, glibc: LEGACY[match[1]!]!, arch: match[2]! };
  match = /^musllinux_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (match) return { kind: 'musllinux', tag, musl: [+match[1]!, +match[2]!], arch: match[3]! };
  match = /^linux_(.+)$/.exec(tag);
  if (match) return { kind: 'linux', tag, arch: match[1]! };
  if (tag.startsWith('macosx_')) return { kind: 'macosx', tag };
  if (tag.startsWith('win')) return { kind: 'windows', tag };
  return { kind: tag === 'any' ? 'any' : 'other', tag };
}

/**
 * The claim a compressed tag set must live up to: its oldest glibc (a wheel tagged both
 * manylinux_2_17 and manylinux_2_28 is installed where glibc is 2.17).
 */
export function strictestClaim(platforms: string[]): Claim {
  const claims = platforms.map(platformClaim);
  const order = (c: Claim) =>
    c.kind === 'manylinux'
      ? c.glibc[0] * 1000 + c.glibc[1]
      : c.kind === 'musllinux'
        ? c.musl[0] * 1000 + c.musl[1]
        : Infinity;
  return claims.reduce((a, b) => (order(b) < order(a) ? b : a));
}
