import path from 'node:path';

/** `unchecked`: a Windows DLL checked off Windows that the wheel lacks and no list names. */
export type Place = 'wheel' | 'system' | 'outside' | 'missing' | 'unchecked';

const within = (file: string, dir: string) => {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * Where a resolved library lives, as its users will see it: in the wheel, in a directory the
 * system's loader searches on its own (its defaults and the directories of its cache), or
 * somewhere only the build machine has.
 */
export function placeOf(file: string | null, wheelRoot: string, systemDirs: Set<string>): Place {
  if (file === null) return 'missing';
  const normal = path.resolve(file);
  if (within(normal, wheelRoot)) return 'wheel';
  return systemDirs.has(path.dirname(normal)) ? 'system' : 'outside';
}

/** Names the kind of place a library outside the wheel and the system came from. */
export function describeOutside(
  file: string,
  temporaryDirs: string[],
  home: string | null,
): string {
  const normal = path.resolve(file);
  if (normal.startsWith('/nix/store/') || normal.startsWith('/gnu/store/')) return 'a Nix store';
  if (temporaryDirs.some((dir) => within(normal, path.resolve(dir))))
    return 'a temporary directory of the build machine';
  if (home && within(normal, home)) return 'a home directory of the build machine';
  if (/\/(conda|miniconda3|anaconda3|miniforge3|mambaforge)\//.test(normal))
    return 'a conda prefix';
  if (/^\/(usr\/local\/(opt|Cellar)|opt\/homebrew)\//.test(normal)) return 'a Homebrew prefix';
  if (normal.startsWith('/opt/local/')) return 'a MacPorts prefix';
  if (normal.startsWith('/opt/') || normal.startsWith('/usr/local/'))
    return 'a tool prefix of the build machine';
  return 'a directory only the build machine has';
}
