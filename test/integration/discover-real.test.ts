import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, findCandidates } from '../../src/build/discover.js';
import type { Interpreter } from '../../src/build/interpreter.js';
import { resolveInterpreters } from '../../src/build/interpreters.js';
import { parseRequest, select } from '../../src/build/select.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { needs, pyenvPython } from '../helpers/pythons.js';
import { tempDirs } from '../helpers/verify-builds.js';

// Interpreters where runners and images keep them, as directory trees made here around this
// machine's real interpreters: setup-python's tool cache (<cache>/Python/<version>/x64/bin), a
// manylinux image's /opt/python/<tag>/bin, pyenv's <root>/versions/<version>/bin. Each is asked
// what it is, as a build asks. Requests wheelwright accepts are then chosen among them. Debian
// has one CPython (3.11 in bookworm), one PyPy (3.9 there) and no free-threaded CPython: another
// PyPy and `3.13t` are checked to choose nothing else in their place (their positive choice is
// test/unit/select.test.ts's, on data). pyenv's 3.12 and 3.13 stand for versions Debian does
// not have: where Debian's python3 is one of them, that one's tests skip, saying so.

const temp = tempDirs();
afterAll(() => temp.removeAll());

const DEBIAN_PYPY = '/usr/bin/pypy3';
/** pyenv's `minor`, unless Debian's python3 is that version too. */
const besideDebian = (minor: string) =>
  minor === DEBIAN_PYTHON.minor ? undefined : pyenvPython(minor);
/** For a test's name: why there is no pyenv `minor` beside Debian's. */
const needsBeside = (minor: string) =>
  minor === DEBIAN_PYTHON.minor
    ? ` (skipped: Debian's python3 is ${minor} too, and the test needs a version it does not have)`
    : needs(minor);
const py312 = besideDebian('3.12');
const py313 = besideDebian('3.13');

/** `<dir>/<name>` → `target`, making `dir`. */
function link(dir: string, name: string, target: string): void {
  mkdirSync(dir, { recursive: true });
  symlinkSync(target, path.join(dir, name));
}

/** The version an interpreter says it is: 3.11.2. */
const versionOf = (python: string) =>
  execFileSync(python, ['-c', 'import platform; print(platform.python_version())'], {
    encoding: 'utf8',
  }).trim();

// Debian's PyPy as it says it is (bookworm's is 3.9): its id, and the pypy request for it
const pypyVersion = versionOf(DEBIAN_PYPY).split('.');
const PYPY_ID = `pp${pypyVersion[0]}${pypyVersion[1]}`;
const PYPY_NAME = `pypy${pypyVersion[0]}.${pypyVersion[1]}`;
// pp310, unless Debian's is 3.10: then pp39
const OTHER_PYPY = PYPY_ID === 'pp310' ? 'pp39' : 'pp310';

interface Layout {
  env: Record<string, string>;
  manylinux: string;
  /** A venv of pyenv's 3.12: a second, distinct 3.12 for the tool cache. */
  venv312: string | null;
}

function makeLayout(): Layout {
  const root = temp.make('ww-discover-');
  const toolCache = path.join(root, 'hostedtoolcache');
  link(
    path.join(toolCache, 'Python', DEBIAN_PYTHON.version, 'x64', 'bin'),
    `python${DEBIAN_PYTHON.minor}`,
    DEBIAN_PYTHON.executable,
  );
  link(path.join(toolCache, 'PyPy', versionOf(DEBIAN_PYPY), 'x64', 'bin'), 'pypy3', DEBIAN_PYPY);
  const manylinux = path.join(root, 'opt', 'python');
  let venv312: string | null = null;
  if (py312) {
    link(path.join(manylinux, 'cp312-cp312', 'bin'), 'python3.12', py312.executable);
    venv312 = path.join(toolCache, 'Python', py312.version, 'x64');
    execFileSync(py312.executable, ['-m', 'venv', '--without-pip', venv312]);
  }
  const pyenvRoot = path.join(root, 'pyenv');
  if (py313)
    link(path.join(pyenvRoot, 'versions', py313.version, 'bin'), 'python3.13', py313.executable);
  // nothing from this machine's PATH or ~/.pyenv: only the trees above
  const env = { RUNNER_TOOL_CACHE: toolCache, PYENV_ROOT: pyenvRoot, PATH: '', HOME: root };
  return { env, manylinux, venv312 };
}

let layout: Layout;
let found: Interpreter[];

beforeAll(async () => {
  layout = makeLayout();
  const candidates = findCandidates(layout.env, 'linux', layout.manylinux);
  const discovered = await discover(candidates);
  expect(discovered.broken).toEqual([]);
  found = discovered.found;
}, 60_000);

const chosen = (request: string) =>
  select([parseRequest(request)], found, () => true)[0]!.matches.map((i) => ({
    id: i.id,
    foundIn: i.foundIn,
    executable: i.executable,
  }));

describe('interpreters in a tool cache, a manylinux /opt/python and pyenv', () => {
  it('finds each where it is, under the name it has there, once', () => {
    const where = found.map((i) => [i.foundIn, i.id]);
    expect(where).toContainEqual(['tool cache', DEBIAN_PYTHON.id]);
    expect(where).toContainEqual(['tool cache', PYPY_ID]);
    if (py312) {
      expect(where).toContainEqual(['manylinux', 'cp312']);
      expect(where).toContainEqual(['tool cache', 'cp312']);
    }
    if (py313) expect(where).toContainEqual(['pyenv', 'cp313']);
    // the manylinux image's interpreters come first, as in the image they are the ones to use
    if (py312) expect(found[0]!.foundIn).toBe('manylinux');
    expect(found.length).toBe(2 + (py312 ? 2 : 0) + (py313 ? 1 : 0));
  });

  const { id, minor, version } = DEBIAN_PYTHON;
  it(`chooses Debian’s ${minor} from the tool cache for ${id}, ${minor} and python${minor}`, () => {
    const expected = [
      {
        id,
        foundIn: 'tool cache',
        executable: path.join(
          layout.env.RUNNER_TOOL_CACHE!,
          'Python',
          version,
          'x64',
          'bin',
          `python${minor}`,
        ),
      },
    ];
    expect(chosen(id)).toEqual(expected);
    expect(chosen(minor)).toEqual(expected);
    expect(chosen(`python${minor}`)).toEqual(expected);
  });

  it(`chooses Debian’s PyPy for ${PYPY_ID} and ${PYPY_NAME}, and nothing for another PyPy`, () => {
    expect(chosen(PYPY_ID).map((c) => c.id)).toEqual([PYPY_ID]);
    expect(chosen(PYPY_NAME)).toEqual(chosen(PYPY_ID));
    expect(chosen(OTHER_PYPY)).toEqual([]);
  });

  it.skipIf(!py312)(
    `prefers the manylinux image's 3.12 to the tool cache's for 3.12 and cp312${needsBeside('3.12')}`,
    () => {
      for (const request of ['3.12', 'cp312']) {
        expect(chosen(request).map((c) => c.foundIn)).toEqual(['manylinux', 'tool cache']);
        expect(path.dirname(chosen(request)[1]!.executable)).toBe(
          path.join(layout.venv312!, 'bin'),
        );
      }
    },
  );

  it.skipIf(!py313)(
    `chooses pyenv's 3.13 for 3.13, and never a GIL build for 3.13t${needsBeside('3.13')}`,
    () => {
      expect(chosen('3.13').map((c) => [c.foundIn, c.id])).toEqual([['pyenv', 'cp313']]);
      expect(chosen('3.13t')).toEqual([]);
      expect(chosen('cp313t')).toEqual([]);
      // `3` is the newest 3.x found: 3.13, unless Debian's is newer
      const newest = Number(DEBIAN_PYTHON.minor.split('.')[1]) > 13 ? DEBIAN_PYTHON.id : 'cp313';
      expect(chosen('3')[0]!.id).toBe(newest);
    },
  );

  // resolveInterpreters looks in the real /opt/python: on a manylinux image it holds more
  it.skipIf(existsSync('/opt/python'))(
    `says of a version it cannot find what it found and where it looked${existsSync('/opt/python') ? ' (skipped: this machine has a /opt/python of its own)' : ''}`,
    async () => {
      const resolution = await resolveInterpreters([OTHER_PYPY, DEBIAN_PYTHON.id], layout.env, {
        purpose: 'build',
        missing: () => [],
      });
      expect(resolution.selected.map((i) => i.id)).toEqual([DEBIAN_PYTHON.id]);
      expect(resolution.unbuildable).toHaveLength(1);
      const [missing] = resolution.unbuildable;
      expect(missing!.name).toBe(OTHER_PYPY);
      expect(missing!.requested).toBe(true);
      expect(missing!.reason).toMatch(
        new RegExp(`^not found; found: .*${PYPY_ID} \\S+/pypy3 \\(tool cache\\)`),
      );
      expect(missing!.reason).toMatch(
        /looked in: tool cache \(\d+ dirs\), PATH \(0 dirs\), pyenv \(\d+ dirs?\)$/,
      );
    },
  );
});
