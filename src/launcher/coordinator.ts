import { linkSync, renameSync, rmSync, mkdirSync, appendFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { compileMemoryLine, estimateCompileBytes } from '../plan/compile-memory.js';
import { HeaderExcess } from '../plan/header-excess.js';
import { sourceFacts } from '../plan/sources.js';
import type { KeyPlan, Keyed } from '../cache/direct-key.js';
import { parseCommand, withOutput, type CompilerCommand } from './command.js';
import type { JournalRecord } from './journal.js';
import { extensionName } from './extension-name.js';
import { UNLINKED, type ObjectCache } from './object-cache.js';
import type { Lease, RemoteHosts } from './remote-compile.js';
import { SlotPool } from './slot-pool.js';
import { Variants } from './variants.js';
import { Decoder, encode } from './wire.js';

/** A compile or link running now: which build, which file, since when (ms). */
export interface RunningCommand {
  build: string;
  what: string;
  since: number;
}

export interface CoordinatorSettings {
  socketPath: string;
  jobs: number;
  budgetBytes: number;
  /** Where object variants live, outside every build tree. */
  objectsDir: string;
  journalFile: string;
  /** Peak memory measured for a source in earlier runs, by source key. */
  history: Map<string, number>;
  oomKills: () => number | null;
  /** Objects by content, shared by every build and kept between runs; null turns caching off. */
  objectCache: ObjectCache | null;
  /** Where a command run without the coordinator is noted (`<why>: <program>`), as the shim does. */
  fallbackLog: string;
  /** distcc hosts compiles may be sent to; null keeps every compile here. */
  remote?: RemoteHosts | null;
}

/** One compile or link being served. */
interface Job {
  command: CompilerCommand;
  build: string;
  cwd: string;
  argv: string[];
  /** Where the build expects the output (absolute). */
  output: string;
  variants: Variants;
  env: NodeJS.ProcessEnv;
}

interface Done {
  exitCode: number;
  signal: number;
  peakRssBytes: number;
  cpuMs: number;
  wallMs: number;
  /** Where it ran when not here, or the host that could not run it (JournalRecord's fields). */
  where?: Pick<JournalRecord, 'host' | 'hostFailure'>;
}

const MiB = 1024 ** 2;
// A plain link is small; an LTO link runs the optimiser over every object.
const LINK_BYTES = 200 * MiB;
// Measurements vary a little from run to run: keep a margin over the last one.
export const HISTORY_MARGIN = 1.1;
const SIGNAL_NAMES: Record<number, string> = {
  9: 'SIGKILL',
  15: 'SIGTERM',
  11: 'SIGSEGV',
  6: 'SIGABRT',
};

/** One connection from one shim: its messages in order. */
class Peer {
  private readonly decoder = new Decoder();
  private readonly waiting: ((message: string[] | null) => void)[] = [];
  private readonly ready: string[][] = [];
  private readonly closing: (() => void)[] = [];
  private closed = false;

  constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => {
      // Only the shim writes to this socket; bytes it would never send end that connection, not
      // the coordinator (a throw here would be uncaught and end the whole run).
      let messages: string[][];
      try {
        messages = this.decoder.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const message of messages) this.deliver(message);
    });
    socket.on('close', () => {
      this.closed = true;
      for (const waiter of this.waiting.splice(0)) waiter(null);
      for (const close of this.closing.splice(0)) close();
    });
    socket.on('error', () => socket.destroy());
  }

  private deliver(message: string[]): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(message);
    else this.ready.push(message);
  }

  next(): Promise<string[] | null> {
    const message = this.ready.shift();
    if (message) return Promise.resolve(message);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Runs `fn` when the shim's connection closes, however serving it ended. */
  whenClosed(fn: () => void): void {
    if (this.closed) fn();
    else this.closing.push(fn);
  }

  send(strings: string[]): void {
    this.socket.write(encode(strings));
  }

  end(): void {
    this.socket.end();
  }
}

/** sourceFacts; a source the compiler will not find either fails fast and small. */
function sourceSize(file: string, countCalls = true): ReturnType<typeof sourceFacts> {
  try {
    return sourceFacts(file, countCalls);
  } catch {
    return { bytes: 0, cython: null };
  }
}

/**
 * Answers the shims of every build: hands out compile slots within the job count and the memory
 * budget, redirects each output to a private path and publishes it whole, gives each link the
 * object variants of its own extension, retries a compile the kernel killed for memory alone,
 * and journals every compile and link.
 */
export class Coordinator {
  readonly journal: JournalRecord[] = [];
  /** This run's peak memory per source key: the next run's estimates. */
  readonly measured = new Map<string, number>();
  /** Each source's size (and Cython's calls) by source key, read once for every build. */
  private readonly factsBySource = new Map<string, ReturnType<typeof sourceFacts>>();
  /** What this package's headers cost beyond the model, from its finished compiles. */
  private readonly headers = new HeaderExcess();
  private readonly pool: SlotPool;
  private readonly variants = new Map<string, Variants>();
  private readonly roots = new Map<string, string>();
  private readonly environments = new Map<string, NodeJS.ProcessEnv>();
  /** Objects this run compiled or fetched with a cache key, by variant path, until linked. */
  private readonly keyed = new Map<string, { build: string; keyed: Keyed; compileMs: number }>();
  /** The keys each object group holds after this run: `<build>/<extension>`. */
  private readonly groups = new Map<string, Set<string>>();
  private readonly linked = new Set<string>();
  private server: net.Server | null = null;
  private readonly active = new Set<RunningCommand>();
  private sequence = 0;

  constructor(private readonly settings: CoordinatorSettings) {
    this.pool = new SlotPool(settings.jobs, settings.budgetBytes);
    mkdirSync(settings.objectsDir, { recursive: true });
  }

  /** What is compiling or linking now, for a live status line. */
  running(): RunningCommand[] {
    return [...this.active];
  }

  /**
   * Names a build and the directory its sources are copied to (for history keys); the identities
   * of `compilers`, what its CC and CXX run, are asked for now, while the package is copied and
   * the frontend starts, not by its first compiles.
   */
  addBuild(id: string, sourceRoot: string, env: NodeJS.ProcessEnv, compilers: string[] = []): void {
    this.roots.set(id, sourceRoot);
    this.environments.set(id, env);
    this.variants.set(id, new Variants());
    for (const compiler of compilers) void this.settings.objectCache?.keys.identify(compiler, env);
  }

  start(): Promise<void> {
    rmSync(this.settings.socketPath, { force: true });
    this.server = net.createServer((socket) => {
      void this.answer(new Peer(socket));
    });
    return new Promise((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.settings.socketPath, () => resolve());
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      rmSync(this.settings.socketPath, { force: true });
    });
  }

  private sourceKey(build: string, file: string): string {
    const root = this.roots.get(build);
    return root && file.startsWith(`${root}${path.sep}`) ? path.relative(root, file) : file;
  }

  private estimate(command: CompilerCommand, build: string, cwd: string): number {
    if (command.kind === 'link') {
      if (!command.lto) return LINK_BYTES;
      return Math.max(
        LINK_BYTES,
        ...this.journal
          .filter((r) => r.build === build && r.kind === 'compile')
          .map((r) => r.peakRssBytes),
      );
    }
    const file = path.resolve(cwd, command.source!);
    const key = this.sourceKey(build, file);
    const measured = this.measured.get(key) ?? this.settings.history.get(key);
    if (measured !== undefined) return Math.round(measured * HISTORY_MARGIN);
    // every build compiles its own copy of the same tree: the first copy read stands for all
    let facts = this.factsBySource.get(key);
    if (!facts) this.factsBySource.set(key, (facts = sourceSize(file)));
    return estimateCompileBytes(
      { file, language: command.language!, ...facts },
      { debug: command.debug, lto: command.lto },
      this.headers.bytes(command.language!, command.debug),
    );
  }

  /** A compile that ran here and succeeded teaches the header excess its peak over the model. */
  private learnHeaders({ command, build, cwd }: Job, done: Done): void {
    const file = path.resolve(cwd, command.source!);
    // a compile planned from its history read no facts; Cython's C teaches nothing, so its
    // calls are not counted for this
    const facts = this.factsBySource.get(this.sourceKey(build, file)) ?? sourceSize(file, false);
    const unit = { file, language: command.language!, ...facts };
    const flags = { debug: command.debug, lto: command.lto };
    this.headers.learn(
      unit,
      command.debug,
      done.peakRssBytes,
      compileMemoryLine(unit, flags).peakBytes,
    );
  }

  private async runOnce(peer: Peer, argv: string[]): Promise<Done | null> {
    peer.send(['run', ...argv]);
    const reply = await peer.next();
    if (!reply || reply[0] !== 'done') return null;
    const [, exitCode, signal, maxRssKiB, userUs, systemUs, wallUs] = reply.map(Number) as number[];
    return {
      exitCode: exitCode!,
      signal: signal!,
      peakRssBytes: maxRssKiB! * 1024,
      cpuMs: Math.round((userUs! + systemUs!) / 1000),
      wallMs: Math.round(wallUs! / 1000),
    };
  }

  /**
   * Serves one shim. Serving moves files (rename, link, append) that can fail; then the shim,
   * which waits for a reply whenever this code runs, is told to run its command as given, the
   * way it does when the coordinator is unreachable, and the fault is noted with those. A fault
   * must neither end the process (an unhandled rejection) nor hold a slot.
   */
  private async answer(peer: Peer): Promise<void> {
    const request = await peer.next();
    if (!request || request[0] !== 'request' || request.length < 4) return peer.end();
    const [, build, cwd, ...argv] = request as [string, string, string, ...string[]];
    const held: (() => void)[] = [];
    const acquire = async (bytes: number, alone = false) => {
      const release = await this.pool.acquire(bytes, alone);
      held.push(release);
      return release;
    };
    try {
      await this.serve(peer, build, cwd, argv, acquire);
    } catch (error) {
      for (const release of held) release();
      const why = `the coordinator failed (${(error as Error).message.replaceAll('\n', ' ')})`;
      try {
        appendFileSync(this.settings.fallbackLog, `${why}: ${argv[0]}\n`);
      } catch {
        // the note is lost, the compile is not
      }
      const done = await this.runOnce(peer, argv);
      peer.send(['exit', String(done ? exitStatus(done) : 1)]);
      peer.end();
    }
  }

  /**
   * One compile or link: a compile the cache holds is served from it (without a slot when its key
   * needs no preprocessing), anything else runs in a slot.
   */
  private async serve(
    peer: Peer,
    build: string,
    cwd: string,
    argv: string[],
    acquire: (bytes: number, alone?: boolean) => Promise<() => void>,
  ): Promise<void> {
    const command = parseCommand(argv);
    if (command.kind === 'other') {
      const done = await this.runOnce(peer, argv);
      peer.send(['exit', String(done ? exitStatus(done) : 1)]);
      return peer.end();
    }
    const startedMs = Date.now();
    const job: Job = {
      command,
      build,
      cwd,
      argv,
      output: path.resolve(cwd, command.output ?? 'a.out'),
      variants: this.variants.get(build) ?? new Variants(),
      env: this.environments.get(build) ?? process.env,
    };
    const cache = command.kind === 'compile' ? this.settings.objectCache : null;
    const plan = cache
      ? await cache.keys.plan(
          command,
          cwd,
          job.env,
          path.join(this.settings.objectsDir, `${++this.sequence}.d`),
        )
      : null;
    if (
      plan?.mode === 'direct' &&
      plan.hit &&
      (await this.serveHit(peer, job, plan.hit, startedMs))
    )
      return;
    const estimateBytes = this.estimate(command, build, cwd);
    // Only a compile the cache did not serve may go to a host. Its remote slot stands in for the
    // local one: what it runs here (a preprocessed key's `cc -E`, and distcc's own preprocessing)
    // runs outside the local slots, as distcc's preprocessing does. A preprocessed-key hit gives
    // the remote slot back unused; the peer's close does, if serving fails.
    const lease = this.settings.remote?.lease(command) ?? null;
    if (lease) peer.whenClosed(lease.release);
    const slot = lease ? lease.release : await acquire(estimateBytes);
    let keyed: Keyed | null = null;
    if (cache && plan?.mode === 'preprocessed') {
      // preprocessing is CPU work like the compile's: it runs in the compile's slot
      keyed = cache.keys.preprocessedKeyed(
        plan,
        await cache.keys.preprocessedKey(command, cwd, job.env),
      );
      if (keyed.key !== null && (await this.serveHit(peer, job, keyed, startedMs))) return slot();
    }
    await this.compileWithRetry(peer, job, estimateBytes, slot, acquire, plan, keyed, lease);
  }

  /** Serves a compile from the cache: false when the cache does not hold its object after all. */
  private async serveHit(peer: Peer, job: Job, keyed: Keyed, startedMs: number): Promise<boolean> {
    const temporary = this.temporaryFor(job.output, 'tmp');
    const hit = await this.settings.objectCache!.fetch(keyed.key!, temporary);
    if (!hit) return false;
    const variant = this.publish(job.command, job.variants, job.output, temporary);
    this.keyed.set(variant, { build: job.build, keyed, compileMs: hit.savedMs });
    this.record({
      ...this.entryBase(job),
      exitCode: 0,
      signal: null,
      peakRssBytes: 0,
      estimateBytes: 0,
      // what the build waited for: the key and the copy
      wallMs: Date.now() - startedMs,
      cpuMs: 0,
      cacheHit: true,
      cacheBytes: hit.bytes,
      cacheSavedMs: hit.savedMs,
      ...keyedBy(keyed),
      attempt: 1,
      startedAt: new Date(startedMs).toISOString(),
    });
    peer.send(['exit', '0']);
    peer.end();
    return true;
  }

  /**
   * Runs a compile or link in its slot, and once more alone if the kernel killed it for memory; a
   * compile planned for the cache is keyed before its slot is let go (keying may preprocess). A
   * compile with a remote slot goes to its host first; its object is keyed and cached like a local
   * one (distcc preprocesses here, so a direct key's dependency output is written here too).
   */
  private async compileWithRetry(
    peer: Peer,
    job: Job,
    estimateBytes: number,
    firstSlot: () => void,
    acquire: (bytes: number, alone?: boolean) => Promise<() => void>,
    plan: KeyPlan | null,
    preprocessedKey: Keyed | null,
    lease: Lease | null,
  ): Promise<void> {
    const { command, cwd, output } = job;
    const keys = this.settings.objectCache?.keys ?? null;
    const runArgv = command.kind === 'link' ? this.linkArgv(job) : job.argv;
    let slot: (() => void) | null = firstSlot;
    let status = 1;
    for (let attempt = 1; attempt <= 2; attempt++) {
      const temporary = this.temporaryFor(output, 'tmp');
      const release = slot ?? (await acquire(estimateBytes, true));
      slot = null;
      const killsBefore = this.settings.oomKills();
      const startedMs = Date.now();
      const running = {
        build: job.build,
        what: command.source ?? path.basename(output),
        since: startedMs,
      };
      this.active.add(running);
      const toRun = withOutput({ ...command, argv: runArgv }, temporary);
      const argv = plan && keys ? keys.compileArgv(plan, toRun) : toRun;
      const done =
        lease && attempt === 1
          ? await this.runOnHost(peer, lease, argv, () => acquire(estimateBytes))
          : await this.runOnce(peer, argv);
      this.active.delete(running);
      const killsAfter = this.settings.oomKills();
      if (!done) {
        release();
        rmSync(temporary, { force: true });
        return peer.end();
      }
      status = exitStatus(done);
      const keyed =
        status !== 0 || !plan || !keys
          ? null
          : plan.mode === 'direct'
            ? await keys.keyCompiled(plan, command, cwd, job.env, startedMs)
            : preprocessedKey;
      if (status !== 0 && plan && keys) keys.discard(plan);
      release();
      const oomKilled =
        status !== 0 &&
        (done.signal === 9 ||
          (killsBefore !== null && killsAfter !== null && killsAfter > killsBefore));
      this.recordAttempt(job, done, { attempt, startedMs, estimateBytes, oomKilled, keyed });
      if (status === 0) {
        // a host's compile measured only the preprocessor here
        if (command.kind === 'compile' && !done.where?.host) this.learnHeaders(job, done);
        const published = this.publish(command, job.variants, output, temporary);
        if (keyed?.key)
          this.keyed.set(published, { build: job.build, keyed, compileMs: done.wallMs });
        if (command.kind === 'link')
          this.fileLinked(job.build, output, runArgv, command.objectIndices);
        break;
      }
      rmSync(temporary, { force: true });
      if (!oomKilled) break;
    }
    peer.send(['exit', String(status)]);
    peer.end();
  }

  /** The journal's record of one run of a compile or link, here or on its host. */
  private recordAttempt(
    job: Job,
    done: Done,
    run: {
      attempt: number;
      startedMs: number;
      estimateBytes: number;
      oomKilled: boolean;
      keyed: Keyed | null;
    },
  ): void {
    this.record({
      ...this.entryBase(job),
      exitCode: done.signal ? null : done.exitCode,
      // a kill the cgroup's counter saw is the kernel's SIGKILL even where the driver reported
      // only its child's failure
      signal:
        run.oomKilled && !done.signal
          ? 'SIGKILL'
          : (SIGNAL_NAMES[done.signal] ?? (done.signal ? String(done.signal) : null)),
      peakRssBytes: done.peakRssBytes,
      estimateBytes: run.estimateBytes,
      wallMs: done.wallMs,
      cpuMs: done.cpuMs,
      cacheHit: false,
      ...(run.keyed ? keyedBy(run.keyed) : {}),
      attempt: run.attempt,
      startedAt: new Date(run.startedMs).toISOString(),
      ...done.where,
    });
  }

  /** A link's command with each object replaced by the variant its extension compiled. */
  private linkArgv({ command, cwd, argv, variants }: Job): string[] {
    const objects: readonly number[] = command.objectIndices;
    const chosen = variants.forLink(objects.map((i) => path.resolve(cwd, argv[i]!)));
    return argv.map((arg, i) =>
      objects.includes(i) ? (chosen.get(path.resolve(cwd, arg)) ?? arg) : arg,
    );
  }

  /** A private path next to `output` that nothing else writes. */
  private temporaryFor(output: string, suffix: string): string {
    return `${output}.ww${process.pid}-${++this.sequence}.${suffix}`;
  }

  /**
   * Compiles on the lease's host; a compile the host cannot do runs here once, in a local slot,
   * and comes back with the host's error.
   */
  private async runOnHost(
    peer: Peer,
    lease: Lease,
    argv: string[],
    acquireLocal: () => Promise<() => void>,
  ): Promise<Done | null> {
    const host = `${lease.host.name}:${lease.host.port}`;
    const remote = this.settings.remote!.command(lease, argv);
    const sent = await this.runOnce(peer, remote.argv);
    lease.release();
    if (!sent) return null;
    const verdict = remote.verdict(sent.exitCode, sent.signal);
    if (verdict.ok) return verdict.remote ? { ...sent, where: { host } } : sent;
    const release = await acquireLocal();
    try {
      const done = await this.runOnce(peer, argv);
      return (
        done && {
          ...done,
          where: { hostFailure: { host, error: verdict.error, wallMs: sent.wallMs } },
        }
      );
    } finally {
      release();
    }
  }

  /** Files the cached objects a link used under its extension's group. */
  private fileLinked(build: string, output: string, argv: string[], objectIndices: number[]): void {
    const cache = this.settings.objectCache;
    if (!cache) return;
    const group = `${build}/${extensionName(output, this.roots.get(build))}`;
    const keys = this.groups.get(group) ?? new Set<string>();
    this.groups.set(group, keys);
    for (const i of objectIndices) {
      const object = this.keyed.get(argv[i]!);
      if (!object) continue;
      const { key, record } = object.keyed;
      cache.store(key!, argv[i]!, group, object.compileMs, record);
      keys.add(key!);
      this.linked.add(argv[i]!);
    }
  }

  /**
   * After the last build: objects no link used (a failed build's) are kept in their build's
   * unlinked group, so fixing one file does not recompile the others; then every group this run
   * wrote holds exactly this run's objects, and the builds in `complete` lose the groups of
   * extensions they no longer have.
   */
  settleCache(complete: string[]): void {
    const cache = this.settings.objectCache;
    if (!cache) return;
    for (const [variant, object] of this.keyed) {
      if (this.linked.has(variant)) continue;
      const group = `${object.build}/${UNLINKED}`;
      const { key, record } = object.keyed;
      cache.store(key!, variant, group, object.compileMs, record);
      this.groups.set(group, (this.groups.get(group) ?? new Set<string>()).add(key!));
    }
    cache.settle(this.groups, new Set(complete));
  }

  /**
   * Moves a finished output into place whole; an object also keeps its immutable variant, whose
   * path it returns.
   */
  private publish(
    command: CompilerCommand,
    variants: Variants,
    output: string,
    temporary: string,
  ): string {
    if (command.kind === 'compile') {
      const variant = path.join(
        this.settings.objectsDir,
        `${++this.sequence}-${path.basename(output)}`,
      );
      renameSync(temporary, variant);
      variants.record(output, command.flagsHash, variant);
      const staged = `${output}.ww${process.pid}-${++this.sequence}.tmp`;
      linkSync(variant, staged);
      renameSync(staged, output);
      return variant;
    }
    renameSync(temporary, output);
    return output;
  }

  /** The journal fields that describe the command itself. */
  private entryBase({ command, build, argv, cwd, output }: Job) {
    return {
      kind: command.kind as 'compile' | 'link',
      build,
      argv,
      cwd,
      source:
        command.source === null ? null : this.sourceKey(build, path.resolve(cwd, command.source)),
      output: command.output,
      extension: command.kind === 'link' ? extensionName(output, this.roots.get(build)) : null,
      flagsHash: command.flagsHash,
    };
  }

  private record(entry: JournalRecord): void {
    this.journal.push(entry);
    appendFileSync(this.settings.journalFile, `${JSON.stringify(entry)}\n`);
    // a cache hit measured nothing: it must not teach the plan that the file is free
    if (
      entry.kind === 'compile' &&
      entry.source !== null &&
      entry.exitCode === 0 &&
      !entry.cacheHit &&
      // a host's compile measured only the preprocessor here
      entry.host === undefined
    ) {
      this.measured.set(
        entry.source,
        Math.max(entry.peakRssBytes, this.measured.get(entry.source) ?? 0),
      );
    }
  }
}

/** How a compile's object was keyed, for the journal. */
const keyedBy = (keyed: Keyed): Pick<JournalRecord, 'cacheKey' | 'cacheFallback'> =>
  keyed.fallback === null
    ? { cacheKey: 'direct' }
    : { cacheKey: 'preprocessed', cacheFallback: keyed.fallback };

const exitStatus = (done: Done): number => (done.signal ? 128 + done.signal : done.exitCode);
