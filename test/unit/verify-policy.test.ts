import { describe, expect, it } from 'vitest';
import type { ElfInfo } from '../../src/verify/elf.js';
import { checkPolicy, isNewer, newestAllowed } from '../../src/verify/policy.js';
import { elfInfo } from '../helpers/elf-info.js';
import type { Resolution } from '../../src/verify/resolve-elf.js';
import { parseWheelName, platformClaim, strictestClaim } from '../../src/verify/wheel-name.js';

const elf = (versionNeeds: ElfInfo['versionNeeds'] = []): ElfInfo => elfInfo({ versionNeeds });
const edge = (name: string, neededBy: string, path: string | null): Resolution => ({
  name,
  neededBy,
  path,
  how: path ? 'cache' : 'unresolved',
  tried: [],
});

describe('wheel tags and what they claim', () => {
  it('splits a wheel name and its compressed platform tags', () => {
    expect(
      parseWheelName('/x/lxml-5.1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'),
    ).toEqual({
      distribution: 'lxml',
      version: '5.1.0',
      python: 'cp311',
      abi: 'cp311',
      platforms: ['manylinux_2_17_x86_64', 'manylinux2014_x86_64'],
    });
    expect(parseWheelName('pkg-1.0-1build-cp39-cp39-linux_x86_64.whl').python).toBe('cp39');
    expect(() => parseWheelName('notawheel.whl')).toThrow();
  });

  it('reads legacy and PEP 600 manylinux, musllinux and plain linux tags', () => {
    expect(platformClaim('manylinux1_x86_64')).toMatchObject({ kind: 'manylinux', glibc: [2, 5] });
    expect(platformClaim('manylinux2010_i686')).toMatchObject({ glibc: [2, 12], arch: 'i686' });
    expect(platformClaim('manylinux_2_28_aarch64')).toMatchObject({
      glibc: [2, 28],
      arch: 'aarch64',
    });
    expect(platformClaim('musllinux_1_2_x86_64')).toMatchObject({
      kind: 'musllinux',
      musl: [1, 2],
    });
    expect(platformClaim('linux_x86_64')).toMatchObject({ kind: 'linux' });
    expect(platformClaim('macosx_11_0_arm64').kind).toBe('macosx');
    expect(platformClaim('win_amd64').kind).toBe('windows');
    expect(strictestClaim(['manylinux_2_28_x86_64', 'manylinux2014_x86_64'])).toMatchObject({
      glibc: [2, 17],
    });
  });
});

describe('checking a wheel against its manylinux or musllinux policy', () => {
  const ext = '/w/pkg/_ext.so';
  const inWheel = (f: string) => f.startsWith('/w/');

  it('allows the listed system libraries, follows bundled ones, and flags the first library outside the list on each path, depth first', () => {
    const resolutions = [
      edge('libc.so.6', ext, '/lib/libc.so.6'),
      edge('libpng16-abc.so.16', ext, '/w/pkg.libs/libpng16-abc.so.16'),
      edge('libz.so.1', '/w/pkg.libs/libpng16-abc.so.16', '/lib/libz.so.1'),
      edge('libjpeg.so.62', ext, '/lib/libjpeg.so.62'),
      edge('libfoo.so.1', '/w/pkg.libs/libpng16-abc.so.16', null),
      // below a library that is flagged anyway: not reported again
      edge('libbar.so.1', '/lib/libjpeg.so.62', '/lib/libbar.so.1'),
    ];
    const findings = checkPolicy(
      platformClaim('manylinux2014_x86_64'),
      ext,
      resolutions,
      inWheel,
      () => elf(),
    );
    expect(findings).toEqual([
      {
        kind: 'library-not-allowed',
        library: 'libfoo.so.1',
        neededBy: '/w/pkg.libs/libpng16-abc.so.16',
        path: null,
      },
      {
        kind: 'library-not-allowed',
        library: 'libjpeg.so.62',
        neededBy: ext,
        path: '/lib/libjpeg.so.62',
      },
    ]);
  });

  it('allows libexpat from manylinux2010 on, and only libc and zlib for musllinux', () => {
    const resolutions = [
      edge('libexpat.so.1', ext, '/lib/libexpat.so.1'),
      edge('libgcc_s.so.1', ext, '/lib/libgcc_s.so.1'),
    ];
    const libraries = (tag: string) =>
      checkPolicy(platformClaim(tag), ext, resolutions, inWheel, () => elf()).map(
        (f) => f.kind === 'library-not-allowed' && f.library,
      );
    expect(libraries('manylinux1_x86_64')).toEqual(['libexpat.so.1']);
    expect(libraries('manylinux2010_x86_64')).toEqual([]);
    expect(libraries('musllinux_1_1_x86_64')).toEqual(['libexpat.so.1', 'libgcc_s.so.1']);
    expect(libraries('linux_x86_64')).toEqual([]);
  });

  it('allows libmvec from manylinux_2_24 on, and the dynamic loader a bundled library names always', () => {
    const bundled = '/w/pkg.libs/libjpeg-0123abcd.so.62.3.0';
    const resolutions = [
      edge('libmvec.so.1', ext, '/lib/libmvec.so.1'),
      edge('libjpeg-0123abcd.so.62.3.0', ext, bundled),
      {
        ...edge('ld-linux-x86-64.so.2', bundled, '/lib64/ld-linux-x86-64.so.2'),
        how: 'preloaded' as const,
      },
    ];
    const libraries = (tag: string) =>
      checkPolicy(platformClaim(tag), ext, resolutions, inWheel, () => elf()).map(
        (f) => f.kind === 'library-not-allowed' && f.library,
      );
    expect(libraries('manylinux2014_x86_64')).toEqual(['libmvec.so.1']);
    expect(libraries('manylinux_2_24_x86_64')).toEqual([]);
  });

  it('flags GLIBC symbol versions newer than the tag, in the extension and in bundled libraries', () => {
    const files: Record<string, ElfInfo> = {
      [ext]: elf([{ file: 'libc.so.6', versions: ['GLIBC_2.2.5', 'GLIBC_2.17', 'GLIBC_2.34'] }]),
      '/w/pkg.libs/libx.so': elf([
        { file: 'libc.so.6', versions: ['GLIBC_2.18', 'GLIBC_PRIVATE'] },
      ]),
    };
    const findings = checkPolicy(
      platformClaim('manylinux_2_17_x86_64'),
      ext,
      [edge('libx.so', ext, '/w/pkg.libs/libx.so')],
      inWheel,
      (f) => files[f] ?? null,
    );
    expect(
      findings.map(
        (f) => f.kind === 'symbol-version-too-new' && `${f.file} ${f.version} > ${f.newest}`,
      ),
    ).toEqual([
      '/w/pkg/_ext.so GLIBC_2.34 > GLIBC_2.17',
      '/w/pkg.libs/libx.so GLIBC_2.18 > GLIBC_2.17',
      '/w/pkg.libs/libx.so GLIBC_PRIVATE > GLIBC_2.17',
    ]);
  });
});

describe('the symbol versions a manylinux tag allows', () => {
  it('follows auditwheel’s policies, holding a tag between two to the older one', () => {
    expect(newestAllowed([2, 17])).toEqual({
      GLIBC: '2.17',
      GLIBCXX: '3.4.19',
      CXXABI: '1.3.7',
      GCC: '4.8.0',
    });
    expect(newestAllowed([2, 30])).toMatchObject({ GLIBC: '2.30', GLIBCXX: '3.4.24' });
    expect(newestAllowed([2, 5])).toMatchObject({ GLIBCXX: '3.4.8' });
  });

  it('compares dotted versions part by part', () => {
    expect(isNewer('3.4.21', '3.4.19')).toBe(true);
    expect(isNewer('3.4.9', '3.4.19')).toBe(false);
    expect(isNewer('2.34', '2.17')).toBe(true);
    expect(isNewer('1.3', '1.3.7')).toBe(false);
    expect(isNewer('3.4.19', '3.4.19')).toBe(false);
  });

  it('flags GLIBCXX, CXXABI and GCC versions beyond the tag’s, and GLIBC_PRIVATE always', () => {
    const claim = platformClaim('manylinux2014_x86_64');
    const found = checkPolicy(
      claim,
      '/w/ext.so',
      [],
      () => false,
      () =>
        elf([
          { file: 'libstdc++.so.6', versions: ['GLIBCXX_3.4', 'GLIBCXX_3.4.19', 'GLIBCXX_3.4.21'] },
          { file: 'libgcc_s.so.1', versions: ['GCC_3.0', 'GCC_7.0.0'] },
          { file: 'libc.so.6', versions: ['GLIBC_2.2.5', 'GLIBC_PRIVATE'] },
        ]),
    );
    expect(found.map((f) => f.kind === 'symbol-version-too-new' && [f.version, f.newest])).toEqual([
      ['GLIBCXX_3.4.21', 'GLIBCXX_3.4.19'],
      ['GCC_7.0.0', 'GCC_4.8.0'],
      ['GLIBC_PRIVATE', 'GLIBC_2.17'],
    ]);
  });
});
