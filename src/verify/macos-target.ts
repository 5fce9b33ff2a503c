import type { MachOFile } from './macho.js';

export interface MinimumTooNew {
  arch: string;
  /** The slice's minimum macOS (LC_BUILD_VERSION / LC_VERSION_MIN_MACOSX). */
  minimum: string;
  /** The macOS version the wheel's tag promises (`macosx_10_9_x86_64`: 10.9). */
  tagged: string;
}

const parts = (version: string) => version.split('.').map(Number);

function newer(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** The macOS version in a `macosx_<major>_<minor>_<arch>` tag, or null for another tag. */
export function taggedMacOS(tag: string): string | null {
  const match = /^macosx_(\d+)_(\d+)_/.exec(tag);
  return match ? `${match[1]}.${match[2]}` : null;
}

/**
 * The slices that need a newer macOS than the wheel's tag says: pip installs the wheel on the
 * tagged version, and dyld refuses to load the extension there ("built for macOS 11.0 which is
 * newer than running OS"). MACOSX_DEPLOYMENT_TARGET sets both: the compiler writes it as the
 * minimum, and the wheel's tag is taken from it.
 */
export function minimumTooNew(tag: string, file: MachOFile): MinimumTooNew[] {
  const tagged = taggedMacOS(tag);
  if (tagged === null) return [];
  return file.slices
    .filter((s) => s.minMacOS !== null && newer(s.minMacOS, tagged))
    .map((s) => ({ arch: s.arch, minimum: s.minMacOS!, tagged }));
}

/** The architectures a `macosx_*` tag promises, one slice each; null for another tag. */
export function taggedArchs(tag: string): string[] | null {
  const match = /^macosx_\d+_\d+_(\w+)$/.exec(tag);
  if (!match) return null;
  if (match[1] === 'universal2') return ['x86_64', 'arm64'];
  if (match[1] === 'universal') return ['x86_64', 'i386'];
  return [match[1]!];
}

/**
 * The architectures the wheel's tag promises that a Mach-O has no slice for: a universal2 wheel
 * whose extension has only arm64 installs on an Intel Mac, and dyld refuses it there
 * ("incompatible architecture").
 */
export function missingSlices(tag: string, file: MachOFile): string[] {
  const have = new Set(file.slices.map((s) => s.arch));
  return (taggedArchs(tag) ?? []).filter((arch) => !have.has(arch));
}

/**
 * A tag older than MACOSX_DEPLOYMENT_TARGET promises a macOS the build was never made for: the
 * tag's version when so, null when the tag is the target or newer (or not a macOS tag).
 */
export function tagOlderThanTarget(tag: string, target: string): string | null {
  const tagged = taggedMacOS(tag);
  return tagged !== null && newer(target, tagged) ? tagged : null;
}
