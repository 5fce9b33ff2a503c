import * as core from '@actions/core';
import type { InputName, OutputName } from '../config/action-inputs.js';
import type { InputSource } from '../config/options.js';
import type { Annotation } from '../report/annotations.js';

/** What main leaves for post: every key in one place. */
export const STATE = {
  swapAdded: 'swap-added',
  cacheEntries: 'cache-entries',
} as const;
export type StateName = (typeof STATE)[keyof typeof STATE];

/**
 * The action's inputs as the pipeline reads them: undefined when the runner set no INPUT_
 * variable (core.getInput says '' for both), so that an input written empty, which means
 * something for repair-command, is told from one not passed at all.
 */
export const actionInputs: InputSource = (name: InputName) =>
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
    ? undefined
    : core.getInput(name);

export function setOutputs(outputs: Record<OutputName, string | number>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown).write();
}

export const fail = (line: string): void => core.setFailed(line);

/** An error nothing expected: the step fails with its message, and its stack goes to the log. */
export function failInternal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.stack) core.info(error.stack);
  core.setFailed(`wheelwright: internal error: ${message}`);
}

/**
 * The step fails with a clear message, not a crash, on an error nothing caught: a rejection fails
 * it and the run goes on to its report; after an exception the process cannot go on.
 */
export function failOnUncaught(): void {
  process.on('unhandledRejection', failInternal);
  process.on('uncaughtException', (error) => {
    failInternal(error);
    process.exit(1);
  });
}
export const info = (line: string): void => core.info(line);
export const group = <T>(name: string, fn: () => Promise<T>): Promise<T> => core.group(name, fn);

export const saveState = (name: StateName, value: string): void => core.saveState(name, value);
export const getState = (name: StateName): string => core.getState(name);

/** Logs a line at the level it deserves: a notice or warning also shows as an annotation. */
export function logAtLevel(level: 'info' | 'notice' | 'warning', line: string): void {
  if (level === 'warning') core.warning(line);
  else if (level === 'notice') core.notice(line);
  else core.info(line);
}

/** Error annotations on source lines: each shows on the file's line in the run and the PR diff. */
export function annotateErrors(annotations: Annotation[]): void {
  for (const a of annotations)
    core.error(a.message, {
      title: a.title,
      file: a.file,
      startLine: a.line,
      ...(a.column === undefined ? {} : { startColumn: a.column }),
    });
}
