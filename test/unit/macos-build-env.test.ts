import { describe, expect, it } from 'vitest';
import {
  macosBuildEnvironment,
  macosTargetEnvironment,
} from '../../src/platform/macos-build-env.js';

describe("a macOS build's MACOSX_DEPLOYMENT_TARGET, ARCHFLAGS and _PYTHON_HOST_PLATFORM", () => {
  it("takes the interpreter's own target when none is given", () => {
    expect(macosBuildEnvironment('darwin', 'macosx-11.0-arm64', null, 'arm64')).toEqual({
      MACOSX_DEPLOYMENT_TARGET: '11.0',
      ARCHFLAGS: '-arch arm64',
      _PYTHON_HOST_PLATFORM: 'macosx-11.0-arm64',
    });
  });

  it('compiles both slices for universal2 and tags for the target given', () => {
    expect(
      macosBuildEnvironment('darwin', 'macosx-10.9-universal2', '10.13', 'universal2'),
    ).toEqual({
      MACOSX_DEPLOYMENT_TARGET: '10.13',
      ARCHFLAGS: '-arch x86_64 -arch arm64',
      _PYTHON_HOST_PLATFORM: 'macosx-10.13-universal2',
    });
  });

  it('builds x86_64 with a python.org universal2 interpreter on an arm64 runner', () => {
    expect(macosBuildEnvironment('darwin', 'macosx-10.9-universal2', null, 'x86_64')).toEqual({
      MACOSX_DEPLOYMENT_TARGET: '10.9',
      ARCHFLAGS: '-arch x86_64',
      _PYTHON_HOST_PLATFORM: 'macosx-10.9-x86_64',
    });
  });

  it('raises a target older than macOS 11 to 11.0 for arm64, where macOS starts at 11', () => {
    expect(macosBuildEnvironment('darwin', 'macosx-10.9-universal2', null, 'arm64')).toEqual({
      MACOSX_DEPLOYMENT_TARGET: '11.0',
      ARCHFLAGS: '-arch arm64',
      _PYTHON_HOST_PLATFORM: 'macosx-11.0-arm64',
    });
    expect(
      macosBuildEnvironment('darwin', 'macosx-11.0-arm64', '10.13', 'arm64')
        .MACOSX_DEPLOYMENT_TARGET,
    ).toBe('11.0');
    expect(
      macosBuildEnvironment('darwin', 'macosx-11.0-arm64', '12', 'arm64').MACOSX_DEPLOYMENT_TARGET,
    ).toBe('12');
  });

  it('gives nothing to Linux and Windows builds', () => {
    expect(macosBuildEnvironment('linux', 'linux-x86_64', '11.0', 'x86_64')).toEqual({});
    expect(macosBuildEnvironment('win32', 'win-amd64', null, 'arm64')).toEqual({});
    expect(macosTargetEnvironment('linux', '11.0')).toEqual({});
    expect(macosTargetEnvironment('darwin', '11.0')).toEqual({ MACOSX_DEPLOYMENT_TARGET: '11.0' });
    expect(macosTargetEnvironment('darwin', null)).toEqual({});
  });
});
