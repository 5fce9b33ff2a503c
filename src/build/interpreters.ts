import { existsSync } from 'node:fs';
import path from 'node:path';
import { candidatePlaces, discover, findCandidates, inspect } from './discover.js';
import { identityOf, type Interpreter } from './interpreter.js';
import { parseRequest, select, uniqueIds } from './select.js';
import { pyLauncherCandidates } from '../platform/py-launcher.js';

/** A requested or found interpreter that will not be built for, and why. */
export interface Unbuildable {
  name: string;
  reason: string;
  /** True when the user asked for it: then it counts as a failure, not a skip. */
  requested: boolean;
}

export interface Resolution {
  selected: Interpreter[];
  unbuildable: Unbuildable[];
}

function places(env: Record<string, string | undefined>): string {
  return candidatePlaces(env)
    .map(
      (place) => `${place.foundIn} (${place.dirs.length} dir${place.dirs.length === 1 ? '' : 's'})`,
    )
    .join(', ');
}

/** What the interpreter at `path` answered already to inspect's question (see inspect). */
export interface Answered {
  path: string;
  answer: Promise<string>;
}

/** What an interpreter lacks for a purpose (building, verifying), each with how to fix it. */
export interface Needs {
  /** The purpose in a word or two: "build", "verify". */
  purpose: string;
  missing: (interpreter: Interpreter) => string[];
  /** Requirements (PEP 508) each interpreter is asked about when inspected, for `missing`. */
  requirements?: string[];
}

/**
 * Turns `python-versions` into interpreters. Empty means every interpreter found that can serve
 * the purpose (the others are listed as skipped); a requested one that is missing or lacks
 * something is an early failure of that version alone, with what was found and what is missing.
 */
export async function resolveInterpreters(
  requests: string[],
  env: Record<string, string | undefined>,
  needs: Needs,
  answered?: Answered,
): Promise<Resolution> {
  const requirements = needs.requirements ?? [];
  const canBuild = (i: Interpreter) => needs.missing(i).length === 0;
  const unbuildable: Unbuildable[] = [];
  const selected: Interpreter[] = [];
  const add = (interpreter: Interpreter, requested: boolean, name: string) => {
    const missing = needs.missing(interpreter);
    if (missing.length) {
      unbuildable.push({
        name: `${name} (${interpreter.label}, ${interpreter.executable})`,
        reason: `cannot ${needs.purpose}: ${missing.join('; ')}`,
        requested,
      });
    } else if (!selected.some((s) => identityOf(s) === identityOf(interpreter))) {
      selected.push(interpreter);
    }
  };

  const parsed = requests.map(parseRequest);
  const versionRequests = parsed.filter((r) => r.path === undefined);
  const { found } =
    requests.length === 0 || versionRequests.length > 0
      ? await discover(
          [...findCandidates(env), ...(await pyLauncherCandidates(process.platform))],
          requirements,
        )
      : { found: [] };

  if (requests.length === 0) {
    for (const interpreter of found) add(interpreter, false, interpreter.id);
    return { selected: uniqueIds(selected), unbuildable };
  }

  const selections = select(versionRequests, found, canBuild);
  for (const request of parsed) {
    if (request.path !== undefined) {
      const file = path.resolve(request.path);
      if (!existsSync(file)) {
        unbuildable.push({
          name: request.text,
          reason: `no such interpreter: ${file}`,
          requested: true,
        });
        continue;
      }
      const inspected = await inspect(
        { path: file, foundIn: 'requested path' },
        requirements,
        answered?.path === file ? answered.answer : undefined,
      );
      if ('error' in inspected)
        unbuildable.push({
          name: request.text,
          reason: `it does not run as Python: ${inspected.error}`,
          requested: true,
        });
      else add(inspected, true, request.text);
      continue;
    }
    const match = selections.find((s) => s.request === request)!.matches[0];
    if (match) {
      add(match, true, request.text);
      continue;
    }
    const seen = found.map((i) => `${i.id} ${i.executable} (${i.foundIn})`).join(', ') || 'none';
    unbuildable.push({
      name: request.text,
      reason: `not found; found: ${seen}; looked in: ${places(env)}`,
      requested: true,
    });
  }
  return { selected: uniqueIds(selected), unbuildable };
}
