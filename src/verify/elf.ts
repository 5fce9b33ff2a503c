/**
 * Just the ELF structures the dynamic loader reads to find a shared object's dependencies: the
 * program headers (to map addresses to file offsets), the dynamic section (NEEDED, SONAME,
 * RPATH, RUNPATH, FLAGS_1) and the version needs (which GLIBC_2.xx each library must provide).
 * Hand-written rather than a dependency: the npm ELF readers are unmaintained or read only
 * section headers, and the loader itself never looks at sections (they may be stripped).
 */
export interface ElfVersionNeed {
  /** The library named in the need, e.g. `libc.so.6`. */
  file: string;
  /** Version names, e.g. `GLIBC_2.34`. */
  versions: string[];
}

export interface ElfInfo {
  bits: 32 | 64;
  littleEndian: boolean;
  /** e_machine: 62 is x86-64, 183 AArch64, 3 i386. */
  machine: number;
  /** e_type: 2 executable, 3 shared object (or PIE). */
  type: number;
  /** PT_INTERP: the program's dynamic loader, for executables. */
  interpreter: string | null;
  soname: string | null;
  needed: string[];
  /** Colon-separated lists split, as written (tokens like $ORIGIN unexpanded); null when absent. */
  rpath: string[] | null;
  runpath: string[] | null;
  /** DF_1_NODEFLIB: the loader cache and the default directories are not searched. */
  noDefaultLib: boolean;
  versionNeeds: ElfVersionNeed[];
}

export class NotElfError extends Error {}

const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const DT = {
  NULL: 0,
  NEEDED: 1,
  STRTAB: 5,
  STRSZ: 10,
  SONAME: 14,
  RPATH: 15,
  RUNPATH: 29,
  FLAGS_1: 0x6ffffffb,
  VERNEED: 0x6ffffffe,
  VERNEEDNUM: 0x6fffffff,
};
const DF_1_NODEFLIB = 0x800;

interface Segment {
  vaddr: number;
  offset: number;
  filesz: number;
}

export function isElf(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32BE(0) === 0x7f454c46;
}

/** Bounds-checked reads of one ELF file in its own byte order and class. */
interface Reader {
  bits: 32 | 64;
  u16(offset: number): number;
  u32(offset: number): number;
  /** An address or size: 8 bytes in a 64-bit file, 4 in a 32-bit one. */
  word(offset: number): number;
  cString(offset: number): string;
}

function readerFor(buffer: Buffer, bits: 32 | 64, littleEndian: boolean): Reader {
  const check = (offset: number, size: number) => {
    if (offset < 0 || offset + size > buffer.length) {
      throw new NotElfError(`truncated ELF: ${size} bytes at ${offset} past its end`);
    }
  };
  const u32 = (o: number) => (
    check(o, 4),
    littleEndian ? buffer.readUInt32LE(o) : buffer.readUInt32BE(o)
  );
  const u64 = (o: number) => {
    check(o, 8);
    return Number(littleEndian ? buffer.readBigUInt64LE(o) : buffer.readBigUInt64BE(o));
  };
  return {
    bits,
    u16: (o) => (check(o, 2), littleEndian ? buffer.readUInt16LE(o) : buffer.readUInt16BE(o)),
    u32,
    word: bits === 64 ? u64 : u32,
    cString(offset) {
      check(offset, 1);
      const end = buffer.indexOf(0, offset);
      if (end < 0) throw new NotElfError(`unterminated string at ${offset}`);
      return buffer.toString('utf8', offset, end);
    },
  };
}

/** The program headers that matter here: the loaded segments, the dynamic section, PT_INTERP. */
function programHeaders(r: Reader): {
  loads: Segment[];
  dynamic: { offset: number; size: number } | null;
  interpreter: string | null;
} {
  const wide = r.bits === 64;
  const phoff = r.word(wide ? 32 : 28);
  const phentsize = r.u16(wide ? 54 : 42);
  const phnum = r.u16(wide ? 56 : 44);
  const loads: Segment[] = [];
  let dynamic: { offset: number; size: number } | null = null;
  let interpreter: string | null = null;
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    const pType = r.u32(at);
    const offset = r.word(at + (wide ? 8 : 4));
    const vaddr = r.word(at + (wide ? 16 : 8));
    const filesz = r.word(at + (wide ? 32 : 16));
    if (pType === PT_LOAD) loads.push({ vaddr, offset, filesz });
    else if (pType === PT_DYNAMIC) dynamic = { offset, size: filesz };
    else if (pType === PT_INTERP) interpreter = r.cString(offset);
  }
  return { loads, dynamic, interpreter };
}

/** The dynamic section's (tag, value) entries, up to DT_NULL. */
function dynamicEntries(r: Reader, dynamic: { offset: number; size: number }): [number, number][] {
  const entrySize = r.bits === 64 ? 16 : 8;
  const entries: [number, number][] = [];
  for (let at = dynamic.offset; at + entrySize <= dynamic.offset + dynamic.size; at += entrySize) {
    const tag = r.word(at);
    if (tag === DT.NULL) break;
    entries.push([tag, r.word(at + entrySize / 2)]);
  }
  return entries;
}

/** The symbol versions needed of each library: Elf_Verneed and Elf_Vernaux are alike in both classes. */
function versionNeeds(
  r: Reader,
  str: (index: number) => string,
  start: number,
  count: number,
): ElfInfo['versionNeeds'] {
  const needs: ElfInfo['versionNeeds'] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    const file = str(r.u32(at + 4));
    const versions: string[] = [];
    let aux = at + r.u32(at + 8);
    for (let j = 0, auxCount = r.u16(at + 2); j < auxCount; j++) {
      versions.push(str(r.u32(aux + 8)));
      aux += r.u32(aux + 12);
    }
    needs.push({ file, versions });
    const next = r.u32(at + 12);
    if (next === 0) break;
    at += next;
  }
  return needs;
}

export function parseElf(buffer: Buffer): ElfInfo {
  if (!isElf(buffer) || buffer.length < 52) throw new NotElfError('not an ELF file');
  const bits = buffer[4] === 2 ? 64 : buffer[4] === 1 ? 32 : null;
  const littleEndian = buffer[5] === 1 ? true : buffer[5] === 2 ? false : null;
  if (bits === null || littleEndian === null) throw new NotElfError('unknown ELF class or data');
  const r = readerFor(buffer, bits, littleEndian);
  const type = r.u16(16);
  const machine = r.u16(18);
  const { loads, dynamic, interpreter } = programHeaders(r);
  const info: ElfInfo = {
    bits,
    littleEndian,
    machine,
    type,
    interpreter,
    soname: null,
    needed: [],
    rpath: null,
    runpath: null,
    noDefaultLib: false,
    versionNeeds: [],
  };
  if (dynamic === null) return info; // statically linked

  // The dynamic section holds addresses, as the loader sees memory; the file holds them where
  // the PT_LOAD segment that covers the address says.
  const fileOffset = (vaddr: number) => {
    const segment = loads.find((s) => vaddr >= s.vaddr && vaddr < s.vaddr + s.filesz);
    if (!segment) throw new NotElfError(`address 0x${vaddr.toString(16)} is in no loaded segment`);
    return vaddr - segment.vaddr + segment.offset;
  };
  const entries = dynamicEntries(r, dynamic);
  const value = (tag: number) => entries.find(([t]) => t === tag)?.[1];
  const strtabAddress = value(DT.STRTAB);
  if (strtabAddress === undefined) throw new NotElfError('dynamic section without DT_STRTAB');
  const strtab = fileOffset(strtabAddress);
  const str = (index: number) => r.cString(strtab + index);
  const pathList = (index: number) => str(index).split(':').filter(Boolean);
  for (const [tag, val] of entries) {
    if (tag === DT.NEEDED) info.needed.push(str(val));
    else if (tag === DT.SONAME) info.soname = str(val);
    else if (tag === DT.RPATH) info.rpath = [...(info.rpath ?? []), ...pathList(val)];
    else if (tag === DT.RUNPATH) info.runpath = [...(info.runpath ?? []), ...pathList(val)];
    else if (tag === DT.FLAGS_1) info.noDefaultLib = (val & DF_1_NODEFLIB) !== 0;
  }
  const verneed = value(DT.VERNEED);
  if (verneed !== undefined)
    info.versionNeeds = versionNeeds(r, str, fileOffset(verneed), value(DT.VERNEEDNUM) ?? 0);
  return info;
}

const MACHINES: Record<number, string> = {
  3: 'i386',
  8: 'MIPS',
  20: 'PowerPC',
  21: 'PowerPC64',
  22: 'S/390',
  40: 'ARM',
  62: 'x86-64',
  183: 'AArch64',
  243: 'RISC-V',
  258: 'LoongArch',
};

/** e_machine as readelf names it (`AArch64`), or its number. */
export const machineName = (elf: ElfInfo): string =>
  `${MACHINES[elf.machine] ?? `e_machine ${elf.machine}`}${elf.bits === 32 && elf.machine !== 3 ? ' (32-bit)' : ''}`;
