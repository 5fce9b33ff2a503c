import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../src/cli/verify-command.js';
import { verifyWheel, type VerifyResult } from '../../src/verify/verify-wheel.js';
import { machOBuilder, machOTools, type Arch, type MachOBuilder } from '../helpers/macho-builds.js';
import { CLI, runAsync } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { packDirectory } from '../helpers/wheels.js';

// macOS wheels of real Mach-O binaries (clang and lld, no Mac), checked here on Linux: the
// static check resolves what dyld would; the import test cannot run and says so.

const PYTHON = '/usr/bin/python3';
const EXT = 'int foo(void);\nint PyInit__ext(void) { return foo(); }\n';
const temp = tempDirs();
let b: MachOBuilder;
let dir: string;
let canLipo: boolean;
const objects = new Map<string, string>();
const systems = new Map<Arch, string>();
let abi: string; // cp311: the tag of PYTHON, so that the CLI picks it

async function object(name: string, code: string, arch: Arch): Promise<string> {
  const key = `${name}.${arch}`;
  if (!objects.has(key)) objects.set(key, await b.object(name, code, arch));
  return objects.get(key)!;
}

/** libSystem as every real macOS binary links it: a stub that carries its install name. */
async function libSystem(arch: Arch): Promise<string> {
  if (!systems.has(arch)) {
    const stub = await b.dylib(
      path.join(dir, `libSystem.${arch}.dylib`),
      '/usr/lib/libSystem.B.dylib',
      {
        arch,
        objects: [await object('system', 'int system_stub;\n', arch)],
      },
    );
    systems.set(arch, stub);
  }
  return systems.get(arch)!;
}

/** A dylib of its own code, named `installName`, needing `libraries`. */
async function lib(out: string, installName: string, arch: Arch, libraries: string[] = []) {
  const name = path.basename(out).replace(/\W/g, '_');
  return b.dylib(out, installName, {
    arch,
    objects: [await object(name, `int ${name}_f(void) { return 1; }\n`, arch)],
    libraries: [...libraries, await libSystem(arch)],
  });
}

/** The extension bundle for one architecture, linked as setuptools links it, in `<pkg>/build`. */
async function extension(
  pkg: string,
  arch: Arch,
  options: { libraries: string[]; rpaths?: string[]; weak?: string[] },
) {
  return b.bundle(path.join(pkg, 'build', `_ext.${arch}.so`), {
    arch,
    objects: [await object('ext', EXT, arch)],
    libraries: [...options.libraries, await libSystem(arch)],
    ...(options.rpaths ? { rpaths: options.rpaths } : {}),
    ...(options.weak ? { weak: options.weak } : {}),
  });
}

/** Packs `<pkg>/wwmac` (the extension under its final name) into a wheel tagged for `platform`. */
async function wheel(pkg: string, platform: string, extensionFile: string): Promise<string> {
  copyFileSync(extensionFile, path.join(pkg, 'wwmac', '_ext.cpython-311-darwin.so'));
  writeFileSync(path.join(pkg, 'wwmac', '__init__.py'), 'from . import _ext\n');
  const into = path.join(pkg, 'dist');
  mkdirSync(into, { recursive: true });
  return packDirectory(
    PYTHON,
    { dir: path.join(pkg, 'wwmac'), module: 'wwmac', distribution: 'wwmac', version: '1.0' },
    `${abi}-${abi}-${platform}`,
    into,
  );
}

const verify = (file: string) =>
  verifyWheel({ wheel: file, python: PYTHON, workDir: temp.make('ww-verify-macho-') });

const libs = (result: VerifyResult) =>
  Object.fromEntries(
    result.extensions[0]!.libraries.map((l) => [`${l.name} < ${path.basename(l.neededBy)}`, l]),
  );

const wheels: Record<string, string> = {};
const prefixes: Record<string, string> = {};

beforeAll(async () => {
  dir = temp.make('ww-macho-wheels-');
  const tools = machOTools();
  canLipo = tools.lipo !== null;
  b = machOBuilder(tools, path.join(dir, 'objects'));
  const ran = await runAsync([
    PYTHON,
    '-c',
    'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")',
  ]);
  abi = ran.stdout.trim();
  const pkg = (name: string) => {
    const p = path.join(dir, name);
    mkdirSync(path.join(p, 'wwmac', '.dylibs'), { recursive: true });
    return p;
  };

  // (a, d) delocated: libfoo in .dylibs through @rpath and LC_RPATH @loader_path/.dylibs, libbar
  // through @loader_path/.dylibs/ as delocate rewrites it, libSystem from the shared cache, and a
  // weak Homebrew library that is missing (dyld loads without it)
  const a = pkg('bundled');
  const fooA = await lib(
    path.join(a, 'wwmac/.dylibs/libfoo.1.dylib'),
    '@rpath/libfoo.1.dylib',
    'x86_64',
  );
  const barA = await lib(
    path.join(a, 'wwmac/.dylibs/libbar.dylib'),
    '@loader_path/.dylibs/libbar.dylib',
    'x86_64',
  );
  const optional = await lib(
    path.join(dir, 'libwwopt.dylib'),
    '/usr/local/opt/wwopt/lib/libwwopt.dylib',
    'x86_64',
  );
  wheels.bundled = await wheel(
    a,
    'macosx_11_0_x86_64',
    await extension(a, 'x86_64', {
      libraries: [fooA, barA],
      rpaths: ['@loader_path/.dylibs'],
      weak: [optional],
    }),
  );

  // (b) linked to a library in a temporary prefix by its absolute install name: it exists here
  const b2 = pkg('outside');
  prefixes.outside = temp.make('ww-macho-prefix-');
  const inPrefix = path.join(prefixes.outside, 'lib', 'libwwfoo.1.dylib');
  mkdirSync(path.dirname(inPrefix), { recursive: true });
  await lib(inPrefix, inPrefix, 'x86_64');
  wheels.outside = await wheel(
    b2,
    'macosx_11_0_x86_64',
    await extension(b2, 'x86_64', { libraries: [inPrefix] }),
  );

  // (c) Homebrew's libpng as the build machine had it: an absolute name no file here has
  const c = pkg('homebrew');
  const png = await lib(
    path.join(dir, 'libwwpng16.16.dylib'),
    '/usr/local/opt/libwwpng/lib/libwwpng16.16.dylib',
    'x86_64',
  );
  wheels.homebrew = await wheel(
    c,
    'macosx_11_0_x86_64',
    await extension(c, 'x86_64', { libraries: [png] }),
  );

  // (e) the bundled libfoo needs @loader_path/libwwdep.2.dylib, which was not bundled
  const e = pkg('nested');
  const dep = await lib(
    path.join(dir, 'libwwdep.2.dylib'),
    '@loader_path/libwwdep.2.dylib',
    'x86_64',
  );
  const fooE = await lib(
    path.join(e, 'wwmac/.dylibs/libfoo.1.dylib'),
    '@rpath/libfoo.1.dylib',
    'x86_64',
    [dep],
  );
  wheels.nested = await wheel(
    e,
    'macosx_11_0_x86_64',
    await extension(e, 'x86_64', { libraries: [fooE], rpaths: ['@loader_path/.dylibs'] }),
  );

  // (f) universal2: both slices of the extension, but libfoo bundled for x86_64 only
  if (canLipo) {
    const f = pkg('universal');
    const slices = await Promise.all(
      (['x86_64', 'arm64'] as const).map(async (arch) => {
        const foo = await lib(
          path.join(dir, arch, 'libfoo.1.dylib'),
          '@rpath/libfoo.1.dylib',
          arch,
        );
        return {
          foo,
          ext: await extension(f, arch, { libraries: [foo], rpaths: ['@loader_path/.dylibs'] }),
        };
      }),
    );
    copyFileSync(slices[0]!.foo, path.join(f, 'wwmac/.dylibs/libfoo.1.dylib'));
    const fat = await b.universal(
      path.join(f, 'build', 'ext.fat.so'),
      slices.map((s) => s.ext),
    );
    wheels.universal = await wheel(f, 'macosx_11_0_universal2', fat);
  }
}, 120_000);
afterAll(() => temp.removeAll());

describe('verify on macOS wheels of real Mach-O extensions, on Linux', () => {
  it('(a, d) resolves a delocated wheel inside it, libSystem as the system, and passes', async () => {
    const result = await verify(wheels.bundled!);
    const found = libs(result);
    expect(found['@rpath/libfoo.1.dylib < _ext.cpython-311-darwin.so']).toMatchObject({
      place: 'wheel',
      how: 'rpath',
      path: expect.stringMatching(/\/wwmac\/\.dylibs\/libfoo\.1\.dylib$/),
    });
    expect(found['@loader_path/.dylibs/libbar.dylib < _ext.cpython-311-darwin.so']).toMatchObject({
      place: 'wheel',
      how: 'loader_path',
    });
    // libSystem, needed by the extension and by both bundled dylibs: never a file on macOS 11+
    const system = result.extensions[0]!.libraries.filter(
      (l) => l.name === '/usr/lib/libSystem.B.dylib',
    );
    expect(system.map((l) => [l.place, l.how])).toEqual(Array(3).fill(['system', 'shared-cache']));
    expect(
      found['/usr/local/opt/wwopt/lib/libwwopt.dylib < _ext.cpython-311-darwin.so'],
    ).toMatchObject({
      place: 'missing',
      weak: true,
    });
    expect(result.extensions[0]!.checked).toBe(
      'Mach-O: LC_LOAD_DYLIB and LC_RPATH resolved as dyld does (@loader_path, @rpath); thin: x86_64',
    );

    // the import test did not run, said so, and does not count against the wheel
    expect(result.importSkipped).toMatch(/macosx_11_0_x86_64 wheel needs a macOS interpreter/);
    expect(result.imports).toEqual([]);
    expect(result.diagnoses.map((d) => d.class)).toEqual(['import-test-not-run']);
    expect(result.passed).toBe(true);
  });

  it('(b) reports a library outside the wheel, in a temporary directory, and how to bundle it', async () => {
    const result = await verify(wheels.outside!);
    const inPrefix = path.join(prefixes.outside!, 'lib', 'libwwfoo.1.dylib');
    expect(libs(result)[`${inPrefix} < _ext.cpython-311-darwin.so`]).toMatchObject({
      place: 'outside',
      how: 'direct',
      path: inPrefix,
      outside: 'a temporary directory of the build machine',
    });
    const card = result.diagnoses.find((d) => d.class === 'library-outside-wheel')!;
    expect(card.title).toContain('from a temporary directory of the build machine');
    expect(card.evidence[0]!.text).toBe(
      `wwmac/_ext.cpython-311-darwin.so needs ${inPrefix} → ${inPrefix} (by its absolute path)`,
    );
    expect(card.remedy).toContain('absolute install name');
    expect(card.remedy).toContain(
      `delocate-wheel -w wheelhouse/ ${path.basename(wheels.outside!)}`,
    );
    expect(card.remedy).toContain('install_name_tool -id @rpath/libwwfoo.1.dylib');
    expect(card.remedy).toContain('-Wl,-rpath,@loader_path/<dir>');
    expect(card.remedy).not.toContain('$ORIGIN');
    expect(result.passed).toBe(false);
  });

  it('(c) reports a Homebrew library that no file here has as missing', async () => {
    const result = await verify(wheels.homebrew!);
    const name = '/usr/local/opt/libwwpng/lib/libwwpng16.16.dylib';
    expect(libs(result)[`${name} < _ext.cpython-311-darwin.so`]).toMatchObject({
      place: 'missing',
      how: 'unresolved',
      tried: [name],
    });
    const card = result.diagnoses.find((d) => d.class === 'missing-shared-library')!;
    expect(card.concerns).toMatchObject({ library: name, extension: 'wwmac._ext' });
    expect(card.evidence[0]!.text).toBe(
      `wwmac/_ext.cpython-311-darwin.so needs ${name}: not found in ${name}`,
    );
    expect(card.remedy).toContain('delocate-wheel');
    expect(result.passed).toBe(false);
  });

  it('(e) follows a bundled dylib to the library it needs and nobody bundled', async () => {
    const result = await verify(wheels.nested!);
    const missing = result.extensions[0]!.libraries.filter((l) => l.place === 'missing');
    expect(
      missing.map((l) => [
        l.name,
        path.basename(l.neededBy),
        l.tried.map((t) => path.basename(path.dirname(t))),
      ]),
    ).toEqual([['@loader_path/libwwdep.2.dylib', 'libfoo.1.dylib', ['.dylibs']]]);
    const card = result.diagnoses.find((d) => d.class === 'missing-shared-library')!;
    expect(card.evidence[0]!.text).toMatch(
      /^wwmac\/\.dylibs\/libfoo\.1\.dylib needs @loader_path\/libwwdep\.2\.dylib/,
    );
    expect(result.passed).toBe(false);
  });

  it('(f) checks each slice of a universal2 extension: arm64 finds no arm64 libfoo', async (context) => {
    if (!canLipo) return context.skip();
    const result = await verify(wheels.universal!);
    const foo = result.extensions[0]!.libraries.filter((l) => l.name === '@rpath/libfoo.1.dylib');
    expect(foo.map((l) => [l.slices, l.place])).toEqual([
      [['x86_64'], 'wheel'],
      [['arm64'], 'missing'],
    ]);
    expect(foo[1]!.tried[0]).toMatch(/\.dylibs\/libfoo\.1\.dylib \(no arm64 slice\)$/);
    expect(result.extensions[0]!.checked).toMatch(/universal: x86_64 \+ arm64$/);
    const card = result.diagnoses.find((d) => d.class === 'missing-shared-library')!;
    expect(card.evidence[0]!.text).toMatch(
      /^wwmac\/_ext\.cpython-311-darwin\.so \(arm64 slice\) needs @rpath/,
    );
    expect(card.evidence[0]!.text).toMatch(
      /not found in wwmac\/\.dylibs\/libfoo\.1\.dylib \(no arm64 slice\)$/,
    );
    expect(card.remedy).toContain('has no arm64 slice');
    expect(card.remedy).toContain('lipo -create <x86_64> <arm64> -output libfoo.1.dylib');
    expect(card.remedy).toContain('--require-archs universal2');
    expect(result.importSkipped).toMatch(/macosx_11_0_universal2 wheel needs a macOS interpreter/);
  });

  it('reports a truncated Mach-O extension as unreadable, where the import test cannot run', async () => {
    const g = path.join(dir, 'truncated');
    mkdirSync(path.join(g, 'wwmac'), { recursive: true });
    const whole = await extension(g, 'x86_64', { libraries: [] });
    const cut = path.join(g, 'build', 'cut.so');
    writeFileSync(cut, readFileSync(whole).subarray(0, 300));
    const result = await verify(await wheel(g, 'macosx_11_0_x86_64', cut));
    expect(result.extensions[0]!.checked).toMatch(
      /^Mach-O, unreadable: Mach-O: truncated: its load commands need \d+ bytes, it has 300$/,
    );
    const card = result.diagnoses.find((d) => d.class === 'extension-unreadable')!;
    expect(card.title).toMatch(/^wwmac\._ext is not a whole binary: Mach-O: truncated/);
    expect(result.passed).toBe(false);
  });

  it('prints the same in `wheelwright verify --json`, with the import test marked as not run', async () => {
    const order = ['bundled', 'outside', 'homebrew', 'nested'];
    const ran = await runAsync([
      'node',
      CLI,
      'verify',
      '--json',
      '--python-versions',
      PYTHON,
      ...order.map((k) => wheels[k]!),
    ]);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(1);
    const reports = Object.fromEntries(
      (JSON.parse(ran.stdout) as VerifyReport[]).map((r, i) => [order[i]!, r]),
    );
    for (const report of Object.values(reports)) {
      expect(report.importSkipped).toMatch(/needs a macOS interpreter/);
      expect(report.importError).toBeNull();
    }
    expect(reports.bundled).toMatchObject({
      ok: true,
      unresolved: [],
      outside: [],
      diagnosis: null,
    });
    const inPrefix = path.join(prefixes.outside!, 'lib', 'libwwfoo.1.dylib');
    expect(reports.outside).toMatchObject({
      ok: false,
      unresolved: [],
      outside: [{ library: inPrefix, path: inPrefix }],
      diagnosis: { class: 'library-outside-wheel' },
    });
    expect(reports.homebrew).toMatchObject({
      ok: false,
      unresolved: ['/usr/local/opt/libwwpng/lib/libwwpng16.16.dylib'],
      diagnosis: { class: 'missing-shared-library' },
    });
    expect(reports.nested!.unresolved).toEqual(['@loader_path/libwwdep.2.dylib']);
  }, 120_000);
});
