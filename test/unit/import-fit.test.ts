import { describe, expect, it } from 'vitest';
import { importTestSkipReason } from '../../src/verify/import-fit.js';
import { platformClaim } from '../../src/verify/wheel-name.js';

describe('whether the import test can run here', () => {
  it('runs it for wheels of this system and for pure wheels', () => {
    expect(importTestSkipReason(platformClaim('manylinux_2_17_x86_64'), 'linux', 'x64')).toBeNull();
    expect(importTestSkipReason(platformClaim('linux_aarch64'), 'linux', 'arm64')).toBeNull();
    expect(importTestSkipReason(platformClaim('linux_armv7l'), 'linux', 'arm')).toBeNull();
    expect(importTestSkipReason(platformClaim('macosx_11_0_arm64'), 'darwin', 'x64')).toBeNull();
    expect(importTestSkipReason(platformClaim('win_amd64'), 'win32', 'x64')).toBeNull();
    expect(importTestSkipReason(platformClaim('any'), 'darwin', 'arm64')).toBeNull();
  });

  it("says which system's interpreter a wheel of another system needs", () => {
    expect(importTestSkipReason(platformClaim('macosx_11_0_universal2'), 'linux', 'x64')).toBe(
      'a macosx_11_0_universal2 wheel needs a macOS interpreter to install and import, and this machine runs Linux',
    );
    expect(importTestSkipReason(platformClaim('musllinux_1_2_x86_64'), 'darwin', 'arm64')).toMatch(
      /needs a Linux interpreter .* runs macOS$/,
    );
    expect(importTestSkipReason(platformClaim('win_amd64'), 'linux', 'x64')).toMatch(
      /needs a Windows interpreter/,
    );
  });

  it("says which machine's interpreter a Linux wheel of another architecture needs", () => {
    expect(importTestSkipReason(platformClaim('manylinux2014_aarch64'), 'linux', 'x64')).toBe(
      'a manylinux2014_aarch64 wheel needs an interpreter of its architecture (aarch64) to install and import, and this machine is x86_64',
    );
    expect(importTestSkipReason(platformClaim('linux_s390x'), 'linux', 'arm64')).toMatch(
      /\(s390x\) .* machine is aarch64$/,
    );
  });
});
