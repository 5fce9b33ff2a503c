import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The exit status of an error wheelwright did not expect (sysexits' EX_SOFTWARE). */
export const INTERNAL_ERROR_EXIT = 70;

/**
 * One line for an error wheelwright did not expect, naming where its stack was written (a file
 * of its own in a private temporary directory), instead of a stack trace in the terminal.
 */
export function internalErrorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack ? error.stack : message;
  try {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wheelwright-error-')), 'stack.txt');
    writeFileSync(file, `${stack}\n`);
    return `wheelwright: internal error: ${message} (stack trace in ${file})\n`;
  } catch {
    return `wheelwright: internal error: ${message}\n`;
  }
}
