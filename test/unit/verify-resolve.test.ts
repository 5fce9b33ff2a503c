import { describe, expect, it } from 'vitest';
import type { ElfInfo } from '../../src/verify/elf.js';
import type { CacheEntry } from '../../src/verify/loader-config.js';
import { resolveDependencies, type LoaderWorld } from '../../src/verify/resolve-elf.js';
import { elfInfo } from '../helpers/elf-info.js';

const elf = elfInfo;

function world(files: Record<string, ElfInfo>, extra: Partial<LoaderWorld> = {}): LoaderWorld {
  return {
    inspect: (file) => files[file] ?? null,
    cache: [],
    defaultDirs: ['/lib', '/usr/lib'],
    preloaded: [],
    host: null,
    lib: 'lib/x86_64-linux-gnu',
    platform: 'x86_64',
    ...extra,
  };
}

const resolve = (root: ElfInfo, w: LoaderWorld) =>
  Object.fromEntries(
    resolveDependencies({ path: '/w/pkg/ext.so', elf: root }, w).map((r) => [
      r.name,
      [r.how, r.path],
    ]),
  );

describe('resolving NEEDED entries as glibc does', () => {
  it("expands $ORIGIN to the requesting object's directory and searches RPATH before the cache", () => {
    const cache: CacheEntry[] = [
      { name: 'libz.so.1', flags: 'libc6,x86-64', path: '/lib/libz.so.1' },
    ];
    const w = world({ '/w/pkg/../pkg.libs/libz.so.1': elf(), '/lib/libz.so.1': elf() }, { cache });
    expect(resolve(elf({ needed: ['libz.so.1'], rpath: ['$ORIGIN/../pkg.libs'] }), w)).toEqual({
      'libz.so.1': ['rpath', '/w/pkg/../pkg.libs/libz.so.1'],
    });
    expect(resolve(elf({ needed: ['libz.so.1'] }), w)).toEqual({
      'libz.so.1': ['cache', '/lib/libz.so.1'],
    });
  });

  it('ignores the RPATH of an object that also has a RUNPATH', () => {
    const w = world({ '/a/libx.so': elf(), '/b/libx.so': elf() });
    expect(resolve(elf({ needed: ['libx.so'], rpath: ['/a'], runpath: ['/b'] }), w)).toEqual({
      'libx.so': ['runpath', '/b/libx.so'],
    });
  });

  it("lets an RPATH reach dependencies' dependencies, and a RUNPATH only the object's own", () => {
    const files = {
      '/w/libs/liba.so.1': elf({ needed: ['libb.so.1'] }),
      '/w/libs/libb.so.1': elf(),
    };
    const viaRpath = resolveDependencies(
      { path: '/w/ext.so', elf: elf({ needed: ['liba.so.1'], rpath: ['$ORIGIN/libs'] }) },
      world(files),
    );
    expect(viaRpath.map((r) => [r.name, r.how, r.neededBy])).toEqual([
      ['liba.so.1', 'rpath', '/w/ext.so'],
      ['libb.so.1', 'rpath', '/w/libs/liba.so.1'],
    ]);
    const viaRunpath = resolveDependencies(
      { path: '/w/ext.so', elf: elf({ needed: ['liba.so.1'], runpath: ['$ORIGIN/libs'] }) },
      world(files),
    );
    expect(viaRunpath[1]).toEqual({
      name: 'libb.so.1',
      neededBy: '/w/libs/liba.so.1',
      path: null,
      how: 'unresolved',
      tried: ['/lib/libb.so.1', '/usr/lib/libb.so.1'],
    });
  });

  it("searches the executable's RPATH last among RPATHs, unless the requester has a RUNPATH", () => {
    const host = { path: '/opt/py/bin/python', elf: elf({ type: 2, rpath: ['$ORIGIN/../lib'] }) };
    const w = world({ '/opt/py/bin/../lib/libpython3.so': elf() }, { host });
    expect(resolve(elf({ needed: ['libpython3.so'] }), w)).toEqual({
      'libpython3.so': ['rpath', '/opt/py/bin/../lib/libpython3.so'],
    });
    expect(resolve(elf({ needed: ['libpython3.so'], runpath: ['/nowhere'] }), w)).toEqual({
      'libpython3.so': ['unresolved', null],
    });
  });

  it('reuses an object already loaded under that SONAME, and the preloaded dynamic loader', () => {
    const rtld = {
      path: '/lib64/ld-linux-x86-64.so.2',
      elf: elf({ soname: 'ld-linux-x86-64.so.2' }),
    };
    const files = {
      '/p/libfoo-1a2b.so': elf({ soname: 'libfoo.so.1', needed: ['ld-linux-x86-64.so.2'] }),
      '/p/libbar.so.1': elf({ needed: ['libfoo.so.1'] }),
    };
    const found = resolveDependencies(
      { path: '/w/ext.so', elf: elf({ needed: ['libfoo-1a2b.so', 'libbar.so.1'], rpath: ['/p'] }) },
      world(files, { preloaded: [rtld] }),
    );
    expect(found.map((r) => [r.name, r.how, r.path])).toEqual([
      ['libfoo-1a2b.so', 'rpath', '/p/libfoo-1a2b.so'],
      ['libbar.so.1', 'rpath', '/p/libbar.so.1'],
      ['ld-linux-x86-64.so.2', 'preloaded', '/lib64/ld-linux-x86-64.so.2'],
      ['libfoo.so.1', 'loaded', '/p/libfoo-1a2b.so'],
    ]);
  });

  it('skips a library of another class or machine, as the loader does, and goes on searching', () => {
    const cache: CacheEntry[] = [
      { name: 'libz.so.1', flags: 'libc6', path: '/lib32/libz.so.1' },
      { name: 'libz.so.1', flags: 'libc6,x86-64', path: '/lib64/libz.so.1' },
    ];
    const w = world(
      { '/lib32/libz.so.1': elf({ bits: 32, machine: 3 }), '/lib64/libz.so.1': elf() },
      { cache },
    );
    expect(resolve(elf({ needed: ['libz.so.1'] }), w)).toEqual({
      'libz.so.1': ['cache', '/lib64/libz.so.1'],
    });
  });

  it('searches neither the cache nor the default directories for a DF_1_NODEFLIB object', () => {
    const cache: CacheEntry[] = [
      { name: 'libz.so.1', flags: 'libc6,x86-64', path: '/lib/libz.so.1' },
    ];
    const w = world({ '/lib/libz.so.1': elf() }, { cache });
    expect(resolve(elf({ needed: ['libz.so.1'], noDefaultLib: true }), w)).toEqual({
      'libz.so.1': ['unresolved', null],
    });
    expect(resolve(elf({ needed: ['libz.so.1'] }), w)).toEqual({
      'libz.so.1': ['cache', '/lib/libz.so.1'],
    });
  });

  it('falls back to the default directories in order, and expands $LIB and $PLATFORM', () => {
    const w = world({
      '/usr/lib/libq.so': elf(),
      '/opt/lib/x86_64-linux-gnu/x86_64/libr.so': elf(),
    });
    expect(
      resolve(elf({ needed: ['libq.so', 'libr.so'], rpath: ['/opt/${LIB}/$PLATFORM'] }), w),
    ).toEqual({
      'libq.so': ['default', '/usr/lib/libq.so'],
      'libr.so': ['rpath', '/opt/lib/x86_64-linux-gnu/x86_64/libr.so'],
    });
  });
});
