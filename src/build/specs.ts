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
import { copyOfPackage, type BuildSpec } from './run-build.js';

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
}): BuildSpec[] {
  const { options, env, launcher } = context;
  return context.selected.map((interpreter) => {
    const workDir = path.join(context.scratch, interpreter.id);
    mkdirSync(workDir);
    const mine = context.own.get(interpreter.id)!;
    // the user's environment wins over wheelwright's macOS variables, as in cibuildwheel
    const environment = {
      ...macosBuildEnvironment(
        process.platform,
        interpreter.platform,
        options.macosxDeploymentTarget,
        options.macosArch,
      ),
      ...Object.fromEntries(parsePairs('environment', mine.environment, env)),
    };
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
      launcherEnv:
        launcher?.environmentFor(interpreter, copyOfPackage(workDir), {
          ...env,
          ...environment,
        }) ?? {},
    };
  });
}
