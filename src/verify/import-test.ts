import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { venvExecutable, venvScripts } from '../platform/venv-paths.js';
import { INSTALL_SCRIPT } from './install-script.js';
import { IMPORT_SCRIPT } from './import-script.js';

export interface ImportOutcome {
  module: string;
  ok: boolean;
  /** The exception's last line(s), or how the process died. */
  error: string | null;
  /** Where the outcome is written in the import test's log. */
  logLine: number;
  /**
   * For a module not found: whether it belongs to this Python's standard library
   * (`sys.stdlib_module_names`, 3.10+; absent where unknown), as tkinter does though a
   * distribution may ship it apart.
   */
  stdlib?: boolean;
}

export interface ImportTest {
  /** The import test's log: commands, their output and each module's outcome. */
  log: string;
  /** Why the wheel could not even be installed, when it could not. */
  installError: string | null;
  outcomes: ImportOutcome[];
  /** The environment the wheel was installed into, for test-command to reuse; null if it failed. */
  venv: string | null;
}

interface Ran {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

function run(argv: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      argv[0]!,
      argv.slice(1),
      { env, cwd, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const failed = error as (Error & { code?: number | string; signal?: string }) | null;
        resolve({
          code: failed ? (typeof failed.code === 'number' ? failed.code : null) : 0,
          signal: failed?.signal ?? null,
          stdout,
          stderr: stderr || (failed && typeof failed.code === 'string' ? failed.message : ''),
        });
      },
    );
  });
}

/**
 * An environment of nothing the build had: no LD_LIBRARY_PATH, PYTHONPATH, CFLAGS or anything
 * else of the runner's, so a library found only through them is not found here either.
 */
function cleanEnvironment(venvBin: string, home: string): NodeJS.ProcessEnv {
  const system =
    process.platform === 'win32' ? { SystemRoot: process.env.SystemRoot ?? 'C:\\Windows' } : {};
  return {
    ...system,
    PATH: [venvBin, ...(process.platform === 'win32' ? [] : ['/usr/bin', '/bin'])].join(
      path.delimiter,
    ),
    HOME: home,
    LANG: 'C.UTF-8',
    PYTHONNOUSERSITE: '1',
  };
}

/**
 * The commands that make a fresh virtual environment of `python` at `venv` with the wheel in it,
 * each with what it does. Without pip: a venv costs ~0.03 s where pip's own installation costs
 * ~3 s, and the interpreter itself unpacks the wheel where pip would put each part
 * (install-script.ts).
 */
export function installSteps(
  python: string,
  wheel: string,
  venv: string,
  name: string,
): [string, string[]][] {
  const venvPython = venvExecutable(venv, 'python', process.platform);
  return [
    [
      `creating ${name} (python -m venv --without-pip)`,
      [python, '-m', 'venv', '--without-pip', venv],
    ],
    [`unpacking the wheel into ${name}`, [venvPython, '-I', '-c', INSTALL_SCRIPT, wheel]],
  ];
}

/**
 * Installs the wheel into a fresh virtual environment of its own interpreter, made without pip
 * (the wheel alone, unpacked as pip would lay it out, no dependencies) and imports each module in
 * a clean process, from a directory that holds no source tree.
 */
export async function importTest(options: {
  python: string;
  wheel: string;
  modules: string[];
  workDir: string;
}): Promise<ImportTest> {
  const venv = path.join(options.workDir, 'venv');
  const home = path.join(options.workDir, 'home');
  mkdirSync(home, { recursive: true });
  const bin = venvScripts(venv, process.platform);
  const venvPython = venvExecutable(venv, 'python', process.platform);
  const env = cleanEnvironment(bin, home);
  const log: string[] = [];
  const logFile = path.join(options.workDir, 'import-test.log');
  const record = (argv: string[], ran: Ran) => {
    const shown = argv.map((a) =>
      a === INSTALL_SCRIPT ? '<install_wheel.py>' : JSON.stringify(a),
    );
    log.push(`$ ${shown.join(' ')}`);
    log.push(...`${ran.stdout}${ran.stderr}`.split('\n').filter((l) => l !== ''));
    if (ran.code !== 0) log.push(ran.signal ? `(killed by ${ran.signal})` : `(exit ${ran.code})`);
  };
  const finish = (installError: string | null, outcomes: ImportOutcome[]): ImportTest => {
    writeFileSync(logFile, `${log.join('\n')}\n`);
    return { log: logFile, installError, outcomes, venv: installError === null ? venv : null };
  };

  const steps = installSteps(options.python, options.wheel, venv, 'the environment');
  for (const [what, argv] of steps) {
    const ran = await run(argv, env, home);
    record(argv, ran);
    if (ran.code !== 0) {
      const last = `${ran.stderr}${ran.stdout}`.trim().split('\n').at(-1) ?? '';
      return finish(`${what} failed: ${last}`, []);
    }
  }

  const outcomes: ImportOutcome[] = [];
  let remaining = options.modules;
  // A crash ends the process: note it against its module and go on with the rest in a new one.
  while (remaining.length > 0) {
    const argv = [venvPython, '-I', '-c', IMPORT_SCRIPT, JSON.stringify(remaining)];
    const ran = await run(argv, env, home);
    log.push(`$ ${JSON.stringify(venvPython)} -I -c <import each> ${JSON.stringify(remaining)}`);
    let started: string | null = null;
    for (const line of ran.stdout.split('\n').filter(Boolean)) {
      let event: {
        start?: string;
        module?: string;
        ok?: boolean;
        error?: string;
        stdlib?: boolean;
      };
      try {
        event = JSON.parse(line);
      } catch {
        log.push(line); // a module that prints while importing
        continue;
      }
      if (event.start !== undefined) {
        started = event.start;
        continue;
      }
      started = null;
      log.push(
        event.ok ? `ok: import ${event.module}` : `FAILED: import ${event.module}: ${event.error}`,
      );
      outcomes.push({
        module: event.module!,
        ok: !!event.ok,
        error: event.error ?? null,
        logLine: log.length,
        ...(event.stdlib === undefined ? {} : { stdlib: event.stdlib }),
      });
    }
    log.push(...ran.stderr.split('\n').filter(Boolean));
    const done = new Set(outcomes.map((o) => o.module));
    if (started !== null) {
      const death = ran.signal
        ? `the process was killed by ${ran.signal}`
        : `the process exited with ${ran.code}`;
      log.push(`FAILED: import ${started}: ${death}`);
      outcomes.push({
        module: started,
        ok: false,
        error: `${death} while importing ${started}`,
        logLine: log.length,
      });
      done.add(started);
    }
    const left = remaining.filter((m) => !done.has(m));
    if (left.length === remaining.length) {
      // no progress and no module in flight: the script itself failed; say so once per module
      for (const module of left) {
        outcomes.push({
          module,
          ok: false,
          error: `exit ${ran.code}: ${ran.stderr.trim().split('\n').at(-1) ?? ''}`,
          logLine: log.length,
        });
      }
      break;
    }
    remaining = left;
  }
  return finish(null, outcomes);
}
