import path from 'node:path';
import type { ElfInfo } from './elf.js';
import type { CacheEntry } from './loader-config.js';

/** How the loader found a library, in the order glibc's _dl_map_object tries. */
export type How =
  /** The dynamic loader itself, mapped before anything else. */
  | 'preloaded'
  /** An object already loaded under this name or SONAME, reused. */
  | 'loaded'
  /** A NEEDED entry with a slash: a path used as it is. */
  | 'direct'
  | 'rpath'
  | 'runpath'
  | 'cache'
  | 'default'
  | 'unresolved';

export interface Resolution {
  name: string;
  /** The object whose NEEDED entry asked for it. */
  neededBy: string;
  path: string | null;
  how: How;
  /** Every path tried before the answer, for the evidence of an unresolved library. */
  tried: string[];
}

export interface LoadedObject {
  path: string;
  elf: ElfInfo;
}

/** What the loader would find on this machine: files, its cache and default directories. */
export interface LoaderWorld {
  /** The ELF at a path, or null when there is no file or it is not ELF. */
  inspect(file: string): ElfInfo | null;
  cache: CacheEntry[];
  defaultDirs: string[];
  /** Objects mapped before the root: the dynamic loader (`ld-linux-x86-64.so.2`). */
  preloaded: LoadedObject[];
  /**
   * The program that loads the root (the Python executable): its RPATH is searched last among
   * RPATHs, as the executable's always is.
   */
  host: LoadedObject | null;
  /** What `$LIB` and `$PLATFORM` expand to for this loader. */
  lib: string;
  platform: string;
}

interface Node extends LoadedObject {
  names: Set<string>;
  /** The object that first needed this one; its RPATH and its loader's apply (not RUNPATH). */
  loader: Node | null;
}

function expand(entry: string, origin: string, world: LoaderWorld): string {
  const expanded = entry
    .replace(/\$(?:\{ORIGIN\}|ORIGIN)/g, origin)
    .replace(/\$(?:\{LIB\}|LIB)/g, world.lib)
    .replace(/\$(?:\{PLATFORM\}|PLATFORM)/g, world.platform);
  return expanded.length > 1 ? expanded.replace(/\/+$/, '') : expanded;
}

function searchPath(object: LoadedObject, tag: 'rpath' | 'runpath', world: LoaderWorld): string[] {
  // glibc ignores DT_RPATH in an object that also has DT_RUNPATH (get-dynamic-info.h).
  const entries = tag === 'rpath' && object.elf.runpath !== null ? null : object.elf[tag];
  const origin = path.dirname(object.path);
  return (entries ?? []).map((entry) => expand(entry, origin, world));
}

/**
 * Where glibc's loader finds the NEEDED entry `name` of `object`, trying files with `attempt`:
 * a name with a slash as it is; else the RPATH chain (only without a RUNPATH), the RUNPATH, then
 * (unless DF_1_NODEFLIB) the loader cache and the default directories.
 */
function search(
  name: string,
  object: Node,
  world: LoaderWorld,
  attempt: (file: string) => ElfInfo | null,
): { file: string; elf: ElfInfo; how: How } | null {
  if (name.includes('/')) {
    const elf = attempt(name);
    return elf ? { file: name, elf, how: 'direct' } : null;
  }
  const inDirs = (dirs: string[], how: How) => {
    for (const dir of dirs) {
      const file = `${dir === '/' ? '' : dir}/${name}`;
      const elf = attempt(file);
      if (elf) return { file, elf, how };
    }
    return null;
  };
  if (object.elf.runpath === null) {
    const chain: LoadedObject[] = [];
    for (let l: Node | null = object; l; l = l.loader) chain.push(l);
    if (world.host && !chain.includes(world.host)) chain.push(world.host);
    for (const l of chain) {
      const found = inDirs(searchPath(l, 'rpath', world), 'rpath');
      if (found) return found;
    }
  }
  const found = inDirs(searchPath(object, 'runpath', world), 'runpath');
  if (found || object.elf.noDefaultLib) return found;
  for (const entry of world.cache.filter((e) => e.name === name)) {
    const elf = attempt(entry.path);
    if (elf) return { file: entry.path, elf, how: 'cache' };
  }
  return inDirs(world.defaultDirs, 'default');
}

/**
 * Resolves an object's dependencies and theirs, breadth first, as glibc's loader does for a
 * dlopen: per NEEDED entry, an already loaded object of that name or SONAME; else the RPATHs of
 * the requesting object and of each object that loaded it, up to the executable (only when the
 * requesting object has no RUNPATH); then the requesting object's own RUNPATH, which therefore
 * never reaches its dependencies' dependencies; then the loader cache and the default
 * directories. LD_LIBRARY_PATH is deliberately not a part of it: the wheel's users will not
 * have the build's. Not modelled: glibc-hwcaps and legacy platform subdirectories.
 */
export function resolveDependencies(root: LoadedObject, world: LoaderWorld): Resolution[] {
  const loaded: Node[] = world.preloaded.map((object) => ({
    ...object,
    names: new Set([object.path, ...(object.elf.soname ? [object.elf.soname] : [])]),
    loader: null,
  }));
  const rootNode: Node = { ...root, names: new Set([root.path]), loader: null };
  const fits = (elf: ElfInfo) => elf.bits === root.elf.bits && elf.machine === root.elf.machine;
  const resolutions: Resolution[] = [];
  const queue: Node[] = [rootNode];

  for (let object = queue.shift(); object; object = queue.shift()) {
    for (const name of object.elf.needed) {
      const tried: string[] = [];
      const already = [...loaded, rootNode].find(
        (node) => node.names.has(name) || node.elf.soname === name,
      );
      if (already) {
        const how = loaded.slice(0, world.preloaded.length).includes(already)
          ? 'preloaded'
          : 'loaded';
        already.names.add(name);
        resolutions.push({ name, neededBy: object.path, path: already.path, how, tried });
        continue;
      }
      const found = search(name, object, world, (file) => {
        tried.push(file);
        const elf = world.inspect(file);
        return elf && fits(elf) ? elf : null;
      });
      const how = found?.how ?? 'unresolved';
      resolutions.push({ name, neededBy: object.path, path: found?.file ?? null, how, tried });
      if (found) {
        const node: Node = {
          path: found.file,
          elf: found.elf,
          names: new Set([name]),
          loader: object,
        };
        loaded.push(node);
        queue.push(node);
      }
    }
  }
  return resolutions;
}
