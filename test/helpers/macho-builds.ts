import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAsync } from './run.js';

// Real Mach-O binaries without a Mac or an SDK: clang cross-compiles to macOS, lld's ld64 links
// (Debian: apt-get install clang lld), llvm-lipo joins slices into universal files.

/** The first of `names` on PATH or in an LLVM's bin directory (Debian suffixes them `-14`). */
function findTool(names: string[]): string | null {
  const llvmBins = existsSync('/usr/lib')
    ? readdirSync('/usr/lib')
        .filter((d) => /^llvm-\d+$/.test(d))
        .sort()
        .reverse()
        .map((d) => path.join('/usr/lib', d, 'bin'))
    : [];
  const dirs = [...(process.env.PATH ?? '').split(':').filter(Boolean), ...llvmBins];
  for (const dir of dirs)
    for (const name of names) if (existsSync(path.join(dir, name))) return path.join(dir, name);
  return null;
}

export interface MachOTools {
  clang: string;
  ld: string;
  /** llvm-lipo, when installed: universal files are built only with it. */
  lipo: string | null;
}

export function machOTools(): MachOTools {
  const clang = findTool(['clang', 'clang-14']);
  const ld = findTool(['ld64.lld', 'ld64.lld-14']);
  if (!clang || !ld)
    throw new Error('Mach-O fixtures need clang and ld64.lld: apt-get install clang lld');
  return { clang, ld, lipo: findTool(['llvm-lipo', 'llvm-lipo-14']) };
}

export type Arch = 'x86_64' | 'arm64';

async function ok(argv: string[]): Promise<void> {
  const ran = await runAsync(argv);
  if (ran.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${ran.stdout}${ran.stderr}`);
}

export interface LinkOptions {
  arch: Arch;
  objects: string[];
  /** Dylibs to link: each one's install name becomes an LC_LOAD_DYLIB. */
  libraries?: string[];
  /** Dylibs linked weakly: LC_LOAD_WEAK_DYLIB. */
  weak?: string[];
  rpaths?: string[];
  /** The minimum macOS written into it (LC_BUILD_VERSION, or LC_VERSION_MIN_MACOSX before 10.14); 11.0 unless given. */
  minOS?: string;
}

/** Compiles, links and joins Mach-O files for macOS 11 into `dir`. */
export function machOBuilder(tools: MachOTools, dir: string) {
  mkdirSync(dir, { recursive: true });
  const link = async (out: string, kind: string[], options: LinkOptions) => {
    mkdirSync(path.dirname(out), { recursive: true });
    await ok([
      tools.ld,
      '-arch',
      options.arch,
      '-platform_version',
      'macos',
      options.minOS ?? '11.0',
      options.minOS ?? '11.0',
      ...kind,
      // no SDK here: symbols stay for dyld to bind, as Python extensions' own do
      '-undefined',
      'dynamic_lookup',
      '-o',
      out,
      ...options.objects,
      ...(options.libraries ?? []),
      ...(options.weak ?? []).flatMap((w) => ['-weak_library', w]),
      ...(options.rpaths ?? []).flatMap((r) => ['-rpath', r]),
    ]);
    return out;
  };
  return {
    /** An object file of `code` for `arch`. */
    async object(name: string, code: string, arch: Arch): Promise<string> {
      const source = path.join(dir, `${name}.c`);
      writeFileSync(source, code);
      const out = path.join(dir, `${name}.${arch}.o`);
      await ok([tools.clang, '-target', `${arch}-apple-macos11`, '-c', source, '-o', out]);
      return out;
    },
    /** A dylib whose LC_ID_DYLIB is `installName`. */
    dylib(out: string, installName: string, options: LinkOptions): Promise<string> {
      return link(out, ['-dylib', '-install_name', installName], options);
    },
    /** A loadable bundle (MH_BUNDLE), as setuptools links extension modules on macOS. */
    bundle(out: string, options: LinkOptions): Promise<string> {
      return link(out, ['-bundle'], options);
    },
    /** A universal file of the thin ones. */
    async universal(out: string, thin: string[]): Promise<string> {
      if (!tools.lipo) throw new Error('universal files need llvm-lipo: apt-get install llvm');
      await ok([tools.lipo, '-create', ...thin, '-output', out]);
      return out;
    },
  };
}

export type MachOBuilder = ReturnType<typeof machOBuilder>;
