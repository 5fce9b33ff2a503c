import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every regular file under `dir`, recursively; none when it does not exist. */
export function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

export const bytesUnder = (dir: string): number =>
  filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);
