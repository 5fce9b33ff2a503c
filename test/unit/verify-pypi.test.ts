import { describe, expect, it } from 'vitest';
import { platformTagProblem, pypiVerdict } from '../../src/verify/pypi.js';

describe('which platform tags PyPI takes (warehouse/utils/wheel.py)', () => {
  it.each([
    'any',
    'win_amd64',
    'win32',
    'win_arm64',
    'manylinux1_x86_64',
    'manylinux2010_i686',
    'manylinux2014_aarch64',
    'manylinux_2_17_x86_64',
    'manylinux_2_28_aarch64',
    'manylinux_2_39_riscv64',
    'manylinux_2_17_ppc64',
    'musllinux_1_2_x86_64',
    'macosx_10_9_x86_64',
    'macosx_10_13_universal2',
    'macosx_11_0_arm64',
    'macosx_14_0_arm64',
    'linux_armv7l',
    'linux_armv6l',
    'ios_13_0_arm64_iphoneos',
    'android_24_arm64_v8a',
    'pyemscripten_2025_0_wasm32',
  ])('takes %s', (tag) => {
    expect(platformTagProblem(tag)).toBeNull();
  });

  it.each([
    ['linux_x86_64', /linux_\* tag promises nothing/],
    ['linux_aarch64', /manylinux_2_N/],
    ['linux_i686', /manylinux_2_N/],
    ['musllinux_1_2_ppc64', /no musllinux wheels for ppc64/],
    ['manylinux_2_17_mips64', /no manylinux wheels for mips64/],
    ['macosx_11_3_arm64', /tagged macosx_11_0/],
    ['macosx_27_0_arm64', /does not \(yet\) take macOS 27/],
    ['macosx_10_9_sparc', /no macOS architecture sparc/],
    ['android_24_mips', /no Android wheels for mips/],
    ['emscripten_3_1_58_wasm32', /not a platform tag PyPI knows/],
    ['freebsd_14_0_amd64', /not a platform tag PyPI knows/],
  ])('refuses %s', (tag, why) => {
    expect(platformTagProblem(tag)).toMatch(why);
  });
});

describe('the verdict on a wheel file', () => {
  it('takes a wheel whose every tag is taken', () => {
    const wheel = '/out/pkg-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl';
    expect(pypiVerdict(wheel)).toEqual({ wheel, accepted: true });
  });

  it("refuses a wheel for its first refused tag, in PyPI's words", () => {
    const wheel = 'pkg-1.0-cp311-cp311-manylinux_2_17_x86_64.linux_x86_64.whl';
    const verdict = pypiVerdict(wheel);
    expect(verdict).toMatchObject({
      accepted: false,
      tag: 'linux_x86_64',
      reason: "unsupported platform tag 'linux_x86_64'",
      detail: expect.stringMatching(/manylinux_2_N/),
    });
  });
});
