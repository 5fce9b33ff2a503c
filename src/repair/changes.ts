import type { ElfInfo } from '../verify/elf.js';
import type { Change } from './plan.js';

/** patchelf's arguments for one change (the file comes last). */
export function changeArgs(change: Change): string[] {
  switch (change.op) {
    case 'set-soname':
      return ['--set-soname', change.name];
    case 'replace-needed':
      return ['--replace-needed', change.from, change.to];
    case 'remove-needed':
      return ['--remove-needed', change.name];
    case 'set-runpath':
      return ['--set-rpath', change.entries.join(':')];
    case 'remove-rpath':
      return ['--remove-rpath'];
  }
}

/** A change in words, for the log and for a card. */
export function describeChange(change: Change): string {
  return `patchelf ${changeArgs(change).join(' ')}`;
}

/**
 * What the loader-visible ELF facts must be after one change, and nothing else changed. patchelf
 * renames a library in the version needs along with DT_NEEDED, and writes a new search path as
 * DT_RUNPATH (turning a lone DT_RPATH into one).
 */
export function expectedAfter(elf: ElfInfo, change: Change): ElfInfo {
  switch (change.op) {
    case 'set-soname':
      return { ...elf, soname: change.name };
    case 'replace-needed':
      return {
        ...elf,
        needed: elf.needed.map((n) => (n === change.from ? change.to : n)),
        versionNeeds: elf.versionNeeds.map((v) =>
          v.file === change.from ? { ...v, file: change.to } : v,
        ),
      };
    case 'remove-needed':
      return { ...elf, needed: elf.needed.filter((n) => n !== change.name) };
    case 'set-runpath':
      return {
        ...elf,
        rpath: elf.runpath === null ? null : elf.rpath,
        runpath: [...change.entries],
      };
    case 'remove-rpath':
      return { ...elf, rpath: null, runpath: null };
  }
}
