import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Interpreter } from '../build/interpreter.js';
import { claimPrivate } from '../build/scratch.js';
import { cacheLayout } from '../cache/layout.js';
import { compilerEnvironment, compilersBehind } from './compiler-environment.js';
import { Coordinator } from './coordinator.js';
import { ObjectCache } from './object-cache.js';
import { oomKillCounter } from './oom-counter.js';
import { launcherUnavailable } from './launcher-platform.js';
import { buildShim } from './shim-build.js';
import type { DistccHosts } from './distcc-hosts.js';
import { RemoteHosts, type RemoteState } from './remote-compile.js';
import { findOnPath, isProgram } from '../platform/env-path.js';

export interface LauncherSettings {
  /** A directory of this run's own (the socket and object variants go there). */
  scratchDir: string;
  cacheDir: string;
  reportDir: string;
  /** The package built: measurements are kept per package. */
  packageDir: string;
  jobs: number;
  budgetBytes: number;
  /** Keep compiled objects in the package's object groups and reuse them by content. */
  objectCache: boolean;
  /** Hosts to send compiles to; null compiles everything here. */
  distccHosts?: DistccHosts | null;
}

export interface Launcher {
  coordinator: Coordinator;
  /** Null when caching is off. */
  objectCache: ObjectCache | null;
  /** The distcc hosts; null when none were given or distcc is not installed (`remoteProblem`). */
  remote: RemoteHosts | null;
  remoteProblem: string | null;
  /** The variables one build needs so its compilers go through the shim. */
  environmentFor(
    interpreter: Interpreter,
    sourceRoot: string,
    env: Record<string, string | undefined>,
  ): Record<string, string>;
  /**
   * Stops answering, saves what the compiles measured for the next run's plan and settles the
   * object groups; `complete` names the builds whose every extension was built.
   */
  finish(complete: string[]): Promise<void>;
}

export function readHistory(file: string): Map<string, number> {
  if (!existsSync(file)) return new Map();
  try {
    return new Map(
      Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>),
    );
  } catch {
    return new Map();
  }
}

// sun_path holds 108 bytes on Linux and 104 on macOS, with the terminating NUL.
const SOCKET_PATH_MAX = 103;

const fits = (socket: string) => Buffer.byteLength(socket) <= SOCKET_PATH_MAX;

/**
 * The coordinator's socket: in the run's own directory when its path fits a Unix socket address,
 * else in a private directory of its own under the temporary directory (TMPDIR), or under /tmp
 * when that is too deep as well. A deep RUNNER_TEMP (self-hosted runners) must not leave every
 * compile running without the launcher. Either way the socket is in a directory only this user
 * can enter (0700): only this user's processes, the build's shims, can connect to it; a Unix
 * socket's own mode is not honoured everywhere, a directory's is.
 */
function socketFor(scratchDir: string): { path: string; release(): void } {
  const inScratch = path.join(scratchDir, 'launcher.sock');
  if (fits(inScratch)) return { path: inScratch, release() {} };
  // as long as claimPrivate's path will be: wheelwright-<uid>/socket-XXXXXX/launcher.sock
  const longest = `wheelwright-${process.getuid?.() ?? 'user'}/socket-XXXXXX/launcher.sock`;
  const root = fits(path.join(os.tmpdir(), longest)) ? os.tmpdir() : '/tmp';
  const own = claimPrivate(root, 'socket-');
  return { path: path.join(own.dir, 'launcher.sock'), release: own.release };
}

/** The file in which the shim notes each command it ran without the coordinator, and why. */
export const fallbackLogFile = (reportDir: string): string =>
  path.join(reportDir, 'launcher-fallback.log');

/** The distcc hosts' state for the report; a problem that kept every compile here is its warning. */
export function remoteState(launcher: Launcher): RemoteState | null {
  if (launcher.remoteProblem) return { slots: 0, hosts: [], warning: launcher.remoteProblem };
  return launcher.remote?.state() ?? null;
}

/** The launcher, or why it could not start (then every compile runs without it). */
export type StartedLauncher =
  { launcher: Launcher; problem: null } | { launcher: null; problem: string };

/** Starts the launcher; a failure to start is no failure of the run, only of the launcher. */
export async function tryStartLauncher(settings: LauncherSettings): Promise<StartedLauncher> {
  try {
    return { launcher: await startLauncher(settings), problem: null };
  } catch (error) {
    return { launcher: null, problem: (error as Error).message };
  }
}

/** Builds the shim and starts the coordinator every build's compiles will talk to. */
export async function startLauncher(settings: LauncherSettings): Promise<Launcher> {
  const unavailable = launcherUnavailable(process.platform);
  if (unavailable) throw new Error(unavailable);
  const shim = buildShim(path.join(settings.cacheDir, 'bin'));
  const layout = cacheLayout(settings.cacheDir, settings.packageDir);
  const socket = socketFor(settings.scratchDir);
  const socketPath = socket.path;
  const history = readHistory(layout.history);
  const objectCache = settings.objectCache ? new ObjectCache(layout.objects) : null;
  const distcc = settings.distccHosts
    ? findOnPath('distcc', process.env, process.platform, isProgram)
    : null;
  const remote =
    settings.distccHosts && distcc
      ? new RemoteHosts(
          settings.distccHosts.hosts,
          path.join(settings.scratchDir, 'distcc'),
          distcc,
        )
      : null;
  const coordinator = new Coordinator({
    socketPath,
    jobs: settings.jobs,
    budgetBytes: settings.budgetBytes,
    objectsDir: path.join(settings.scratchDir, 'objects'),
    journalFile: path.join(settings.reportDir, 'journal.jsonl'),
    history,
    oomKills: oomKillCounter(),
    objectCache,
    fallbackLog: fallbackLogFile(settings.reportDir),
    remote,
  });
  writeFileSync(path.join(settings.reportDir, 'journal.jsonl'), '');
  rmSync(fallbackLogFile(settings.reportDir), { force: true });
  await coordinator.start();
  let finished = false;
  return {
    coordinator,
    objectCache,
    remote,
    remoteProblem:
      settings.distccHosts && !distcc
        ? 'distcc-hosts is set but distcc is not on PATH: every compile ran on this machine'
        : null,
    environmentFor(interpreter, sourceRoot, env) {
      const compilers = compilerEnvironment(shim, interpreter.compilers, env);
      coordinator.addBuild(interpreter.id, sourceRoot, env, compilersBehind(compilers));
      return {
        ...compilers,
        WHEELWRIGHT_SOCKET: socketPath,
        WHEELWRIGHT_BUILD: interpreter.id,
        WHEELWRIGHT_FALLBACK_LOG: fallbackLogFile(settings.reportDir),
      };
    },
    async finish(complete) {
      if (finished) return;
      finished = true;
      await coordinator.stop();
      socket.release();
      coordinator.settleCache(complete);
      const merged = {
        ...Object.fromEntries(history),
        ...Object.fromEntries(coordinator.measured),
      };
      mkdirSync(layout.meta, { recursive: true });
      writeFileSync(layout.history, `${JSON.stringify(merged, null, 2)}\n`);
    },
  };
}
