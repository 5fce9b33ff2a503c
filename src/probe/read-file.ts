import { readFileSync } from 'node:fs';

/** A file's text, or undefined when it does not exist or cannot be read (kernel files vary). */
export function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
