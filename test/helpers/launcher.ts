import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspect } from '../../src/build/discover.js';
import type { Interpreter } from '../../src/build/interpreter.js';
import { startLauncher, type Launcher } from '../../src/launcher/launcher.js';

export interface TestLauncher {
  launcher: Launcher;
  interpreter: Interpreter;
  dir: string;
  /** The build's environment with its compilers routed through the launcher. */
  envFor(sourceRoot: string, extra?: Record<string, string>): NodeJS.ProcessEnv;
  dispose(): Promise<void>;
}

/** The real launcher (shim and coordinator) in this process, for builds a test runs itself. */
export async function testLauncher(
  python: string,
  settings: { jobs: number; budgetBytes: number; cacheDir?: string; objectCache?: boolean },
): Promise<TestLauncher> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-launcher-'));
  const inspected = await inspect({ path: python, foundIn: 'test' });
  if ('error' in inspected) throw new Error(inspected.error);
  const launcher = await startLauncher({
    scratchDir: dir,
    cacheDir: settings.cacheDir ?? path.join(dir, 'cache'),
    reportDir: dir,
    packageDir: dir,
    jobs: settings.jobs,
    budgetBytes: settings.budgetBytes,
    objectCache: settings.objectCache ?? false,
  });
  return {
    launcher,
    interpreter: inspected,
    dir,
    envFor: (sourceRoot, extra = {}) => ({
      ...process.env,
      ...extra,
      ...launcher.environmentFor(inspected, sourceRoot, { ...process.env, ...extra }),
    }),
    async dispose() {
      await launcher.finish([]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
