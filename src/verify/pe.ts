/**
 * Just the PE/COFF structures Windows' loader reads to find a DLL's dependencies: the machine,
 * the import directory (data directory 1) and the delay-load import directory (13), whose
 * descriptors name the DLLs, with RVAs mapped to file offsets through the section table.
 * Layouts from Microsoft's "PE Format" specification
 * (https://learn.microsoft.com/windows/win32/debug/pe-format). Hand-written for the same reason
 * as macho.ts: fixed-layout reads of a few dozen bytes each.
 */

export type PeMachine = 'x86' | 'x64' | 'arm64' | 'arm' | 'other';

export interface PeFile {
  machine: PeMachine;
  /** IMAGE_FILE_DLL in the COFF characteristics: a .pyd and its DLLs have it. */
  dll: boolean;
  /** Names as the import descriptors write them (Windows compares them without case). */
  imports: string[];
  /** Delay-loaded: loaded at the first call, so a missing one fails then, not at import. */
  delayImports: string[];
}

export class PeError extends Error {}

const MACHINES: Record<number, PeMachine> = {
  0x14c: 'x86',
  0x8664: 'x64',
  0xaa64: 'arm64',
  0x1c4: 'arm',
};

/** The wheel platform tag's architecture for each machine (win32, win_amd64, win_arm64). */
export const PE_WHEEL_ARCH: Record<PeMachine, string | null> = {
  x86: 'win32',
  x64: 'win_amd64',
  arm64: 'win_arm64',
  arm: null,
  other: null,
};

const IMAGE_FILE_DLL = 0x2000;
const IMPORT_DIRECTORY = 1;
const DELAY_IMPORT_DIRECTORY = 13;

/** 'MZ', the DOS stub every PE file starts with. */
export const isPe = (head: Buffer) => head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a;

/** Reads a PE file's machine and the DLLs it imports; throws PeError, saying where, when malformed. */
export function parsePe(buffer: Buffer): PeFile {
  const fail = (why: string): never => {
    throw new PeError(why);
  };
  const u16 = (at: number) =>
    at + 2 <= buffer.length ? buffer.readUInt16LE(at) : fail(`truncated: 2 bytes at ${at}`);
  const u32 = (at: number) =>
    at + 4 <= buffer.length ? buffer.readUInt32LE(at) : fail(`truncated: 4 bytes at ${at}`);
  if (!isPe(buffer)) fail('not a PE file (no MZ header)');
  const pe = u32(0x3c);
  if (u32(pe) !== 0x00004550) fail(`no PE signature at ${pe}`);
  const coff = pe + 4;
  const machine = MACHINES[u16(coff)] ?? 'other';
  const sections = u16(coff + 2);
  const optionalSize = u16(coff + 16);
  const characteristics = u16(coff + 18);
  const optional = coff + 20;
  const magic = u16(optional);
  if (magic !== 0x10b && magic !== 0x20b)
    fail(`optional header magic 0x${magic.toString(16)} is neither PE32 nor PE32+`);
  const plus = magic === 0x20b;
  const imageBase = plus ? Number(buffer.readBigUInt64LE(optional + 24)) : u32(optional + 28);
  const directoryCount = u32(optional + (plus ? 108 : 92));
  const directories = optional + (plus ? 112 : 96);

  const table = optional + optionalSize;
  const sectionList = Array.from({ length: sections }, (_, i) => {
    const at = table + i * 40;
    return {
      virtualSize: u32(at + 8),
      virtualAddress: u32(at + 12),
      rawSize: u32(at + 16),
      rawPointer: u32(at + 20),
    };
  });
  const offsetOf = (rva: number): number => {
    const section = sectionList.find(
      (s) => rva >= s.virtualAddress && rva < s.virtualAddress + Math.max(s.virtualSize, s.rawSize),
    );
    if (!section) return fail(`RVA 0x${rva.toString(16)} lies in no section`);
    return rva - section.virtualAddress + section.rawPointer;
  };
  const stringAt = (rva: number) => {
    const start = offsetOf(rva);
    const end = buffer.indexOf(0, start);
    if (end < 0) fail(`unterminated name at RVA 0x${rva.toString(16)}`);
    return buffer.toString('latin1', start, end);
  };
  const directory = (index: number) => (index < directoryCount ? u32(directories + index * 8) : 0);

  const imports: string[] = [];
  const importRva = directory(IMPORT_DIRECTORY);
  if (importRva !== 0) {
    // IMAGE_IMPORT_DESCRIPTOR, 20 bytes, Name at 12; an all-zero one ends the table
    for (let at = offsetOf(importRva); ; at += 20) {
      const name = u32(at + 12);
      if (name === 0 && u32(at + 16) === 0) break;
      imports.push(stringAt(name));
    }
  }
  const delayImports: string[] = [];
  const delayRva = directory(DELAY_IMPORT_DIRECTORY);
  if (delayRva !== 0) {
    // ImgDelayDescr, 32 bytes: Attributes, then DllNameRVA; attribute bit 0 clear means the
    // old (Visual C++ 6) form, whose addresses are virtual addresses rather than RVAs
    for (let at = offsetOf(delayRva); ; at += 32) {
      const name = u32(at + 4);
      if (name === 0) break;
      delayImports.push(stringAt((u32(at) & 1) === 1 ? name : name - imageBase));
    }
  }
  return { machine, dll: (characteristics & IMAGE_FILE_DLL) !== 0, imports, delayImports };
}
