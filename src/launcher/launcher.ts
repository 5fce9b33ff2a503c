import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Interpreter } from '../build/interpreter.js';
import { cacheLayout } from '../cache/layout.js';
import { compilerEnvironment } from './compiler-environment.js';
import { Coordinator } from './coordinator.js';
import { ObjectCache } from './object-cache.js';
import { oomKillCounter } from './oom-counter.js';
import { launcherUnavailable } from './launcher-platform.js';
import { buildShim } from './shim-build.js';

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
}

export interface Launcher {
  coordinator: Coordinator;
  /** Null when caching is off. */
  objectCache: ObjectCache | null;
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

/**
 * The coordinator's socket: in the run's own directory when its path fits a Unix socket address,
 * else in /tmp under a name derived from it. A deep RUNNER_TEMP (self-hosted runners) must not
 * leave every compile running without the launcher.
 */
export function socketPathFor(scratchDir: string): string {
  const inScratch = path.join(scratchDir, 'launcher.sock');
  if (Buffer.byteLength(inScratch) <= SOCKET_PATH_MAX) return inScratch;
  const digest = createHash('sha256').update(scratchDir).digest('hex').slice(0, 16);
  return path.join('/tmp', `wheelwright-${digest}.sock`);
}

/** The file in which the shim notes each command it ran without the coordinator, and why. */
export const bypassLog = (reportDir: string): string =>
  path.join(reportDir, 'launcher-fallback.log');

/** Builds the shim and starts the coordinator every build's compiles will talk to. */
export async function startLauncher(settings: LauncherSettings): Promise<Launcher> {
  const unavailable = launcherUnavailable(process.platform);
  if (unavailable) throw new Error(unavailable);
  const shim = buildShim(path.join(settings.cacheDir, 'bin'));
  const layout = cacheLayout(settings.cacheDir, settings.packageDir);
  const socketPath = socketPathFor(settings.scratchDir);
  const history = readHistory(layout.history);
  const objectCache = settings.objectCache ? new ObjectCache(layout.objects) : null;
  const coordinator = new Coordinator({
    socketPath,
    jobs: settings.jobs,
    budgetBytes: settings.budgetBytes,
    objectsDir: path.join(settings.scratchDir, 'objects'),
    journalFile: path.join(settings.reportDir, 'journal.jsonl'),
    history,
    oomKills: oomKillCounter(),
    objectCache,
  });
  writeFileSync(path.join(settings.reportDir, 'journal.jsonl'), '');
  rmSync(bypassLog(settings.reportDir), { force: true });
  await coordinator.start();
  let finished = false;
  return {
    coordinator,
    objectCache,
    environmentFor(interpreter, sourceRoot, env) {
      coordinator.addBuild(interpreter.id, sourceRoot, env);
      return {
        ...compilerEnvironment(shim, interpreter.compilers, env),
        WHEELWRIGHT_SOCKET: socketPath,
        WHEELWRIGHT_BUILD: interpreter.id,
        WHEELWRIGHT_FALLBACK_LOG: bypassLog(settings.reportDir),
      };
    },
    async finish(complete) {
      if (finished) return;
      finished = true;
      await coordinator.stop();
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
