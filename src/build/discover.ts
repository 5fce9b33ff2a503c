import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { INSPECT_SCRIPT } from './inspect-script.js';
import { describe, identityOf, type Interpreter, type InterpreterInfo } from './interpreter.js';

const run = promisify(execFile);

export interface Candidate {
  path: string;
  foundIn: string;
}

// python3, python3.12, python3.13t, python3.11-dbg, python3.11d, pypy3, pypy3.10
const INTERPRETER_NAME = /^(?:python|pypy)3(?:\.\d+)?(?:t|d|-dbg)?$/;
// Windows: python.exe (python.org's and setup-python's only name), python3.13t.exe, pypy3.exe
const WINDOWS_NAME = /^(?:python|pypy)3?(?:\.\d+)?t?(?:_d)?\.exe$/i;

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function executablesIn(dir: string, names: RegExp): string[] {
  return list(dir)
    .filter((name) => names.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Where users keep interpreters, each with the place's name, in the order they are preferred.
 * A manylinux image's /opt/python comes first when it is there: those are the interpreters the
 * image is made for, while a job container also sees the runner's tool cache (mounted at /__t),
 * whose Pythons were built for the host. On Windows, setup-python puts python.exe straight in
 * the version's architecture directory (`<cache>\Python\3.12.1\x64\python.exe`), PATH's
 * WindowsApps holds the Store's stand-ins (they open the Store, not Python), and pyenv and
 * manylinux do not exist; the `py` launcher's list is added by `pyLauncherCandidates`.
 */
export function candidatePlaces(
  env: Record<string, string | undefined>,
  manylinuxRoot = '/opt/python',
  platform: NodeJS.Platform = process.platform,
): { dirs: string[]; foundIn: string }[] {
  const windows = platform === 'win32';
  const places: { dirs: string[]; foundIn: string }[] = [];
  const manylinux = windows
    ? []
    : list(manylinuxRoot).map((tag) => path.join(manylinuxRoot, tag, 'bin'));
  if (manylinux.length > 0) places.push({ dirs: manylinux, foundIn: 'manylinux' });
  const toolCache = env.RUNNER_TOOL_CACHE ?? env.AGENT_TOOLSDIRECTORY;
  if (toolCache) {
    // actions/setup-python: <cache>/Python/3.12.1/x64/bin, <cache>/PyPy/3.10.14/x64/bin
    const dirs = ['Python', 'PyPy'].flatMap((kind) =>
      list(path.join(toolCache, kind)).flatMap((version) =>
        list(path.join(toolCache, kind, version)).map((arch) =>
          windows
            ? path.join(toolCache, kind, version, arch)
            : path.join(toolCache, kind, version, arch, 'bin'),
        ),
      ),
    );
    places.push({ dirs, foundIn: 'tool cache' });
  }
  const pathDirs = (env.PATH ?? env.Path ?? '')
    .split(windows ? ';' : ':')
    .filter((dir) => dir && !/[\\/](shims|WindowsApps)$/.test(dir));
  places.push({ dirs: pathDirs, foundIn: 'PATH' });
  if (!windows) {
    const pyenv = env.PYENV_ROOT ?? path.join(env.HOME ?? os.homedir(), '.pyenv');
    places.push({
      dirs: list(path.join(pyenv, 'versions')).map((v) => path.join(pyenv, 'versions', v, 'bin')),
      foundIn: 'pyenv',
    });
  }
  return places;
}

/** Every interpreter-looking executable in those places. */
export function findCandidates(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
  manylinuxRoot = '/opt/python',
): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const place of candidatePlaces(env, manylinuxRoot, platform)) {
    for (const dir of place.dirs) {
      const names =
        platform === 'win32'
          ? WINDOWS_NAME
          : place.foundIn === 'PATH'
            ? INTERPRETER_NAME
            : /^(?:python|pypy)3?(?:\.\d+)?[td]?$/;
      for (const file of executablesIn(dir, names)) {
        if (seen.has(file) || !existsSync(file)) continue;
        seen.add(file);
        candidates.push({ path: file, foundIn: place.foundIn });
      }
    }
  }
  return candidates;
}

/** How long an interpreter may take to say what it is. */
export const INSPECT_TIMEOUT_MS = 20_000;

/** The environment interpreters are asked in: their own modules, not the user's site's. */
export const inspectEnvironment = (): NodeJS.ProcessEnv => ({
  ...process.env,
  PYTHONNOUSERSITE: '1',
});

/** inspect_interpreter.py's answer as given already, when it is one (else null). */
function given(answer: string, foundIn: string): Interpreter | null {
  try {
    return answer.trim() ? describe(JSON.parse(answer) as InterpreterInfo, foundIn) : null;
  } catch {
    return null; // cut short: asked again, in a process of its own, to learn why
  }
}

/**
 * Asks a candidate what it is; `requirements` (PEP 508) are checked in it too when given.
 * `answered`: what it said already, to the same question in the same environment
 * (startAnsweringPip's); asked as always when that is empty.
 */
export async function inspect(
  candidate: Candidate,
  requirements: string[] = [],
  answered?: Promise<string>,
): Promise<Interpreter | { path: string; error: string }> {
  const answer =
    answered && requirements.length === 0 ? given(await answered, candidate.foundIn) : null;
  if (answer) return answer;
  try {
    const { stdout } = await run(candidate.path, ['-c', INSPECT_SCRIPT, ...requirements], {
      timeout: INSPECT_TIMEOUT_MS,
      env: inspectEnvironment(),
    });
    return describe(JSON.parse(stdout) as InterpreterInfo, candidate.foundIn);
  } catch (error) {
    return {
      path: candidate.path,
      error: (error as Error).message.split('\n')[0] ?? String(error),
    };
  }
}

/** Inspects the candidates; the same interpreter found under several names is kept once. */
export async function discover(
  candidates: Candidate[],
  requirements: string[] = [],
): Promise<{ found: Interpreter[]; broken: { path: string; error: string }[] }> {
  const results = await Promise.all(candidates.map((c) => inspect(c, requirements)));
  const found: Interpreter[] = [];
  const broken: { path: string; error: string }[] = [];
  const keys = new Set<string>();
  for (const result of results) {
    if ('error' in result) {
      broken.push(result);
      continue;
    }
    const key = identityOf(result);
    if (keys.has(key)) continue;
    keys.add(key);
    found.push(result);
  }
  return { found, broken };
}
