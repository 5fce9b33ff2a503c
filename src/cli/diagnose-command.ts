import { readFileSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { classify, type Diagnosis } from '../diagnose/index.js';
import { card } from '../report/summary.js';

const USAGE = `usage: wheelwright diagnose LOG... [--json]

Explains why a build failed, from its log alone: any build log, wheelwright's own or one copied
from a CI run of another tool (cibuildwheel, pip, make, cmake, cargo). LOG - reads standard input.
Each log gets its causes, root cause first, with the lines that show them and what to do.

options:
  --json         print, per log, { log, class, diagnoses: [ { class, confidence,
                 evidence: [ { line, text } ], remedy } ] } (an array when several logs are
                 given); class is the main diagnosis, "none" for a log that shows no failure
  -h, --help     this help

exit status: 0 it ran (whatever the logs show), 2 bad input
`;

const CONFIG = {
  allowPositionals: true,
  strict: true,
  options: {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
} satisfies ParseArgsConfig;

/** What `--json` prints for one log. */
export interface DiagnoseReport {
  log: string;
  /** The main diagnosis's class; `none` when the log shows no failure. */
  class: string;
  diagnoses: {
    class: string;
    confidence: Diagnosis['confidence'];
    evidence: { line: number | null; text: string }[];
    remedy: string;
  }[];
}

// How build tools say that something failed. A log with none of these, and no known cause, is
// of a build that went through (its "failed" lines were notes, like setuptools' "listing git
// files failed").
const FAILURE =
  /^\s*(?:\S+: )?(?:error|ERROR|Error|fatal error)\b[:[]|Failed (?:building|to build)|\*\*\* \[.*\] \S+ \d+|^\s*FAILED: |Traceback \(most recent call last\)|exit (?:status|code):? -?[1-9]|returned non-zero exit status|subprocess-exited-with-error|could not compile|build stopped|^\s*Killed\b|internal compiler error/m;

/** The diagnosis of one log's text, as `--json` prints it; `cards` are its diagnoses in full. */
export function diagnoseText(
  name: string,
  text: string,
): { report: DiagnoseReport; cards: Diagnosis[] } {
  const diagnoses = classify({ log: text });
  const clean = diagnoses.length === 1 && diagnoses[0]!.class === 'unknown' && !FAILURE.test(text);
  const cards = clean ? [] : diagnoses;
  return {
    report: {
      log: name,
      class: cards[0]?.class ?? 'none',
      diagnoses: cards.map((d) => ({
        class: d.class,
        confidence: d.confidence,
        evidence: d.evidence.map((e) => ({ line: e.line ?? null, text: e.text })),
        remedy: d.remedy,
      })),
    },
    cards,
  };
}

function logProblem(name: string): string | null {
  if (name === '-') return null;
  try {
    if (!statSync(name).isFile())
      return `LOG '${name}': not a file; expected a build log file, or - for standard input`;
    return null;
  } catch {
    return `LOG '${name}': no such file; expected a build log file, or - for standard input`;
  }
}

function text(report: DiagnoseReport, cards: Diagnosis[]): string {
  if (!cards.length) return `${report.log}: no failure found (class none)\n`;
  return [`${report.log}: ${report.class}`, '', ...cards.flatMap((d) => card(report.log, d))].join(
    '\n',
  );
}

/** `wheelwright diagnose LOG…`: returns the exit code. */
export function diagnoseCommand(
  argv: string[],
  out: (text: string) => void,
  err: (text: string) => void,
  readStdin: () => string = () => readFileSync(0, 'utf8'),
): number {
  let parsed;
  try {
    parsed = parseArgs({ ...CONFIG, args: argv });
  } catch (error) {
    err(`wheelwright diagnose: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals: logs } = parsed;
  if (values.help || logs.length === 0) {
    (values.help ? out : err)(USAGE);
    return values.help ? 0 : 2;
  }
  if (logs.filter((l) => l === '-').length > 1) {
    err("wheelwright diagnose: LOG '-' is given more than once; standard input can be read once\n");
    return 2;
  }
  const problem = logs.map(logProblem).find((p) => p !== null);
  if (problem) {
    err(`wheelwright diagnose: ${problem}\n`);
    return 2;
  }
  const results = logs.map((name) =>
    diagnoseText(name, name === '-' ? readStdin() : readFileSync(name, 'utf8')),
  );
  if (values.json) {
    const json = results.map((r) => r.report);
    out(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  } else out(results.map((r) => text(r.report, r.cards)).join('\n'));
  return 0;
}
