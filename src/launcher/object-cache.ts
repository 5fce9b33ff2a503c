import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
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

/**
 * Objects by content: the key hashes the compiler's identity, the compile's flags, its directory
 * (debug info records it) and the preprocessed source, so a header change is a miss. Entries are
 * checked (size and SHA-256) when read; a bad one is deleted and rebuilt, never linked.
 */
export class ObjectCache {
  hits = 0;
  misses = 0;
  private readonly identities = new Map<string, Promise<string>>();

  constructor(private readonly dir: string) {}

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
    const [compiler] = command.argv;
    const preprocessed = await this.output(preprocessArgv(command), env, cwd);
    if (preprocessed === null || compiler === undefined) return null;
    const identity = await this.identity(compiler, env);
    return createHash('sha256')
      .update([identity, command.flagsHash, cwd, preprocessed].join('\0'))
      .digest('hex');
  }

  private entry(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.o`);
  }

  /** Copies the cached object to `dest`; false on a miss or a damaged entry. */
  fetch(key: string, dest: string): boolean {
    const entry = this.entry(key);
    const check = `${entry}.sha256`;
    if (!existsSync(entry) || !existsSync(check)) {
      this.misses += 1;
      return false;
    }
    const [size, digest] = readFileSync(check, 'utf8').trim().split(' ');
    if (statSync(entry).size !== Number(size) || sha256File(entry) !== digest) {
      rmSync(entry, { force: true });
      rmSync(check, { force: true });
      this.misses += 1;
      return false;
    }
    copyFileSync(entry, dest);
    this.hits += 1;
    return true;
  }

  store(key: string, file: string): void {
    const entry = this.entry(key);
    mkdirSync(path.dirname(entry), { recursive: true });
    const partial = `${entry}.${process.pid}.partial`;
    copyFileSync(file, partial);
    writeFileSync(`${entry}.sha256`, `${statSync(partial).size} ${sha256File(partial)}\n`);
    renameSync(partial, entry);
  }
}
