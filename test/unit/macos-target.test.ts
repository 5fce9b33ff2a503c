import { describe, expect, it } from 'vitest';
import { tagOlderThanTarget, taggedArchs } from '../../src/verify/macos-target.js';

describe("a macOS wheel's tag against MACOSX_DEPLOYMENT_TARGET", () => {
  it("flags a tag older than the target, giving the tag's version", () => {
    expect(tagOlderThanTarget('macosx_10_9_x86_64', '11.0')).toBe('10.9');
    expect(tagOlderThanTarget('macosx_11_0_arm64', '11.1')).toBe('11.0');
    expect(tagOlderThanTarget('macosx_10_13_universal2', '14')).toBe('10.13');
  });

  it('passes a tag equal to or newer than the target, and other platforms', () => {
    expect(tagOlderThanTarget('macosx_11_0_arm64', '11')).toBeNull();
    expect(tagOlderThanTarget('macosx_11_0_arm64', '11.0')).toBeNull();
    expect(tagOlderThanTarget('macosx_12_0_x86_64', '10.9')).toBeNull();
    expect(tagOlderThanTarget('manylinux_2_17_x86_64', '11.0')).toBeNull();
  });
});

describe('the slices a macOS tag promises', () => {
  it('names both for universal2, one for a thin tag, none for another platform', () => {
    expect(taggedArchs('macosx_11_0_universal2')).toEqual(['x86_64', 'arm64']);
    expect(taggedArchs('macosx_11_0_arm64')).toEqual(['arm64']);
    expect(taggedArchs('macosx_10_9_x86_64')).toEqual(['x86_64']);
    expect(taggedArchs('win_amd64')).toBeNull();
  });
});
