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
