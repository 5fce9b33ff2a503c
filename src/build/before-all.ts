import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { findShell, quoteFor, shellInvocation } from '../platform/shell.js';
import type { Unbuildable } from './interpreters.js';
import type { Interpreter } from './interpreter.js';
import { fillPlaceholders } from './after-build.js';

/**
 * cibuildwheel's before-all: once, on the runner, from the package directory, before any build.
 * Returns null when it succeeded, else the failure, which every selected version then carries
 * (none is built on a half-prepared machine, as cibuildwheel stops there too).
 */
export async function runBeforeAll(
  command: string,
  packageDir: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<string | null> {
  const log = createWriteStream(logFile);
  const shell = findShell(process.platform, env, existsSync);
  const filled = fillPlaceholders(
    command,
    { project: packageDir, package: packageDir },
    quoteFor(shell),
  );
  const { argv, verbatim } = shellInvocation(shell, filled);
  log.write(`$ ${JSON.stringify(argv)}\n`);
  const outcome = await new Promise<string | null>((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: packageDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsVerbatimArguments: verbatim,
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', (error) => resolve(`could not start: ${error.message}`));
    child.on('close', (code, signal) =>
      resolve(code === 0 ? null : signal ? `killed by ${signal}` : `exit ${code}`),
    );
  });
  if (outcome) log.write(`\nwheelwright: before-all failed (${outcome})\n`);
  await new Promise<void>((resolve) => log.end(resolve));
  return outcome && `before-all failed (${outcome}); its output: ${logFile}`;
}

/** Every selected version, as not built because before-all failed. */
export const failedBeforeAll = (selected: Interpreter[], reason: string): Unbuildable[] =>
  selected.map((i) => ({ name: `${i.id} (${i.label}, ${i.executable})`, reason, requested: true }));
