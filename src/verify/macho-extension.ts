import { readFileSync } from 'node:fs';
import type { ExtensionCheck, LibraryCheck } from './cards.js';
import { MachOError, parseMachO, type MachOFile } from './macho.js';
import { resolveMachO } from './resolve-macho.js';
import { describeOutside, placeOf } from './where.js';

/** Parses the Mach-O at a path once; null when there is none, or it is not a whole Mach-O. */
export function machOReader(): (file: string) => MachOFile | null {
  const seen = new Map<string, MachOFile | null>();
  return (file) => {
    if (!seen.has(file)) {
      let machO: MachOFile | null = null;
      try {
        machO = parseMachO(readFileSync(file));
      } catch {
        // a missing file or a directory: dyld goes on to the next path too
      }
      seen.set(file, machO);
    }
    return seen.get(file)!;
  };
}

export const MACHO_CHECKED =
  'Mach-O: LC_LOAD_DYLIB and LC_RPATH resolved as dyld does (@loader_path, @rpath)';

/**
 * One Mach-O extension's libraries, resolved as dyld will on users' Macs: in the wheel, in the
 * system (the shared cache), outside both (only the build machine has it) or nowhere.
 */
export function checkMachOExtension(
  absolute: string,
  where: { root: string; temporaryDirs: string[]; home: string | null },
  inspect: (file: string) => MachOFile | null,
): Pick<ExtensionCheck, 'checked' | 'libraries' | 'unreadable'> {
  let file: MachOFile;
  try {
    file = parseMachO(readFileSync(absolute));
  } catch (error) {
    if (!(error instanceof MachOError)) throw error;
    return {
      checked: `Mach-O, unreadable: ${error.message}`,
      libraries: [],
      unreadable: error.message,
    };
  }
  const noSystemDirs = new Set<string>(); // the system is told by install name, not directory
  const libraries: LibraryCheck[] = resolveMachO({ path: absolute, file }, { inspect })
    .filter((r) => r.how !== 'loaded')
    .map((r) => {
      const place = r.how === 'shared-cache' ? 'system' : placeOf(r.path, where.root, noSystemDirs);
      return {
        ...r,
        place,
        outside:
          place === 'outside' ? describeOutside(r.path!, where.temporaryDirs, where.home) : null,
        onlyThrough: null,
      };
    });
  const arches = file.slices.map((s) => s.arch).join(' + ');
  return { checked: `${MACHO_CHECKED}; ${file.fat ? 'universal' : 'thin'}: ${arches}`, libraries };
}
