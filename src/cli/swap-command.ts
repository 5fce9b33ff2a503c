import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { InputName } from '../config/action-inputs.js';
import { InputError } from '../config/input-error.js';
import { parseOptions } from '../config/options.js';
import { formatBytes, parseSize, SIZE_FORMS } from '../config/size.js';
import { planPackage } from '../pipeline.js';
import {
  MIN_SWAP_BYTES,
  provisionSwap,
  removeAddedSwap,
  swapStateFile,
  type SwapNeed,
} from '../provision/swap.js';

const USAGE = `usage: wheelwright swap add SIZE|auto [DIR] [options]
       wheelwright swap remove [--json]

  add SIZE      add SIZE of swap now: 512M, 1.5G, 2GiB or bytes, at least 1 MiB
  add auto      add what the plan for the package in DIR (default .) is short of, if anything
  remove        turn off and delete the swap wheelwright added, as its state file lists it;
                swap that wheelwright did not add is never touched

options:
  --swap-dir DIR      put the swap file in DIR if it can go there (on a disk, not tmpfs, with
                      room); else $WHEELWRIGHT_SWAP_DIR, /mnt on GitHub's runners, $RUNNER_TEMP,
                      the temporary directory, /var/tmp
  --jobs N, --memory-per-job SIZE, --python-versions LIST (--python)
                      the plan's inputs, for add auto
  --json              print what was done as JSON
  -h, --help          this help

Adding swap needs Linux and root, or sudo that works without a password (sudo -n).
The state file is $WHEELWRIGHT_STATE_DIR/swap.json, else $RUNNER_TEMP/wheelwright/swap.json,
else wheelwright-<uid>/swap.json in the temporary directory.
exit status: 0 done or nothing needed, 1 swap wanted but not added (or not removed), 2 bad input
`;

const PLAN_FLAGS = ['jobs', 'memory-per-job', 'python-versions', 'python'] as const;

const CONFIG = {
  allowPositionals: true,
  strict: true,
  options: {
    'swap-dir': { type: 'string' },
    ...Object.fromEntries(PLAN_FLAGS.map((name) => [name, { type: 'string' as const }])),
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
} satisfies ParseArgsConfig;

type Values = Partial<Record<(typeof PLAN_FLAGS)[number] | 'swap-dir', string>> & {
  json?: boolean;
};
type Environment = Record<string, string | undefined>;
type Write = (text: string) => void;

class UsageError extends Error {}

function parseRequest(text: string): number | 'auto' {
  if (text === 'auto') return text;
  const bytes = parseSize(text);
  if (bytes === null || bytes < MIN_SWAP_BYTES) {
    throw new UsageError(
      `swap add SIZE: '${text}' is not accepted; expected 'auto' or a size of at least 1 MiB: ${SIZE_FORMS}`,
    );
  }
  return bytes;
}

/** What the package's plan needs, as `add auto` sizes swap by it. */
function needFor(dir: string | undefined, values: Values, env: Environment): SwapNeed {
  const raw = (name: InputName): string | undefined => {
    if (name === 'package-dir') return dir;
    if (name === 'python-versions') return values['python-versions'] ?? values.python;
    if (name === 'jobs' || name === 'memory-per-job') return values[name];
    return undefined;
  };
  const options = parseOptions(raw, process.cwd());
  const { probe, plan } = planPackage(options, env, dir ?? '.');
  return {
    plan,
    // As planPackage counts them before the interpreters are found.
    builds: options.pythonVersions.length || probe.cpus.effective,
    usableSwapBytes: probe.swap.usableBytes,
  };
}

async function add(
  rest: string[],
  values: Values,
  env: Environment,
  out: Write,
  err: Write,
): Promise<number> {
  const [requestText, dir, ...extra] = rest;
  if (requestText === undefined) {
    throw new UsageError("swap add: a SIZE or 'auto' is needed, e.g. swap add 2G");
  }
  if (extra.length > 0) {
    throw new UsageError(`swap add: unexpected argument '${extra[0]}'`);
  }
  const request = parseRequest(requestText);
  if (request !== 'auto') {
    const planFlag = PLAN_FLAGS.find((name) => values[name] !== undefined);
    if (dir !== undefined || planFlag) {
      throw new UsageError(
        `swap add ${requestText}: ${planFlag ? `--${planFlag}` : `'${dir}'`} is read only by swap add auto, which sizes swap by the package's plan`,
      );
    }
  }
  const swapDir = values['swap-dir'];
  if (swapDir === '') {
    throw new UsageError("--swap-dir: '' is not accepted; expected a directory path");
  }
  const outcome = await provisionSwap({
    request,
    need: request === 'auto' ? needFor(dir, values, env) : null,
    env,
    swapDir: swapDir === undefined ? undefined : path.resolve(swapDir),
  });
  const lines = [outcome.reason, ...outcome.notes.map((note) => `  ${note}`)];
  if (outcome.level === 'warning') err(`wheelwright: warning: ${lines.join('\n')}\n`);
  if (values.json) {
    out(
      `${JSON.stringify({ requested: request, ...outcome, stateFile: swapStateFile(env) }, null, 2)}\n`,
    );
  } else if (outcome.level !== 'warning') {
    out(`${lines.join('\n')}\n`);
  }
  return outcome.added || outcome.level !== 'warning' ? 0 : 1;
}

async function remove(values: Values, env: Environment, out: Write, err: Write): Promise<number> {
  const removal = await removeAddedSwap(env);
  for (const { path: file, error } of removal.failed) {
    err(`wheelwright: warning: swap: ${file} not removed: ${error}\n`);
  }
  if (values.json) {
    out(`${JSON.stringify(removal, null, 2)}\n`);
  } else if (removal.removed.length === 0 && removal.failed.length === 0) {
    out(`swap: nothing to remove: ${removal.stateFile} lists no swap\n`);
  } else {
    const was = { active: 'it was on', file: 'it was off', gone: 'it was gone already' };
    for (const r of removal.removed) {
      out(`swap: removed ${r.path} (${formatBytes(r.bytes)}; ${was[r.was]})\n`);
    }
  }
  return removal.failed.length > 0 ? 1 : 0;
}

/**
 * `wheelwright swap …` (`args` is what follows `swap`): adds or removes swap; returns the exit
 * status. A bad value stops with one line naming it and what is accepted, status 2.
 */
export async function swapCommand(
  args: string[],
  env: Environment,
  out: Write,
  err: Write,
): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ ...CONFIG, args });
    } catch (error) {
      throw new UsageError(`swap: ${(error as Error).message}`);
    }
    const { values, positionals } = parsed;
    const [action, ...rest] = positionals;
    if (values.help) {
      out(USAGE);
      return 0;
    }
    if (action === 'add') return await add(rest, values as Values, env, out, err);
    if (action === 'remove' && rest.length === 0) return await remove(values, env, out, err);
    throw new UsageError(
      action === 'remove'
        ? `swap remove: unexpected argument '${rest[0]}'; it takes none`
        : `swap: '${action ?? ''}' is not accepted; expected add SIZE|auto or remove (see wheelwright swap --help)`,
    );
  } catch (error) {
    if (error instanceof UsageError) {
      err(`wheelwright: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      err(`wheelwright: ${error.lineFor('cli')}\n`);
      return 2;
    }
    err(`wheelwright: swap: ${(error as Error).message}\n`);
    return 1;
  }
}
