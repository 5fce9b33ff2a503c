import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

// A wheel is a zip (PEP 427) of stored or deflated members. Read here with Node's own zlib, so
// that checking a wheel needs no interpreter: one for another Python, or for no Python found
// here, still gets its library and policy checks.

interface Member {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
  mode: number;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/** Where the central directory is and how many members it lists, zip64 included. */
function centralDirectory(fd: number, size: number, wheel: string) {
  const tail = readAt(fd, Math.max(0, size - 65_557), Math.min(size, 65_557));
  const at = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (at < 0) throw new Error(`${wheel} is not a zip file (no end of central directory)`);
  let count = tail.readUInt16LE(at + 10);
  let offset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = at - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50)
      throw new Error(`${wheel}: a zip64 archive without its end-of-directory locator`);
    const end = readAt(fd, u64(tail, locator + 8), 56);
    if (end.readUInt32LE(0) !== 0x06064b50)
      throw new Error(`${wheel}: the zip64 end of central directory is not where it is said to be`);
    count = u64(end, 32);
    offset = u64(end, 48);
  }
  return { count, offset };
}

function members(fd: number, wheel: string): Member[] {
  const { count, offset } = centralDirectory(fd, fstatSync(fd).size, wheel);
  const list: Member[] = [];
  let position = offset;
  for (let i = 0; i < count; i++) {
    const head = readAt(fd, position, 46);
    if (head.length < 46 || head.readUInt32LE(0) !== 0x02014b50)
      throw new Error(`${wheel}: central directory entry ${i + 1} of ${count} is damaged`);
    const [nameLength, extraLength, commentLength] = [28, 30, 32].map((o) => head.readUInt16LE(o));
    const rest = readAt(fd, position + 46, nameLength! + extraLength!);
    let compressedSize = head.readUInt32LE(20);
    let localOffset = head.readUInt32LE(42);
    // zip64: the sizes and offset that did not fit are in extra field 0x0001, in this order
    const extra = rest.subarray(nameLength);
    for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
      if (extra.readUInt16LE(e) !== 0x0001) continue;
      let field = e + 4;
      if (head.readUInt32LE(24) === 0xffffffff) field += 8;
      if (compressedSize === 0xffffffff) [compressedSize, field] = [u64(extra, field), field + 8];
      if (localOffset === 0xffffffff) localOffset = u64(extra, field);
    }
    list.push({
      name: rest.subarray(0, nameLength).toString('utf8'),
      method: head.readUInt16LE(10),
      flags: head.readUInt16LE(8),
      compressedSize,
      localOffset,
      mode: (head.readUInt32LE(38) >>> 16) & 0o777,
    });
    position += 46 + nameLength! + extraLength! + commentLength!;
  }
  return list;
}

/** A member's path inside `root`, refusing one that would land outside it. */
function destination(root: string, name: string, wheel: string): string {
  const parts = name.split('/');
  if (name.startsWith('/') || name.includes('\\') || parts.includes('..'))
    throw new Error(`${wheel}: member '${name}' would be written outside the unpacked wheel`);
  return path.join(root, ...parts);
}

/** Unpacks a wheel into `root` (made if needed). */
export function unzipWheel(wheel: string, root: string): void {
  mkdirSync(root, { recursive: true });
  const fd = openSync(wheel, 'r');
  try {
    for (const member of members(fd, wheel)) {
      const target = destination(root, member.name, wheel);
      if (member.name.endsWith('/')) {
        mkdirSync(target, { recursive: true });
        continue;
      }
      if (member.flags & 1) throw new Error(`${wheel}: member '${member.name}' is encrypted`);
      const local = readAt(fd, member.localOffset, 30);
      if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50)
        throw new Error(`${wheel}: member '${member.name}' has no local header where it should`);
      const start = member.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const data = readAt(fd, start, member.compressedSize);
      let content: Buffer;
      if (member.method === 0) content = data;
      else if (member.method === 8) content = inflateRawSync(data);
      else
        throw new Error(
          `${wheel}: member '${member.name}' uses compression method ${member.method}; wheels use stored (0) or deflate (8)`,
        );
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content, { mode: member.mode || 0o644 });
    }
  } finally {
    closeSync(fd);
  }
}

/** The files of an unpacked wheel under `root`, as the wheel names them (`pkg/_ext.so`). */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}
