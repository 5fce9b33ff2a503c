import { InputError } from '../config/input-error.js';
import { findOnPath, isProgram } from '../platform/env-path.js';
import type { Frontend } from './interpreter.js';

/**
 * The uv program the uv frontends need, found on the runner's PATH as cibuildwheel finds it;
 * undefined for the frontends that do not use uv. Without uv, an input error naming what to
 * install, before anything is built.
 */
export function uvFor(
  frontend: Frontend,
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (frontend !== 'uv' && frontend !== 'build[uv]') return undefined;
  const uv = findOnPath('uv', env, platform, isProgram);
  if (uv) return uv;
  throw new InputError(
    'build-frontend',
    frontend,
    `'${frontend}' builds through uv, and uv is not on PATH: install it first (in a workflow, the step uses: astral-sh/setup-uv; elsewhere pipx install uv, or see https://docs.astral.sh/uv/getting-started/installation/), or use build-frontend 'pip' or 'build'`,
  );
}
