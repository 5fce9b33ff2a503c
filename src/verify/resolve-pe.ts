import path from 'node:path';
import type { PeFile, PeMachine } from './pe.js';

/**
 * How Windows' loader finds a DLL that an extension module (or a DLL it loads) imports.
 * CPython 3.8+ loads an extension with LoadLibraryExW(path, NULL,
 * LOAD_LIBRARY_SEARCH_DEFAULT_DIRS | LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR) (Python/dynload_win.c;
 * "What's New in Python 3.8": DLL dependencies of extension modules are resolved more securely,
 * only the system paths, the directory containing the DLL or PYD file, and directories added
 * with os.add_dll_directory() are searched, and PATH and the current directory are not).
 * Microsoft's SetDefaultDllDirectories documents the order for those flags: the directory of
 * the DLL being loaded (for its dependencies only), the application's directory (python.exe's),
 * directories added with AddDllDirectory (os.add_dll_directory; "the order in which those
 * directories are searched is unspecified"), then System32. Before any search, a module of the
 * same name already loaded is reused, and API set names (api-ms-win-*, ext-ms-*) are resolved
 * by the loader's schema, not as files ("Dynamic-link library search order").
 */
export type PeHow =
  | 'loaded'
  /** The directory of the extension being loaded (LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR). */
  | 'dll-load-dir'
  /** python.exe's directory, which holds python3X.dll and the VC++ runtime it ships. */
  | 'interpreter'
  /** A directory os.add_dll_directory added (delvewheel's `<dist>.libs`). */
  | 'dll-directory'
  | 'api-set'
  | 'system32'
  /**
   * Off Windows: neither in the wheel nor a DLL every Windows has nor one known not to be a
   * system DLL; whether this Windows' System32 has it cannot be read here.
   */
  | 'not-checked'
  | 'unresolved';

export interface PeResolution {
  /** The DLL name as the import descriptor writes it. */
  name: string;
  neededBy: string;
  /** The file in the wheel; for the interpreter's and the system's, a description of where. */
  path: string | null;
  how: PeHow;
  tried: string[];
  /** A delay-load import: the extension imports without it and the first call into it fails. */
  delay: boolean;
  reason: string | null;
}

export interface PeLoaderWorld {
  /** The file named `name` in `dir`, compared without case as Windows does, or null. */
  find(dir: string, name: string): string | null;
  /** The PE file at a path, or null when it is not one. */
  inspect(file: string): PeFile | null;
  /** Directories os.add_dll_directory adds before the extension is imported, in the wheel. */
  dllDirectories: string[];
  /**
   * The system directory the loader searches for DLLs of this machine (System32; SysWOW64 for a
   * 32-bit x86 image on 64-bit Windows) when verify runs on Windows; null elsewhere.
   */
  systemDir(machine: PeMachine): string | null;
}

/**
 * The DLLs a CPython (or PyPy) for Windows carries beside python.exe: its own DLL and the VC++
 * runtime (vcruntime140_1.dll in 64-bit builds since 3.8); the same set delvewheel leaves out
 * of wheels as "included in the Python distribution" (delvewheel/_dll_list.py).
 */
export function isInterpreterDll(name: string, machine: PeMachine): boolean {
  const lower = name.toLowerCase();
  if (/^python\d+t?(_d)?\.dll$/.test(lower) || /^libpypy3[\d.]*-c\.dll$/.test(lower)) return true;
  if (lower === 'vcruntime140.dll') return true;
  return lower === 'vcruntime140_1.dll' && machine !== 'x86';
}

export const isApiSet = (name: string) => /^(api|ext)-ms-/i.test(name);

/**
 * DLLs every supported Windows (10, 11, Server 2016+) has in System32, including the known
 * DLLs: what an extension may import without bundling, wherever verify runs. On Windows the
 * real System32 is read too; elsewhere a DLL not named here, not in the wheel and not known
 * to be a redistributable (NOT_SYSTEM) is not checked, and said so.
 */
const SYSTEM32 = new Set(
  [
    'advapi32',
    'bcrypt',
    'cfgmgr32',
    'comctl32',
    'comdlg32',
    'combase',
    'crypt32',
    'd2d1',
    'd3d11',
    'd3d12',
    'd3dcompiler_47',
    'dbghelp',
    'dnsapi',
    'dwmapi',
    'dwrite',
    'dxgi',
    'gdi32',
    'gdiplus',
    'glu32',
    'hid',
    'imagehlp',
    'imm32',
    'iphlpapi',
    'kernel32',
    'kernelbase',
    'mpr',
    'msimg32',
    'msvcrt',
    'mswsock',
    'ncrypt',
    'netapi32',
    'normaliz',
    'ntdll',
    'ole32',
    'oleaut32',
    'opengl32',
    'powrprof',
    'psapi',
    'rpcrt4',
    'secur32',
    'setupapi',
    'shcore',
    'shell32',
    'shlwapi',
    'ucrtbase',
    'user32',
    'userenv',
    'uxtheme',
    'version',
    'winhttp',
    'wininet',
    'winmm',
    'winspool.drv',
    'wintrust',
    'wldap32',
    'ws2_32',
    'wsock32',
  ].map((name) => (name.includes('.') ? name : `${name}.dll`)),
);

export const isSystem32Dll = (name: string) => SYSTEM32.has(name.toLowerCase());

/**
 * DLLs that no Windows installs in System32 and that a wheel must bundle: the VC++
 * redistributable's (msvcp140*, vcomp140, concrt140, vccorlib140; vcruntime140 is the
 * interpreter's), the debug runtimes, and MinGW-w64's runtime (libgcc_s_*, libstdc++-6,
 * libwinpthread-1, libgomp-1, libgfortran-*, libquadmath-0). Missing ones are reported missing
 * even where System32 cannot be read.
 */
export function isRedistributableDll(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    /^(msvcp140(_\d+|_atomic_wait|_codecvt_ids)?|vcomp140|concrt140|vccorlib140|vcamp140|vcruntime140(_1)?)d?\.dll$/.test(
      lower,
    ) ||
    /^ucrtbased\.dll$/.test(lower) ||
    /^lib(gcc_s_[\w-]+|stdc\+\+-\d+|winpthread-\d+|gomp-\d+|gfortran-\d+|quadmath-\d+)\.dll$/.test(
      lower,
    )
  );
}

interface Image {
  path: string;
  file: PeFile;
}

/** Where one import resolved: the DLL's place, and the image to follow when the wheel holds it. */
interface Found {
  path: string | null;
  how: PeHow;
  reason?: string;
  image?: Image;
}

/** One imported DLL searched for as the loader searches, each directory looked in noted in `tried`. */
function findImport(
  name: string,
  machine: PeMachine,
  where: { loadDir: string; loaded: Image[]; world: PeLoaderWorld },
  tried: string[],
): Found {
  const { loadDir, loaded, world } = where;
  const same = loaded.find((l) => path.basename(l.path).toLowerCase() === name.toLowerCase());
  if (same) return { path: same.path, how: 'loaded' };
  if (isApiSet(name)) return { path: `API set ${name}`, how: 'api-set' };
  // a file of that name the loader cannot use: the wheel meant to carry it
  let unusable = false;
  const search = (dir: string): Image | null => {
    const file = world.find(dir, name);
    if (file === null) {
      tried.push(path.join(dir, name));
      return null;
    }
    const pe = world.inspect(file);
    if (pe === null || pe.machine !== machine) {
      unusable = true;
      tried.push(`${file} (${pe ? `${pe.machine}, not ${machine}` : 'not a PE file'})`);
      return null;
    }
    return { path: file, file: pe };
  };
  const local = search(loadDir);
  if (local) return { path: local.path, how: 'dll-load-dir', image: local };
  if (isInterpreterDll(name, machine))
    return { path: `the interpreter's directory (${name})`, how: 'interpreter' };
  const added = world.dllDirectories.reduce<Image | null>((hit, dir) => hit ?? search(dir), null);
  if (added) return { path: added.path, how: 'dll-directory', image: added };
  if (isSystem32Dll(name)) return { path: `System32 (${name})`, how: 'system32' };
  const systemDir = world.systemDir(machine);
  const inSystem = systemDir === null ? null : world.find(systemDir, name);
  // System32's own files are not held to the machine: ARM64 Windows keeps ARM64X ones there
  if (inSystem !== null) return { path: inSystem, how: 'system32' };
  if (systemDir === null && !unusable && !isRedistributableDll(name))
    return {
      path: null,
      how: 'not-checked',
      reason:
        'not checked: not on this machine (System32 is read only on Windows, and it is not a DLL every Windows has or one that never is)',
    };
  tried.push("the interpreter's directory", systemDir ?? 'System32');
  return { path: null, how: 'unresolved' };
}

/**
 * Resolves an extension's DLLs and theirs as the loader does when Python imports it, on a
 * user's machine: only what the wheel carries, the interpreter's own DLLs and System32's count.
 * The DLL load directory is the extension's for the whole graph of that load (Microsoft: "searched
 * only for dependencies of the DLL to be loaded").
 */
export function resolvePe(
  root: { path: string; file: PeFile },
  world: PeLoaderWorld,
): PeResolution[] {
  const loaded: Image[] = [root];
  const where = { loadDir: path.dirname(root.path), loaded, world };
  const resolutions: PeResolution[] = [];
  for (let i = 0; i < loaded.length; i++) {
    const image = loaded[i]!;
    const names = [
      ...image.file.imports.map((name) => ({ name, delay: false })),
      ...image.file.delayImports.map((name) => ({ name, delay: true })),
    ];
    for (const { name, delay } of names) {
      const tried: string[] = [];
      const found = findImport(name, root.file.machine, where, tried);
      if (found.image) loaded.push(found.image);
      const reason =
        found.reason ??
        (found.how === 'unresolved' && delay
          ? 'delay-loaded: the import succeeds, and the first call into it fails'
          : null);
      resolutions.push({
        name,
        neededBy: image.path,
        path: found.path,
        how: found.how,
        tried,
        delay,
        reason,
      });
    }
  }
  return resolutions;
}
