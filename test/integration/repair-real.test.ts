import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../helpers/bundle.js';
import { copyOfSource, debianSource } from '../helpers/debian-sources.js';
import { runWithFilesHidden, systemCopies } from '../helpers/hidden-libs.js';
import { parseLdd } from '../helpers/ldd.js';
import { ARCH, multiarch, needsArch } from '../helpers/machine.js';
import { run, runAsync } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { venvWith } from '../helpers/wheels.js';
import { allowedLibraries } from '../../src/verify/policy.js';
import { elfReader } from '../../src/verify/system-loader.js';
import { parseWheelName, strictestClaim } from '../../src/verify/wheel-name.js';

// Real third-party code with real dependencies: Debian 12's own sources of Pillow and lxml
// (`.ci/run` runs `apt-get source pillow lxml`), built by wheelwright with its defaults against
// the libraries .ci/run installs, then installed where the system's copies of those libraries
// cannot be loaded.
const PYTHON = '/usr/bin/python3';
const inspect = elfReader();
const temp = tempDirs();
// This tree's CLI, bundled once and only when a source is there to build: dist/ is rebuilt on
// main after merging, so it may lag the repair under test.
let cli: ReturnType<typeof bundleCli> | undefined;
const cliArgv = () => (cli ??= bundleCli()).argv;
afterAll(() => {
  cli?.dispose();
  temp.removeAll();
});

interface RealPackage {
  /** Debian's source package. */
  source: string;
  distribution: string;
  /** The top-level package, whose compiled modules are imported and ldd'ed. */
  top: string;
  /** auditwheel's repair of the same wheel (see AUDITWHEEL below). */
  auditwheel: { tag: string; bundled: string[] };
  /** Exercises the bundled libraries, not only their loading. */
  use: string;
  /** Compiled modules that import a module outside the wheel, which this machine may lack. */
  optional: Record<string, string>;
}

// auditwheel's choices for these two wheels, measured here on 2026-12-07 (the figures and how
// they were taken: docs/repair-vs-auditwheel.md). auditwheel from github.com/pypa/auditwheel
// at 86154d1 (6.8.1 and three commits), run with Debian's python3-pyelftools 0.29 and each of
// patchelf 0.14.3 (Debian's; auditwheel's version check lowered for it), 0.14.5, 0.17.2 and
// 0.18.0 (built from NixOS/patchelf's tags): all four chose the same tag and the same libraries.
// Its input: wheelwright's own unrepaired builds (`--repair-command off`) of Debian 12's pillow
// 9.4.0-1.1+deb12u1 and lxml 4.9.2-1+deb12u1 for /usr/bin/python3, against libjpeg62-turbo,
// libtiff6, libwebp7, libfreetype6, libxcb1, libxml2 and libxslt1.1 as .ci/run installs them.
// The libraries are named by their original sonames. Another set of -dev packages changes
// these sets: measure again with auditwheel when .ci/run's list changes.
const PILLOW: RealPackage = {
  source: 'pillow',
  distribution: 'Pillow',
  top: 'PIL',
  auditwheel: {
    tag: 'manylinux_2_34_x86_64',
    bundled: [
      'libLerc.so.4',
      'libXau.so.6',
      'libXdmcp.so.6',
      'libbrotlicommon.so.1',
      'libbrotlidec.so.1',
      'libbsd.so.0',
      'libdeflate.so.0',
      'libfreetype.so.6',
      'libjbig.so.0',
      'libjpeg.so.62',
      'liblzma.so.5',
      'libmd.so.0',
      'libpng16.so.16',
      'libtiff.so.6',
      'libwebp.so.7',
      'libwebpdemux.so.2',
      'libwebpmux.so.3',
      'libxcb.so.1',
      'libzstd.so.1',
    ],
  },
  // Each codec through its library: JPEG (libjpeg), TIFF with deflate (libtiff, libdeflate),
  // WebP (libwebp), PNG (zlib, allowed); FreeType reports its version from the library itself.
  use: `
import io
from PIL import Image, features
image = Image.linear_gradient("L").convert("RGB").resize((64, 48))
for format, options in (("JPEG", {}), ("TIFF", {"compression": "tiff_adobe_deflate"}), ("WEBP", {}), ("PNG", {})):
    buffer = io.BytesIO()
    image.save(buffer, format, **options)
    buffer.seek(0)
    back = Image.open(buffer)
    back.load()
    assert (back.format, back.size) == (format, image.size), (format, back.format, back.size)
print(features.version("freetype2"), features.version("libtiff"), features.version("webp"))
`,
  optional: { 'PIL._imagingtk': 'tkinter' },
};

const LXML: RealPackage = {
  source: 'lxml',
  distribution: 'lxml',
  top: 'lxml',
  auditwheel: {
    tag: 'manylinux_2_35_x86_64',
    bundled: [
      'libexslt.so.0',
      'libgcrypt.so.20',
      'libgpg-error.so.0',
      'libicudata.so.72',
      'libicuuc.so.72',
      'liblzma.so.5',
      'libxml2.so.2',
      'libxslt.so.1',
    ],
  },
  // libxml2 parses, libxslt transforms, libexslt serves str:padding.
  use: `
from lxml import etree, objectify
doc = etree.fromstring(b"<a><b>1</b><b>2</b></a>")
style = etree.XSLT(etree.fromstring(b'''<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:str="http://exslt.org/strings">
  <xsl:template match="/"><n><xsl:value-of select="sum(//b)"/><xsl:value-of select="str:padding(2, 'x')"/></n></xsl:template>
</xsl:stylesheet>'''))
assert style(doc).getroot().text == "3xx", str(style(doc))
assert objectify.fromstring(b"<r><v>4</v></r>").v + 1 == 5
print(etree.LIBXML_VERSION, etree.LIBXSLT_VERSION)
`,
  optional: {},
};

/** The wheel's file names, read by the interpreter's own zipfile. */
function wheelFiles(wheel: string): string[] {
  const ran = run([
    PYTHON,
    '-c',
    'import json, sys, zipfile; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))',
    wheel,
  ]);
  if (ran.status !== 0) throw new Error(`cannot list ${wheel}: ${ran.stderr}`);
  return JSON.parse(ran.stdout);
}

/**
 * The soname a bundled copy had on this system: its name without the content hash
 * (`libjpeg-dad87949.so.62.3.0` → `libjpeg.so.62.3.0`) is a file of the system's library
 * directory, whose own SONAME says.
 */
function originalSoname(bundled: string): string {
  const match = /^(.+)-[0-9a-f]{8}(\.so(?:\.[\d.]+)?)$/.exec(bundled);
  if (!match) throw new Error(`${bundled} is not a library name with a content hash`);
  const original = path.join('/usr/lib', multiarch(), `${match[1]}${match[2]}`);
  const soname = inspect(original)?.soname;
  if (!soname) throw new Error(`${bundled}: ${original} is not a library with a SONAME`);
  return soname;
}

// Every compiled module of the installed package: imported one by one, each failure named;
// a module that needs a Python module outside the wheel is told apart (`needs`).
const IMPORT_ALL = `
import importlib, json, pathlib, sys, sysconfig
top = sys.argv[1]
site = pathlib.Path(sysconfig.get_paths()["platlib"])
suffix = sysconfig.get_config_var("EXT_SUFFIX")
results, files = {}, {}
for file in sorted((site / top).rglob("*" + suffix)):
    name = ".".join(file.relative_to(site).parts)[: -len(suffix)]
    files[name] = str(file)
    try:
        importlib.import_module(name)
        results[name] = "ok"
    except ModuleNotFoundError as error:
        if error.name.split(".")[0] == top:
            raise
        results[name] = "needs " + error.name
print(json.dumps({"site": str(site), "modules": results, "files": files}))
`;

const hostHas = (module: string) => run([PYTHON, '-c', `import ${module}`]).status === 0;

async function buildWithDefaults(pkg: RealPackage, sourceDir: string) {
  const work = temp.make(`ww-repair-real-${pkg.source}-`);
  const outputDir = path.join(work, 'wheelhouse');
  const reportDir = path.join(work, 'report');
  const [cliCommand, copy] = [cliArgv(), copyOfSource(sourceDir, work)];
  const started = Date.now();
  const ran = await runAsync([
    ...cliCommand,
    'build',
    copy,
    // the only departures from the defaults: no index here, and one interpreter for CI's time
    '--build-isolation',
    'false',
    '--python-versions',
    PYTHON,
    '--output-dir',
    outputDir,
    '--report-dir',
    reportDir,
  ]);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
  return { ran, outputDir, report, seconds: (Date.now() - started) / 1000 };
}

// auditwheel's figures above are x86-64's: another architecture's glibc symbol versions give
// other tags, to be measured there
describe.skipIf(ARCH !== 'x86_64')(
  `repairing real Pillow and lxml by default, held against auditwheel${needsArch('x86_64')}`,
  () => {
    for (const pkg of [PILLOW, LXML]) {
      it(`${pkg.source}: a manylinux wheel that carries its libraries and works without the system's`, async (context) => {
        const source = debianSource(pkg.source);
        if (!source.found) {
          console.warn(`repair-real: skipping ${pkg.source}: ${source.reason}`);
          return context.skip(source.reason);
        }
        const { ran, outputDir, report, seconds } = await buildWithDefaults(pkg, source.dir);
        console.info(
          `repair-real: ${pkg.source} ${source.version} built and repaired in ${seconds} s`,
        );
        expect(ran.status, ran.stdout + ran.stderr).toBe(0);
        const [build] = report.builds;
        expect(build.status, build.error).toBe('built');
        const wheel: string = build.wheel;
        expect(readdirSync(outputDir)).toEqual([path.basename(wheel)]);
        expect(report.shipped).toEqual([wheel]);

        // the most compatible tag its symbols allow: auditwheel's
        const name = parseWheelName(wheel);
        expect(name.platforms).toEqual([pkg.auditwheel.tag]);
        expect(pkg.auditwheel.tag).toMatch(/^manylinux_2_\d+_x86_64$/);

        // the libraries the policy does not allow, in <distribution>.libs/ under hashed names:
        // auditwheel's set
        const libsDir = `${name.distribution}.libs/`;
        const bundled = wheelFiles(wheel)
          .filter((f) => f.startsWith(libsDir) && f !== libsDir)
          .map((f) => f.slice(libsDir.length));
        expect(bundled.map(originalSoname).sort()).toEqual(pkg.auditwheel.bundled);

        // installed in a fresh venv of its interpreter, with the system's copies hidden
        const python = await venvWith(PYTHON, wheel);
        temp.adopt(path.resolve(python, '../../..'));
        const hidden = await systemCopies(pkg.auditwheel.bundled);
        const imported = await runWithFilesHidden(hidden, [python, '-c', IMPORT_ALL, pkg.top], {
          cwd: '/',
        });
        expect(imported.status, imported.stderr).toBe(0);
        const { site, modules, files } = JSON.parse(imported.stdout) as {
          site: string;
          modules: Record<string, string>;
          files: Record<string, string>;
        };
        const expected = Object.fromEntries(
          Object.keys(modules).map((module) => {
            const needs = pkg.optional[module];
            return [module, needs && !hostHas(needs) ? `needs ${needs}` : 'ok'];
          }),
        );
        expect(modules).toEqual(expected);
        expect(Object.keys(modules).length).toBeGreaterThan(0);
        const used = await runWithFilesHidden(hidden, [python, '-c', pkg.use], { cwd: '/' });
        expect(used.status, used.stderr).toBe(0);

        // ldd of each installed extension: everything the policy does not allow, inside the wheel
        const allowed = allowedLibraries(strictestClaim(name.platforms))!;
        const inside = path.join(site, name.distribution + '.libs') + path.sep;
        for (const [module, file] of Object.entries(files)) {
          const ldd = await runWithFilesHidden(hidden, ['ldd', file]);
          expect(ldd.status, `ldd ${file}: ${ldd.stdout}${ldd.stderr}`).toBe(0);
          for (const [library, where] of parseLdd(ldd.stdout)) {
            if (allowed.has(library) || library.startsWith('ld-linux')) continue;
            expect(where.startsWith(inside), `${module} loads ${library} from ${where}`).toBe(true);
          }
        }
      }, 900_000);
    }
  },
);

describe('hiding the system libraries', () => {
  it("makes Debian's own python3-pil and python3-lxml fail to import, and only inside", async () => {
    for (const [pkg, module] of [
      [PILLOW, 'PIL._imaging'],
      [LXML, 'lxml.etree'],
    ] as const) {
      const hidden = await systemCopies(pkg.auditwheel.bundled);
      const inside = await runWithFilesHidden(hidden, [PYTHON, '-c', `import ${module}`]);
      expect(inside.status, `import ${module} with ${hidden.join(', ')} hidden`).toBe(1);
      expect(inside.stderr).toMatch(/ImportError: \S+\.so[.\d]*: file too short/);
      // the namespace ended with the command: the machine still sees its libraries
      expect(run([PYTHON, '-c', `import ${module}`]).status).toBe(0);
      const mounts = readFileSync('/proc/self/mountinfo', 'utf8');
      for (const file of hidden) expect(mounts).not.toContain(` ${file} `);
    }
  });
});
