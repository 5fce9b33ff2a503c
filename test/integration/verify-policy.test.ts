import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWheel, tempDirs, VERIFY_FIXTURES } from '../helpers/verify-builds.js';
import { ARCH, LINUX_TAG } from '../helpers/machine.js';
import { verifyWheel } from '../../src/verify/verify-wheel.js';

const PYTHON = '/usr/bin/python3';
const temp = tempDirs();
afterAll(() => temp.removeAll());

/** Builds a fixture and gives its wheel the platform tag a repair tool would have written. */
function builtAs(fixture: string, platform: string): { wheel: string; dir: string } {
  const dir = temp.make(`ww-verify-${fixture}-`);
  const built = buildWheel(path.join(VERIFY_FIXTURES, fixture), PYTHON, dir);
  const wheel = built.wheel.replace(`${LINUX_TAG}.whl`, `${platform}.whl`);
  copyFileSync(built.wheel, wheel);
  return { wheel, dir };
}

describe('verify against the policy its tag claims', () => {
  it('flags each system library a manylinux2014 wheel may not take, and none that it may', async () => {
    const { wheel, dir } = builtAs('syslibs', `manylinux_2_17_${ARCH}.manylinux2014_${ARCH}`);
    const result = await verifyWheel({ wheel, python: PYTHON, workDir: path.join(dir, 'verify') });
    expect(result.claim).toMatchObject({ kind: 'manylinux', glibc: [2, 17] });
    const flagged = result.diagnoses
      .filter((d) => d.class === 'library-not-allowed-by-policy')
      .flatMap((d) => d.concerns.library!.split(', ').map((l) => `${d.concerns.extension} ${l}`));
    expect(flagged.sort()).toEqual([
      'wwsyslibs._images libfreetype.so.6',
      'wwsyslibs._images libjpeg.so.62',
      'wwsyslibs._images libpng16.so.16',
      'wwsyslibs._images libtiff.so.6',
      'wwsyslibs._images libwebp.so.7',
      'wwsyslibs._xml libexslt.so.0',
      'wwsyslibs._xml libxml2.so.2',
      'wwsyslibs._xml libxslt.so.1',
    ]);
    expect(result.diagnoses[0]!.remedy).toContain(
      `auditwheel repair -w wheelhouse/ ${path.basename(wheel)}`,
    );
    // it imports here: the policy, not the loader, keeps it out
    expect(result.imports.every((o) => o.ok)).toBe(true);
    expect(result.passed).toBe(false);
  });

  it('flags a GLIBC symbol version newer than the tag allows', async () => {
    const { wheel, dir } = builtAs('threads', `manylinux2014_${ARCH}`);
    const result = await verifyWheel({ wheel, python: PYTHON, workDir: path.join(dir, 'verify') });
    const card = result.diagnoses.find((d) => d.class === 'symbol-version-too-new')!;
    expect(card.title).toContain('GLIBC_2.34');
    expect(card.title).toContain('GLIBC_2.17');
    expect(card.concerns.extension).toBe('wwthreads._threads');
    expect(result.extensions[0]!.policy).toContainEqual(
      expect.objectContaining({
        kind: 'symbol-version-too-new',
        library: 'libc.so.6',
        version: 'GLIBC_2.34',
      }),
    );
    expect(result.passed).toBe(false);
  });

  it('flags libstdc++ and libgcc symbol versions newer than the tag allows, and passes a tag new enough', async () => {
    const old = builtAs('cxx', `manylinux2014_${ARCH}`);
    const result = await verifyWheel({
      wheel: old.wheel,
      python: PYTHON,
      workDir: path.join(old.dir, 'verify'),
    });
    const tooNew = result.extensions[0]!.policy.filter((f) => f.kind === 'symbol-version-too-new');
    // what g++ 12 makes of std::string: its out-of-line members are GLIBCXX_3.4.21, CXXABI_1.3.9
    expect(tooNew).toContainEqual(
      expect.objectContaining({
        library: 'libstdc++.so.6',
        version: 'GLIBCXX_3.4.21',
        newest: 'GLIBCXX_3.4.19',
      }),
    );
    expect(tooNew).toContainEqual(
      expect.objectContaining({ version: 'CXXABI_1.3.9', newest: 'CXXABI_1.3.7' }),
    );
    const card = result.diagnoses.find((d) => d.class === 'symbol-version-too-new')!;
    expect(card.title).toBe(
      `wwcxx._strings needs CXXABI_1.3.9 and GLIBCXX_3.4.21, newer than manylinux2014_${ARCH} allows (CXXABI_1.3.7, GLIBCXX_3.4.19)`,
    );
    expect(card.remedy).toContain('libstdc++');
    expect(result.imports.every((o) => o.ok)).toBe(true);
    expect(result.passed).toBe(false);

    // manylinux_2_24 allows GLIBCXX_3.4.22 and CXXABI_1.3.10: nothing to flag
    const newer = builtAs('cxx', `manylinux_2_24_${ARCH}`);
    const passed = await verifyWheel({
      wheel: newer.wheel,
      python: PYTHON,
      workDir: path.join(newer.dir, 'verify'),
    });
    expect(passed.extensions[0]!.policy).toEqual([]);
    expect(passed.passed).toBe(true);
  });

  it('says plainly that PyPI refuses a plain linux tag, that the wheel was not repaired, and how to', async () => {
    const dir = temp.make('ww-verify-threads-linux-');
    const built = buildWheel(path.join(VERIFY_FIXTURES, 'threads'), PYTHON, dir);
    const result = await verifyWheel({
      wheel: built.wheel,
      python: PYTHON,
      workDir: path.join(dir, 'verify'),
    });
    expect(result.diagnoses.map((d) => d.class)).toEqual(['platform-tag-not-accepted-by-pypi']);
    expect(result.diagnoses[0]!.title).toMatch(
      new RegExp(`^PyPI would refuse this wheel: unsupported platform tag '${LINUX_TAG}' \\(`),
    );
    expect(result.diagnoses[0]!.remedy).toMatch(
      /^The wheel was not repaired: .*repair-command: auto/,
    );
    expect(result.diagnoses[0]!.remedy).toContain('auditwheel repair -w wheelhouse/');
    expect(result.passed).toBe(true);
  });
});
