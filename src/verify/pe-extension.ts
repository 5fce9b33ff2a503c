import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtensionCheck, LibraryCheck } from './cards.js';
import { PE_WHEEL_ARCH, PeError, parsePe, type PeFile, type PeMachine } from './pe.js';
import { resolvePe, type PeLoaderWorld } from './resolve-pe.js';
import { installedPath } from './wheel-contents.js';

/**
 * The directories a wheel's Python files add with os.add_dll_directory, relative to the
 * installed tree: `os.path.join(os.path.dirname(__file__), os.pardir…, '<dir>')`, as delvewheel
 * patches every top-level `__init__.py` to add `<dist>.libs` (delvewheel/_wheel_repair.py,
 * `_patch_py_template`). Other ways of computing the directory are not recognized: their DLLs
 * are then reported missing.
 */
export function addedDllDirectories(sources: { file: string; text: string }[]): string[] {
  const dirs = new Set<string>();
  const joined =
    /os\.path\.join\(\s*os\.path\.dirname\(\s*__file__\s*\)\s*,\s*((?:os\.pardir\s*,\s*)*)(['"])([^'"]+)\2\s*\)/g;
  for (const { file, text } of sources) {
    const installed = installedPath(file);
    if (installed === null || !text.includes('add_dll_directory')) continue;
    for (const match of text.matchAll(joined)) {
      const up = (match[1]!.match(/os\.pardir/g) ?? []).length;
      const relative = path.posix.join(
        path.posix.dirname(installed),
        ...Array(up).fill('..'),
        match[3]!,
      );
      if (!relative.startsWith('..')) dirs.add(relative);
    }
  }
  return [...dirs].sort();
}

/**
 * Where Windows keeps the system's DLLs for images of `machine`, read from the environment of a
 * Windows process (SystemRoot); null on any other system, whose files say nothing of Windows'.
 */
export function windowsSystemDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  hostArch: string,
): (machine: PeMachine) => string | null {
  if (platform !== 'win32') return () => null;
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? env.windir ?? 'C:\\Windows';
  // WOW64 redirects a 32-bit process's System32 to SysWOW64: that is where x86 DLLs live
  return (machine) =>
    path.win32.join(root, machine === 'x86' && hostArch !== 'ia32' ? 'SysWOW64' : 'System32');
}

/** Case-insensitive lookups and parses of the unpacked wheel's files, each read once. */
export function peWorld(
  dllDirectories: string[],
  systemDir: (machine: PeMachine) => string | null = () => null,
): PeLoaderWorld {
  const listings = new Map<string, Map<string, string>>();
  const parsed = new Map<string, PeFile | null>();
  return {
    dllDirectories,
    systemDir,
    find(dir, name) {
      if (!listings.has(dir)) {
        let entries: string[] = [];
        try {
          entries = readdirSync(dir);
        } catch {
          // a directory the wheel does not have: nothing found there, as on Windows
        }
        listings.set(dir, new Map(entries.map((e) => [e.toLowerCase(), path.join(dir, e)])));
      }
      return listings.get(dir)!.get(name.toLowerCase()) ?? null;
    },
    inspect(file) {
      if (!parsed.has(file)) {
        let pe: PeFile | null = null;
        try {
          pe = parsePe(readFileSync(file));
        } catch {
          // a directory or not a PE file: the loader fails on it too
        }
        parsed.set(file, pe);
      }
      return parsed.get(file)!;
    },
  };
}

export const PE_CHECKED =
  'PE: imports and delay-load imports resolved as Windows’ loader does for an extension module (its directory, the interpreter’s, os.add_dll_directory’s, System32; not PATH)';

/** The DLLs of these extensions that could not be checked here (off Windows), each named once. */
export function uncheckedDlls(extensions: Pick<ExtensionCheck, 'libraries'>[]): string[] {
  const names = extensions.flatMap((e) =>
    e.libraries.filter((l) => l.place === 'unchecked').map((l) => l.name),
  );
  return [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
}

/**
 * One Windows extension's DLLs, resolved as on users' machines: in the wheel, the interpreter's
 * or the system's, or nowhere; a missing one that a directory of the build's PATH holds says so.
 */
export function checkPeExtension(
  absolute: string,
  world: PeLoaderWorld,
  buildPath: string[],
): Pick<ExtensionCheck, 'checked' | 'libraries' | 'unreadable'> {
  let file: PeFile;
  try {
    file = parsePe(readFileSync(absolute));
  } catch (error) {
    if (!(error instanceof PeError)) throw error;
    return {
      checked: `PE, unreadable: ${error.message}`,
      libraries: [],
      unreadable: error.message,
    };
  }
  const libraries: LibraryCheck[] = resolvePe({ path: absolute, file }, world)
    .filter((r) => r.how !== 'loaded')
    .map((r) => {
      const onlyThrough =
        r.how === 'unresolved' || r.how === 'not-checked'
          ? (buildPath.map((dir) => world.find(dir, r.name)).find((f) => f !== null) ?? null)
          : null;
      // a DLL the build took from a directory of its PATH is no system DLL: users lack it
      if (r.how === 'not-checked' && onlyThrough !== null)
        return {
          ...r,
          how: 'unresolved' as const,
          reason: null,
          place: 'missing' as const,
          outside: null,
          onlyThrough,
        };
      const place =
        r.how === 'unresolved'
          ? 'missing'
          : r.how === 'not-checked'
            ? 'unchecked'
            : r.how === 'dll-load-dir' || r.how === 'dll-directory'
              ? 'wheel'
              : 'system';
      return { ...r, place, outside: null, onlyThrough };
    });
  return {
    checked: `${PE_CHECKED}; ${file.machine} (${PE_WHEEL_ARCH[file.machine] ?? 'no wheel tag'})`,
    libraries,
  };
}

/** The loader's world for a wheel unpacked at `root`, made once on first use. */
export function wheelPeWorld(
  root: string,
  files: string[],
  systemDir: (machine: PeMachine) => string | null,
): () => PeLoaderWorld {
  // where an installed directory lies in the unpacked wheel (under .data/platlib/, it may)
  const unpacked = (dir: string) => {
    for (const file of files) {
      const installed = installedPath(file);
      if (installed?.startsWith(`${dir}/`))
        return path.join(root, file.slice(0, file.length - installed.length), dir);
    }
    return path.join(root, dir);
  };
  let world: PeLoaderWorld | null = null;
  return () => {
    world ??= peWorld(
      addedDllDirectories(
        files
          .filter((f) => f.endsWith('.py'))
          .map((f) => ({ file: f, text: readFileSync(path.join(root, f), 'utf8') })),
      ).map(unpacked),
      systemDir,
    );
    return world;
  };
}
