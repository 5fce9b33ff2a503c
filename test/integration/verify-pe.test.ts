import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWheel, type VerifyResult } from '../../src/verify/verify-wheel.js';
import { checkPeExtension, peWorld } from '../../src/verify/pe-extension.js';
import { lldDelayLoaded, mingwDll } from '../helpers/pe-builds.js';
import { runAsync } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { packDirectory } from '../helpers/wheels.js';

// Windows wheels of real PE files (Debian's mingw-w64 and lld-link, no Windows), checked here on
// Linux: the static check resolves what Windows' loader would for Python 3.8+; the import test
// cannot run and says so.

const PYTHON = '/usr/bin/python3';
const TAG = 'cp311-cp311-win_amd64';
const EXT =
  '__declspec(dllexport) void *PyInit__ext(void) { return (void *)(long long)wwfoo(); }\n';
const FOO = '__declspec(dllexport) int wwfoo(void) { return 1; }\n';
const temp = tempDirs();
let dir: string;
let foo: string; // wwfoo.dll, built outside every wheel
let ext: string; // _ext.pyd, importing wwfoo.dll
let redistributable: string; // _ext.pyd, importing msvcp140.dll
let system32: string; // a Windows\System32 laid out as a tree, holding dxcore.dll
let rareImporter: string; // _ext.pyd, importing wwfoo.dll and dxcore.dll
const wheels: Record<string, string> = {};

/** A wheel of package `wwwin` holding `files` ([path in the package, file]) and, at the root, `extra`. */
async function wheel(
  name: string,
  files: [string, string][],
  extra: [string, string][] = [],
  init = 'from . import _ext\n',
): Promise<string> {
  const pkg = path.join(dir, name, 'wwwin');
  mkdirSync(pkg, { recursive: true });
  for (const [to, from] of files) copyFileSync(from, path.join(pkg, to));
  writeFileSync(path.join(pkg, '__init__.py'), init);
  const into = path.join(dir, name, 'dist');
  mkdirSync(into, { recursive: true });
  const made = await packDirectory(
    PYTHON,
    { dir: pkg, module: 'wwwin', distribution: 'wwwin', version: '1.0' },
    TAG,
    into,
  );
  if (extra.length > 0) {
    const add =
      'import json, sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "a") as z:\n  for arc, f in json.loads(sys.argv[2]): z.write(f, arc)\n';
    const ran = await runAsync([PYTHON, '-c', add, made, JSON.stringify(extra)]);
    if (ran.status !== 0) throw new Error(ran.stderr);
  }
  return made;
}

const verify = (file: string, buildEnv?: Record<string, string>) =>
  verifyWheel({
    wheel: file,
    python: PYTHON,
    workDir: temp.make('ww-verify-pe-'),
    ...(buildEnv ? { buildEnv } : {}),
  });

const libs = (result: VerifyResult) =>
  Object.fromEntries(
    result.extensions[0]!.libraries.map((l) => [`${l.name} < ${path.basename(l.neededBy)}`, l]),
  );

// delvewheel's patch of a top-level __init__.py, in the form its template writes
const DELVEWHEEL_INIT = `"""""" # start delvewheel patch
def _delvewheel_patch_1_11_2():
    import os
    if os.path.isdir(libs_dir := os.path.abspath(os.path.join(os.path.dirname(__file__), os.pardir, 'wwwin.libs'))):
        os.add_dll_directory(libs_dir)


_delvewheel_patch_1_11_2()
del _delvewheel_patch_1_11_2
# end delvewheel patch

from . import _ext
`;

beforeAll(async () => {
  dir = temp.make('ww-pe-wheels-');
  foo = await mingwDll(path.join(dir, 'built', 'wwfoo.dll'), FOO);
  ext = await mingwDll(path.join(dir, 'built', '_ext.pyd'), `int wwfoo(void);\n${EXT}`, [foo]);
  wheels.missing = await wheel('missing', [['_ext.cp311-win_amd64.pyd', ext]]);
  wheels.beside = await wheel('beside', [
    ['_ext.cp311-win_amd64.pyd', ext],
    // Windows compares names without case: the import says wwfoo.dll
    ['WWFOO.DLL', foo],
  ]);
  // delvewheel's layout: wwwin.libs/ beside the package, added by the patched __init__.py; the
  // bundled wwfoo.dll needs wwdep.dll, bundled there too
  const dep = await mingwDll(
    path.join(dir, 'built2', 'wwdep.dll'),
    '__declspec(dllexport) int wwdep(void) { return 2; }\n',
  );
  const fooWithDep = await mingwDll(
    path.join(dir, 'built2', 'wwfoo.dll'),
    `int wwdep(void);\n__declspec(dllexport) int wwfoo(void) { return wwdep(); }\n`,
    [dep],
  );
  const ext2 = await mingwDll(path.join(dir, 'built2', '_ext.pyd'), `int wwfoo(void);\n${EXT}`, [
    fooWithDep,
  ]);
  wheels.delvewheel = await wheel(
    'delvewheel',
    [['_ext.cp311-win_amd64.pyd', ext2]],
    [
      ['wwwin.libs/wwfoo.dll', fooWithDep],
      ['wwwin.libs/wwdep.dll', dep],
    ],
    DELVEWHEEL_INIT,
  );
  // the same .libs directory without the patch that adds it: nothing tells the loader
  wheels.unpatched = await wheel(
    'unpatched',
    [['_ext.cp311-win_amd64.pyd', ext2]],
    [
      ['wwwin.libs/wwfoo.dll', fooWithDep],
      ['wwwin.libs/wwdep.dll', dep],
    ],
  );
  // a 32-bit wwfoo.dll beside a 64-bit extension: the loader cannot use it
  const foo32 = await mingwDll(path.join(dir, 'built32', 'wwfoo.dll'), FOO, [], 'i686');
  wheels.wrongMachine = await wheel('wrong-machine', [
    ['_ext.cp311-win_amd64.pyd', ext],
    ['wwfoo.dll', foo32],
  ]);
  // lld-link: vcomp140.dll (the VC++ OpenMP runtime, never a system DLL) delay-loaded, missing;
  // wwfoo.dll imported and bundled
  const delayed = await lldDelayLoaded(
    path.join(dir, 'built3', '_ext.pyd'),
    ['wwfoo.dll'],
    ['vcomp140.dll'],
  );
  wheels.delayed = await wheel('delayed', [
    ['_ext.cp311-win_amd64.pyd', delayed],
    ['wwfoo.dll', foo],
  ]);
  // the VC++ runtime's msvcp140.dll, which no Windows carries in System32: a wheel must bundle it
  const msvcp = await mingwDll(path.join(dir, 'built4', 'msvcp140.dll'), FOO);
  redistributable = await mingwDll(
    path.join(dir, 'built4', '_ext.pyd'),
    `int wwfoo(void);\n${EXT}`,
    [msvcp],
  );
  wheels.redistributable = await wheel('redistributable', [
    ['_ext.cp311-win_amd64.pyd', redistributable],
  ]);
  // a rare system DLL (not on the list every Windows has) and a missing one, for a System32 tree
  system32 = path.join(dir, 'Windows', 'System32');
  const rare = await mingwDll(path.join(system32, 'dxcore.dll'), FOO.replace('wwfoo', 'dxcoref'));
  rareImporter = await mingwDll(
    path.join(dir, 'built5', '_ext.pyd'),
    `int wwfoo(void);\nint dxcoref(void);\n__declspec(dllexport) void *PyInit__ext(void) { return (void *)(long long)(wwfoo() + dxcoref()); }\n`,
    [foo, rare],
  );
}, 120_000);

afterAll(() => temp.removeAll());

describe('verify on Windows wheels of real PE files (mingw-w64), checked on Linux', () => {
  it('names a DLL neither bundled nor known as not checked here, without rejecting the wheel', async () => {
    const result = await verify(wheels.missing!);
    const found = libs(result);
    expect(found['wwfoo.dll < _ext.cp311-win_amd64.pyd']).toMatchObject({
      place: 'unchecked',
      how: 'not-checked',
      path: null,
    });
    // MinGW's runtime imports: System32's, not missing
    expect(found['KERNEL32.dll < _ext.cp311-win_amd64.pyd']).toMatchObject({
      place: 'system',
      how: 'system32',
    });
    expect(found['msvcrt.dll < _ext.cp311-win_amd64.pyd']).toMatchObject({ place: 'system' });
    expect(result.extensions[0]!.checked).toMatch(/^PE: .*; x64 \(win_amd64\)$/);
    expect(result.importSkipped).toMatch(/needs a Windows interpreter.*this machine runs Linux/);
    expect(result.importSkipped).toContain(
      'not checked either, as not on this machine: wwfoo.dll (neither in the wheel nor a DLL every Windows has',
    );
    expect(result.passed).toBe(true);
    const note = result.diagnoses.find((d) => d.class === 'import-test-not-run')!;
    expect(note.title).toContain('not on this machine: wwfoo.dll');
    expect(result.diagnoses.map((d) => d.class)).not.toContain('missing-shared-library');
  });

  it('reports a redistributable DLL the wheel does not carry (msvcp140.dll) as missing', async () => {
    const result = await verify(wheels.redistributable!);
    expect(libs(result)['msvcp140.dll < _ext.cp311-win_amd64.pyd']).toMatchObject({
      place: 'missing',
      how: 'unresolved',
      path: null,
    });
    expect(result.passed).toBe(false);
    const card = result.diagnoses.find((d) => d.class === 'missing-shared-library')!;
    expect(card.title).toContain('wwwin._ext needs msvcp140.dll');
    expect(card.remedy).toContain('delvewheel repair -w wheelhouse/');
    expect(result.diagnoses.map((d) => d.class)).toContain('import-test-not-run');
  });

  it('on Windows, reads System32 itself: a rare system DLL found there, a DLL absent there missing', () => {
    // the Windows branch, run here on a System32 laid out as a tree of real PE files
    const world = peWorld([], (machine) => (machine === 'x64' ? system32 : null));
    const check = checkPeExtension(rareImporter, world, []);
    const found = Object.fromEntries(check.libraries.map((l) => [l.name, l]));
    expect(found['dxcore.dll']).toMatchObject({
      place: 'system',
      how: 'system32',
      path: path.join(system32, 'dxcore.dll'),
    });
    expect(found['wwfoo.dll']).toMatchObject({ place: 'missing', how: 'unresolved' });
    expect(found['wwfoo.dll']!.tried).toContain(system32);
    // the listed DLLs still count without a look (KERNEL32.dll is not in this tree)
    expect(found['KERNEL32.dll']).toMatchObject({ place: 'system', how: 'system32' });
    // off Windows the same extension's rare DLL is not checked, not missing
    const off = checkPeExtension(rareImporter, peWorld([]), []);
    expect(off.libraries.find((l) => l.name === 'dxcore.dll')).toMatchObject({
      place: 'unchecked',
    });
  });

  it('finds a DLL bundled beside the extension, whatever the case of its name', async () => {
    const result = await verify(wheels.beside!);
    const found = libs(result)['wwfoo.dll < _ext.cp311-win_amd64.pyd']!;
    expect(found).toMatchObject({ place: 'wheel', how: 'dll-load-dir' });
    expect(path.basename(found.path!)).toBe('WWFOO.DLL');
    expect(result.passed).toBe(true);
  });

  it("finds DLLs in delvewheel's <dist>.libs through the patched __init__.py, and theirs", async () => {
    const result = await verify(wheels.delvewheel!);
    const found = libs(result);
    expect(found['wwfoo.dll < _ext.cp311-win_amd64.pyd']).toMatchObject({
      place: 'wheel',
      how: 'dll-directory',
    });
    expect(found['wwdep.dll < wwfoo.dll']).toMatchObject({ place: 'wheel', how: 'dll-directory' });
    expect(found['wwfoo.dll < _ext.cp311-win_amd64.pyd']!.path).toContain(
      `${path.sep}wwwin.libs${path.sep}`,
    );
    expect(result.passed).toBe(true);
  });

  it('does not count a .libs directory that no os.add_dll_directory adds', async () => {
    const result = await verify(wheels.unpatched!);
    const lib = libs(result)['wwfoo.dll < _ext.cp311-win_amd64.pyd']!;
    // not found in the wheel: off Windows that leaves it unchecked, not bundled
    expect(lib.place).toBe('unchecked');
    expect(lib.tried.join('\n')).not.toContain('wwwin.libs');
  });

  it('reports a DLL the build found only on PATH as missing for users, and says so', async () => {
    const result = await verify(wheels.missing!, {
      PATH: [path.dirname(foo), '/usr/bin'].join(path.delimiter),
    });
    const lib = libs(result)['wwfoo.dll < _ext.cp311-win_amd64.pyd']!;
    expect(lib).toMatchObject({ place: 'missing', onlyThrough: foo });
    const card = result.diagnoses.find((d) => d.class === 'missing-shared-library')!;
    expect(card.evidence.map((e) => e.text).join('\n')).toContain(
      `the build found it only through PATH, which Python 3.8+ does not search for an extension's DLLs: ${foo}`,
    );
    expect(result.passed).toBe(false);
  });

  it('passes over a DLL of another machine, as the loader cannot load it', async () => {
    const result = await verify(wheels.wrongMachine!);
    const lib = libs(result)['wwfoo.dll < _ext.cp311-win_amd64.pyd']!;
    expect(lib.place).toBe('missing');
    expect(lib.tried[0]).toMatch(/wwfoo\.dll \(x86, not x64\)$/);
  });

  it('reports a missing delay-loaded DLL, which fails at its first call rather than at import', async () => {
    const result = await verify(wheels.delayed!);
    const found = libs(result);
    expect(found['wwfoo.dll < _ext.cp311-win_amd64.pyd']).toMatchObject({
      place: 'wheel',
      delay: false,
    });
    expect(found['vcomp140.dll < _ext.cp311-win_amd64.pyd']).toMatchObject({
      place: 'missing',
      delay: true,
      reason: 'delay-loaded: the import succeeds, and the first call into it fails',
    });
    expect(result.passed).toBe(false);
  });
});
