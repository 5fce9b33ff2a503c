import path from 'node:path';

/**
 * The platform tags after a repair: the build's `linux_<arch>` replaced by the policy's tags,
 * sorted as auditwheel writes a compressed tag set (`manylinux2014_x86_64.manylinux_2_17_x86_64`).
 */
export function repairedPlatforms(platforms: string[], arch: string, tags: string[]): string[] {
  return [...new Set([...platforms.filter((p) => p !== `linux_${arch}`), ...tags])].sort();
}

/** The wheel's new file name: the same up to the platform part. */
export function repairedFileName(wheel: string, platforms: string[]): string {
  const name = path.basename(wheel, '.whl');
  return `${name.slice(0, name.lastIndexOf('-'))}-${platforms.join('.')}.whl`;
}

/**
 * `.dist-info/WHEEL` with one `Tag:` line per python-abi pair and platform, in place of the
 * old ones; every other line as it was.
 */
export function rewriteWheelTags(text: string, platforms: string[]): string {
  const lines = text.split(/\r?\n/);
  const pairs: string[] = [];
  for (const line of lines) {
    const match = /^Tag:\s*(.+)$/.exec(line);
    if (!match) continue;
    const pair = match[1]!.trim().split('-').slice(0, 2).join('-');
    if (!pairs.includes(pair)) pairs.push(pair);
  }
  const tags = pairs.flatMap((pair) => platforms.map((p) => `Tag: ${pair}-${p}`));
  const firstTag = lines.findIndex((line) => line.startsWith('Tag:'));
  const kept = lines.filter((line) => !line.startsWith('Tag:'));
  const at = firstTag < 0 ? kept.length : firstTag;
  return [...kept.slice(0, at), ...tags, ...kept.slice(at)].join('\n');
}

export interface RecordEntry {
  /** The path inside the wheel, with forward slashes. */
  path: string;
  sha256: Buffer;
  size: number;
}

const csvField = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** RECORD (PEP 376/427): `path,sha256=<urlsafe base64, unpadded>,size`, RECORD itself last, empty. */
export function recordText(entries: RecordEntry[], recordPath: string): string {
  const lines = entries
    .filter((e) => e.path !== recordPath)
    .map((e) => `${csvField(e.path)},sha256=${e.sha256.toString('base64url')},${e.size}`);
  return `${[...lines, `${csvField(recordPath)},,`].join('\n')}\n`;
}
