import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lddMap, lddWorld, resolverMap, sortedEntries as sorted } from '../helpers/ldd.js';
import { run } from '../helpers/run.js';
import { buildWheel, tempDirs, VERIFY_FIXTURES } from '../helpers/verify-builds.js';
import type { LoaderWorld } from '../../src/verify/resolve-elf.js';

const PYTHON = '/usr/bin/python3';
const temp = tempDirs();
let world: LoaderWorld;

function gcc(args: string[], cwd: string): void {
  const ran = run(['gcc', ...args], { cwd });
  if (ran.status !== 0) throw new Error(`gcc ${args.join(' ')}: ${ran.stderr}`);
}

beforeAll(async () => {
  world = await lddWorld(PYTHON);
});
afterAll(() => temp.removeAll());

describe('the resolver agrees with the real loader, library by library', () => {
  it('on the extensions of a wheel built here against libjpeg, libtiff, libwebp, libpng, freetype, zlib, libxml2 and libxslt', () => {
    const dir = temp.make('ww-verify-ldd-');
    const built = buildWheel(path.join(VERIFY_FIXTURES, 'syslibs'), PYTHON, dir);
    const unpacked = path.join(dir, 'unpacked');
    expect(run([PYTHON, '-m', 'zipfile', '-e', built.wheel, unpacked]).status).toBe(0);
    const extensions = readdirSync(path.join(unpacked, 'wwsyslibs')).filter((f) =>
      f.endsWith('.so'),
    );
    expect(extensions).toHaveLength(2);
    for (const name of extensions) {
      const file = path.join(unpacked, 'wwsyslibs', name);
      const real = lddMap(file);
      expect(sorted(resolverMap(file, world)), name).toEqual(sorted(real));
      // real dependencies of dependencies, not only what the extension names itself
      expect(real.size, name).toBeGreaterThan(8);
    }
  });

  it("on every extension module of the interpreter's own standard library", () => {
    const dynload = run([
      PYTHON,
      '-c',
      'import sysconfig; print(sysconfig.get_path("platstdlib"))',
    ]);
    const dir = path.join(dynload.stdout.trim(), 'lib-dynload');
    const modules = readdirSync(dir).filter((f) => f.endsWith('.so'));
    expect(modules.length).toBeGreaterThan(10);
    for (const name of modules) {
      const file = path.join(dir, name);
      expect(sorted(resolverMap(file, world)), name).toEqual(sorted(lddMap(file)));
    }
  });

  describe('RPATH against RUNPATH, for a dependency of a dependency', () => {
    // ext needs liba (in libs/), liba needs libb (in libs/); only ext has a search path
    function chain(newDtags: boolean): string {
      const dir = temp.make('ww-verify-chain-');
      const libs = path.join(dir, 'libs');
      mkdirSync(libs);
      const source = path.join(VERIFY_FIXTURES, 'chain');
      gcc(
        [
          '-shared',
          '-fPIC',
          '-Wl,-soname,libb.so.1',
          '-o',
          path.join(libs, 'libb.so.1'),
          path.join(source, 'b.c'),
        ],
        dir,
      );
      gcc(
        [
          '-shared',
          '-fPIC',
          '-Wl,-soname,liba.so.1',
          '-o',
          path.join(libs, 'liba.so.1'),
          path.join(source, 'a.c'),
          path.join(libs, 'libb.so.1'),
        ],
        dir,
      );
      gcc(
        [
          '-shared',
          '-fPIC',
          `-Wl,${newDtags ? '--enable-new-dtags' : '--disable-new-dtags'}`,
          '-Wl,-rpath,$ORIGIN/libs',
          '-o',
          path.join(dir, 'ext.so'),
          path.join(source, 'ext.c'),
          path.join(libs, 'liba.so.1'),
        ],
        dir,
      );
      return path.join(dir, 'ext.so');
    }

    it('RPATH reaches it: the loader searches the RPATH of every object up the chain', () => {
      const ext = chain(false);
      const ours = resolverMap(ext, world);
      expect(ours.get('libb.so.1')).toBe(path.join(path.dirname(ext), 'libs', 'libb.so.1'));
      expect(sorted(ours)).toEqual(sorted(lddMap(ext)));
    });

    it('RUNPATH does not: it applies only to the object that has it', () => {
      const ext = chain(true);
      const ours = resolverMap(ext, world);
      expect(ours.get('liba.so.1')).toBe(path.join(path.dirname(ext), 'libs', 'liba.so.1'));
      expect(ours.get('libb.so.1')).toBe('not found');
      expect(sorted(ours)).toEqual(sorted(lddMap(ext)));
    });
  });
});
