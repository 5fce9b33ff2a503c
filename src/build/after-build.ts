import { execFile } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { quote } from 'shell-quote';
import type { BuildResult } from './run-build.js';

const run = promisify(execFile);

/** Puts quoted paths in the place of `{name}` placeholders, as cibuildwheel's commands use them. */
export function fillPlaceholders(command: string, values: Record<string, string>): string {
  return command.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? quote([values[name]!]) : whole,
  );
}

async function step(
  log: string,
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<string | null> {
  appendFileSync(log, `\n$ ${argv.map((a) => JSON.stringify(a)).join(' ')}\n`);
  try {
    const { stdout, stderr } = await run(argv[0]!, argv.slice(1), {
      ...options,
      maxBuffer: 64 * 1024 * 1024,
    });
    appendFileSync(log, stdout + stderr);
    return null;
  } catch (error) {
    const failed = error as {
      code?: number | string;
      signal?: string;
      stdout?: string;
      stderr?: string;
    };
    appendFileSync(log, `${failed.stdout ?? ''}${failed.stderr ?? ''}`);
    return failed.signal ? `killed by ${failed.signal}` : `exit ${failed.code}`;
  }
}

/** A wheel that failed its repair or its tests leaves output-dir for the report's rejected/. */
function failedWith(result: BuildResult, error: string, rejectedDir: string): BuildResult {
  appendFileSync(result.log, `\nwheelwright: ${error}\n`);
  if (result.wheel) {
    mkdirSync(rejectedDir, { recursive: true });
    renameSync(result.wheel, path.join(rejectedDir, path.basename(result.wheel)));
  }
  return { ...result, status: 'failed', wheel: null, error };
}

/**
 * Runs repair-command on a built wheel: the repaired wheel takes the built one's place in
 * output-dir. The command's output goes to the build's log.
 */
export async function repairWheel(
  result: BuildResult,
  command: string,
  workDir: string,
  rejectedDir: string,
  env: NodeJS.ProcessEnv,
): Promise<BuildResult> {
  if (result.status !== 'built' || result.wheel === null) return result;
  const dest = path.join(workDir, 'repaired');
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const filled = fillPlaceholders(command, { wheel: result.wheel, dest_dir: dest });
  const error = await step(result.log, ['/bin/sh', '-c', filled], { cwd: workDir, env });
  if (error) return failedWith(result, `repair-command failed (${error})`, rejectedDir);
  const repaired = readdirSync(dest).filter((name) => name.endsWith('.whl'));
  if (repaired.length !== 1)
    return failedWith(
      result,
      `repair-command left ${repaired.length} wheels in {dest_dir}, expected 1`,
      rejectedDir,
    );
  const wheel = path.join(path.dirname(result.wheel), repaired[0]!);
  rmSync(result.wheel);
  renameSync(path.join(dest, repaired[0]!), wheel);
  return { ...result, wheel };
}

/**
 * Installs the wheel (and test-requires) into a fresh virtual environment of its interpreter and
 * runs test-command from a temporary directory, so the tests import the installed wheel and not
 * the source tree. `installed` is such an environment already made (verify's import test's):
 * then only test-requires are added to it.
 */
export async function testWheel(
  result: BuildResult,
  settings: { command: string; requires: string[]; packageDir: string },
  workDir: string,
  rejectedDir: string,
  env: NodeJS.ProcessEnv,
  installed: string | null = null,
): Promise<BuildResult> {
  if (result.status !== 'built' || result.wheel === null) return result;
  mkdirSync(workDir, { recursive: true });
  const venv = installed ?? path.join(workDir, 'test-venv');
  const python = path.join(venv, 'bin', 'python');
  const pipInstall = [python, '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input'];
  const steps: [string, string[]][] = [
    ...(installed
      ? []
      : ([
          ['creating the test environment', [result.executable, '-m', 'venv', venv]],
          ['installing the wheel', [...pipInstall, '--no-deps', result.wheel]],
        ] as [string, string[]][])),
    ...(settings.requires.length
      ? [['installing test-requires', [...pipInstall, ...settings.requires]] as [string, string[]]]
      : []),
  ];
  const venvEnv = {
    ...env,
    VIRTUAL_ENV: venv,
    PATH: `${path.join(venv, 'bin')}${path.delimiter}${env.PATH ?? ''}`,
  };
  for (const [what, argv] of steps) {
    const error = await step(result.log, argv, { cwd: workDir, env: venvEnv });
    if (error)
      return failedWith(
        result,
        `test-command could not run: ${what} failed (${error})`,
        rejectedDir,
      );
  }
  const filled = fillPlaceholders(settings.command, {
    project: settings.packageDir,
    package: settings.packageDir,
  });
  const cwd = mkdtempSync(path.join(workDir, 'test-cwd-'));
  const error = await step(result.log, ['/bin/sh', '-c', filled], { cwd, env: venvEnv });
  return error ? failedWith(result, `test-command failed (${error})`, rejectedDir) : result;
}
