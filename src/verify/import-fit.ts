import type { Claim } from './wheel-name.js';

const SYSTEMS: Partial<Record<Claim['kind'], { platform: NodeJS.Platform; name: string }>> = {
  manylinux: { platform: 'linux', name: 'Linux' },
  musllinux: { platform: 'linux', name: 'Linux' },
  linux: { platform: 'linux', name: 'Linux' },
  macosx: { platform: 'darwin', name: 'macOS' },
  windows: { platform: 'win32', name: 'Windows' },
};

const NAMES: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'Linux',
  darwin: 'macOS',
  win32: 'Windows',
};

/** The wheel architectures (PEP 425's, from uname -m) each Node architecture runs natively. */
const ARCHES: Partial<Record<NodeJS.Architecture, string[]>> = {
  x64: ['x86_64'],
  arm64: ['aarch64'],
  ia32: ['i686', 'i386'],
  arm: ['armv7l', 'armv6l', 'armv5l'],
  ppc64: ['ppc64le', 'ppc64'],
  s390x: ['s390x'],
  riscv64: ['riscv64'],
  loong64: ['loongarch64'],
};

/**
 * Why the import test cannot run here, or null when it can: a wheel for another operating
 * system or machine does not install (pip refuses its tag), so trying would only report pip's
 * refusal as if the wheel were broken.
 */
export function importTestSkipReason(
  claim: Claim,
  platform: NodeJS.Platform,
  arch: NodeJS.Architecture,
): string | null {
  const system = SYSTEMS[claim.kind];
  if (!system) return null;
  if (system.platform !== platform)
    return (
      `a ${claim.tag} wheel needs a ${system.name} interpreter to install and import, ` +
      `and this machine runs ${NAMES[platform] ?? platform}`
    );
  const native = ARCHES[arch];
  if ('arch' in claim && native && !native.includes(claim.arch))
    return (
      `a ${claim.tag} wheel needs an interpreter of its architecture (${claim.arch}) to install ` +
      `and import, and this machine is ${native[0]}`
    );
  return null;
}
