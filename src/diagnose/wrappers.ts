import { NO_COMPILER_REMEDY, PARALLEL_STEPS_REMEDY, STOPPED_REMEDY } from './rules.js';

/**
 * The summary lines build tools print when a command they ran failed: make's `*** [target]`,
 * ninja's `FAILED:`, setuptools' `command '…' failed`, cargo's `could not compile`, Python's
 * CalledProcessError. They say which step failed and with what status, never why.
 */
export interface WrapperLine {
  /** 0-based index into the log's lines. */
  index: number;
  text: string;
  tool: string;
  /** What failed: a make target, a ninja output, a crate, a command. */
  target: string;
  /** The exit status the tool reports, when it names one. */
  status?: number;
}

const WRAPPERS: { tool: string; pattern: RegExp; target: number; status?: number }[] = [
  {
    tool: 'make',
    pattern: /\b(g?make)(?:\[\d+\])?: \*\*\* \[([^\]]+)\] \S+ (\d+)/,
    target: 2,
    status: 3,
  },
  { tool: 'ninja', pattern: /^\s*FAILED: (?:\[code=(\d+)\] )?(\S+)/, target: 2, status: 1 },
  {
    tool: 'setuptools',
    pattern: /error: command ['"]?([^'"]+?)['"]? failed with exit (?:status|code) (-?\d+)/,
    target: 1,
    status: 2,
  },
  { tool: 'cargo', pattern: /error: [Cc]ould not compile `([^`]+)`/, target: 1 },
  {
    tool: 'subprocess',
    pattern: /Command ['"]?(.+?)['"]? returned non-zero exit status (-?\d+)/,
    target: 1,
    status: 2,
  },
];

/** Every build tool's summary line in the log, in order. */
export function wrapperLines(lines: string[]): WrapperLine[] {
  const found: WrapperLine[] = [];
  lines.forEach((line, index) => {
    for (const w of WRAPPERS) {
      const match = w.pattern.exec(line);
      if (!match) continue;
      const status = w.status !== undefined ? match[w.status] : undefined;
      found.push({
        index,
        text: line.trim(),
        tool: w.tool === 'make' ? match[1]! : w.tool,
        target: match[w.target]!,
        ...(status !== undefined ? { status: Number(status) } : {}),
      });
      break;
    }
  });
  return found;
}

/** What a build tool's summary line alone supports, when the failing command's own words are absent. */
export interface WrapperCause {
  class: 'toolchain-broken' | 'parallel-race' | 'timeout';
  title: string;
  remedy: string;
}

const OBJECT = /\.(?:o|obj|lo)$/;

/**
 * The cause a wrapper's status names by itself: 127 is the shell's "command not found" (for an
 * object, the compiler; under a parallel build, most likely a program the build makes and had not
 * made yet), 124 is timeout(1)'s and 143 SIGTERM's. Kills (137) have their own rule; any other
 * status says nothing of the cause.
 */
export function wrapperCause(line: WrapperLine, parallel: boolean): WrapperCause | null {
  const only = `Only the build tool’s summary is here: ${line.tool} reports status ${line.status} for ${line.target}`;
  if (line.status === 127 && OBJECT.test(line.target))
    return {
      class: 'toolchain-broken',
      title: `${only}: the shell could not find the compiler`,
      remedy: NO_COMPILER_REMEDY,
    };
  if (line.status === 127 && parallel)
    return {
      class: 'parallel-race',
      title: `${only}: a command not found under a parallel build, most likely a program the build makes that was not built yet`,
      remedy: PARALLEL_STEPS_REMEDY,
    };
  if (line.status === 124 || line.status === 143)
    return {
      class: 'timeout',
      title: `${only}: a command stopped by a time limit or SIGTERM`,
      remedy: STOPPED_REMEDY,
    };
  return null;
}
