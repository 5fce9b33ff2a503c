import { describe, expect, it } from 'vitest';
import type { MachODylib, MachOFile, MachOSlice } from '../../src/verify/macho.js';
import { resolveMachO, type DyldWorld } from '../../src/verify/resolve-macho.js';

const CPU = { x86_64: 0x01000007, arm64: 0x0100000c };

/** A slice's facts, with the fields a test cares about replaced. */
const slice = (fields: Partial<MachOSlice> = {}): MachOSlice => ({
  cputype: CPU.x86_64,
  cpusubtype: 3,
  arch: 'x86_64',
  bits: 64,
  littleEndian: true,
  fileType: 'dylib',
  id: null,
  dylibs: [],
  rpaths: [],
  minMacOS: '11.0',
  ...fields,
});
const arm64 = (fields: Partial<MachOSlice> = {}) =>
  slice({ cputype: CPU.arm64, cpusubtype: 0, arch: 'arm64', ...fields });
const thin = (fields: Partial<MachOSlice> = {}): MachOFile => ({
  fat: false,
  slices: [slice(fields)],
});
const needs = (...names: string[]): MachODylib[] => names.map((name) => ({ name, kind: 'load' }));

function world(files: Record<string, MachOFile>): DyldWorld & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    inspect: (file) => {
      asked.push(file);
      return files[file] ?? null;
    },
  };
}

const EXT = '/w/pkg/_ext.so';
const summary = (root: MachOFile, w: DyldWorld) =>
  resolveMachO({ path: EXT, file: root }, w).map((r) => [r.name, r.how, r.path, r.neededBy]);

describe('resolving install names as dyld does', () => {
  it('expands @loader_path to the directory of the binary with the load command', () => {
    const w = world({
      '/w/pkg/.dylibs/liba.dylib': thin({ dylibs: needs('@loader_path/libb.dylib') }),
      '/w/pkg/.dylibs/libb.dylib': thin(),
    });
    expect(summary(thin({ dylibs: needs('@loader_path/.dylibs/liba.dylib') }), w)).toEqual([
      ['@loader_path/.dylibs/liba.dylib', 'loader_path', '/w/pkg/.dylibs/liba.dylib', EXT],
      [
        '@loader_path/libb.dylib',
        'loader_path',
        '/w/pkg/.dylibs/libb.dylib',
        '/w/pkg/.dylibs/liba.dylib',
      ],
    ]);
  });

  it("tries the loading binary's LC_RPATHs first, then those of the binaries that loaded it", () => {
    // liba (loaded by the extension) needs @rpath/libc: its own rpath /a first, then the
    // extension's; @loader_path in the extension's LC_RPATH is the extension's directory
    const files = {
      '/w/pkg/.dylibs/liba.dylib': thin({ dylibs: needs('@rpath/libc.dylib'), rpaths: ['/a'] }),
      '/w/pkg/.dylibs/libc.dylib': thin(),
    };
    const root = thin({ dylibs: needs('@rpath/liba.dylib'), rpaths: ['@loader_path/.dylibs'] });
    const w = world(files);
    const [a, c] = resolveMachO({ path: EXT, file: root }, w);
    expect(a).toMatchObject({ how: 'rpath', path: '/w/pkg/.dylibs/liba.dylib' });
    expect(c).toMatchObject({ how: 'rpath', path: '/w/pkg/.dylibs/libc.dylib' });
    expect(c!.tried).toEqual(['/a/libc.dylib', '/w/pkg/.dylibs/libc.dylib']);

    // the same file in both: the loading binary's own run path wins
    const both = world({ ...files, '/a/libc.dylib': thin() });
    expect(resolveMachO({ path: EXT, file: root }, both)[1]!.path).toBe('/a/libc.dylib');
  });

  it('takes /usr/lib and /System as the shared cache without looking for files', () => {
    const w = world({});
    const root = thin({
      dylibs: needs(
        '/usr/lib/libSystem.B.dylib',
        '/System/Library/Frameworks/Foundation.framework/Versions/C/Foundation',
      ),
    });
    expect(summary(root, w).map(([, how, path]) => [how, path])).toEqual([
      ['shared-cache', '/usr/lib/libSystem.B.dylib'],
      ['shared-cache', '/System/Library/Frameworks/Foundation.framework/Versions/C/Foundation'],
    ]);
    expect(w.asked).toEqual([]);
  });

  it('says why @executable_path and an @rpath without any LC_RPATH cannot resolve', () => {
    const [exe, noRpath, exeRpath] = resolveMachO(
      {
        path: EXT,
        file: thin({ dylibs: needs('@executable_path/../lib/libx.dylib', '@rpath/liby.dylib') }),
      },
      world({}),
    ).concat(
      resolveMachO(
        {
          path: EXT,
          file: thin({ dylibs: needs('@rpath/libz.dylib'), rpaths: ['@executable_path/../lib'] }),
        },
        world({}),
      ),
    );
    expect(exe).toMatchObject({ how: 'unresolved', path: null, tried: [] });
    expect(exe!.reason).toContain('the Python executable');
    expect(noRpath!.reason).toBe('no LC_RPATH in _ext.so or the binaries that load it');
    expect(exeRpath!.reason).toMatch(/^LC_RPATH @executable_path\/\.\.\/lib: @executable_path is/);
  });

  it('passes over a file without the slice of the architecture, as dyld does', () => {
    const w = world({
      '/one/libf.dylib': { fat: false, slices: [arm64()] },
      '/two/libf.dylib': thin(),
    });
    const [f] = resolveMachO(
      { path: EXT, file: thin({ dylibs: needs('@rpath/libf.dylib'), rpaths: ['/one', '/two'] }) },
      w,
    );
    expect(f).toMatchObject({ how: 'rpath', path: '/two/libf.dylib' });
    expect(f!.tried).toEqual(['/one/libf.dylib (no x86_64 slice)', '/two/libf.dylib']);
  });

  it('resolves each slice of a universal file, merging the slices that agree', () => {
    const fat: MachOFile = {
      fat: true,
      slices: [
        slice({ dylibs: needs('@loader_path/libf.dylib', '/usr/lib/libSystem.B.dylib') }),
        arm64({ dylibs: needs('@loader_path/libf.dylib', '/usr/lib/libSystem.B.dylib') }),
      ],
    };
    const results = resolveMachO({ path: EXT, file: fat }, world({ '/w/pkg/libf.dylib': thin() }));
    expect(results.map((r) => [r.name, r.how, r.slices])).toEqual([
      ['@loader_path/libf.dylib', 'loader_path', ['x86_64']],
      ['/usr/lib/libSystem.B.dylib', 'shared-cache', ['x86_64', 'arm64']],
      ['@loader_path/libf.dylib', 'unresolved', ['arm64']],
    ]);
  });

  it('reuses an image already loaded under the install name, and keeps weak links weak', () => {
    const w = world({
      '/w/pkg/.dylibs/liba.dylib': thin({
        id: '@rpath/liba.dylib',
        dylibs: needs('@rpath/liba.dylib'),
      }),
    });
    const root = thin({
      dylibs: [
        { name: '@rpath/liba.dylib', kind: 'load' },
        { name: '/usr/local/opt/x/lib/libx.dylib', kind: 'weak' },
      ],
      rpaths: ['@loader_path/.dylibs'],
    });
    const results = resolveMachO({ path: EXT, file: root }, w);
    expect(results.map((r) => [r.how, r.weak, r.neededBy])).toEqual([
      ['rpath', false, EXT],
      ['unresolved', true, EXT],
      ['loaded', false, '/w/pkg/.dylibs/liba.dylib'],
    ]);
    expect(results[1]!.tried).toEqual(['/usr/local/opt/x/lib/libx.dylib']);
  });
});
