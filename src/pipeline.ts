import os from 'node:os';
import { checkPackageDir } from './config/package-dir.js';
import type { Options } from './config/options.js';
import { estimateAll } from './plan/compile-memory.js';
import { makePlan, type Plan } from './plan/plan.js';
import { findTranslationUnits } from './plan/sources.js';
import { flagsFromEnvironment } from './plan/translation-unit.js';
import { probe, type Probe } from './probe/index.js';

export type Environment = Record<string, string | undefined>;

/** Where builds run: the runner's temporary directory on GitHub, the system's elsewhere. */
export function workRoot(env: Environment): string {
  return env.RUNNER_TEMP || os.tmpdir();
}

export function probeMachine(env: Environment): Probe {
  return probe(workRoot(env));
}

/** Probe and plan for the package in `options.packageDir`. */
export function planPackage(
  options: Options,
  env: Environment,
  asGiven: string,
): { probe: Probe; plan: Plan } {
  checkPackageDir(options.packageDir, asGiven);
  const machine = probeMachine(env);
  const plan = makePlan({
    probe: machine,
    estimates: estimateAll(findTranslationUnits(options.packageDir), flagsFromEnvironment(env)),
    jobs: options.jobs,
    memoryPerJob: options.memoryPerJob,
    // Until the interpreters are found, as many builds as CPUs could run side by side.
    builds: options.pythonVersions.length || machine.cpus.effective,
  });
  return { probe: machine, plan };
}
