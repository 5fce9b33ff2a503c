import { createHash } from 'node:crypto';
import type { FileFacts } from './file-facts.js';
import { stillAbsent, type Absent } from './include-search.js';

/**
 * What one compile read, filed next to its object so that the next compile with the same base
 * key (compiler, arguments, directory, source) finds the object without preprocessing: every
 * header with its SHA-256, and the paths that must still not exist (where a header of the same
 * name would be found first).
 */
export interface DirectManifest {
  base: string;
  files: [file: string, sha256: string][];
  absent: Absent;
}

/** A base key whose compiles must be keyed by their preprocessed text, and why. */
export interface PreprocessMark {
  base: string;
  preprocess: string;
}

export type DirectRecord = DirectManifest | PreprocessMark;

export const isManifest = (record: DirectRecord): record is DirectManifest => 'files' in record;

/** The object's key: the base and everything the manifest checks, so that equal keys mean equal compiles. */
export const manifestKey = (manifest: DirectManifest): string =>
  createHash('sha256')
    .update(`direct-1\0${recordText(manifest)}`)
    .digest('hex');

const texts = new WeakMap<DirectRecord, string>();

/** A record as it is filed (made once: a manifest is tens of kilobytes). */
export function recordText(record: DirectRecord): string {
  let text = texts.get(record);
  if (text === undefined) texts.set(record, (text = JSON.stringify(record)));
  return text;
}

/** Whether a compile now would read exactly what the manifest's compile read. */
export function manifestHolds(
  manifest: DirectManifest,
  facts: Pick<FileFacts, 'content' | 'names'>,
): boolean {
  for (const [file, digest] of manifest.files) {
    const content = facts.content(file);
    if (content === null || content.digest !== digest || content.timeMacros) return false;
  }
  return stillAbsent(manifest.absent, (dir) => facts.names(dir));
}

/** A record as read back from a file: null unless it has the shape written. */
export function parseRecord(text: string): DirectRecord | null {
  try {
    const value = JSON.parse(text) as Partial<DirectManifest & PreprocessMark>;
    if (typeof value.base !== 'string') return null;
    if (typeof value.preprocess === 'string')
      return { base: value.base, preprocess: value.preprocess };
    if (!Array.isArray(value.files) || typeof value.absent !== 'object' || value.absent === null)
      return null;
    return { base: value.base, files: value.files, absent: value.absent };
  } catch {
    return null;
  }
}
