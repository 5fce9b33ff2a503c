import { describe, expect, it } from 'vitest';
import { importTestSkipReason } from '../../src/verify/import-fit.js';
import { platformClaim } from '../../src/verify/wheel-name.js';

describe('whether the import test can run here', () => {
  it('runs it for wheels of this system and for pure wheels', () => {
    expect(importTestSkipReason(platformClaim('manylinux_2_17_x86_64'), 'linux')).toBeNull();
    expect(importTestSkipReason(platformClaim('linux_aarch64'), 'linux')).toBeNull();
    expect(importTestSkipReason(platformClaim('macosx_11_0_arm64'), 'darwin')).toBeNull();
    expect(importTestSkipReason(platformClaim('win_amd64'), 'win32')).toBeNull();
    expect(importTestSkipReason(platformClaim('any'), 'darwin')).toBeNull();
  });

  it("says which system's interpreter a wheel of another system needs", () => {
    expect(importTestSkipReason(platformClaim('macosx_11_0_universal2'), 'linux')).toBe(
      'a macosx_11_0_universal2 wheel needs a macOS interpreter to install and import, and this machine runs Linux',
    );
    expect(importTestSkipReason(platformClaim('musllinux_1_2_x86_64'), 'darwin')).toMatch(
      /needs a Linux interpreter .* runs macOS$/,
    );
    expect(importTestSkipReason(platformClaim('win_amd64'), 'linux')).toMatch(
      /needs a Windows interpreter/,
    );
  });
});
