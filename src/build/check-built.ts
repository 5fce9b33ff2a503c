import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Options } from '../config/options.js';
import { parsePairs } from '../config/pairs.js';
import { macosTargetEnvironment } from '../platform/macos-build-env.js';
import { repairBuilt, testWheel } from './after-build.js';
import type { BuildResult } from './run-build.js';
import { verifyBuilt } from './verify-built.js';

type Environment = Record<string, string | undefined>;

interface Checks {
  /** This build's own options (its overrides applied). */
  options: Options;
  scratch: string;
  rejectedDir: string;
  buildEnv: Environment;
  testSkips: Map<string, string>;
}

/** What runs on a built wheel, in order: repair (so verify checks the repaired wheel), verify, test-command. */
async function checkBuilt(built: BuildResult, checks: Checks): Promise<BuildResult> {
  const { options, rejectedDir, buildEnv } = checks;
  const dir = path.join(checks.scratch, `checks-${built.id}`);
  let result = built;
  result = await repairBuilt(
    result,
    options.repairCommand,
    {
      workDir: path.join(dir, 'repair'),
      rejectedDir,
      toolsDir: path.join(options.cacheDir, 'tools'),
    },
    buildEnv,
  );
  let installed: string | null = null;
  if (options.verify)
    ({ result, venv: installed } = await verifyBuilt(
      result,
      path.join(dir, 'verify'),
      rejectedDir,
      buildEnv,
    ));
  const testSkip = checks.testSkips.get(built.id);
  if (options.testCommand && testSkip) appendFileSync(built.log, `\nwheelwright: ${testSkip}\n`);
  else if (options.testCommand) {
    const test = {
      command: options.testCommand,
      requires: options.testRequires,
      extras: options.cibuildwheel.testExtras,
      beforeTest: options.cibuildwheel.beforeTest,
      sources: options.cibuildwheel.testSources,
      environment: options.cibuildwheel.testEnvironment,
      frontend: options.buildFrontend,
      packageDir: options.packageDir,
    };
    // verify's import test left a fresh environment with the wheel in it: no second one
    result = await testWheel(
      result,
      test,
      path.join(dir, 'test'),
      rejectedDir,
      buildEnv,
      installed,
    );
  }
  return result;
}

/**
 * Checks every build's wheel at once, each with its own options: an override's environment
 * reaches that build's repair and tests too, as in cibuildwheel.
 */
export function checkAll(
  ran: BuildResult[],
  context: {
    options: Options;
    own: Map<string, Options>;
    env: Environment;
    scratch: string;
    rejectedDir: string;
    testSkips: Map<string, string>;
  },
): Promise<BuildResult[]> {
  const { options, env } = context;
  return Promise.all(
    ran.map((result) => {
      const mine = context.own.get(result.id) ?? options;
      const buildEnv = {
        ...env,
        ...macosTargetEnvironment(process.platform, options.macosxDeploymentTarget),
        ...Object.fromEntries(parsePairs('environment', mine.environment, env)),
      };
      return checkBuilt(result, { ...context, options: mine, buildEnv });
    }),
  );
}
