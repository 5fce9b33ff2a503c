import type { Diagnosis } from './diagnosis.js';
import { commandInShell } from '../platform/shell.js';

/** The commands wheelwright itself runs around a build, each its own class of failure. */
export const OWN_STEPS = ['before-build', 'repair-command', 'test-command'] as const;
export type OwnStep = (typeof OWN_STEPS)[number];

/** A failure of one of wheelwright's own steps, as its build log records it. */
export interface OwnStepFailure {
  step: OwnStep;
  /** The command as the user wrote it (the `sh -c` script), or the argv wheelwright ran. */
  command: string | null;
  /** What failed and how, as wheelwright wrote it: `failed (exit 3)`, `could not run: …`. */
  outcome: string;
  /** 0-based indices: the `$ command` line, and the marker line wheelwright wrote after it. */
  commandIndex: number | null;
  markerIndex: number;
}

// run-build.ts and after-build.ts write `$ "argv" "…"` before each step and, when one fails,
// `wheelwright: <step> failed (exit N)` (or `… could not run: …`, `… left N wheels …`) after it.
const MARKER = new RegExp(`^wheelwright: (${OWN_STEPS.join('|')}) (.+)$`);
const COMMAND = /^\$ (".*)$/;
const LAST_LINES = 8;

function commandOf(line: string): string | null {
  try {
    const argv = (line.match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((a) => JSON.parse(a) as string);
    if (!argv.length) return null;
    return commandInShell(argv) ?? argv.join(' ');
  } catch {
    return null;
  }
}

/** The failure of wheelwright's own step in a build log, if that is what ended it. */
export function ownStepFailure(lines: string[]): OwnStepFailure | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const marker = MARKER.exec(lines[i]!);
    if (!marker) continue;
    let commandIndex: number | null = null;
    for (let j = i - 1; j >= 0 && commandIndex === null; j--)
      if (COMMAND.test(lines[j]!)) commandIndex = j;
    const command =
      commandIndex === null ? null : commandOf(COMMAND.exec(lines[commandIndex]!)![1]!);
    return {
      step: marker[1] as OwnStep,
      command,
      outcome: marker[2]!,
      commandIndex,
      markerIndex: i,
    };
  }
  return null;
}

/** The lines the failed step printed (between its command line and wheelwright's marker). */
export function ownStepOutput(lines: string[], failure: OwnStepFailure): string[] {
  return lines.slice((failure.commandIndex ?? failure.markerIndex) + 1, failure.markerIndex);
}

const WHAT: Record<OwnStep, string> = {
  'before-build':
    'before-build runs before each build, in the package directory, with the build’s Python first on PATH; nothing was compiled yet, so no compiler remedy applies',
  'repair-command':
    'the wheel was built and compiled fine; the repair command failed on it, so the wheel is kept out of output-dir (in the report directory’s rejected/)',
  'test-command':
    'the wheel was built and compiled fine; its tests failed (or could not be set up) in a fresh environment, so the wheel is kept out of output-dir (in the report directory’s rejected/)',
};

/**
 * The card for a failed own step: the command, how it ended and its last lines. `cause` is what
 * the step's own output shows, when a rule recognised it (a network failure in a before-build's
 * pip install).
 */
export function ownStepCard(
  lines: string[],
  failure: OwnStepFailure,
  python: string | undefined,
  cause: Diagnosis | undefined,
): Diagnosis {
  const output = ownStepOutput(lines, failure)
    .map((text, k) => ({
      text: text.trim(),
      line: (failure.commandIndex ?? failure.markerIndex) + k + 2,
    }))
    .filter((l) => l.text !== '');
  const last = output.slice(-LAST_LINES);
  const command = failure.command ?? failure.step;
  const rerun = failure.command
    ? `run \`${failure.command}\` by hand where it ran to see it fail again`
    : 'run it by hand where it ran to see it fail again';
  return {
    class: failure.step,
    confidence: 'high',
    title: `${failure.step} ${failure.outcome}: ${command}`,
    evidence: [
      ...(failure.commandIndex === null
        ? []
        : [
            {
              text: lines[failure.commandIndex]!.trim(),
              source: 'log',
              line: failure.commandIndex + 1,
            },
          ]),
      ...last.map((l) => ({ text: l.text, source: 'log', line: l.line })),
      ...(last.length ? [] : [{ text: '(the command printed nothing)', source: 'log' }]),
    ],
    concerns: python ? { python } : {},
    remedy: `${WHAT[failure.step]}. ${cause ? `Its output points to a cause of its own (${cause.class}, the next card): ${cause.title}` : `The lines shown are the end of its output; ${rerun}`}`,
  };
}
