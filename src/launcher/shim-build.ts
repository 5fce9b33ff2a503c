import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SHIM_SOURCE } from './shim-source.js';

/**
 * Compiles the shim once per source version into `dir` (a C compiler is at hand: the build needs
 * one) and returns its path. Named by the source's hash, so a changed shim is rebuilt.
 */
export function buildShim(dir: string, compiler = 'cc'): string {
  const hash = createHash('sha256').update(SHIM_SOURCE).digest('hex').slice(0, 12);
  const shim = path.join(dir, `wheelwright-shim-${hash}`);
  if (existsSync(shim)) return shim;
  mkdirSync(dir, { recursive: true });
  const source = path.join(dir, `wheelwright-shim-${hash}.c`);
  writeFileSync(source, SHIM_SOURCE);
  const partial = `${shim}.${process.pid}.partial`;
  try {
    execFileSync(compiler, ['-O2', '-o', partial, source], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(
      `could not compile wheelwright's compiler shim with ${compiler}: ${stderr || (error as Error).message}`,
    );
  }
  renameSync(partial, shim);
  return shim;
}
