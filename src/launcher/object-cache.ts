import { createHash, webcrypto } from 'node:crypto';
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CacheKeys } from '../cache/direct-key.js';
import { parseRecord, recordText, type DirectRecord } from '../cache/manifest.js';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The same digest computed on libuv's threads (WebCrypto's digest runs there), so that two hits
 * served at once are checked on two CPUs, not one after the other on the coordinator's thread.
 */
async function sha256Aside(bytes: Buffer): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

/** What a hit saved: the bytes served and the compile time they stood for. */
export interface CacheHit {
  bytes: number;
  savedMs: number;
}

/** One group: the objects one extension of one build linked, as `<build>/<extension>`. */
export interface CacheGroup {
  group: string;
  dir: string;
  keys: string[];
}

/** The group of a build's objects that compiled but were never linked (a failed build's). */
export const UNLINKED = '_unlinked';

const ENTRY = /^([0-9a-f]{64})\.o$/;
// `<key>.o.<base key>.direct`: the manifest or mark filed with an object
const RECORD = /^([0-9a-f]{64})\.o\.([0-9a-f]{64})\.direct$/;
// the entry and every file filed with it
const OF_ENTRY = /^([0-9a-f]{64})\.o(?:\.|$)/;

/** The object groups under `root`, each with its entries' keys in order. */
export function cacheGroups(root: string): CacheGroup[] {
  const subdirs = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    } catch {
      return [];
    }
  };
  return subdirs(root).flatMap((build) =>
    subdirs(path.join(root, build)).map((extension) => {
      const dir = path.join(root, build, extension);
      const keys = readdirSync(dir)
        .map((name) => ENTRY.exec(name)?.[1])
        .filter((key): key is string => key !== undefined)
        .sort();
      return { group: `${build}/${extension}`, dir, keys };
    }),
  );
}

/**
 * Objects by content, under the keys of cache/direct-key.ts; an object keyed directly has its
 * manifest filed next to it (`<key>.o.<base>.direct`), as has one keyed by preprocessing the mark
 * that sends its base key there. Entries are kept in groups, one per extension of each build, so
 * that each extension can be restored and saved on its own; an object two extensions link is in
 * both. Entries are checked (size and SHA-256) when read; a bad one is deleted and rebuilt, never
 * linked.
 */
export class ObjectCache {
  /**
   * What went wrong reading or writing entries. The cache only saves work: a full disk or an
   * unwritable directory costs its objects, never the build, and the summary says so.
   */
  readonly problems: string[] = [];
  readonly keys = new CacheKeys((base) => this.filed(base));
  private index: Map<string, string> | null = null;
  private records: Map<string, { key: string; file: string }[]> | null = null;

  constructor(private readonly root: string) {}

  /** Where each key is now: any group's copy serves any build, since the key is the content. */
  private entries(): Map<string, string> {
    if (this.index === null) this.scan();
    return this.index!;
  }

  /** The records filed for a base key: manifests of objects, or a mark to preprocess. */
  private filed(base: string): { key: string; record: DirectRecord }[] {
    if (this.records === null) this.scan();
    return (this.records!.get(base) ?? []).flatMap(({ key, file }) => {
      try {
        const record = parseRecord(readFileSync(file, 'utf8'));
        return record?.base === base ? [{ key, record }] : [];
      } catch {
        return [];
      }
    });
  }

  private scan(): void {
    this.index = new Map();
    this.records = new Map();
    for (const { dir } of cacheGroups(this.root))
      for (const name of readdirSync(dir)) {
        const entry = ENTRY.exec(name);
        if (entry) this.index.set(entry[1]!, path.join(dir, name));
        const record = RECORD.exec(name);
        if (record)
          this.records.set(record[2]!, [
            ...(this.records.get(record[2]!) ?? []),
            { key: record[1]!, file: path.join(dir, name) },
          ]);
      }
  }

  /**
   * Copies the cached object to `dest`; null on a miss, a damaged entry or a failed read. The
   * reads, the check and the copy run on libuv's threads: the coordinator serves other compiles
   * meanwhile.
   */
  async fetch(key: string, dest: string): Promise<CacheHit | null> {
    try {
      return await this.copyOut(key, dest);
    } catch (error) {
      this.problems.push(`reading ${key.slice(0, 12)}: ${(error as Error).message}`);
      rmSync(dest, { force: true }); // half a copy is no object
      return null;
    }
  }

  private async copyOut(key: string, dest: string): Promise<CacheHit | null> {
    const entry = this.entries().get(key);
    const check = `${entry}.sha256`;
    if (entry === undefined || !existsSync(entry) || !existsSync(check)) return null;
    const [size, digest, ms] = (await readFile(check, 'utf8')).trim().split(' ');
    const bytes = await readFile(entry);
    // Copied while its bytes are checked (lxml's 19 MB etree.o: 10-20 ms each), and the copy
    // removed unless they are what was stored: the caller takes `dest` only from a hit. A clone
    // where the file system shares blocks (btrfs, XFS, APFS), else a copy: never a hard link,
    // which a build step that rewrites its object in place would turn into a bad entry.
    const copied = copyFile(entry, dest, constants.COPYFILE_FICLONE);
    const sound = bytes.length === Number(size) && (await sha256Aside(bytes)) === digest;
    await copied.catch((error: unknown) => {
      if (sound) throw error;
    });
    if (!sound) {
      rmSync(dest, { force: true });
      rmSync(entry, { force: true });
      rmSync(check, { force: true });
      this.entries().delete(key);
      return null;
    }
    return { bytes: bytes.length, savedMs: Number(ms) || 0 };
  }

  /**
   * Files `file` under `group`, recording what compiling it cost, with the record that finds it
   * without preprocessing (or sends its base key to preprocessing).
   */
  store(
    key: string,
    file: string,
    group: string,
    compileMs: number,
    record: DirectRecord | null,
  ): void {
    try {
      const entry = path.join(this.root, group, `${key}.o`);
      mkdirSync(path.dirname(entry), { recursive: true });
      if (record !== null && !existsSync(`${entry}.${record.base}.direct`)) {
        const partial = `${entry}.${record.base}.${process.pid}.partial`;
        writeFileSync(partial, recordText(record));
        renameSync(partial, `${entry}.${record.base}.direct`);
      }
      if (existsSync(entry)) return;
      const partial = `${entry}.${process.pid}.partial`;
      copyFileSync(file, partial, constants.COPYFILE_FICLONE);
      const bytes = readFileSync(partial);
      writeFileSync(
        `${entry}.sha256`,
        `${bytes.length} ${sha256(bytes)} ${Math.round(compileMs)}\n`,
      );
      renameSync(partial, entry);
      this.entries().set(key, entry);
    } catch (error) {
      this.problems.push(`storing ${key.slice(0, 12)} in ${group}: ${(error as Error).message}`);
    }
  }

  /**
   * Leaves each group in `current` holding exactly its keys (an extension's stale objects go),
   * and removes the other groups of the builds in `complete`, whose every extension linked this
   * run: what they no longer link.
   */
  settle(current: Map<string, Set<string>>, complete: Set<string>): void {
    for (const { group, dir } of cacheGroups(this.root)) {
      const keep = current.get(group);
      if (keep === undefined && !complete.has(group.split('/')[0]!)) continue;
      for (const name of readdirSync(dir)) {
        const key = OF_ENTRY.exec(name)?.[1];
        if (key !== undefined && !keep?.has(key)) rmSync(path.join(dir, name), { force: true });
      }
      if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
    }
    this.index = null;
    this.records = null;
  }
}
