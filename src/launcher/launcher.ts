import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Interpreter } from '../build/interpreter.js';
import { compilerEnvironment } from './compiler-environment.js';
import { Coordinator } from './coordinator.js';
import { ObjectCache } from './object-cache.js';
import { oomKillCounter } from './oom-counter.js';
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
  /** Keep compiled objects in cacheDir/objects and reuse them by content. */
  objectCache: boolean;
}

export interface Launcher {
  coordinator: Coordinator;
  /** The variables one build needs so its compilers go through the shim. */
  environmentFor(
    interpreter: Interpreter,
    sourceRoot: string,
    env: Record<string, string | undefined>,
  ): Record<string, string>;
  /** Stops answering and saves what the compiles measured for the next run's plan. */
  finish(): Promise<void>;
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

/** One file per package: source paths are only unique within a package. */
export const historyFile = (cacheDir: string, packageDir: string): string =>
  path.join(
    cacheDir,
    `memory-history-${createHash('sha256').update(packageDir).digest('hex').slice(0, 12)}.json`,
  );

/** Builds the shim and starts the coordinator every build's compiles will talk to. */
export async function startLauncher(settings: LauncherSettings): Promise<Launcher> {
  const shim = buildShim(path.join(settings.cacheDir, 'bin'));
  const history = readHistory(historyFile(settings.cacheDir, settings.packageDir));
  const coordinator = new Coordinator({
    socketPath: path.join(settings.scratchDir, 'launcher.sock'),
    jobs: settings.jobs,
    budgetBytes: settings.budgetBytes,
    objectsDir: path.join(settings.scratchDir, 'objects'),
    journalFile: path.join(settings.reportDir, 'journal.jsonl'),
    history,
    oomKills: oomKillCounter(),
    objectCache: settings.objectCache
      ? new ObjectCache(path.join(settings.cacheDir, 'objects'))
      : null,
  });
  writeFileSync(path.join(settings.reportDir, 'journal.jsonl'), '');
  await coordinator.start();
  let finished = false;
  return {
    coordinator,
    environmentFor(interpreter, sourceRoot, env) {
      coordinator.addBuild(interpreter.id, sourceRoot, env);
      return {
        ...compilerEnvironment(shim, interpreter.compilers, env),
        WHEELWRIGHT_SOCKET: path.join(settings.scratchDir, 'launcher.sock'),
        WHEELWRIGHT_BUILD: interpreter.id,
        WHEELWRIGHT_FALLBACK_LOG: path.join(settings.reportDir, 'launcher-fallback.log'),
      };
    },
    async finish() {
      if (finished) return;
      finished = true;
      await coordinator.stop();
      const merged = {
        ...Object.fromEntries(history),
        ...Object.fromEntries(coordinator.measured),
      };
      mkdirSync(settings.cacheDir, { recursive: true });
      writeFileSync(
        historyFile(settings.cacheDir, settings.packageDir),
        `${JSON.stringify(merged, null, 2)}\n`,
      );
    },
  };
}
