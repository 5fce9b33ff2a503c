import type { ElfInfo } from '../../src/verify/elf.js';

/** A 64-bit x86-64 shared object's ELF facts, with the fields a test cares about replaced. */
export const elfInfo = (fields: Partial<ElfInfo> = {}): ElfInfo => ({
  bits: 64,
  littleEndian: true,
  machine: 62,
  type: 3,
  interpreter: null,
  soname: null,
  needed: [],
  rpath: null,
  runpath: null,
  noDefaultLib: false,
  versionNeeds: [],
  ...fields,
});
