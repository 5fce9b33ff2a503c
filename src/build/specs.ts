import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BuildSystem } from '../config/build-system.js';
import { buildIdentifier } from '../config/build-identifiers.js';
import { optionsFor } from '../config/build-options.js';
import type { Options } from '../config/options.js';
import { parsePairs } from '../config/pairs.js';
import type { Launcher } from '../launcher/launcher.js';
import { macosBuildEnvironment } from '../platform/macos-build-env.js';
import type { Interpreter } from './interpreter.js';
import { shareJobs } from './matrix.js';
import type { CopyAhead } from './copy-tree.js';
import { copyOfPackage, type BuildSpec, type EarlyPip } from './run-build.js';

/**
 * How many builds run at once and how many compiles each may ask for. With the launcher, its
 * slots bound the compiles of all builds together, so every build starts at once and may ask for
 * all of them; without it, the plan's jobs are split between the builds.
 */
export function compileShare(
  launcher: Launcher | null,
  plan: { jobs: number; slots: number },
  builds: number,
): { concurrent: number; perBuild: number } {
  return launcher
    ? // a build may also fill every remote slot: the frontends' -j counts them
      {
        concurrent: Math.max(1, builds),
        perBuild: plan.slots + (launcher.remote?.state().slots ?? 0),
      }
    : shareJobs(plan.jobs, builds);
}

/** Each build's own options: [[tool.cibuildwheel.overrides]] by its build identifier. */
export function ownOptions(options: Options, selected: Interpreter[]): Map<string, Options> {
  return new Map(selected.map((i) => [i.id, optionsFor(options, buildIdentifier(i))]));
}

/** The variables a build's settings add: wheelwright's macOS ones, then the user's over them. */
export function settingsEnvironment(
  options: Options,
  mine: Options,
  env: Record<string, string | undefined>,
  interpreter: Interpreter,
): Record<string, string> {
  // the user's environment wins over wheelwright's macOS variables, as in cibuildwheel
  return {
    ...macosBuildEnvironment(
      process.platform,
      interpreter.platform,
      options.macosxDeploymentTarget,
      options.macosArch,
    ),
    ...Object.fromEntries(parsePairs('environment', mine.environment, env)),
  };
}

/** A build's own directory in the scratch (made by whatever needs it first). */
export const workDirOf = (scratch: string, interpreter: Interpreter): string =>
  path.join(scratch, interpreter.id);

/** What each selected interpreter's build gets: its directories, its settings, its variables. */
export function buildSpecs(context: {
  options: Options;
  own: Map<string, Options>;
  env: Record<string, string | undefined>;
  selected: Interpreter[];
  scratch: string;
  logs: string;
  perBuild: number;
  buildSystem: BuildSystem | undefined;
  uv: string | undefined;
  launcher: Launcher | null;
  copyAhead?: CopyAhead;
  earlyPip?: EarlyPip;
}): BuildSpec[] {
  const { options, env, launcher } = context;
  return context.selected.map((interpreter) => {
    const workDir = workDirOf(context.scratch, interpreter);
    mkdirSync(workDir, { recursive: true });
    const mine = context.own.get(interpreter.id)!;
    const environment = settingsEnvironment(options, mine, env, interpreter);
    return {
      interpreter,
      packageDir: options.packageDir,
      workDir,
      outputDir: options.outputDir,
      logFile: path.join(context.logs, `${interpreter.id}.log`),
      jobs: context.perBuild,
      settings: {
        frontend: options.buildFrontend,
        isolation: options.buildIsolation,
        buildSystem: context.buildSystem,
        configSettings: mine.configSettings,
        frontendArgs: options.frontendArgs,
        uv: context.uv,
        environment,
        beforeBuild: mine.beforeBuild,
      },
      baseEnv: env,
      copyAhead: context.copyAhead,
      earlyPip: context.earlyPip?.interpreter === interpreter ? context.earlyPip : undefined,
      launcherEnv:
        launcher?.environmentFor(interpreter, copyOfPackage(workDir), {
          ...env,
          ...environment,
        }) ?? {},
    };
  });
}
