/**
 * Just the Mach-O structures dyld reads to find a binary's dependencies: the fat (universal)
 * header and its architecture slices, each slice's header (CPU type, file type) and the load
 * commands that name libraries (LC_LOAD_DYLIB and its weak, re-export, lazy and upward kinds),
 * the binary's own install name (LC_ID_DYLIB) and its run paths (LC_RPATH).
 * Hand-written rather than a dependency: the npm readers (`macho`, `fatmacho`) read neither
 * FAT_MAGIC_64 nor the re-export, lazy and upward commands, get big-endian headers wrong, carry
 * no types, and have not changed in years; this is a hundred lines of fixed-layout reads.
 */

export type DylibKind = 'load' | 'weak' | 'reexport' | 'lazy' | 'upward';

export interface MachODylib {
  /** The install name as written: `/usr/lib/libSystem.B.dylib`, `@rpath/libfoo.1.dylib`. */
  name: string;
  kind: DylibKind;
}

export type MachOFileType = 'object' | 'execute' | 'dylib' | 'bundle' | 'other';

export interface MachOSlice {
  /** cputype, with CPU_ARCH_ABI64 (0x01000000) set for 64-bit architectures. */
  cputype: number;
  cpusubtype: number;
  /** The name lipo and wheel tags use: x86_64, arm64, arm64e, i386, ppc… */
  arch: string;
  bits: 32 | 64;
  littleEndian: boolean;
  fileType: MachOFileType;
  /** LC_ID_DYLIB: a dylib's own install name; null for bundles and executables. */
  id: string | null;
  dylibs: MachODylib[];
  /** LC_RPATH entries as written (`@loader_path/.dylibs`), in load command order. */
  rpaths: string[];
  /**
   * The oldest macOS it loads on (dyld refuses it on older ones): LC_BUILD_VERSION's minos for
   * the macOS platform, or LC_VERSION_MIN_MACOSX's version, as `11.0` or `10.9`; null without.
   */
  minMacOS: string | null;
}

export interface MachOFile {
  fat: boolean;
  slices: MachOSlice[];
}

export class MachOError extends Error {}

const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const MH_CIGAM = 0xcefaedfe;
const MH_CIGAM_64 = 0xcffaedfe;
const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
// Java class files share FAT_MAGIC; their next word (the class file version) is 45 or more,
// while no real universal file has that many slices. file(1) tells them apart the same way.
const MAX_FAT_ARCHS = 30;

// Written out rather than `| LC_REQ_DYLD` (0x80000000): JavaScript's | yields a negative int32,
// which never equals the unsigned word read from the file.
const DYLIB_COMMANDS = new Map<number, DylibKind>([
  [0xc, 'load'],
  [0x80000018, 'weak'],
  [0x8000001f, 'reexport'],
  [0x20, 'lazy'],
  [0x80000023, 'upward'],
]);
const LC_ID_DYLIB = 0xd;
const LC_RPATH = 0x8000001c;
const LC_VERSION_MIN_MACOSX = 0x24;
const LC_BUILD_VERSION = 0x32;
const PLATFORM_MACOS = 1;

/** A Mach-O version word, xxxx.yy.zz in nibbles: 0x000b0000 is 11.0, 0x000a0f02 10.15.2. */
const versionString = (word: number) => {
  const patch = word & 0xff;
  return `${word >>> 16}.${(word >>> 8) & 0xff}${patch ? `.${patch}` : ''}`;
};

const FILE_TYPES: Record<number, MachOFileType> = {
  1: 'object',
  2: 'execute',
  6: 'dylib',
  8: 'bundle',
};

const CPU_ARCH_ABI64 = 0x01000000;
const CPU_SUBTYPE_MASK = 0xff000000;

function archName(cputype: number, cpusubtype: number): string {
  const subtype = (cpusubtype & ~CPU_SUBTYPE_MASK) >>> 0;
  switch (cputype) {
    case 7:
      return 'i386';
    case 7 | CPU_ARCH_ABI64:
      return subtype === 8 ? 'x86_64h' : 'x86_64';
    case 12:
      return 'arm';
    case 12 | CPU_ARCH_ABI64:
      return subtype === 2 ? 'arm64e' : 'arm64';
    case 12 | 0x02000000:
      return 'arm64_32';
    case 18:
      return 'ppc';
    case 18 | CPU_ARCH_ABI64:
      return 'ppc64';
    default:
      return `cputype ${cputype}`;
  }
}

/** The first four bytes say Mach-O, thin or fat (and not a Java class file, when more is given). */
export function isMachO(head: Buffer): boolean {
  if (head.length < 4) return false;
  const magic = head.readUInt32BE(0);
  if (magic === FAT_MAGIC && head.length >= 8) return head.readUInt32BE(4) < MAX_FAT_ARCHS;
  return [MH_MAGIC, MH_MAGIC_64, MH_CIGAM, MH_CIGAM_64, FAT_MAGIC, FAT_MAGIC_64].includes(magic);
}

function parseSlice(buffer: Buffer, where: string): MachOSlice {
  const fail = (why: string) => {
    throw new MachOError(`${where}: ${why}`);
  };
  if (buffer.length < 28) fail(`truncated Mach-O header (${buffer.length} bytes)`);
  const magic = buffer.readUInt32BE(0);
  if (![MH_MAGIC, MH_MAGIC_64, MH_CIGAM, MH_CIGAM_64].includes(magic))
    fail(`not a Mach-O header (magic 0x${magic.toString(16)})`);
  // The magic reads as MH_MAGIC in the file's own byte order: MH_CIGAM means swapped.
  const littleEndian = magic === MH_CIGAM || magic === MH_CIGAM_64;
  const bits = magic === MH_MAGIC_64 || magic === MH_CIGAM_64 ? 64 : 32;
  const u32 = (offset: number) => {
    if (offset + 4 > buffer.length) fail(`truncated: 4 bytes at ${offset} past its end`);
    return littleEndian ? buffer.readUInt32LE(offset) : buffer.readUInt32BE(offset);
  };
  const cputype = u32(4);
  const cpusubtype = u32(8);
  const slice: MachOSlice = {
    cputype,
    cpusubtype,
    arch: archName(cputype, cpusubtype),
    bits,
    littleEndian,
    fileType: FILE_TYPES[u32(12)] ?? 'other',
    id: null,
    dylibs: [],
    rpaths: [],
    minMacOS: null,
  };
  const ncmds = u32(16);
  const sizeofcmds = u32(20);
  const start = bits === 64 ? 32 : 28;
  if (start + sizeofcmds > buffer.length)
    fail(`truncated: its load commands need ${start + sizeofcmds} bytes, it has ${buffer.length}`);

  let at = start;
  for (let i = 0; i < ncmds; i++) {
    const cmd = u32(at);
    const cmdsize = u32(at + 4);
    if (cmdsize < 8 || at + cmdsize > start + sizeofcmds)
      fail(`load command ${i} (0x${cmd.toString(16)}) has a bad size ${cmdsize}`);
    // lc_str: an offset from the command's start to a NUL-terminated string inside it
    const lcString = () => {
      const offset = u32(at + 8);
      if (offset < 12 || offset >= cmdsize) fail(`load command ${i}: string offset ${offset}`);
      const bytes = buffer.subarray(at + offset, at + cmdsize);
      const end = bytes.indexOf(0);
      return bytes.toString('utf8', 0, end < 0 ? bytes.length : end);
    };
    const kind = DYLIB_COMMANDS.get(cmd);
    if (kind) slice.dylibs.push({ name: lcString(), kind });
    else if (cmd === LC_ID_DYLIB) slice.id = lcString();
    else if (cmd === LC_RPATH) slice.rpaths.push(lcString());
    else if (cmd === LC_BUILD_VERSION && u32(at + 8) === PLATFORM_MACOS)
      slice.minMacOS = versionString(u32(at + 12));
    else if (cmd === LC_VERSION_MIN_MACOSX) slice.minMacOS = versionString(u32(at + 8));
    at += cmdsize;
  }
  return slice;
}

/** Reads a thin or fat Mach-O file; throws MachOError, saying where, for anything malformed. */
export function parseMachO(buffer: Buffer): MachOFile {
  if (!isMachO(buffer.subarray(0, 8))) throw new MachOError('not a Mach-O file');
  const magic = buffer.readUInt32BE(0);
  if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64)
    return { fat: false, slices: [parseSlice(buffer, 'Mach-O')] };

  // The fat header and its fat_arch entries are big-endian whatever the slices are.
  const wide = magic === FAT_MAGIC_64;
  const entrySize = wide ? 32 : 20;
  if (buffer.length < 8) throw new MachOError('truncated fat header');
  const count = buffer.readUInt32BE(4);
  if (8 + count * entrySize > buffer.length)
    throw new MachOError(`truncated fat header: ${count} architectures do not fit`);
  const slices: MachOSlice[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 8 + i * entrySize;
    const offset = wide
      ? Number(buffer.readBigUInt64BE(entry + 8))
      : buffer.readUInt32BE(entry + 8);
    const size = wide
      ? Number(buffer.readBigUInt64BE(entry + 16))
      : buffer.readUInt32BE(entry + 12);
    const arch = archName(buffer.readUInt32BE(entry), buffer.readUInt32BE(entry + 4));
    if (offset + size > buffer.length)
      throw new MachOError(`fat slice ${arch}: ${size} bytes at ${offset} past the file's end`);
    slices.push(parseSlice(buffer.subarray(offset, offset + size), `fat slice ${arch}`));
  }
  return { fat: true, slices };
}
