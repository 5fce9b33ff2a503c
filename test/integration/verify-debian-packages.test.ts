import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lddMap, lddWorld, resolverMap, sortedEntries } from '../helpers/ldd.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { ARCH, LINUX_TAG, needsArch } from '../helpers/machine.js';
import { run } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { repackInstalled } from '../helpers/wheels.js';
import type { LoaderWorld } from '../../src/verify/resolve-elf.js';
import { verifyWheel, type VerifyResult } from '../../src/verify/verify-wheel.js';

// Debian's python3-pil and python3-lxml: real third-party extensions, built by someone else
// against the system's libraries (.ci/run installs them).
const PYTHON = '/usr/bin/python3';
// its tag as it says it is (cp311 in bookworm)
const CP = DEBIAN_PYTHON.id;
const PACKAGES = [
  { module: 'PIL', distribution: 'Pillow' },
  { module: 'lxml', distribution: 'lxml' },
];
const temp = tempDirs();
afterAll(() => temp.removeAll());

/** Every compiled module of an installed package, found where the interpreter imports it from. */
function installedExtensions(module: string): { module: string; file: string }[] {
  const ran = run([
    PYTHON,
    '-c',
    `
import importlib, importlib.machinery, json, os, sys
package = importlib.import_module(sys.argv[1])
root = package.__path__[0]
found = []
for directory, _, files in os.walk(root):
    for file in files:
        suffix = next((s for s in importlib.machinery.EXTENSION_SUFFIXES if file.endswith(s)), None)
        if suffix:
            relative = os.path.relpath(os.path.join(directory, file[: -len(suffix)]), root)
            found.append({"module": ".".join([sys.argv[1], *relative.split(os.sep)]),
                          "file": os.path.join(directory, file)})
print(json.dumps(sorted(found, key=lambda e: e["module"])))
`,
    module,
  ]);
  if (ran.status !== 0) throw new Error(`${module} is not importable by ${PYTHON}: ${ran.stderr}`);
  return JSON.parse(ran.stdout);
}

/** The libraries an object names itself, as binutils reads them: an oracle apart from ours. */
function readelfNeeded(file: string): string[] {
  const ran = run(['readelf', '--dynamic', '--wide', file]);
  return [...ran.stdout.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!);
}

/** The GLIBC_x.y versions an object requires, as binutils reads them. */
function readelfGlibcVersions(file: string): string[] {
  const ran = run(['readelf', '--version-info', '--wide', file]);
  return [
    ...new Set([...ran.stdout.matchAll(/Name: (GLIBC_\d+\.\d+(?:\.\d+)?)/g)].map((m) => m[1]!)),
  ];
}

const extensions = Object.fromEntries(
  PACKAGES.map((p) => [p.module, installedExtensions(p.module)]),
);
const everyExtension = Object.values(extensions).flat();
const fileOf = (module: string) => everyExtension.find((e) => e.module === module)!.file;

describe("the resolver agrees with ldd on Debian's Pillow and lxml", () => {
  let world: LoaderWorld;
  beforeAll(async () => {
    world = await lddWorld(PYTHON);
  });

  it('finds the compiled modules of both packages through the interpreter', () => {
    expect(extensions.PIL!.map((e) => e.module)).toContain('PIL._imaging');
    expect(extensions.lxml!.map((e) => e.module)).toContain('lxml.etree');
    expect(everyExtension.length).toBeGreaterThanOrEqual(10);
  });

  it.each(everyExtension.map((e) => [e.module, e.file]))(
    '%s: every library, and the libraries those need, resolve where ldd resolves them',
    (_module, file) => {
      const real = lddMap(file);
      expect(sortedEntries(resolverMap(file, world))).toEqual(sortedEntries(real));
      expect([...real.values()]).not.toContain('not found');
      // ldd's answer holds at least what the extension names itself
      for (const name of readelfNeeded(file)) expect(real.has(name), name).toBe(true);
    },
  );

  it('lxml.etree: libxml2, libxslt and libexslt, and what libxml2 brings (ICU, zlib, liblzma)', () => {
    const file = fileOf('lxml.etree');
    const ours = resolverMap(file, world);
    const own = readelfNeeded(file);
    expect(own).toEqual(expect.arrayContaining(['libxml2.so.2', 'libxslt.so.1', 'libexslt.so.0']));
    const indirect = [...ours.keys()].filter((name) => !own.includes(name));
    expect(indirect).toEqual(expect.arrayContaining(['libz.so.1', 'liblzma.so.5']));
    expect(indirect.some((name) => name.startsWith('libicuuc.so.'))).toBe(true);
    expect(ours.get('libxml2.so.2')).toBe(lddMap(file).get('libxml2.so.2'));
  });

  it('PIL._imaging: libjpeg and libtiff, and what libtiff brings (zstd, lzma, webp, deflate…)', () => {
    const file = fileOf('PIL._imaging');
    const ours = resolverMap(file, world);
    const own = readelfNeeded(file);
    expect(own).toEqual(expect.arrayContaining(['libjpeg.so.62', 'libtiff.so.6']));
    const indirect = [...ours.keys()].filter((name) => !own.includes(name));
    expect(indirect).toEqual(
      expect.arrayContaining(['libzstd.so.1', 'liblzma.so.5', 'libwebp.so.7', 'libdeflate.so.0']),
    );
    expect(ours.size).toBeGreaterThan(15);
  });
});

describe("verify on wheels repacked from Debian's installed Pillow and lxml", () => {
  async function verifyRepacked(
    pkg: (typeof PACKAGES)[number],
    tag: string,
  ): Promise<VerifyResult & { unpacked: string }> {
    const dir = temp.make(`ww-verify-debian-${pkg.module}-`);
    const wheel = await repackInstalled(PYTHON, pkg, tag, dir);
    const workDir = path.join(dir, 'verify');
    const result = await verifyWheel({ wheel, python: PYTHON, workDir });
    return { ...result, unpacked: path.join(workDir, 'unpacked') };
  }

  // verify resolves with the Python executable above the extension, as the import will: on
  // Debian's (no RPATH) that is still ldd's answer, now for the copy inside the wheel
  function expectLddAgrees(result: VerifyResult & { unpacked: string }): void {
    for (const extension of result.extensions) {
      const ours = new Map<string, string>();
      for (const lib of extension.libraries) {
        if (lib.how !== 'loaded' && !ours.has(lib.name))
          ours.set(lib.name, lib.path ?? 'not found');
      }
      const real = lddMap(path.join(result.unpacked, extension.file));
      expect(sortedEntries(ours), extension.module).toEqual(sortedEntries(real));
    }
  }

  describe.each(PACKAGES)('$distribution', (pkg) => {
    it(`tagged ${LINUX_TAG}: imports here, and PyPI refuses it until it is repaired`, async () => {
      const result = await verifyRepacked(pkg, `${CP}-${CP}-${LINUX_TAG}`);
      expect(result.claim.kind).toBe('linux');
      expect(result.extensions.map((e) => e.module)).toEqual(
        extensions[pkg.module]!.map((e) => e.module),
      );
      expectLddAgrees(result);
      // the system has every library: each extension and the package itself import
      expect(result.imports.filter((o) => !o.ok)).toEqual([]);
      expect(result.imports.map((o) => o.module)).toEqual(
        expect.arrayContaining([pkg.module, ...extensions[pkg.module]!.map((e) => e.module)]),
      );
      // a plain linux tag has no policy to break: the one thing to say is that PyPI refuses it
      expect(result.diagnoses.map((d) => d.class)).toEqual(['platform-tag-not-accepted-by-pypi']);
      const card = result.diagnoses[0]!;
      expect(card.title).toContain(
        `PyPI would refuse this wheel: unsupported platform tag '${LINUX_TAG}'`,
      );
      expect(card.remedy).toContain(
        `auditwheel repair -w wheelhouse/ ${path.basename(result.wheel)}`,
      );
      expect(result.passed).toBe(true);
    });

    it('tagged manylinux_2_17: names each system library the policy does not allow, per extension', async () => {
      const result = await verifyRepacked(pkg, `${CP}-${CP}-manylinux_2_17_${ARCH}`);
      expect(result.claim).toMatchObject({ kind: 'manylinux', glibc: [2, 17] });
      expect(result.imports.filter((o) => !o.ok)).toEqual([]);
      const flagged = (module: string) =>
        result.diagnoses
          .filter((d) => d.class === 'library-not-allowed-by-policy')
          .filter((d) => d.concerns.extension === module)
          .flatMap((d) => d.concerns.library!.split(', '));
      if (pkg.module === 'lxml') {
        expect(flagged('lxml.etree').sort()).toEqual([
          'libexslt.so.0',
          'libxml2.so.2',
          'libxslt.so.1',
        ]);
        expect(flagged('lxml.objectify')).toContain('libxml2.so.2');
      } else {
        expect(flagged('PIL._imaging').sort()).toEqual([
          'libimagequant.so.0',
          'libjpeg.so.62',
          'libopenjp2.so.7',
          'libtiff.so.6',
          'libxcb.so.1',
        ]);
        expect(flagged('PIL._imagingft')).toContain('libfreetype.so.6');
        expect(flagged('PIL._imagingcms')).toEqual(['liblcms2.so.2']);
        expect(flagged('PIL._webp')).toEqual(expect.arrayContaining(['libwebp.so.7']));
      }
      // what the policy allows (libc, libm, zlib) is never flagged
      const allFlagged = result.diagnoses.flatMap((d) => d.concerns.library?.split(', ') ?? []);
      for (const allowed of ['libc.so.6', 'libm.so.6', 'libz.so.1']) {
        expect(allFlagged).not.toContain(allowed);
      }
      // one card per extension, whatever the number of libraries: one repair bundles them all
      const cards = result.diagnoses.filter((d) => d.class === 'library-not-allowed-by-policy');
      expect(new Set(cards.map((d) => d.concerns.extension)).size).toBe(cards.length);
      const card = cards.find((d) => d.concerns.library!.includes(', '))!;
      expect(card.title).toMatch(
        new RegExp(
          `^manylinux_2_17_${ARCH} does not allow taking (\\S+, )*\\S+ and \\S+ from the system \\(\\S+ needs them\\)$`,
        ),
      );
      expect(card.evidence.length).toBe(card.concerns.library!.split(', ').length);
      expect(card.remedy).toContain(
        `auditwheel repair -w wheelhouse/ ${path.basename(result.wheel)}`,
      );
      // Debian builds these with glibc 2.36 yet asks for nothing newer than GLIBC_2.17 allows
      expect(result.diagnoses.filter((d) => d.class === 'symbol-version-too-new')).toEqual([]);
      expect(result.passed).toBe(false);
    });
  });

  // manylinux1 is x86's alone, and GLIBC_2.14 (memcpy's newer version) is x86-64's symbol version
  it.skipIf(ARCH !== 'x86_64')(
    `tagged manylinux1 (glibc 2.5): the GLIBC_2.14 symbols Debian’s build needs are too new${needsArch('x86_64')}`,
    async () => {
      const pkg = PACKAGES.find((p) => p.module === 'lxml')!;
      const result = await verifyRepacked(pkg, `${CP}-${CP}-manylinux1_x86_64`);
      expect(result.claim).toMatchObject({ kind: 'manylinux', glibc: [2, 5] });
      for (const extension of result.extensions) {
        // binutils' reading of the file is the expectation; the policy's glibc is 2.5
        const tooNew = readelfGlibcVersions(path.join(result.unpacked, extension.file))
          .filter((v) => {
            const [major, minor] = v.slice('GLIBC_'.length).split('.').map(Number);
            return major! > 2 || (major === 2 && minor! > 5);
          })
          .sort();
        const found = new Set(
          extension.policy.filter((f) => f.kind === 'symbol-version-too-new').map((f) => f.version),
        );
        expect([...found].sort(), extension.module).toEqual(tooNew);
      }
      const card = result.diagnoses.find(
        (d) => d.class === 'symbol-version-too-new' && d.concerns.extension === 'lxml.etree',
      )!;
      expect(card.title).toContain('GLIBC_2.14');
      expect(card.title).toContain('GLIBC_2.5');
      expect(result.passed).toBe(false);
    },
  );
});
