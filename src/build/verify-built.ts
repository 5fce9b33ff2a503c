import { mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { verifyWheel } from '../verify/verify-wheel.js';
import type { BuildResult } from './run-build.js';

/**
 * Verifies a built wheel; a broken one is moved out of output-dir into `rejectedDir`, so
 * whatever uploads output-dir never ships it, and the build counts as rejected. `venv` is the
 * import test's environment with the wheel installed, for test-command.
 */
export async function verifyBuilt(
  result: BuildResult,
  workDir: string,
  rejectedDir: string,
  buildEnv: Record<string, string | undefined>,
): Promise<{ result: BuildResult; venv: string | null }> {
  if (result.status !== 'built') return { result, venv: null };
  mkdirSync(workDir, { recursive: true });
  const verified = await verifyWheel({
    wheel: result.wheel,
    python: result.executable,
    buildLog: result.log,
    workDir,
    buildEnv,
  });
  if (verified.passed)
    return { result: { ...result, diagnoses: verified.diagnoses }, venv: verified.venv };
  mkdirSync(rejectedDir, { recursive: true });
  const moved = path.join(rejectedDir, path.basename(result.wheel));
  renameSync(result.wheel, moved);
  const rejected: BuildResult = {
    ...result,
    status: 'rejected',
    wheel: null,
    error: `verify: ${verified.diagnoses[0]?.title ?? 'the wheel does not work'} (moved to ${moved})`,
    diagnoses: verified.diagnoses,
  };
  return { result: rejected, venv: null };
}
