const KiB = 1024;

/** One line of /proc/swaps: an active swap area. */
export interface ActiveSwap {
  path: string;
  type: string;
  sizeBytes: number;
  usedBytes: number;
  priority: number;
}

// The kernel escapes space, tab, newline and backslash in names as octal (`\040`), so a name
// with a space still reads as one field.
const unescape = (field: string): string =>
  field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/** /proc/swaps: a header, then `Filename Type Size Used Priority` with sizes in KiB. */
export function parseProcSwaps(text: string): ActiveSwap[] {
  const swaps: ActiveSwap[] = [];
  for (const line of text.split('\n').slice(1)) {
    const match = /^(\S+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(-?\d+)\s*$/.exec(line);
    if (!match) continue;
    swaps.push({
      path: unescape(match[1]!),
      type: match[2]!,
      sizeBytes: Number(match[3]) * KiB,
      usedBytes: Number(match[4]) * KiB,
      priority: Number(match[5]),
    });
  }
  return swaps;
}
