import { describe, expect, it } from 'vitest';
import { PeError, parsePe } from '../../src/verify/pe.js';
import { addedDllDirectories, windowsSystemDir } from '../../src/verify/pe-extension.js';
import {
  isApiSet,
  isInterpreterDll,
  isRedistributableDll,
  isSystem32Dll,
} from '../../src/verify/resolve-pe.js';

describe('parsePe on malformed input', () => {
  it('names what is wrong', () => {
    expect(() => parsePe(Buffer.from('\x7fELF'))).toThrow(
      new PeError('not a PE file (no MZ header)'),
    );
    const stub = Buffer.alloc(0x40);
    stub.write('MZ');
    stub.writeUInt32LE(0x40, 0x3c);
    expect(() => parsePe(stub)).toThrow(/truncated: 4 bytes at 64/);
    const noSignature = Buffer.concat([stub, Buffer.from('XX\0\0')]);
    expect(() => parsePe(noSignature)).toThrow(/no PE signature at 64/);
  });
});

describe('addedDllDirectories', () => {
  it("reads delvewheel's patch at any depth, and only with add_dll_directory", () => {
    const patch = (up: number, name: string) =>
      `libs_dir = os.path.abspath(os.path.join(os.path.dirname(__file__), ${'os.pardir, '.repeat(up)}${JSON.stringify(name)}))\nos.add_dll_directory(libs_dir)\n`;
    expect(
      addedDllDirectories([
        { file: 'pkg/__init__.py', text: patch(1, 'pkg.libs') },
        { file: 'ns/sub/__init__.py', text: patch(2, 'ns_sub.libs') },
        {
          file: 'other/__init__.py',
          text: "x = os.path.join(os.path.dirname(__file__), 'libs')\n",
        },
        // above site-packages: nothing a wheel can hold
        { file: 'top/__init__.py', text: patch(3, 'escape.libs') },
        { file: 'own/__init__.py', text: patch(0, 'bin') },
      ]),
    ).toEqual(['ns_sub.libs', 'own/bin', 'pkg.libs']);
  });

  it('follows .data/platlib to where it installs', () => {
    expect(
      addedDllDirectories([
        {
          file: 'w-1.0.data/platlib/pkg/__init__.py',
          text: "os.add_dll_directory(os.path.join(os.path.dirname(__file__), os.pardir, 'w.libs'))",
        },
      ]),
    ).toEqual(['w.libs']);
  });
});

describe("the loader's names", () => {
  it('tells the interpreter’s DLLs, API sets and System32’s apart from the rest', () => {
    expect(isInterpreterDll('python311.dll', 'x64')).toBe(true);
    expect(isInterpreterDll('python313t.dll', 'arm64')).toBe(true);
    expect(isInterpreterDll('VCRUNTIME140_1.dll', 'x64')).toBe(true);
    // 32-bit CPython ships no vcruntime140_1.dll
    expect(isInterpreterDll('vcruntime140_1.dll', 'x86')).toBe(false);
    expect(isInterpreterDll('msvcp140.dll', 'x64')).toBe(false);
    expect(isApiSet('api-ms-win-crt-runtime-l1-1-0.dll')).toBe(true);
    expect(isSystem32Dll('KERNEL32.dll')).toBe(true);
    expect(isSystem32Dll('msvcp140.dll')).toBe(false);
  });
});

describe('where Windows keeps its DLLs', () => {
  it('reads System32 from SystemRoot on Windows, SysWOW64 for x86 images on a 64-bit Windows', () => {
    const at = windowsSystemDir('win32', { SystemRoot: 'D:\\Win' }, 'x64');
    expect(at('x64')).toBe('D:\\Win\\System32');
    expect(at('x86')).toBe('D:\\Win\\SysWOW64');
    expect(windowsSystemDir('win32', { SystemRoot: 'D:\\Win' }, 'ia32')('x86')).toBe(
      'D:\\Win\\System32',
    );
    expect(windowsSystemDir('win32', {}, 'arm64')('arm64')).toBe('C:\\Windows\\System32');
    // elsewhere nothing on disk says what Windows has
    expect(windowsSystemDir('linux', { SystemRoot: 'D:\\Win' }, 'x64')('x64')).toBeNull();
  });

  it('knows the redistributables no Windows carries, and nothing else', () => {
    for (const name of [
      'msvcp140.dll',
      'MSVCP140_1.dll',
      'msvcp140_atomic_wait.dll',
      'vcomp140.dll',
      'concrt140.dll',
      'vcruntime140d.dll',
      'ucrtbased.dll',
      'libgcc_s_seh-1.dll',
      'libstdc++-6.dll',
      'libwinpthread-1.dll',
      'libgomp-1.dll',
    ])
      expect(isRedistributableDll(name), name).toBe(true);
    for (const name of ['ucrtbase.dll', 'dxcore.dll', 'kernel32.dll', 'libfoo.dll', 'zlib1.dll'])
      expect(isRedistributableDll(name), name).toBe(false);
  });
});
