import path from 'node:path';

/**
 * Where a compile looks for headers, in order, as the compiler itself prints it for `-E -v`: the
 * quote-only directories (`-iquote`), then those for every include (`-I`, `-isystem`, the
 * compiler's own, `-idirafter`, `CPATH`…). `missing` are directories it named but skipped because
 * they do not exist, at places it does not print: should one appear, it could come before any.
 */
export interface SearchList {
  quote: string[];
  angle: string[];
  missing: string[];
}

const QUOTE_START = '#include "..." search starts here:';
const ANGLE_START = '#include <...> search starts here:';
const END = 'End of search list.';
const MISSING = /^ignoring nonexistent directory "(.*)"$/;

/** The search list from a compiler's `-E -v` output; null when the output has none. */
export function parseSearchList(stderr: string, cwd: string): SearchList | null {
  const list: SearchList = { quote: [], angle: [], missing: [] };
  let into: string[] | null = null;
  let ended = false;
  for (const line of stderr.split('\n')) {
    const missing = MISSING.exec(line);
    if (missing) list.missing.push(path.resolve(cwd, missing[1]!));
    else if (line === QUOTE_START) into = list.quote;
    else if (line === ANGLE_START) into = list.angle;
    else if (line === END) {
      ended = true;
      into = null;
    } else if (into && line.startsWith(' '))
      into.push(path.resolve(cwd, line.trim().replace(/ \(framework directory\)$/, '')));
  }
  return ended ? list : null;
}

/** The paths that must still not exist for the compile to read the same headers: by directory. */
export type Absent = Record<string, string[]>;

/**
 * Every path at which a header of the same name would have been found before one the compile
 * read, and which does not exist now. `files` are the compile's source and headers (absolute,
 * normalised), each with the names it includes in quotes; `names` lists a directory.
 *
 * Which directive found a header, and with which name, is not in the dependency output, so every
 * reading is taken: a header under several directories of the search list could have been found
 * as each one's relative name, and a name found later than a directory that holds it would not
 * have been (`#include_next`), so paths that exist now are left out. A quoted name is looked for
 * first next to the file that includes it.
 */
export function shadowingPaths(
  files: { file: string; quoted: string[] }[],
  search: SearchList,
  names: (dir: string) => Set<string> | null,
): Absent {
  return mergeShadows(files.map((f, i) => shadowsOf(f.file, f.quoted, i === 0, search, names)));
}

/** One file's part of shadowingPaths, as [directory, name] pairs: the same for every compile that reads it. */
export function shadowsOf(
  file: string,
  quoted: string[],
  isSource: boolean,
  search: SearchList,
  names: (dir: string) => Set<string> | null,
): [string, string][] {
  const order = [...search.missing, ...search.quote, ...search.angle].map((dir) => `${dir}/`);
  // thousands of paths for a compile that includes Python.h: built by hand, not path.join
  const candidates = new Set<string>();
  if (!isSource)
    order.forEach((dir, at) => {
      if (!file.startsWith(dir)) return;
      const name = file.slice(dir.length);
      for (let i = 0; i < at; i++) candidates.add(order[i] + name);
    });
  for (const name of quoted) candidates.add(path.resolve(path.dirname(file), name));
  const pairs: [string, string][] = [];
  for (const candidate of candidates) {
    const slash = candidate.lastIndexOf('/');
    const dir = candidate.slice(0, slash);
    const name = candidate.slice(slash + 1);
    if (!names(dir)?.has(name)) pairs.push([dir, name]);
  }
  return pairs;
}

/** Files' shadowing pairs as one Absent, in a stable order (it is hashed into the key). */
export function mergeShadows(lists: [string, string][][]): Absent {
  const byDir = new Map<string, Set<string>>();
  for (const pairs of lists)
    for (const [dir, name] of pairs) {
      let set = byDir.get(dir);
      if (!set) byDir.set(dir, (set = new Set()));
      set.add(name);
    }
  const absent: Absent = {};
  for (const dir of [...byDir.keys()].sort()) absent[dir] = [...byDir.get(dir)!].sort();
  return absent;
}

/**
 * Whether every path in `absent` still does not exist. A directory whose parent is listed here
 * and lacks it is known absent without asking the file system.
 */
export function stillAbsent(absent: Absent, names: (dir: string) => Set<string> | null): boolean {
  const seen = new Map<string, Set<string> | null>();
  for (const dir of Object.keys(absent).sort()) {
    const parent = seen.get(path.dirname(dir));
    const listing =
      parent === null || (parent !== undefined && !parent.has(path.basename(dir)))
        ? null
        : names(dir);
    seen.set(dir, listing);
    if (listing && absent[dir]!.some((name) => listing.has(name))) return false;
  }
  return true;
}
