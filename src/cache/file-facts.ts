import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, type BigIntStats } from 'node:fs';

/** What the direct key needs of one file's content. */
export interface FileContent {
  digest: string;
  /** It names `__DATE__`, `__TIME__` or `__TIMESTAMP__`: what it preprocesses to changes with the clock. */
  timeMacros: boolean;
  /**
   * The names it includes in quotes, which the compiler looks for in its directory first: found
   * when first asked (a manifest is being written, after a miss), from the bytes the digest is of.
   * A hit never asks, and scanning lxml's 11 MB etree.c takes 30 ms in a fresh process.
   */
  quoted(): string[];
  /** When the file last changed (the later of its modification and status change), in ms. */
  changedMs: number;
}

// A file written again within the clock's granularity can keep its size and times (Linux stamps
// files with a coarse clock): like git's racy-clean rule, a fact is reused only for a file whose
// times are older than this when it was read.
const SETTLED_NS = 2_000_000_000n;

const TIME_MACROS = ['__DATE__', '__TIME__', '__TIMESTAMP__'].map((macro) => Buffer.from(macro));
const INCLUDE_WORDS = ['include_next', 'include', 'import'].map((word) => Buffer.from(word));

const HASH = 0x23;
const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const LOWER_I = 0x69;
const isBlank = (byte: number | undefined) => byte === 0x20 || byte === 0x09;

/** Whether `bytes` holds `word` at `at`. */
function holdsAt(bytes: Buffer, at: number, word: Buffer): boolean {
  if (at < 0 || at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

// Searched for by their last five bytes: a search for text that starts with `__` crawls through
// Cython's C, where nearly every name starts so (tens of milliseconds for lxml's etree.c).
const ANCHOR = 5;

/** Whether a file names `__DATE__`, `__TIME__` or `__TIMESTAMP__` anywhere. */
export function namesTimeMacros(bytes: Buffer): boolean {
  return TIME_MACROS.some((macro) => {
    const anchor = macro.subarray(macro.length - ANCHOR);
    for (let at = bytes.indexOf(anchor); at >= 0; at = bytes.indexOf(anchor, at + 1))
      if (holdsAt(bytes, at + ANCHOR - macro.length, macro)) return true;
    return false;
  });
}

/**
 * The names a file includes in quotes (`#include "x"`, `#include_next`, `#import`), each once, in
 * the order they first appear: what `/^[ \t]*#[ \t]*(?:include|include_next|import)[ \t]*"([^"\n]+)"/gm`
 * finds in the file read as latin1 (a line starts after \n or \r), found without decoding the
 * file or running a regular expression over it: a Cython-generated source is megabytes.
 */
export function quotedIncludes(bytes: Buffer): string[] {
  const found = new Set<string>();
  for (let at = bytes.indexOf(HASH); at >= 0;) {
    let next = at + 1;
    let word = at + 1;
    while (isBlank(bytes[word])) word++;
    let lineStart = at;
    while (lineStart > 0 && isBlank(bytes[lineStart - 1])) lineStart--;
    const named =
      bytes[word] === LOWER_I &&
      (lineStart === 0 || bytes[lineStart - 1] === NEWLINE || bytes[lineStart - 1] === RETURN)
        ? INCLUDE_WORDS.find((w) => holdsAt(bytes, word, w))
        : undefined;
    if (named) {
      let open = word + named.length;
      while (isBlank(bytes[open])) open++;
      if (bytes[open] === QUOTE) {
        let close = open + 1;
        while (close < bytes.length && bytes[close] !== QUOTE && bytes[close] !== NEWLINE) close++;
        if (bytes[close] === QUOTE && close > open + 1) {
          found.add(bytes.toString('latin1', open + 1, close));
          next = close + 1;
        }
      }
    }
    at = bytes.indexOf(HASH, next);
  }
  return [...found];
}

const stampOf = (stat: BigIntStats): string =>
  `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;

const settled = (stat: BigIntStats): boolean => {
  const now = BigInt(Date.now()) * 1_000_000n;
  return now - stat.mtimeNs > SETTLED_NS && now - stat.ctimeNs > SETTLED_NS;
};

function describe(bytes: Buffer, stat: BigIntStats): FileContent {
  let read: Buffer | null = bytes;
  let quoted: string[] | null = null;
  return {
    changedMs: Number((stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs) / 1_000_000n),
    digest: createHash('sha256').update(bytes).digest('hex'),
    timeMacros: namesTimeMacros(bytes),
    quoted() {
      if (quoted === null) {
        quoted = quotedIncludes(read!);
        read = null; // the bytes are not needed again
      }
      return quoted;
    },
  };
}

/**
 * Files and directories as one run of the coordinator sees them. A file is hashed once per run
 * while its device, inode, size and times stay the same, and a directory listed once while its
 * own stay the same (adding or removing a name changes a directory's times), so a cache hit costs
 * a stat per header and per directory, not a read.
 */
export class FileFacts {
  private readonly contents = new Map<string, { stamp: string; content: FileContent }>();
  private readonly listings = new Map<string, { stamp: string; names: Set<string> }>();

  /** The file's content facts; null when it is not a readable regular file. */
  content(file: string): FileContent | null {
    try {
      const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
      if (!stat?.isFile()) return null;
      const stamp = stampOf(stat);
      const known = this.contents.get(file);
      if (known?.stamp === stamp) return known.content;
      const content = describe(readFileSync(file), stat);
      if (settled(stat)) this.contents.set(file, { stamp, content });
      return content;
    } catch {
      return null;
    }
  }

  /** The names in a directory; null when there is no directory there. */
  names(dir: string): Set<string> | null {
    try {
      const stat = statSync(dir, { bigint: true, throwIfNoEntry: false });
      if (!stat?.isDirectory()) return null;
      const stamp = stampOf(stat);
      const known = this.listings.get(dir);
      if (known?.stamp === stamp) return known.names;
      const names = new Set(readdirSync(dir));
      if (settled(stat)) this.listings.set(dir, { stamp, names });
      return names;
    } catch {
      return null;
    }
  }
}
