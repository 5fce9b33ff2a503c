import { spawn } from 'node:child_process';
import {
  existsSync,
  createWriteStream,
  mkdirSync,
  readdirSync,
  renameSync,
  copyFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { copyTree } from './copy-tree.js';
import {
  distExtraConfigText,
  frontendCommand,
  frontendName,
  parallelismEnvironment,
  withRaisedLimits,
} from './frontend.js';
import { BACKEND_SCRIPT } from './backend-script.js';
import { fillPlaceholders } from './after-build.js';
import { prependPath, pythonStandIns } from '../platform/env-path.js';
import { findShell, isVerbatim, quoteFor, shellInvocation } from '../platform/shell.js';
import type { Frontend, Interpreter } from './interpreter.js';
import type { BuildSystem } from '../config/build-system.js';
import type { Diagnosis } from '../diagnose/diagnosis.js';

export interface BuildSettings {
  frontend: Frontend;
  isolation: boolean;
  /** The project's [build-system], read for the backend frontend only. */
  buildSystem?: BuildSystem;
  configSettings: [string, string][];
  frontendArgs: string[];
  /** The uv program, for the uv frontends. */
  uv?: string;
  environment: Record<string, string>;
  beforeBuild: string | null;
}

/** What to build for one interpreter, and how. */
export interface BuildSpec {
  interpreter: Interpreter;
  packageDir: string;
  /** A fresh directory of this build's own: the tree copy, the frontend's output, helpers. */
  workDir: string;
  outputDir: string;
  logFile: string;
  /** Compiles this build may run at once. */
  jobs: number;
  settings: BuildSettings;
  baseEnv: Record<string, string | undefined>;
  /** Variables that route the build's compilers through the launcher. */
  launcherEnv: Record<string, string>;
}

/** `rejected`: built, but the wheel failed verification and was kept out of output-dir. */
export type BuildStatus = 'built' | 'failed' | 'cancelled' | 'rejected';

export interface BuildResult {
  id: string;
  label: string;
  executable: string;
  status: BuildStatus;
  wheel: string | null;
  durationMs: number;
  log: string;
  /** One line: what failed (the step and its exit), when it failed. */
  error: string | null;
  /** What explains a failure or a rejection, root cause first. */
  diagnoses: Diagnosis[];
}

export interface Running {
  result: Promise<BuildResult>;
  /** Stops the build's processes and starts no more; `why` becomes the result's error. */
  cancel(why: string): void;
}

// What a build's processes get to end on their own (compilers remove their temporary files)
// before they are killed: less than a runner waits between its cancel's SIGINT and SIGTERM.
const STOP_GRACE_MS = 3000;

/**
 * Stops every process of a step's process group (the step runs detached in a group of its own, and
 * the frontend, the backend and the compilers it starts inherit the group): SIGTERM, then
 * SIGKILL for whatever is left after the grace period.
 */
function stopGroup(pgid: number): void {
  const signal = (name: NodeJS.Signals): boolean => {
    try {
      process.kill(-pgid, name);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (signal('SIGTERM')) setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS).unref();
}

/** A directory whose `python` and `python3` are this build's interpreter, for before-build. */
function pythonShims(dir: string, executable: string): string {
  mkdirSync(dir, { recursive: true });
  for (const standIn of pythonStandIns(executable, process.platform)) {
    const file = path.join(dir, standIn.name);
    if (standIn.symlinkTo) symlinkSync(standIn.symlinkTo, file);
    else writeFileSync(file, standIn.script!, { mode: 0o755 });
  }
  return dir;
}

function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // across file systems: copy beside the target, then rename into place so nobody sees half a wheel
    const partial = `${to}.partial`;
    copyFileSync(from, partial);
    renameSync(partial, to);
    rmSync(from, { force: true });
  }
}

/** Builds one wheel for one interpreter; never throws for a build failure, it reports it. */
export function startBuild(spec: BuildSpec): Running {
  const started = Date.now();
  const log = createWriteStream(spec.logFile);
  let current: ReturnType<typeof spawn> | null = null;
  /** Why the build was cancelled, once it is. */
  let cancelled: string | null = null;
  const { interpreter, settings } = spec;

  const step = (name: string, argv: string[], env: NodeJS.ProcessEnv, cwd: string) =>
    new Promise<string | null>((resolve) => {
      log.write(`\n$ ${argv.map((a) => JSON.stringify(a)).join(' ')}\n`);
      const child = spawn(argv[0]!, argv.slice(1), {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        windowsVerbatimArguments: isVerbatim(argv),
      });
      current = child;
      child.stdout.pipe(log, { end: false });
      child.stderr.pipe(log, { end: false });
      child.on('error', (error) => resolve(`${name} could not start: ${error.message}`));
      child.on('close', (code, signal) => {
        current = null;
        if (code === 0) resolve(null);
        else resolve(`${name} failed (${signal ? `killed by ${signal}` : `exit ${code}`})`);
      });
    });

  const result = (async (): Promise<BuildResult> => {
    let error: string | null = null;
    let wheel: string | null = null;
    try {
      const source = path.join(spec.workDir, 'src');
      const out = path.join(spec.workDir, 'out');
      copyTree(spec.packageDir, source);
      mkdirSync(out);
      const extraConfig = path.join(spec.workDir, 'dist-extra.cfg');
      writeFileSync(extraConfig, distExtraConfigText(spec.jobs));
      const env: NodeJS.ProcessEnv = {
        ...spec.baseEnv,
        ...parallelismEnvironment(spec.jobs, extraConfig),
        ...settings.environment,
        ...spec.launcherEnv,
        PYTHON: interpreter.executable,
        PIP_NO_INPUT: '1',
      };
      const frontend = frontendName(settings.frontend, settings.buildSystem);
      log.write(
        `wheelwright: ${interpreter.label} at ${interpreter.executable} (${interpreter.foundIn}), ${spec.jobs} compile job(s), built by ${frontend}${settings.isolation ? ' in isolation' : ''}\n`,
      );
      if (settings.buildSystem) {
        const { backend, from, requires } = settings.buildSystem;
        log.write(
          `wheelwright: build backend ${backend}, ${from}; requires ${requires.join(', ') || 'nothing'}\n`,
        );
      }
      if (settings.beforeBuild !== null) {
        const shims = pythonShims(path.join(spec.workDir, 'bin'), interpreter.executable);
        const beforeEnv = prependPath(env, [shims], process.platform);
        // {project} and {package}: this build's own copy of the tree, where before-build runs
        const shell = findShell(process.platform, env, existsSync);
        const command = fillPlaceholders(
          settings.beforeBuild,
          { project: source, package: source },
          quoteFor(shell),
        );
        error = await step('before-build', shellInvocation(shell, command).argv, beforeEnv, source);
      }
      if (error === null && cancelled === null) {
        let backend: { buildSystem: BuildSystem; script: string } | undefined;
        if (settings.frontend === 'backend' && settings.buildSystem) {
          // in a directory of its own: it becomes sys.path[0], and nothing else should be there
          const script = path.join(spec.workDir, 'frontend', 'build_wheel.py');
          mkdirSync(path.dirname(script));
          writeFileSync(script, BACKEND_SCRIPT);
          backend = { buildSystem: settings.buildSystem, script };
        }
        const command = frontendCommand({
          python: interpreter.executable,
          ...settings,
          sourceDir: source,
          outDir: out,
          backend,
        });
        error = await step(frontend, withRaisedLimits(command), env, source);
      }
      if (error === null && cancelled === null) {
        const built = readdirSync(out).filter((name) => name.endsWith('.whl'));
        if (built.length !== 1) {
          error = `the frontend succeeded but left ${built.length} wheels in its output (${built.join(', ') || 'none'})`;
        } else {
          mkdirSync(spec.outputDir, { recursive: true });
          wheel = path.join(spec.outputDir, built[0]!);
          moveFile(path.join(out, built[0]!), wheel);
        }
      }
    } catch (caught) {
      error = `wheelwright could not prepare the build: ${(caught as Error).message}`;
    }
    if (error) log.write(`\nwheelwright: ${error}\n`);
    await new Promise<void>((resolve) => log.end(resolve));
    return {
      id: interpreter.id,
      label: interpreter.label,
      executable: interpreter.executable,
      status: cancelled !== null ? 'cancelled' : error === null ? 'built' : 'failed',
      wheel,
      durationMs: Date.now() - started,
      log: spec.logFile,
      error: cancelled ?? error,
      diagnoses: [],
    };
  })();

  return {
    result,
    cancel(why) {
      if (cancelled === null) cancelled = why;
      const child = current as ReturnType<typeof spawn> | null;
      if (child?.pid) stopGroup(child.pid);
    },
  };
}
