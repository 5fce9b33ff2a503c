import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { CompilerCommand } from './command.js';

const DEPFILE_WITH_VALUE = new Set(['-MF', '-MT', '-MQ']);
const DEPFILE_FLAGS = new Set(['-MD', '-MMD', '-MP']);

/** The compile's command turned into one that preprocesses to stdout, writing no files. */
export function preprocessArgv(command: CompilerCommand): string[] {
  const argv: string[] = [];
  for (let i = 0; i < command.argv.length; i++) {
    const arg = command.argv[i]!;
    if (command.outputAt && i === command.outputAt.index) continue;
    if (
      arg === '-o' &&
      command.outputAt &&
      !command.outputAt.glued &&
      i + 1 === command.outputAt.index
    )
      continue;
    if (arg === '-c' || DEPFILE_FLAGS.has(arg)) continue;
    if (DEPFILE_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    argv.push(arg);
  }
  return [...argv, '-E', '-o', '-'];
}

function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
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
 * Objects by content: the key hashes the compiler's identity, the compile's flags, its directory
 * (debug info records it) and the preprocessed source, so a header change is a miss. Entries are
 * kept in groups, one per extension of each build, so that each extension can be restored and
 * saved on its own; an object two extensions link is in both. Entries are checked (size and
 * SHA-256) when read; a bad one is deleted and rebuilt, never linked.
 */
export class ObjectCache {
  /**
   * What went wrong reading or writing entries. The cache only saves work: a full disk or an
   * unwritable directory costs its objects, never the build, and the summary says so.
   */
  readonly problems: string[] = [];
  private readonly identities = new Map<string, Promise<string>>();
  private index: Map<string, string> | null = null;

  constructor(private readonly root: string) {}
  private identity(compiler: string, env: NodeJS.ProcessEnv): Promise<string> {
    let known = this.identities.get(compiler);
    if (!known) {
      known = this.output([compiler, '--version'], env).then((digest) => digest ?? compiler);
      this.identities.set(compiler, known);
    }
    return known;
  }

  /** Runs argv and hashes what it prints; null when it fails. */
  private output(argv: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<string | null> {
    return new Promise((resolve) => {
      const hash = createHash('sha256');
      const child = spawn(argv[0]!, argv.slice(1), {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      child.stdout.on('data', (chunk: Buffer) => hash.update(chunk));
      child.on('error', () => resolve(null));
      child.on('close', (code) => resolve(code === 0 ? hash.digest('hex') : null));
    });
  }

  /** The compile's cache key, or null when it cannot be preprocessed (then it is not cached). */
  async key(command: CompilerCommand, cwd: string, env: NodeJS.ProcessEnv): Promise<string | null> {
    // The compiler behind a wrapper (`ccache gcc`) is what makes the object: its version counts.
    const compiler = command.compiler.at(-1);
    const preprocessed = await this.output(preprocessArgv(command), env, cwd);
    if (preprocessed === null || compiler === undefined) return null;
    const identity = await this.identity(compiler, env);
    return createHash('sha256')
      .update([identity, command.flagsHash, cwd, preprocessed].join('\0'))
      .digest('hex');
  }

  /** Where each key is now: any group's copy serves any build, since the key is the content. */
  private entries(): Map<string, string> {
    this.index ??= new Map(
      cacheGroups(this.root).flatMap(({ dir, keys }) =>
        keys.map((key) => [key, path.join(dir, `${key}.o`)] as const),
      ),
    );
    return this.index;
  }

  /** Copies the cached object to `dest`; null on a miss, a damaged entry or a failed read. */
  fetch(key: string, dest: string): CacheHit | null {
    try {
      return this.copyOut(key, dest);
    } catch (error) {
      this.problems.push(`reading ${key.slice(0, 12)}: ${(error as Error).message}`);
      return null;
    }
  }

  private copyOut(key: string, dest: string): CacheHit | null {
    const entry = this.entries().get(key);
    const check = `${entry}.sha256`;
    if (entry === undefined || !existsSync(entry) || !existsSync(check)) return null;
    const [size, digest, ms] = readFileSync(check, 'utf8').trim().split(' ');
    if (statSync(entry).size !== Number(size) || sha256File(entry) !== digest) {
      rmSync(entry, { force: true });
      rmSync(check, { force: true });
      this.entries().delete(key);
      return null;
    }
    copyFileSync(entry, dest);
    return { bytes: Number(size), savedMs: Number(ms) || 0 };
  }

  /** Files `file` under `group`, recording what compiling it cost. */
  store(key: string, file: string, group: string, compileMs: number): void {
    try {
      this.copyIn(key, file, group, compileMs);
    } catch (error) {
      this.problems.push(`storing ${key.slice(0, 12)} in ${group}: ${(error as Error).message}`);
    }
  }

  private copyIn(key: string, file: string, group: string, compileMs: number): void {
    const entry = path.join(this.root, group, `${key}.o`);
    if (existsSync(entry)) return;
    mkdirSync(path.dirname(entry), { recursive: true });
    const partial = `${entry}.${process.pid}.partial`;
    copyFileSync(file, partial);
    writeFileSync(
      `${entry}.sha256`,
      `${statSync(partial).size} ${sha256File(partial)} ${Math.round(compileMs)}\n`,
    );
    renameSync(partial, entry);
    this.entries().set(key, entry);
  }

  /**
   * Leaves each group in `current` holding exactly its keys (an extension's stale objects go),
   * and removes the other groups of the builds in `complete`, whose every extension linked this
   * run: what they no longer link.
   */
  settle(current: Map<string, Set<string>>, complete: Set<string>): void {
    for (const { group, dir, keys } of cacheGroups(this.root)) {
      const keep = current.get(group);
      if (keep === undefined && !complete.has(group.split('/')[0]!)) continue;
      for (const key of keys) {
        if (keep?.has(key)) continue;
        rmSync(path.join(dir, `${key}.o`), { force: true });
        rmSync(path.join(dir, `${key}.o.sha256`), { force: true });
      }
      if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
    }
    this.index = null;
  }
}
