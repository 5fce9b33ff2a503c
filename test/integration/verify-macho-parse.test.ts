import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMachO, MachOError, parseMachO } from '../../src/verify/macho.js';
import { machOReader } from '../../src/verify/macho-extension.js';
import { machOBuilder, machOTools } from '../helpers/macho-builds.js';
import { tempDirs } from '../helpers/verify-builds.js';

const temp = tempDirs();
let dir: string;
let bundle: Buffer; // x86_64 MH_BUNDLE: @rpath/libfoo, weak /opt/homebrew libopt, libSystem
let dylib: Buffer; // arm64 MH_DYLIB: id @rpath/libfoo.1.dylib, re-exports libbar
let universal: Buffer | null; // the bundle's x86_64 and arm64 slices, joined by llvm-lipo
let thin: { x86_64: Buffer; arm64: Buffer };

beforeAll(async () => {
  dir = temp.make('ww-macho-');
  const tools = machOTools();
  const b = machOBuilder(tools, dir);
  const ext = 'extern int foo(void);\nint PyInit__ext(void) { return foo(); }\n';
  const lib = 'int foo(void) { return 42; }\n';
  const out = (name: string) => path.join(dir, name);
  const system = await Promise.all(
    (['x86_64', 'arm64'] as const).map(async (arch) =>
      b.dylib(out(`libSystem.${arch}.dylib`), '/usr/lib/libSystem.B.dylib', {
        arch,
        objects: [await b.object('system', 'int system_stub;\n', arch)],
      }),
    ),
  );
  const built = await Promise.all(
    (['x86_64', 'arm64'] as const).map(async (arch, i) => {
      const foo = await b.dylib(out(`libfoo.${arch}.dylib`), '@rpath/libfoo.1.dylib', {
        arch,
        objects: [await b.object('foo', lib, arch)],
      });
      const opt = await b.dylib(out(`libopt.${arch}.dylib`), '/opt/homebrew/lib/libopt.dylib', {
        arch,
        objects: [await b.object('opt', 'int opt;\n', arch)],
      });
      return b.bundle(out(`ext.${arch}.so`), {
        arch,
        objects: [await b.object('ext', ext, arch)],
        libraries: [foo, system[i]!],
        weak: [opt],
        rpaths: ['@loader_path/.dylibs', '/opt/x/lib'],
      });
    }),
  );
  thin = { x86_64: readFileSync(built[0]!), arm64: readFileSync(built[1]!) };
  bundle = thin.x86_64;
  const bar = await b.dylib(out('libbar.dylib'), '@loader_path/libbar.dylib', {
    arch: 'arm64',
    objects: [await b.object('bar', 'int bar(void) { return 1; }\n', 'arm64')],
  });
  dylib = readFileSync(
    await b.dylib(out('libreexp.dylib'), '@rpath/libfoo.1.dylib', {
      arch: 'arm64',
      objects: [await b.object('reexp', lib, 'arm64')],
      libraries: ['-reexport_library', bar],
    }),
  );
  universal = tools.lipo ? readFileSync(await b.universal(out('ext.universal.so'), built)) : null;
});
afterAll(() => temp.removeAll());

/** A FAT_MAGIC_64 file of thin slices, as `lipo -fat64` writes it (llvm-lipo 14 cannot). */
function fat64(slices: { cputype: number; cpusubtype: number; data: Buffer }[]): Buffer {
  const align = 0x4000;
  const header = Buffer.alloc(8 + slices.length * 32);
  header.writeUInt32BE(0xcafebabf, 0);
  header.writeUInt32BE(slices.length, 4);
  const parts: Buffer[] = [header];
  let offset = align;
  slices.forEach((s, i) => {
    const at = 8 + i * 32;
    header.writeUInt32BE(s.cputype, at);
    header.writeUInt32BE(s.cpusubtype, at + 4);
    header.writeBigUInt64BE(BigInt(offset), at + 8);
    header.writeBigUInt64BE(BigInt(s.data.length), at + 16);
    header.writeUInt32BE(14, at + 24); // 2^14
    const end = parts.reduce((n, p) => n + p.length, 0);
    parts.push(Buffer.alloc(offset - end), s.data);
    offset = Math.ceil((offset + s.data.length) / align) * align;
  });
  return Buffer.concat(parts);
}

/**
 * A minimal 32-bit Mach-O bundle written word by word in either byte order: clang targets no
 * big-endian Mach-O any more (PowerPC Macs), so the big-endian case is built here.
 */
function handMade(littleEndian: boolean): Buffer {
  const commands: [number, string][] = [
    [0xc, '/usr/lib/libSystem.B.dylib'],
    [0x8000001c, '@loader_path/../lib'],
  ];
  const bodies = commands.map(([cmd, text]) => {
    const stringAt = cmd === 0xc ? 24 : 12;
    const size = Math.ceil((stringAt + text.length + 1) / 4) * 4;
    const body = Buffer.alloc(size);
    const put = (value: number, at: number) =>
      littleEndian ? body.writeUInt32LE(value, at) : body.writeUInt32BE(value, at);
    put(cmd, 0);
    put(size, 4);
    put(stringAt, 8);
    body.write(text, stringAt);
    return body;
  });
  const header = Buffer.alloc(28);
  const words = [0xfeedface, 18, 0, 8, bodies.length, bodies.reduce((n, b) => n + b.length, 0), 0];
  words.forEach((w, i) =>
    littleEndian ? header.writeUInt32LE(w, i * 4) : header.writeUInt32BE(w, i * 4),
  );
  return Buffer.concat([header, ...bodies]);
}

/** Rewrites the command whose install name is `name` into another kind of dylib command. */
function retag(buffer: Buffer, name: string, cmd: number): Buffer {
  const copy = Buffer.from(buffer);
  // lld writes dylib_command's name at offset 24 from the command's start
  const at = copy.indexOf(`${name}\0`) - 24;
  expect(copy.readUInt32LE(at)).toBe(0xc); // LC_LOAD_DYLIB, before the rewrite
  copy.writeUInt32LE(cmd, at);
  return copy;
}

describe('reading Mach-O load commands from real binaries', () => {
  it("reads a bundle's dylibs (weak or not), its LC_RPATHs, its type and architecture", () => {
    const [slice] = parseMachO(bundle).slices;
    expect(slice).toMatchObject({
      arch: 'x86_64',
      cputype: 0x01000007,
      bits: 64,
      littleEndian: true,
      fileType: 'bundle',
      id: null,
      rpaths: ['@loader_path/.dylibs', '/opt/x/lib'],
    });
    expect(slice!.dylibs).toEqual([
      { name: '@rpath/libfoo.1.dylib', kind: 'load' },
      { name: '/usr/lib/libSystem.B.dylib', kind: 'load' },
      { name: '/opt/homebrew/lib/libopt.dylib', kind: 'weak' },
    ]);
    expect(parseMachO(bundle).fat).toBe(false);
  });

  it("reads a dylib's own install name and the libraries it re-exports", () => {
    const [slice] = parseMachO(dylib).slices;
    expect(slice).toMatchObject({ arch: 'arm64', fileType: 'dylib', id: '@rpath/libfoo.1.dylib' });
    expect(slice!.dylibs).toContainEqual({ name: '@loader_path/libbar.dylib', kind: 'reexport' });
  });

  it('reads LC_LAZY_LOAD_DYLIB and LC_LOAD_UPWARD_DYLIB, which lld does not write', () => {
    const lazy = retag(bundle, '@rpath/libfoo.1.dylib', 0x20);
    const upward = retag(lazy, '/usr/lib/libSystem.B.dylib', 0x80000023);
    expect(parseMachO(upward).slices[0]!.dylibs.map((d) => d.kind)).toEqual([
      'lazy',
      'upward',
      'weak',
    ]);
  });

  it('reads each slice of a universal file that llvm-lipo made', (context) => {
    if (!universal) return context.skip(); // llvm-lipo missing: the fat64 case below covers it
    const file = parseMachO(universal);
    expect(file.fat).toBe(true);
    expect(file.slices.map((s) => s.arch)).toEqual(['x86_64', 'arm64']);
    for (const slice of file.slices) {
      expect(slice.dylibs.map((d) => d.name)).toContain('@rpath/libfoo.1.dylib');
      expect(slice.fileType).toBe('bundle');
    }
  });

  it('reads a FAT_MAGIC_64 file, its 64-bit offsets, the same as the thin slices', () => {
    const file = parseMachO(
      fat64([
        { cputype: 0x01000007, cpusubtype: 3, data: thin.x86_64 },
        { cputype: 0x0100000c, cpusubtype: 0, data: thin.arm64 },
      ]),
    );
    expect(file.fat).toBe(true);
    expect(file.slices).toEqual([
      parseMachO(thin.x86_64).slices[0],
      parseMachO(thin.arm64).slices[0],
    ]);
  });

  it('reads a big-endian header and its load commands as the little-endian twin', () => {
    const big = parseMachO(handMade(false)).slices[0]!;
    const little = parseMachO(handMade(true)).slices[0]!;
    expect(big).toMatchObject({ arch: 'ppc', bits: 32, littleEndian: false, fileType: 'bundle' });
    expect(big.dylibs).toEqual([{ name: '/usr/lib/libSystem.B.dylib', kind: 'load' }]);
    expect(big.rpaths).toEqual(['@loader_path/../lib']);
    expect({ ...big, littleEndian: true }).toEqual(little);
  });
});

describe('malformed and other files', () => {
  it('says where a truncated file ends instead of crashing', () => {
    expect(() => parseMachO(bundle.subarray(0, 200))).toThrow(
      /truncated: its load commands need \d+ bytes, it has 200/,
    );
    expect(() => parseMachO(bundle.subarray(0, 12))).toThrow(/truncated Mach-O header/);
    expect(() => parseMachO(bundle.subarray(0, 200))).toThrow(MachOError);
  });

  it('names the slice of a universal file that is cut short', () => {
    const whole = fat64([{ cputype: 0x0100000c, cpusubtype: 0, data: thin.arm64 }]);
    expect(() => parseMachO(whole.subarray(0, whole.length - 100))).toThrow(
      /fat slice arm64: \d+ bytes at 16384 past the file's end/,
    );
  });

  it('tells a command whose size runs past the others', () => {
    const broken = Buffer.from(bundle);
    broken.writeUInt32LE(0xffff, 32 + 4); // the first command's cmdsize
    expect(() => parseMachO(broken)).toThrow(/load command 0 \(0x19\) has a bad size 65535/);
  });

  it('is not fooled by ELF files or Java classes (which share FAT_MAGIC)', () => {
    const java = Buffer.from('cafebabe00000034', 'hex');
    expect(isMachO(java)).toBe(false);
    expect(isMachO(bundle.subarray(0, 8))).toBe(true);
    const elf = readFileSync(process.execPath);
    expect(isMachO(elf)).toBe(false);
    expect(() => parseMachO(elf)).toThrow('not a Mach-O file');
  });

  it('reads a truncated or missing file as no Mach-O, as dyld skips it', () => {
    const cut = path.join(dir, 'cut.dylib');
    writeFileSync(cut, bundle.subarray(0, 100));
    const read = machOReader();
    expect(read(cut)).toBeNull();
    expect(read(path.join(dir, 'absent.dylib'))).toBeNull();
    writeFileSync(path.join(dir, 'whole.so'), bundle);
    expect(read(path.join(dir, 'whole.so'))!.slices[0]!.arch).toBe('x86_64');
  });
});
