import { describe, expect, it } from 'vitest';
import { changeArgs, expectedAfter } from '../../src/repair/changes.js';
import { delocateArchs, externalTool } from '../../src/repair/external.js';
import { judgePatchelf } from '../../src/repair/patchelf.js';
import { chooseBySymbols, policiesFor } from '../../src/repair/policies.js';
import { bundledName, planRepair, type PlanInput } from '../../src/repair/plan.js';
import {
  recordText,
  repairedFileName,
  repairedPlatforms,
  rewriteWheelTags,
} from '../../src/repair/wheel-files.js';
import { fillPlaceholders } from '../../src/build/after-build.js';
import type { ElfInfo } from '../../src/verify/elf.js';
import type { Resolution } from '../../src/verify/resolve-elf.js';
import { elfInfo } from '../helpers/elf-info.js';

const glibc = (...versions: string[]): ElfInfo['versionNeeds'] => [
  { file: 'libc.so.6', versions: versions.map((v) => `GLIBC_${v}`) },
];

describe('the manylinux policy ladder', () => {
  it('starts where each architecture has policies and stops at the machine’s glibc', () => {
    const tags = (arch: string, machine: [number, number]) =>
      policiesFor(arch, machine).map((p) => p.tags.join(' '));
    expect(tags('x86_64', [2, 17])).toEqual([
      'manylinux_2_5_x86_64 manylinux1_x86_64',
      'manylinux_2_12_x86_64 manylinux2010_x86_64',
      'manylinux_2_17_x86_64 manylinux2014_x86_64',
    ]);
    expect(tags('aarch64', [2, 28])).toEqual([
      'manylinux_2_17_aarch64 manylinux2014_aarch64',
      'manylinux_2_24_aarch64',
      'manylinux_2_26_aarch64',
      'manylinux_2_27_aarch64',
      'manylinux_2_28_aarch64',
    ]);
    expect(tags('riscv64', [2, 36])[0]).toBe('manylinux_2_31_riscv64');
    expect(tags('sparc', [2, 36])).toEqual([]);
  });

  it('chooses the most compatible policy every file’s symbol versions allow', () => {
    const policies = policiesFor('x86_64', [2, 36]);
    const pick = (...files: ElfInfo['versionNeeds'][]) =>
      chooseBySymbols(
        policies,
        files.map((versionNeeds, i) => ({ file: `/f${i}`, elf: elfInfo({ versionNeeds }) })),
      ).policy?.tags[0];
    expect(pick(glibc('2.2.5', '2.4'))).toBe('manylinux_2_5_x86_64');
    expect(pick(glibc('2.2.5'), glibc('2.14'))).toBe('manylinux_2_17_x86_64');
    expect(pick(glibc('2.34'))).toBe('manylinux_2_34_x86_64');
    // libstdc++ of gcc 7 (GLIBCXX_3.4.24) needs manylinux_2_27's policy though glibc 2.17 suffices
    expect(pick([...glibc('2.17'), { file: 'libstdc++.so.6', versions: ['GLIBCXX_3.4.24'] }])).toBe(
      'manylinux_2_27_x86_64',
    );
    const none = chooseBySymbols(policies, [
      { file: '/f', elf: elfInfo({ versionNeeds: glibc('2.99') }) },
    ]);
    expect(none.policy).toBeNull();
    expect(none.tooNew).toMatchObject([{ version: 'GLIBC_2.99', newest: 'GLIBC_2.36' }]);
  });
});

describe('planning a repair', () => {
  it('names a bundled copy as auditwheel does: the first 8 hex of its sha256 before the first dot', () => {
    expect(bundledName('libjpeg.so.62.3.0', 'dad87949ffff')).toBe('libjpeg-dad87949.so.62.3.0');
    expect(bundledName('libjpeg-dad87949.so.62.3.0', 'dad87949ffff')).toBe(
      'libjpeg-dad87949.so.62.3.0',
    );
    expect(bundledName('libodd', '0123456789')).toBe('libodd-01234567');
  });

  const root = '/w';
  const ext = '/w/pkg/_ext.cpython-311-x86_64-linux-gnu.so';
  const files: Record<string, ElfInfo> = {
    [ext]: elfInfo({
      needed: ['libfoo.so.1', 'libc.so.6', 'libpython3.11.so.1.0'],
      runpath: ['/tmp/build/lib', '$ORIGIN/inner'],
      versionNeeds: glibc('2.2.5'),
    }),
    '/tmp/build/lib/libfoo.so.1': elfInfo({
      soname: 'libfoo.so.1',
      needed: ['libbar.so.1', 'libz.so.1'],
      runpath: ['/tmp/build/lib'],
      versionNeeds: glibc('2.14'),
    }),
    '/tmp/build/lib/libbar.so.1': elfInfo({ soname: 'libbar.so.1', needed: ['libc.so.6'] }),
  };
  const edge = (name: string, neededBy: string, path: string | null): Resolution => ({
    name,
    neededBy,
    path,
    how: path ? 'runpath' : 'unresolved',
    tried: path ? [] : ['/tmp/build/lib/' + name],
  });
  const input = (resolutions: Resolution[], extra: Partial<PlanInput> = {}): PlanInput => ({
    root,
    distribution: 'pkg',
    arch: 'x86_64',
    policies: policiesFor('x86_64', [2, 36]),
    extensions: [{ file: ext, elf: files[ext]!, resolutions }],
    inspect: (file) => files[file] ?? null,
    realpath: (file) => file,
    digest: (file) => (file.includes('foo') ? 'f00f00f0aa' : 'baabaab0bb'),
    ...extra,
  });
  const tree = [
    edge('libfoo.so.1', ext, '/tmp/build/lib/libfoo.so.1'),
    edge('libc.so.6', ext, '/lib/libc.so.6'),
    edge('libpython3.11.so.1.0', ext, '/usr/lib/libpython3.11.so.1.0'),
    edge('libbar.so.1', '/tmp/build/lib/libfoo.so.1', '/tmp/build/lib/libbar.so.1'),
    edge('libz.so.1', '/tmp/build/lib/libfoo.so.1', '/lib/libz.so.1'),
  ];

  it('bundles what the policy does not allow, with its dependencies, one change per entry', () => {
    const plan = planRepair(input(tree));
    if ('refusals' in plan) throw new Error(JSON.stringify(plan.refusals));
    expect(plan.policy.tags).toEqual(['manylinux_2_17_x86_64', 'manylinux2014_x86_64']);
    expect(plan.libsDir).toBe('pkg.libs');
    expect(plan.bundled).toEqual([
      { source: '/tmp/build/lib/libfoo.so.1', name: 'libfoo-f00f00f0.so.1' },
      { source: '/tmp/build/lib/libbar.so.1', name: 'libbar-baabaab0.so.1' },
    ]);
    expect(plan.edits).toEqual([
      {
        file: ext,
        changes: [
          { op: 'replace-needed', from: 'libfoo.so.1', to: 'libfoo-f00f00f0.so.1' },
          { op: 'remove-needed', name: 'libpython3.11.so.1.0' },
          // the entry into the build machine goes, the one inside the wheel stays
          { op: 'set-runpath', entries: ['$ORIGIN/inner', '$ORIGIN/../pkg.libs'] },
        ],
      },
      {
        file: '/w/pkg.libs/libfoo-f00f00f0.so.1',
        changes: [
          { op: 'set-soname', name: 'libfoo-f00f00f0.so.1' },
          { op: 'replace-needed', from: 'libbar.so.1', to: 'libbar-baabaab0.so.1' },
          { op: 'set-runpath', entries: ['$ORIGIN'] },
        ],
      },
      {
        file: '/w/pkg.libs/libbar-baabaab0.so.1',
        changes: [{ op: 'set-soname', name: 'libbar-baabaab0.so.1' }],
      },
    ]);
  });

  it('refuses a library that is not found and a part of glibc, naming the extension', () => {
    const refused = planRepair(
      input([
        edge('libfoo.so.1', ext, null),
        edge('libnss_files.so.2', ext, '/lib/libnss_files.so.2'),
      ]),
    );
    expect(refused).toEqual({
      refusals: [
        {
          kind: 'library-not-found',
          extension: ext,
          library: 'libfoo.so.1',
          neededBy: ext,
          tried: ['/tmp/build/lib/libfoo.so.1'],
        },
        {
          kind: 'library-not-bundleable',
          extension: ext,
          library: 'libnss_files.so.2',
          neededBy: ext,
          path: '/lib/libnss_files.so.2',
        },
      ],
    });
  });

  it('refuses a bundled library’s symbol too new for the newest policy the machine allows', () => {
    const plan = planRepair(input(tree, { policies: policiesFor('x86_64', [2, 12]) }));
    expect(plan).toMatchObject({
      refusals: [
        {
          kind: 'symbol-too-new',
          extension: ext,
          findings: [{ file: '/tmp/build/lib/libfoo.so.1', version: 'GLIBC_2.14' }],
        },
      ],
    });
    expect(planRepair(input(tree, { policies: [] }))).toEqual({
      refusals: [{ kind: 'no-policy', arch: 'x86_64' }],
    });
  });
});

describe('patchelf, one change at a time', () => {
  it('accepts 0.14.3 to 0.17.x and refuses the rest', () => {
    expect(judgePatchelf('patchelf 0.14.3\n')).toEqual({ version: '0.14.3', accepted: true });
    expect(judgePatchelf('patchelf 0.17.2')).toEqual({ version: '0.17.2', accepted: true });
    expect(judgePatchelf('patchelf 0.18.0').accepted).toBe(false);
    expect(judgePatchelf('patchelf 0.14.2').accepted).toBe(false);
    expect(judgePatchelf('patchelf 0.9').accepted).toBe(false);
    expect(judgePatchelf('bash: patchelf: command not found')).toEqual({
      version: null,
      accepted: false,
    });
  });

  it('knows what each change must leave in the file', () => {
    const before = elfInfo({
      needed: ['libfoo.so.1', 'libc.so.6'],
      rpath: ['/old'],
      versionNeeds: [{ file: 'libfoo.so.1', versions: ['FOO_1'] }],
    });
    const renamed = { op: 'replace-needed', from: 'libfoo.so.1', to: 'libfoo-ab.so.1' } as const;
    expect(changeArgs(renamed)).toEqual(['--replace-needed', 'libfoo.so.1', 'libfoo-ab.so.1']);
    expect(expectedAfter(before, renamed)).toMatchObject({
      needed: ['libfoo-ab.so.1', 'libc.so.6'],
      versionNeeds: [{ file: 'libfoo-ab.so.1', versions: ['FOO_1'] }],
    });
    // a lone DT_RPATH becomes the DT_RUNPATH patchelf writes
    expect(expectedAfter(before, { op: 'set-runpath', entries: ['$ORIGIN'] })).toMatchObject({
      rpath: null,
      runpath: ['$ORIGIN'],
    });
    expect(expectedAfter(before, { op: 'remove-rpath' })).toMatchObject({
      rpath: null,
      runpath: null,
    });
  });
});

describe('the wheel’s name, WHEEL and RECORD after a repair', () => {
  it('replaces linux_<arch> with the policy’s tags, sorted as auditwheel writes them', () => {
    const platforms = repairedPlatforms(['linux_x86_64'], 'x86_64', [
      'manylinux_2_17_x86_64',
      'manylinux2014_x86_64',
    ]);
    expect(platforms).toEqual(['manylinux2014_x86_64', 'manylinux_2_17_x86_64']);
    expect(repairedFileName('/o/pkg-1.0-1b-cp311-cp311-linux_x86_64.whl', platforms)).toBe(
      'pkg-1.0-1b-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl',
    );
    expect(
      rewriteWheelTags(
        'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp311-cp311-linux_x86_64\nBuild: 1b\n',
        platforms,
      ),
    ).toBe(
      'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp311-cp311-manylinux2014_x86_64\n' +
        'Tag: cp311-cp311-manylinux_2_17_x86_64\nBuild: 1b\n',
    );
  });

  it('writes RECORD with unpadded urlsafe base64 sha256, sizes, quoting, itself last', () => {
    const text = recordText(
      [
        { path: 'a/b.py', sha256: Buffer.alloc(32, 0xfb), size: 3 },
        { path: 'odd,name.py', sha256: Buffer.alloc(32, 0), size: 0 },
        { path: 'p-1.dist-info/RECORD', sha256: Buffer.alloc(32), size: 9 },
      ],
      'p-1.dist-info/RECORD',
    );
    expect(text).toBe(
      `a/b.py,sha256=${'-_v7'.repeat(10)}-_s,3\n"odd,name.py",sha256=${'A'.repeat(43)},0\np-1.dist-info/RECORD,,\n`,
    );
  });
});

describe('macOS and Windows: the tools cibuildwheel runs', () => {
  it('builds delocate’s and delvewheel’s command lines, with the architectures of the tag', () => {
    const mac = externalTool('darwin')!;
    expect(
      mac.argv('/v/bin/delocate-wheel', '/o/p-1.0-cp312-cp312-macosx_11_0_universal2.whl', '/d'),
    ).toEqual([
      '/v/bin/delocate-wheel',
      '--require-archs',
      'x86_64,arm64',
      '-w',
      '/d',
      '-v',
      '/o/p-1.0-cp312-cp312-macosx_11_0_universal2.whl',
    ]);
    expect(delocateArchs('p-1.0-cp312-cp312-macosx_11_0_arm64.whl')).toBe('arm64');
    expect(delocateArchs('p-1.0-cp312-cp312-macosx_10_9_x86_64.whl')).toBe('x86_64');
    expect(externalTool('win32')!.argv('delvewheel', 'C:\\o\\p.whl', 'C:\\d')).toEqual([
      'delvewheel',
      'repair',
      '-w',
      'C:\\d',
      'C:\\o\\p.whl',
    ]);
    expect(externalTool('linux')).toBeNull();
  });

  it('fills {delocate_archs} in a command of the user’s own, quoted', () => {
    expect(
      fillPlaceholders('delocate-wheel --require-archs {delocate_archs} -w {dest_dir} {wheel}', {
        delocate_archs: delocateArchs('p-1-cp312-cp312-macosx_11_0_universal2.whl'),
        dest_dir: '/d d',
        wheel: '/w.whl',
      }),
    ).toBe("delocate-wheel --require-archs x86_64\\,arm64 -w '/d d' /w.whl");
  });
});
