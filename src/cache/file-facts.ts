import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, type BigIntStats } from 'node:fs';

/** What the direct key needs of one file's content. */
export interface FileContent {
  digest: string;
  /** It names `__DATE__`, `__TIME__` or `__TIMESTAMP__`: what it preprocesses to changes with the clock. */
  timeMacros: boolean;
  /** The names it includes in quotes, which the compiler looks for in its directory first. */
  quoted: string[];
  /** When the file last changed (the later of its modification and status change), in ms. */
  changedMs: number;
}

// A file written again within the clock's granularity can keep its size and times (Linux stamps
// files with a coarse clock): like git's racy-clean rule, a fact is reused only for a file whose
// times are older than this when it was read.
const SETTLED_NS = 2_000_000_000n;

const TIME_MACROS = ['__DATE__', '__TIME__', '__TIMESTAMP__'];
const QUOTED_INCLUDE = /^[ \t]*#[ \t]*(?:include|include_next|import)[ \t]*"([^"\n]+)"/gm;

const stampOf = (stat: BigIntStats): string =>
  `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;

const settled = (stat: BigIntStats): boolean => {
  const now = BigInt(Date.now()) * 1_000_000n;
  return now - stat.mtimeNs > SETTLED_NS && now - stat.ctimeNs > SETTLED_NS;
};

function describe(bytes: Buffer, stat: BigIntStats): FileContent {
  const text = bytes.toString('latin1');
  return {
    changedMs: Number((stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs) / 1_000_000n),
    digest: createHash('sha256').update(bytes).digest('hex'),
    timeMacros: TIME_MACROS.some((macro) => text.includes(macro)),
    quoted: [...new Set([...text.matchAll(QUOTED_INCLUDE)].map((m) => m[1]!))],
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
