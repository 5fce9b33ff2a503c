import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ACTION_INPUTS, type InputName } from '../config/action-inputs.js';
import { InputError } from '../config/input-error.js';
import { parseOptions, type Options } from '../config/options.js';
import { copyFileSync, writeFileSync } from 'node:fs';
import { swapCommand } from './swap-command.js';
import { verifyCommand } from './verify-command.js';
import { diagnoseCommand } from './diagnose-command.js';
import { removeAddedSwap } from '../provision/swap.js';
import { layerInputs, type LayeredInputs } from '../config/pyproject.js';
import { cancelOnSignals } from '../cancel-on-signal.js';
import { UnsafeDirectoryError } from '../build/scratch.js';
import packageJson from '../../package.json' with { type: 'json' };
import { planPackage, probeMachine, buildWheels } from '../pipeline.js';
import { allBuilt } from '../report/build-report.js';
import { remoteMessages } from '../report/remote-lines.js';
import { progressLine, statusLine } from '../report/progress.js';
import { machineRows, textTable } from '../report/machine-table.js';

const USAGE = `usage: wheelwright <command> [DIR] [options]

commands:
  build [DIR]   build wheels of the package in DIR for every requested (or found)
                Python at once, then print the summary; exit 0 only when every wheel was built
  plan [DIR]    how many compiles may run at once for the package in DIR, and why
  probe         what this machine really has: memory, cgroup limits, swap, rlimits, CPUs, disk
  verify WHEEL...
                check built wheels: libraries they load, what their tag allows, an import test in
                a fresh environment; exit 0 only when every wheel is ok (verify --help for more)
  diagnose LOG...
                why a build failed, from its log alone (any build log, - for standard input):
                causes root cause first, the lines that show them, what to do (diagnose --help)
  swap add SIZE|auto, swap remove
                add swap (or only as much as the plan needs), remove only what wheelwright added

options (each is also an action input of the same name):
${ACTION_INPUTS.map((i) => `  --${i.name.padEnd(16)} default: ${i.default === '' ? '(empty)' : i.default}`).join('\n')}
  --python           alias of --python-versions
  --json             print JSON instead of text (probe, plan)
  --report FILE      also write report.json to FILE (build)
  --summary FILE     also write the summary markdown to FILE (build)
  --version          wheelwright's version
  -h, --help         this help
`;

const VERSION = packageJson.version;

const CONFIG = {
  allowPositionals: true,
  strict: true,
  options: {
    ...Object.fromEntries(ACTION_INPUTS.map((i) => [i.name, { type: 'string' as const }])),
    python: { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'string' },
    summary: { type: 'string' },
    version: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
} satisfies ParseArgsConfig;

/**
 * `--name value` as `--name=value` for every option that takes a value: the argument parser
 * refuses a separate value starting with a dash (`--jobs -3`), and the input's own check says
 * better what is wrong with it.
 */
export function joinOptionValues(argv: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...joined, ...argv.slice(i)];
    const name = /^--([^=]+)$/.exec(argv[i]!)?.[1];
    const option =
      name === undefined ? undefined : CONFIG.options[name as keyof typeof CONFIG.options];
    if (option?.type === 'string' && i + 1 < argv.length) joined.push(`${argv[i]}=${argv[++i]}`);
    else joined.push(argv[i]!);
  }
  return joined;
}

type Write = (text: string) => void;

function probeCommand(env: Record<string, string | undefined>, json: boolean, out: Write): number {
  const machine = probeMachine(env);
  out(json ? `${JSON.stringify(machine, null, 2)}\n` : `${textTable(machineRows(machine))}\n`);
  return 0;
}

function planCommand(
  options: Options,
  env: Record<string, string | undefined>,
  asGiven: string,
  json: boolean,
  out: Write,
): number {
  const { plan } = planPackage(options, env, asGiven);
  if (json) out(`${JSON.stringify(plan, null, 2)}\n`);
  else
    out(
      `${plan.jobs} compile${plan.jobs === 1 ? '' : 's'} at once\n${plan.reasons.map((r) => `- ${r}`).join('\n')}\n`,
    );
  return 0;
}

/**
 * Builds with progress on stderr (and a status line on a terminal), prints the summary, and
 * removes the swap it added: a terminal has no post step.
 */
async function buildCommand(
  options: Options,
  env: Record<string, string | undefined>,
  asGiven: string,
  files: { report?: string; summary?: string },
  io: { out: Write; err: Write; status?: (line: string) => void },
): Promise<number> {
  const { out, err, status } = io;
  let timer: NodeJS.Timeout | undefined;
  const cancellation = cancelOnSignals();
  const run = await buildWheels(options, env, asGiven, {
    onEvent: (event) => {
      status?.('');
      err(`${progressLine(event)}\n`);
    },
    onRunning: (running) => {
      if (status) timer = setInterval(() => status(statusLine(running(), Date.now())), 1000);
    },
    signal: cancellation.signal,
  }).finally(() => cancellation.dispose());
  clearInterval(timer);
  status?.('');
  if (run.swap.added && options.swapCleanup) await removeAddedSwap(env, [run.swap.added.path]);
  out(run.summary);
  for (const m of remoteMessages(options.distccHosts, run.report))
    err(`wheelwright: ${m.level === 'warning' ? 'warning: ' : ''}${m.line}\n`);
  if (files.report !== undefined) copyFileSync(run.reportFile, files.report);
  if (files.summary !== undefined) writeFileSync(files.summary, run.summary);
  const cancelled = cancellation.exitCode();
  if (cancelled !== null) {
    err(
      `wheelwright: cancelled by ${String(cancellation.signal.reason)}; the wheels built before are in ${options.outputDir}\n`,
    );
    return cancelled;
  }
  return allBuilt(run.report) ? 0 : 1;
}

/** Runs one command; returns the exit code. Output goes through `out`, errors through `err`. */
export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  out: Write,
  err: Write,
  /** Redraws one status line in place; only given when stderr is a terminal. */
  status?: (line: string) => void,
): Promise<number> {
  // swap has flags of its own
  if (argv[0] === 'swap') return swapCommand(argv.slice(1), env, out, err);
  if (argv[0] === 'verify') return verifyCommand(argv.slice(1), env, out, err);
  if (argv[0] === 'diagnose') return diagnoseCommand(argv.slice(1), out, err);
  let parsed;
  try {
    parsed = parseArgs({ ...CONFIG, args: joinOptionValues(argv) });
  } catch (error) {
    err(`wheelwright: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, dir, ...extra] = positionals;
  if (values.version) {
    out(`wheelwright ${VERSION}\n`);
    return 0;
  }
  if (values.help || command === undefined) {
    (command === undefined && !values.help ? err : out)(USAGE);
    return values.help ? 0 : 2;
  }
  if (extra.length > 0) {
    err(`wheelwright: unexpected argument '${extra[0]}'; only one package directory is accepted\n`);
    return 2;
  }
  const flags = values as Record<string, string | boolean | undefined>;
  const raw = (name: InputName): string | undefined => {
    if (name === 'package-dir' && dir !== undefined) return dir;
    if (name === 'python-versions') return (flags[name] ?? flags.python) as string | undefined;
    return flags[name] as string | undefined;
  };
  const json = values.json === true;
  let layered: LayeredInputs | null = null;
  try {
    if (command === 'probe') return probeCommand(env, json, out);
    if (command !== 'plan' && command !== 'build') {
      err(
        `wheelwright: unknown command '${command}'; expected build, plan, probe, diagnose, swap or verify\n`,
      );
      return 2;
    }
    layered = layerInputs(raw, env, process.cwd());
    for (const [name, origin] of layered.origins)
      if (origin.where) err(`wheelwright: ${name} from ${origin.where}\n`);
    for (const note of layered.pyproject.cibw.notes) err(`wheelwright: ${note}\n`);
    const options = parseOptions(layered.source, process.cwd(), layered.pyproject.cibw);
    const asGiven = layered.source('package-dir') ?? '.';
    if (command === 'plan') return planCommand(options, env, asGiven, json, out);
    const files = {
      ...(typeof values.report === 'string' ? { report: values.report } : {}),
      ...(typeof values.summary === 'string' ? { summary: values.summary } : {}),
    };
    return await buildCommand(options, env, asGiven, files, { out, err, status });
  } catch (error) {
    if (error instanceof InputError) {
      err(`wheelwright: ${(layered?.locate(error) ?? error).lineFor('cli')}\n`);
      return 2;
    }
    if (error instanceof UnsafeDirectoryError) {
      err(`wheelwright: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
