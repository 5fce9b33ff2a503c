import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseWheelName } from '../verify/wheel-name.js';
import { toolFailedCard, toolMissingCard } from './cards.js';
import type { RepairOutcome } from './linux.js';
import { installPrivate, onPath } from './private-env.js';
import { venvExecutable } from '../platform/venv-paths.js';

const run = promisify(execFile);

/**
 * macOS and Windows are repaired as cibuildwheel repairs them, by delocate and delvewheel, with
 * cibuildwheel's default command lines. Neither tool can run on Linux, so these paths were
 * checked here only up to the command line, the placeholders and the missing-tool card; they
 * run for real only on macOS and Windows runners.
 */
export interface ExternalTool {
  /** The executable's name (`delvewheel.exe` in a Windows environment's Scripts). */
  name: string;
  /** The PyPI requirement its private environment installs. */
  requirement: string;
  argv(executable: string, wheel: string, destDir: string): string[];
}

/**
 * What `{delocate_archs}` stands for, as cibuildwheel fills it from the build's architecture:
 * here from the wheel's own tag (`macosx_11_0_universal2` → `x86_64,arm64`).
 */
export function delocateArchs(wheel: string): string {
  const platform = parseWheelName(wheel).platforms.find((p) => p.startsWith('macosx_')) ?? '';
  if (platform.endsWith('_universal2')) return 'x86_64,arm64';
  if (platform.endsWith('_arm64')) return 'arm64';
  return 'x86_64';
}

export function externalTool(platform: NodeJS.Platform): ExternalTool | null {
  if (platform === 'darwin')
    return {
      name: 'delocate-wheel',
      requirement: 'delocate',
      argv: (exe, wheel, dest) => [
        exe,
        '--require-archs',
        delocateArchs(wheel),
        '-w',
        dest,
        '-v',
        wheel,
      ],
    };
  if (platform === 'win32')
    return {
      name: 'delvewheel',
      requirement: 'delvewheel',
      argv: (exe, wheel, dest) => [exe, 'repair', '-w', dest, wheel],
    };
  return null;
}

export async function repairWithTool(options: {
  tool: ExternalTool;
  platform: NodeJS.Platform;
  wheel: string;
  destDir: string;
  python: string;
  toolsDir: string;
  pathVariable: string;
  logFile: string;
  log: (text: string) => void;
}): Promise<RepairOutcome> {
  const { tool, wheel, python, log } = options;
  const venv = path.join(options.toolsDir, tool.requirement);
  const inVenv = venvExecutable(venv, tool.name, options.platform);
  const names = options.platform === 'win32' ? [`${tool.name}.exe`, tool.name] : [tool.name];
  let executable =
    names.map((n) => onPath(n, options.pathVariable)).find(Boolean) ??
    (existsSync(inVenv) ? inVenv : null);
  const tried = [`${tool.name}: not on PATH`, `${inVenv}: not there`];
  if (executable === null) {
    const failed = await installPrivate(python, venv, tool.requirement, log);
    if (failed) tried.push(`pip install ${tool.requirement} into ${venv}: ${failed}`);
    else if (existsSync(inVenv)) executable = inVenv;
  }
  if (executable === null)
    return {
      kind: 'refused',
      cards: [
        toolMissingCard(
          tool.name,
          wheel,
          python,
          tried,
          `Install it where the build runs (\`pip install ${tool.requirement}\`) or let the action install it from PyPI ` +
            `(it tried: see the log), or name another command in repair-command.`,
        ),
      ],
    };
  mkdirSync(options.destDir, { recursive: true });
  const [file, ...args] = tool.argv(executable, wheel, options.destDir);
  log(`$ ${[file, ...args].map((a) => JSON.stringify(a)).join(' ')}`);
  try {
    const { stdout, stderr } = await run(file!, args, { maxBuffer: 64 * 1024 * 1024 });
    log(stdout + stderr);
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    log(`${failed.stdout ?? ''}${failed.stderr ?? ''}`);
    return {
      kind: 'refused',
      cards: [toolFailedCard(tool.name, wheel, python, options.logFile, `exit ${failed.code}`)],
    };
  }
  const made = readdirSync(options.destDir).filter((f) => f.endsWith('.whl'));
  if (made.length !== 1)
    return {
      kind: 'refused',
      cards: [
        toolFailedCard(
          tool.name,
          wheel,
          python,
          options.logFile,
          `left ${made.length} wheels, expected 1`,
        ),
      ],
    };
  return { kind: 'repaired', wheel: path.join(options.destDir, made[0]!), tags: [], bundled: [] };
}
