import { describe, expect, it } from 'vitest';
import { parseArchs } from '../../src/config/archs.js';
import { InputError } from '../../src/config/input-error.js';

function refusal(value: string, platform: NodeJS.Platform, machine: string): string {
  try {
    parseArchs(value, platform, machine);
  } catch (error) {
    if (error instanceof InputError) return error.lineFor('cli');
    throw error;
  }
  throw new Error(`accepted ${value}`);
}

describe('the archs input', () => {
  it.each([
    ['native', 'arm64', 'arm64'],
    ['auto', 'x64', 'x86_64'],
    ['x86_64', 'arm64', 'x86_64'],
    ['arm64', 'x64', 'arm64'],
    ['universal2', 'arm64', 'universal2'],
    ['universal2', 'x64', 'universal2'],
  ] as const)('on macOS builds %s on a %s runner as %s', (value, machine, arch) => {
    expect(parseArchs(value, 'darwin', machine)).toBe(arch);
  });

  it.each([
    ['x86_64', 'linux', 'x64'],
    ['arm64', 'linux', 'arm64'],
    ['aarch64', 'linux', 'arm64'],
    ['x86_64', 'win32', 'x64'],
    ['native', 'win32', 'arm64'],
  ] as const)("takes %s on %s %s, the runner's own", (value, platform, machine) => {
    expect(() => parseArchs(value, platform, machine)).not.toThrow();
  });

  it('refuses another architecture on Linux and Windows, naming the runner to choose', () => {
    expect(refusal('arm64', 'linux', 'x64')).toBe(
      "--archs: 'arm64' is not accepted; this Linux runner is x64, and only the runner's own architecture builds here: run this job on a runner of that architecture (runs-on: ubuntu-24.04-arm or windows-11-arm), or write native",
    );
    expect(refusal('x86_64', 'win32', 'arm64')).toContain(
      'this Windows runner is arm64, and only the runner',
    );
    expect(refusal('universal2', 'linux', 'x64')).toContain(
      "universal2 wheels are macOS's only: build them on a macOS runner",
    );
  });

  it('refuses a name it does not know, listing what it takes', () => {
    expect(refusal('ppc64le', 'darwin', 'arm64')).toBe(
      "--archs: 'ppc64le' is not accepted; expected native, auto, x86_64, arm64 or universal2",
    );
    expect(refusal('aarch64', 'darwin', 'arm64')).toContain('(macOS calls it arm64)');
  });
});
