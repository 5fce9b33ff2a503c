import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Interpreter } from '../build/interpreter.js';
import { resolveInterpreters } from '../build/interpreters.js';
import { InputError } from '../config/input-error.js';
import { parsePythonVersions } from '../config/options.js';
import type { Diagnosis } from '../diagnose/diagnosis.js';
import { card } from '../report/summary.js';
import { NOT_BLOCKING } from '../verify/verify-class.js';
import { verifyWheel, type VerifyResult } from '../verify/verify-wheel.js';
import { interpreterFor } from '../verify/wheel-interpreter.js';
import { parseWheelName } from '../verify/wheel-name.js';

const USAGE = `usage: wheelwright verify WHEEL... [--python-versions LIST] [--json]

Checks each wheel as the build does before anyone uploads it: what its extension modules load
and from where (never through LD_LIBRARY_PATH), what its platform tag allows, and an import of
every package and extension module in a fresh virtual environment of its own interpreter.

options:
  --python-versions LIST (--python)
                 the interpreters to verify with (versions, names or paths); each wheel uses
                 the one its tags fit, and one that none fits gets the library and policy
                 checks without the import test. Default: every interpreter found
  --json         print, per wheel, { wheel, python, ok, unresolved, outside, policy, importError,
                 importSkipped, diagnosis } (an array when several wheels are given)
  -h, --help     this help

exit status: 0 every wheel is ok, 1 some wheel is not, 2 bad input
`;

const CONFIG = {
  allowPositionals: true,
  strict: true,
  options: {
    'python-versions': { type: 'string' },
    python: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
} satisfies ParseArgsConfig;

/** What `--json` prints for one wheel. */
export interface VerifyReport {
  wheel: string;
  /**
   * The interpreter it was imported with; null when none of those found fits its tags (then
   * only the library and policy checks ran, and importSkipped says so).
   */
  python: string | null;
  ok: boolean;
  /** Libraries that resolve nowhere, by name. */
  unresolved: string[];
  /** Libraries that resolve only outside the wheel and the system's library directories. */
  outside: { library: string; path: string }[];
  /** What the platform tag does not allow, one line each. */
  policy: string[];
  importError: string | null;
  /** Why the import test did not run (a wheel for another system, no interpreter); null when it ran. */
  importSkipped: string | null;
  /** The first problem that makes the wheel unfit to upload, as a card; null when ok. */
  diagnosis: Diagnosis | null;
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map(items.map((item) => [key(item), item]));
  return [...seen.values()];
}

export function verifyReport(result: VerifyResult): VerifyReport {
  const libraries = result.extensions.flatMap((e) => e.libraries);
  const failedImport = result.imports.find((i) => !i.ok);
  return {
    wheel: result.wheel,
    python: result.python,
    ok: result.passed,
    unresolved: unique(
      libraries.filter((l) => l.place === 'missing' && !l.weak).map((l) => l.name),
      (name) => name,
    ),
    outside: unique(
      libraries
        .filter((l) => l.place === 'outside')
        .map((l) => ({ library: l.name, path: l.path! })),
      (o) => `${o.library}\0${o.path}`,
    ),
    policy: result.extensions.flatMap((e) =>
      e.policy.map((p) =>
        p.kind === 'library-not-allowed'
          ? `${e.module}: ${p.library} is not allowed by ${result.claim.tag}`
          : `${e.module}: ${p.library} needs ${p.version}, newer than ${result.claim.tag} allows (${p.newest})`,
      ),
    ),
    importError: failedImport ? `${failedImport.module}: ${failedImport.error}` : null,
    importSkipped: result.importSkipped,
    diagnosis: result.diagnoses.find((d) => !NOT_BLOCKING.has(d.class)) ?? null,
  };
}

function text(report: VerifyReport, notes: Diagnosis[]): string {
  const head = `${report.ok ? 'ok' : 'NOT OK'}: ${report.wheel}${report.python ? ` (with ${report.python})` : ''}`;
  const cards = [...(report.diagnosis ? [report.diagnosis] : []), ...notes].flatMap((d) =>
    card(path.basename(report.wheel), d),
  );
  return [head, '', ...cards].join('\n');
}

function wheelProblem(wheel: string): string | null {
  if (!existsSync(wheel)) return `WHEEL '${wheel}': no such file; expected an existing .whl file`;
  try {
    parseWheelName(wheel);
    return null;
  } catch {
    return `WHEEL '${wheel}': not a wheel's name; expected {distribution}-{version}-{python}-{abi}-{platform}.whl`;
  }
}

async function verifyOne(
  wheel: string,
  candidates: Interpreter[],
): Promise<{ report: VerifyReport; notes: Diagnosis[] }> {
  const name = parseWheelName(wheel);
  const interpreter = interpreterFor(name, candidates);
  const found = candidates.map((i) => i.id).join(', ') || 'none';
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'wheelwright-verify-'));
  let keep: string | null = null;
  try {
    const result = await verifyWheel({
      wheel,
      python: interpreter?.executable ?? null,
      noPython: `no interpreter found that can load a ${name.python}-${name.abi} wheel (found: ${found})`,
      workDir,
    });
    // a card that cites the import test's log needs it after the command
    const log = result.importLog;
    if (log && result.diagnoses.some((d) => d.evidence.some((e) => e.source === log)))
      keep = path.basename(log);
    return {
      report: verifyReport(result),
      notes: result.diagnoses.filter((d) => NOT_BLOCKING.has(d.class)),
    };
  } finally {
    if (!keep) rmSync(workDir, { recursive: true, force: true });
    else
      for (const entry of readdirSync(workDir).filter((e) => e !== keep))
        rmSync(path.join(workDir, entry), { recursive: true, force: true });
  }
}

/** `wheelwright verify WHEEL…`: returns the exit code. */
export async function verifyCommand(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ ...CONFIG, args: argv });
  } catch (error) {
    err(`wheelwright verify: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals: wheels } = parsed;
  if (values.help || wheels.length === 0) {
    (values.help ? out : err)(USAGE);
    return values.help ? 0 : 2;
  }
  let requests: string[];
  try {
    requests = parsePythonVersions(values['python-versions'] ?? values.python ?? '');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    err(`wheelwright verify: ${error.lineFor('cli')}\n`);
    return 2;
  }
  const badWheel = wheels.map(wheelProblem).find((problem) => problem !== null);
  if (badWheel) {
    err(`wheelwright verify: ${badWheel}\n`);
    return 2;
  }
  // The import test makes a virtual environment and installs the wheel with the venv's pip.
  const resolution = await resolveInterpreters(requests, env, {
    purpose: 'verify',
    missing: (i) =>
      i.modules.venv && i.modules.pip
        ? []
        : [
            `venv and pip are needed for the import test: install python${i.version.join('.')}-venv`,
          ],
  });
  for (const u of resolution.unbuildable.filter((u) => u.requested))
    err(`wheelwright verify: ${u.name}: ${u.reason}\n`);
  // Each wheel in its own fresh environment: they can all be checked at once.
  const reports = await Promise.all(
    wheels.map((w) => path.resolve(w)).map((wheel) => verifyOne(wheel, resolution.selected)),
  );
  if (values.json) {
    const json = reports.map((r) => r.report);
    out(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  } else out(`${reports.map((r) => text(r.report, r.notes)).join('\n')}\n`);
  return reports.every((r) => r.report.ok) ? 0 : 1;
}
