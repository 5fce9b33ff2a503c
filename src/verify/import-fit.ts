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

/**
 * Why the import test cannot run here, or null when it can: a wheel for another operating
 * system does not install (pip refuses its tag), so trying would only report pip's refusal as
 * if the wheel were broken.
 */
export function importTestSkipReason(claim: Claim, platform: NodeJS.Platform): string | null {
  const system = SYSTEMS[claim.kind];
  if (!system || system.platform === platform) return null;
  return (
    `a ${claim.tag} wheel needs a ${system.name} interpreter to install and import, ` +
    `and this machine runs ${NAMES[platform] ?? platform}`
  );
}
