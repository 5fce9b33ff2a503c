import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CompilerCommand } from '../launcher/command.js';
import { CompilerProbe } from './compiler-probe.js';
import { dependencyPaths } from './dependency-file.js';
import { FileFacts, type FileContent } from './file-facts.js';
import { mergeShadows, shadowsOf, type SearchList } from './include-search.js';
import {
  isManifest,
  manifestHolds,
  manifestKey,
  type DirectManifest,
  type DirectRecord,
} from './manifest.js';

/**
 * How a compile is keyed. `direct`: by its base key and the manifest of what it read, written by
 * the compile itself into `depfile` (the launcher's own, or the one the build asked for); `hit`
 * is the key of an object whose manifest still holds. `preprocessed`: by its preprocessed text,
 * for `reason`.
 */
export type KeyPlan =
  | { mode: 'direct'; base: string; hit: Keyed | null; depfile: string; addDepfile: boolean }
  | { mode: 'preprocessed'; base: string | null; reason: string };

/** An object's key, with what to file next to it; a null key means it is not cached. */
export interface Keyed {
  key: string | null;
  record: DirectRecord | null;
  /** Why the object was keyed by preprocessing, when it was. */
  fallback: string | null;
}

// Variables the compiler reads that change what it includes or writes: the preprocessed text
// showed their effect by itself, the base key must name them.
const KEY_ENVIRONMENT = [
  'CPATH',
  'C_INCLUDE_PATH',
  'CPLUS_INCLUDE_PATH',
  'OBJC_INCLUDE_PATH',
  'GCC_EXEC_PREFIX',
  'COMPILER_PATH',
  'SOURCE_DATE_EPOCH',
  'SDKROOT',
  'MACOSX_DEPLOYMENT_TARGET',
];

// Wrappers that run the compiler behind them with the same arguments.
const KNOWN_WRAPPERS = new Set(['ccache', 'sccache', 'distcc', 'icecc', 'buildcache']);

// A file changed this close to the compile's start may have changed while it ran; the clock that
// stamps files runs coarse, so a little earlier counts too.
const RACY_MS = 20;

const TIME_MACROS = '__DATE__, __TIME__ or __TIMESTAMP__';

/** Why the command line alone rules the direct key out; null when it does not. */
export function commandObstacle(command: CompilerCommand): string | null {
  if (command.argv.slice(1).some((arg) => arg.startsWith('@')))
    return 'a response file (@file) holds arguments';
  for (const wrapper of command.compiler.slice(0, -1))
    if (!KNOWN_WRAPPERS.has(path.basename(wrapper)))
      return `the compiler wrapper ${path.basename(wrapper)} is not one wheelwright knows`;
  const args = command.argv.slice(command.compiler.length);
  if (args.some((arg) => arg.startsWith('-Wp,') || arg === '-Xpreprocessor'))
    return 'options are passed to the preprocessor directly (-Wp, -Xpreprocessor)';
  if (args.some((arg) => ['-M', '-MM', '-MMD'].includes(arg)))
    return 'the build asks for dependencies without system headers (-M, -MM or -MMD)';
  if (args.includes('-MD') && userDepfile(args) === null)
    return 'the build asks for -MD without -MF';
  return null;
}

/** The dependency file the build itself asked for with `-MD -MF FILE`. */
function userDepfile(args: string[]): string | null {
  if (!args.includes('-MD')) return null;
  const at = args.lastIndexOf('-MF');
  if (at >= 0) return args[at + 1] ?? null;
  return args.findLast((arg) => arg.startsWith('-MF') && arg.length > 3)?.slice(3) ?? null;
}

/** The compile's key before any header is read: compiler, arguments, directory and source. */
function baseKey(
  identity: string,
  command: CompilerCommand,
  cwd: string,
  sourceDigest: string,
  env: NodeJS.ProcessEnv,
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        'base-1',
        identity,
        command.flagsHash,
        cwd,
        command.source,
        sourceDigest,
        KEY_ENVIRONMENT.map((name) => env[name] ?? null),
      ]),
    )
    .digest('hex');
}

/**
 * The object cache's keys (ccache's direct mode in spirit): a compile is keyed by its compiler,
 * arguments, directory and source, and the manifest of headers it read, recorded from its own
 * dependency output, so a hit needs no preprocessor; where that cannot be trusted, by its
 * preprocessed text. `records` gives what is filed for a base key: manifests and marks.
 */
export class CacheKeys {
  private readonly facts = new FileFacts();
  private readonly probe = new CompilerProbe();
  private readonly shadowsBySearch = new WeakMap<SearchList, Map<string, [string, string][]>>();

  constructor(
    private readonly records: (base: string) => { key: string; record: DirectRecord }[],
  ) {}

  async plan(
    command: CompilerCommand,
    cwd: string,
    env: NodeJS.ProcessEnv,
    privateDepfile: string,
  ): Promise<KeyPlan> {
    const preprocessed = (reason: string, base: string | null = null): KeyPlan => ({
      mode: 'preprocessed',
      base,
      reason,
    });
    const identity = await this.probe.identity(command.compiler.at(-1)!, env);
    if (!identity.known)
      return preprocessed('the compiler is not one wheelwright knows (neither GCC nor Clang)');
    const obstacle = commandObstacle(command);
    if (obstacle) return preprocessed(obstacle);
    const sourceFile = path.resolve(cwd, command.source!);
    const source = this.facts.content(sourceFile);
    if (source === null) return preprocessed('the source could not be read');
    if (source.timeMacros) return preprocessed(`the source uses ${TIME_MACROS}`);
    const base = baseKey(identity.digest, command, cwd, source.digest, env);
    const filed = this.records(base);
    for (const { record } of filed)
      if (!isManifest(record)) return preprocessed(record.preprocess, base);
    // The source read a moment ago stands for itself in the manifests' checks: a fresh copy's
    // files are too new for FileFacts to keep, and reading lxml's 11 MB etree.c again proves
    // nothing the first read did not.
    const now = {
      content: (file: string) => (file === sourceFile ? source : this.facts.content(file)),
      names: (dir: string) => this.facts.names(dir),
    };
    const hit = filed.find(({ record }) => isManifest(record) && manifestHolds(record, now));
    const asked = userDepfile(command.argv.slice(command.compiler.length));
    return {
      mode: 'direct',
      base,
      hit: hit ? { ...hit, fallback: null } : null,
      depfile: asked === null ? privateDepfile : path.resolve(cwd, asked),
      addDepfile: asked === null,
    };
  }

  /**
   * Asks for a compiler's identity ahead of its first compile (a `--version` run), so that the
   * first hits do not wait for it; the answer is kept for the run like one asked by a compile.
   */
  async identify(compiler: string, env: NodeJS.ProcessEnv): Promise<void> {
    await this.probe.identity(compiler, env);
  }

  /** The command to run for a compile planned so: with the launcher's own dependency output. */
  compileArgv(plan: KeyPlan, argv: string[]): string[] {
    return plan.mode === 'direct' && plan.addDepfile ? [...argv, '-MD', '-MF', plan.depfile] : argv;
  }

  /** The key of the compile's preprocessed text: compiler, arguments, directory and that text. */
  async preprocessedKey(
    command: CompilerCommand,
    cwd: string,
    env: NodeJS.ProcessEnv,
  ): Promise<string | null> {
    const [identity, preprocessed] = await Promise.all([
      this.probe.identity(command.compiler.at(-1)!, env),
      this.probe.preprocessed(command, cwd, env),
    ]);
    if (preprocessed === null) return null;
    return createHash('sha256')
      .update([identity.digest, command.flagsHash, cwd, preprocessed].join('\0'))
      .digest('hex');
  }

  /** A compile planned for preprocessing, keyed so (`key`, from preprocessedKey). */
  preprocessedKeyed(plan: Extract<KeyPlan, { mode: 'preprocessed' }>, key: string | null): Keyed {
    return {
      key,
      record: plan.base === null ? null : { base: plan.base, preprocess: plan.reason },
      fallback: plan.reason,
    };
  }

  /** Forgets a failed compile's dependency output. */
  discard(plan: KeyPlan): void {
    if (plan.mode === 'direct' && plan.addDepfile) rmSync(plan.depfile, { force: true });
  }

  /**
   * The key of an object compiled as planned, from the compile's dependency output; when the
   * manifest cannot be trusted, from its preprocessed text, with a mark that sends the next
   * compile of this base key there first. `startedMs`: when the compile started.
   */
  async keyCompiled(
    plan: Extract<KeyPlan, { mode: 'direct' }>,
    command: CompilerCommand,
    cwd: string,
    env: NodeJS.ProcessEnv,
    startedMs: number,
  ): Promise<Keyed> {
    const manifest = await this.manifestOf(plan, command, cwd, env, startedMs);
    if (typeof manifest !== 'string')
      return { key: manifestKey(manifest), record: manifest, fallback: null };
    return {
      key: await this.preprocessedKey(command, cwd, env),
      record: { base: plan.base, preprocess: manifest },
      fallback: manifest,
    };
  }

  /** What the compile read, or why that cannot be trusted. */
  private async manifestOf(
    plan: Extract<KeyPlan, { mode: 'direct' }>,
    command: CompilerCommand,
    cwd: string,
    env: NodeJS.ProcessEnv,
    startedMs: number,
  ): Promise<DirectManifest | string> {
    let text: string;
    try {
      text = readFileSync(plan.depfile, 'utf8');
    } catch {
      return 'its dependency output could not be read';
    } finally {
      if (plan.addDepfile) rmSync(plan.depfile, { force: true });
    }
    const paths = dependencyPaths(text);
    if (paths === null) return 'its dependency output could not be parsed';
    const files = paths.map((p) => path.resolve(cwd, p));
    if (files.some((file) => file.endsWith('.gch') || file.endsWith('.pch')))
      return 'it reads a precompiled header';
    const contents = files.map((file) => this.facts.content(file));
    if (contents.some((content) => content === null)) return 'a file it read is gone';
    if (contents.some((content) => content!.timeMacros)) return `a header uses ${TIME_MACROS}`;
    if (contents.some((content) => content!.changedMs > startedMs - RACY_MS))
      return 'a file it read changed while it compiled';
    const search = await this.probe.searchList(command, cwd, env);
    if (search === null) return 'its compiler printed no include search list';
    return {
      base: plan.base,
      files: files.map((file, i) => [file, contents[i]!.digest]),
      absent: mergeShadows(
        files.map((file, i) => this.shadows(file, contents[i]!, i === 0, search)),
      ),
    };
  }

  /**
   * A file's shadowing paths, worked out once per run for each search list: the compiles of one
   * extension read mostly the same headers. A path that appears later in the run only makes the
   * manifests written after that never hold.
   */
  private shadows(file: string, content: FileContent, isSource: boolean, search: SearchList) {
    let known = this.shadowsBySearch.get(search);
    if (!known) this.shadowsBySearch.set(search, (known = new Map()));
    const id = `${file}\0${content.digest}\0${isSource}`;
    let pairs = known.get(id);
    if (!pairs) {
      pairs = shadowsOf(file, content.quoted(), isSource, search, (dir) => this.facts.names(dir));
      known.set(id, pairs);
    }
    return pairs;
  }
}
