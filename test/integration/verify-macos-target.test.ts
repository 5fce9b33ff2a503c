import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMachO } from '../../src/verify/macho.js';
import { verifyWheel } from '../../src/verify/verify-wheel.js';
import { machOBuilder, machOTools, type MachOBuilder } from '../helpers/macho-builds.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { packDirectory } from '../helpers/wheels.js';

// Mach-O extensions linked by lld for a given minimum macOS, in wheels tagged for another: what
// the compiler wrote (MACOSX_DEPLOYMENT_TARGET) must not be newer than what the tag promises.

const PYTHON = '/usr/bin/python3';
const temp = tempDirs();
let b: MachOBuilder;
let dir: string;
const bundles: Record<string, string> = {};

async function wheel(name: string, bundle: string, platform: string): Promise<string> {
  const pkg = path.join(dir, name, 'wwmin');
  mkdirSync(pkg, { recursive: true });
  copyFileSync(bundle, path.join(pkg, '_ext.cpython-311-darwin.so'));
  writeFileSync(path.join(pkg, '__init__.py'), '');
  const into = path.join(dir, name, 'dist');
  mkdirSync(into, { recursive: true });
  return packDirectory(
    PYTHON,
    { dir: pkg, module: 'wwmin', distribution: 'wwmin', version: '1.0' },
    `cp311-cp311-${platform}`,
    into,
  );
}

const verify = (file: string) =>
  verifyWheel({ wheel: file, python: PYTHON, workDir: temp.make('ww-verify-min-') });

beforeAll(async () => {
  dir = temp.make('ww-macos-target-');
  b = machOBuilder(machOTools(), path.join(dir, 'objects'));
  for (const [arch, minOS] of [
    ['x86_64', '10.9'],
    ['x86_64', '12.0'],
    ['arm64', '11.0'],
    ['arm64', '14.2.1'],
  ] as const) {
    const object = await b.object(`ext-${arch}`, 'int PyInit__ext(void) { return 0; }\n', arch);
    bundles[`${arch}-${minOS}`] = await b.bundle(path.join(dir, `ext-${arch}-${minOS}.so`), {
      arch,
      objects: [object],
      minOS,
    });
  }
  bundles.universal2 = await b.universal(path.join(dir, 'ext-universal2.so'), [
    bundles['x86_64-10.9']!,
    bundles['arm64-11.0']!,
  ]);
}, 60_000);

afterAll(() => temp.removeAll());

describe("a Mach-O's minimum macOS against the wheel's tag", () => {
  it('reads LC_BUILD_VERSION, and LC_VERSION_MIN_MACOSX that older targets get', () => {
    const min = (key: string) => parseMachO(readFileSync(bundles[key]!)).slices[0]!.minMacOS;
    expect(min('x86_64-10.9')).toBe('10.9');
    expect(min('x86_64-12.0')).toBe('12.0');
    expect(min('arm64-14.2.1')).toBe('14.2.1');
  });

  it('flags an extension built for macOS 12 in a wheel tagged 10.9', async () => {
    const result = await verify(
      await wheel('newer', bundles['x86_64-12.0']!, 'macosx_10_9_x86_64'),
    );
    expect(result.extensions[0]!.macosMinimum).toEqual([
      { arch: 'x86_64', minimum: '12.0', tagged: '10.9' },
    ]);
    const card = result.diagnoses.find((d) => d.class === 'macos-minimum-newer-than-tag')!;
    expect(card.title).toBe(
      'wwmin._ext needs macOS 12.0, newer than macosx_10_9_x86_64 promises: dyld refuses it on older macOS',
    );
    expect(card.remedy).toContain('MACOSX_DEPLOYMENT_TARGET');
    expect(result.passed).toBe(false);
  });

  it('passes a minimum equal to or older than the tag', async () => {
    for (const [key, tag] of [
      ['x86_64-10.9', 'macosx_10_9_x86_64'],
      ['x86_64-10.9', 'macosx_11_0_x86_64'],
      ['arm64-11.0', 'macosx_11_0_arm64'],
    ] as const) {
      const result = await verify(await wheel(`ok-${key}-${tag}`, bundles[key]!, tag));
      expect(result.extensions[0]!.macosMinimum, `${key} in ${tag}`).toEqual([]);
      expect(result.diagnoses.map((d) => d.class)).not.toContain('macos-minimum-newer-than-tag');
    }
  });

  it('compares whole versions: 14.2.1 is newer than 14.2 and than 11.0', async () => {
    const result = await verify(
      await wheel('patch', bundles['arm64-14.2.1']!, 'macosx_14_2_arm64'),
    );
    expect(result.extensions[0]!.macosMinimum).toEqual([
      { arch: 'arm64', minimum: '14.2.1', tagged: '14.2' },
    ]);
  });
});

describe("a Mach-O's slices against the architectures the wheel's tag names", () => {
  it('passes a universal2 wheel whose extension has both slices', async () => {
    const result = await verify(await wheel('both', bundles.universal2!, 'macosx_11_0_universal2'));
    expect(parseMachO(readFileSync(bundles.universal2!)).slices.map((s) => s.arch)).toEqual([
      'x86_64',
      'arm64',
    ]);
    expect(result.extensions[0]!.macosMissingArchs).toEqual([]);
    expect(result.diagnoses.map((d) => d.class)).not.toContain('macos-arch-slice-missing');
  });

  it('flags a universal2 wheel whose extension has only arm64, naming the file and x86_64', async () => {
    const result = await verify(
      await wheel('arm-only', bundles['arm64-11.0']!, 'macosx_11_0_universal2'),
    );
    expect(result.extensions[0]!.macosMissingArchs).toEqual(['x86_64']);
    const cards = result.diagnoses.filter((d) => d.class === 'macos-arch-slice-missing');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.title).toBe(
      'wwmin/_ext.cpython-311-darwin.so has no x86_64 slice, which macosx_11_0_universal2 promises: dyld refuses it on those Macs',
    );
    expect(result.passed).toBe(false);
  });

  it('flags an x86_64 wheel holding an arm64 extension', async () => {
    const result = await verify(
      await wheel('wrong-arch', bundles['arm64-11.0']!, 'macosx_11_0_x86_64'),
    );
    expect(result.extensions[0]!.macosMissingArchs).toEqual(['x86_64']);
  });
});

describe("the wheel's tag against the build's MACOSX_DEPLOYMENT_TARGET", () => {
  const verifyBuiltFor = async (name: string, target: string) =>
    verifyWheel({
      wheel: await wheel(name, bundles['x86_64-10.9']!, 'macosx_10_9_x86_64'),
      python: PYTHON,
      workDir: temp.make('ww-verify-target-'),
      buildEnv: { MACOSX_DEPLOYMENT_TARGET: target },
    });

  it('flags a macosx_10_9 tag from a build targeting 11.0', async () => {
    const result = await verifyBuiltFor('tag-older', '11.0');
    const card = result.diagnoses.find((d) => d.class === 'macos-tag-older-than-target')!;
    expect(card.title).toBe(
      "macosx_10_9_x86_64 promises macOS 10.9, older than the build's MACOSX_DEPLOYMENT_TARGET 11.0",
    );
    expect(result.passed).toBe(false);
  });

  it('passes the tag its target gave', async () => {
    const result = await verifyBuiltFor('tag-same', '10.9');
    expect(result.diagnoses.map((d) => d.class)).not.toContain('macos-tag-older-than-target');
    expect(result.passed).toBe(true);
  });
});
