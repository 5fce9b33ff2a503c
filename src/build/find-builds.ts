import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BuildSystem } from '../config/build-system.js';
import type { Options } from '../config/options.js';
import { parsePairs } from '../config/pairs.js';
import { selectBuilds, type SelectedBuilds } from '../config/select-builds.js';
import { failedBeforeAll, runBeforeAll } from './before-all.js';
import { missingForBuild } from './interpreter.js';
import { resolveInterpreters, type Answered } from './interpreters.js';

/**
 * The builds to run: the interpreters python-versions asks for that can build the package,
 * narrowed by cibuildwheel's selectors. cibuildwheel's before-all runs once before any of them
 * (the environment option reaches it too); when it fails, none is built and each says why.
 */
export async function findBuilds(
  options: Options,
  env: Record<string, string | undefined>,
  buildSystem: BuildSystem | undefined,
  answered?: Answered,
): Promise<SelectedBuilds> {
  const way = { frontend: options.buildFrontend, isolation: options.buildIsolation, buildSystem };
  const selection = selectBuilds(
    await resolveInterpreters(
      options.pythonVersions,
      env,
      {
        purpose: 'build',
        missing: (interpreter) => missingForBuild(interpreter, way),
        requirements: buildSystem?.requires ?? [],
      },
      answered,
    ),
    options.cibuildwheel.selectors,
  );
  if (!options.cibuildwheel.beforeAll) return selection;
  mkdirSync(options.reportDir, { recursive: true });
  const environment = parsePairs('environment', options.environment, env);
  const failed = await runBeforeAll(
    options.cibuildwheel.beforeAll,
    options.packageDir,
    { ...env, ...Object.fromEntries(environment) },
    path.join(options.reportDir, 'before-all.log'),
  );
  if (!failed) return selection;
  return {
    ...selection,
    unbuildable: [...selection.unbuildable, ...failedBeforeAll(selection.selected, failed)],
    selected: [],
  };
}
