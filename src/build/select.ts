import type { Interpreter } from './interpreter.js';

export interface Request {
  text: string;
  /** An interpreter path, or what a version request asks for. */
  path?: string;
  implementation?: string;
  major?: number;
  minor?: number;
  freeThreaded?: boolean;
}

/** Reads `3.12`, `3.13t`, `cp311`, `pp310`, `pypy3.10`, `python3.12` or a path. */
export function parseRequest(text: string): Request {
  if (text.includes('/') || text.includes('\\')) return { text, path: text };
  const tag = /^(cp|pp)(\d)(\d+)(t?)$/i.exec(text);
  if (tag) {
    return {
      text,
      implementation: tag[1]!.toLowerCase() === 'pp' ? 'pypy' : 'cpython',
      major: Number(tag[2]),
      minor: Number(tag[3]),
      freeThreaded: tag[4] === 't',
    };
  }
  const named = /^(python|cpython|pypy)?(\d+)(?:\.(\d+))?(t?)$/i.exec(text);
  if (!named) return { text, path: text };
  return {
    text,
    implementation: named[1]?.toLowerCase() === 'pypy' ? 'pypy' : 'cpython',
    major: Number(named[2]),
    ...(named[3] === undefined ? {} : { minor: Number(named[3]) }),
    freeThreaded: named[4] === 't',
  };
}

export function matches(request: Request, interpreter: Interpreter): boolean {
  if (request.path !== undefined) return false;
  const [major, minor] = interpreter.version;
  return (
    interpreter.implementation === request.implementation &&
    major === request.major &&
    (request.minor === undefined || minor === request.minor) &&
    interpreter.freeThreaded === Boolean(request.freeThreaded) &&
    // a debug build has its own ABI: asked for by path only
    !interpreter.debug
  );
}

export interface Selection {
  request: Request;
  /** The interpreters that match, best first: those that can build, then in discovery order. */
  matches: Interpreter[];
}

export function select(
  requests: Request[],
  found: Interpreter[],
  canBuild: (i: Interpreter) => boolean,
): Selection[] {
  return requests.map((request) => {
    const all = found.filter((interpreter) => matches(request, interpreter));
    const ordered = [...all.filter(canBuild), ...all.filter((i) => !canBuild(i))];
    if (request.minor === undefined) {
      // `3` means the newest 3.x found
      ordered.sort(
        (a, b) => Number(canBuild(b)) - Number(canBuild(a)) || b.version[1] - a.version[1],
      );
    }
    return { request, matches: ordered };
  });
}

/** Makes ids unique when two selected interpreters share one (Debian's 3.11 and pyenv's 3.11). */
export function uniqueIds(interpreters: Interpreter[]): Interpreter[] {
  const counts = new Map<string, number>();
  return interpreters.map((interpreter) => {
    const n = (counts.get(interpreter.id) ?? 0) + 1;
    counts.set(interpreter.id, n);
    return n === 1 ? interpreter : { ...interpreter, id: `${interpreter.id}-${n}` };
  });
}
