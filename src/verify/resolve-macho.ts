import path from 'node:path';
import type { MachOFile, MachOSlice } from './macho.js';

/** How dyld found a library, or why it is taken as found without a file. */
export type MachOHow =
  /** An image already loaded under that install name or path, reused. */
  | 'loaded'
  /** An absolute install name, used as it is. */
  | 'direct'
  | 'loader_path'
  | 'rpath'
  /** /usr/lib and /System: in the dyld shared cache since macOS 11, not files. */
  | 'shared-cache'
  | 'unresolved';

export interface MachOResolution {
  /** The install name as the load command writes it. */
  name: string;
  /** The binary whose load command names it. */
  neededBy: string;
  path: string | null;
  how: MachOHow;
  tried: string[];
  /** LC_LOAD_WEAK_DYLIB: dyld goes on without it when it is missing. */
  weak: boolean;
  /** The architectures whose slices resolve it this way (several when a universal file's agree). */
  slices: string[];
  /** Why it cannot resolve in a wheel beyond the paths tried (@executable_path, no LC_RPATH). */
  reason: string | null;
}

/** What dyld would find on this machine. */
export interface DyldWorld {
  /** The Mach-O at a path, or null when there is no file or it is not Mach-O. */
  inspect(file: string): MachOFile | null;
}

interface Image {
  path: string;
  slice: MachOSlice;
  /** The image whose load command loaded this one: its LC_RPATHs apply after this one's. */
  loader: Image | null;
}

/** dyld's own libraries and frameworks: since macOS 11 only in its shared cache. */
export const isSystemInstallName = (name: string) =>
  name.startsWith('/usr/lib/') || name.startsWith('/System/');

const EXECUTABLE_PATH =
  '@executable_path is the directory of the Python executable, which differs between installations: a wheel cannot rely on it';

/** One LC_RPATH entry as a directory; null (with the reason) when it depends on the process. */
function expandRpath(entry: string, image: Image): { dir: string | null; note: string | null } {
  if (entry.startsWith('@loader_path'))
    return {
      dir: path.join(path.dirname(image.path), entry.slice('@loader_path'.length)),
      note: null,
    };
  if (entry.startsWith('@executable_path'))
    return { dir: null, note: `LC_RPATH ${entry}: ${EXECUTABLE_PATH}` };
  if (!path.isAbsolute(entry))
    return {
      dir: null,
      note: `LC_RPATH ${entry} is relative to the current directory of whoever imports it`,
    };
  return { dir: entry, note: null };
}

/**
 * Where dyld finds the install name `name` that `image` loads, trying files with `attempt` (which
 * notes each in `tried`); `notes` say why it cannot resolve beyond the paths tried.
 */
function locate(
  name: string,
  image: Image,
  attempt: (file: string) => MachOSlice | null,
  notes: string[],
  tried: string[],
): { file: string; slice: MachOSlice; how: MachOHow } | null {
  const tryFile = (file: string, how: MachOHow) => {
    const slice = attempt(file);
    return slice ? { file, slice, how } : null;
  };
  if (name.startsWith('@rpath/')) {
    // dyld(1): "the run path stack is built from the LC_RPATH load commands in the dependency
    // chain that lead to the current dylib load": the image with the load command first,
    // then the image that loaded it, up to the extension. The chain goes on to the Python
    // executable that imports the extension, whose LC_RPATHs a wheel cannot know.
    const rest = name.slice('@rpath/'.length);
    for (let l: Image | null = image; l; l = l.loader) {
      for (const entry of l.slice.rpaths) {
        const { dir, note } = expandRpath(entry, l);
        if (note) notes.push(note);
        const found = dir === null ? null : tryFile(path.join(dir, rest), 'rpath');
        if (found) return found;
      }
    }
    if (tried.length === 0 && notes.length === 0)
      notes.push(`no LC_RPATH in ${path.basename(image.path)} or the binaries that load it`);
    return null;
  }
  if (name.startsWith('@loader_path/'))
    return tryFile(
      path.join(path.dirname(image.path), name.slice('@loader_path/'.length)),
      'loader_path',
    );
  if (name.startsWith('@executable_path/')) {
    notes.push(EXECUTABLE_PATH);
    return null;
  }
  // Not modelled: DYLD_FALLBACK_LIBRARY_PATH's defaults (/usr/local/lib, /usr/lib), which
  // find a missing absolute name's leaf only where a user happens to have it installed.
  if (path.isAbsolute(name)) return tryFile(name, 'direct');
  notes.push(
    'a relative install name resolves against the current directory of whoever imports it',
  );
  return null;
}

function resolveSlice(
  root: { path: string; slice: MachOSlice },
  world: DyldWorld,
): MachOResolution[] {
  const { cputype, arch } = root.slice;
  const loaded: Image[] = [{ ...root, loader: null }];
  const resolutions: MachOResolution[] = [];
  for (let i = 0; i < loaded.length; i++) {
    const image = loaded[i]!;
    for (const { name, kind } of image.slice.dylibs) {
      const tried: string[] = [];
      const notes: string[] = [];
      const record = (found: string | null, how: MachOHow) =>
        resolutions.push({
          name,
          neededBy: image.path,
          path: found,
          how,
          tried,
          weak: kind === 'weak',
          slices: [arch],
          reason: how === 'unresolved' && notes.length > 0 ? notes.join('; ') : null,
        });
      // dyld reuses an image already loaded under the same install name before searching.
      const same = loaded.find((l) => l.slice.id === name);
      if (same) {
        record(same.path, 'loaded');
        continue;
      }
      if (isSystemInstallName(name)) {
        record(name, 'shared-cache');
        continue;
      }
      const attempt = (file: string): MachOSlice | null => {
        const slices = world.inspect(file)?.slices;
        const fits = slices?.find((s) => s.cputype === cputype) ?? null;
        // a file without this architecture's slice: dyld says "incompatible architecture"
        tried.push(slices && !fits ? `${file} (no ${arch} slice)` : file);
        return fits;
      };
      const hit = locate(name, image, attempt, notes, tried);
      const again = hit
        ? loaded.find((l) => path.resolve(l.path) === path.resolve(hit.file))
        : null;
      record(hit?.file ?? null, hit === null ? 'unresolved' : again ? 'loaded' : hit.how);
      if (hit && !again) loaded.push({ path: hit.file, slice: hit.slice, loader: image });
    }
  }
  return resolutions;
}

/**
 * Resolves a Mach-O binary's libraries and theirs as dyld does when Python dlopens it: per
 * slice of a universal file (each architecture loads only its own slices), an image already
 * loaded under that install name; /usr/lib and /System as the shared cache; @loader_path as the
 * directory of the binary with the load command; @rpath against the LC_RPATHs of that binary and
 * then of each binary that loaded it (@loader_path in an LC_RPATH is the directory of the binary
 * that has the LC_RPATH); absolute names as they are. @executable_path cannot resolve for a
 * wheel. Slices that resolve a library alike are merged into one result.
 */
export function resolveMachO(
  root: { path: string; file: MachOFile },
  world: DyldWorld,
): MachOResolution[] {
  const merged = new Map<string, MachOResolution>();
  for (const slice of root.file.slices) {
    for (const r of resolveSlice({ path: root.path, slice }, world)) {
      const key = JSON.stringify([r.name, r.neededBy, r.path, r.how, r.weak, r.tried, r.reason]);
      const known = merged.get(key);
      if (known) known.slices.push(...r.slices);
      else merged.set(key, r);
    }
  }
  return [...merged.values()];
}
