import { describe, expect, it } from 'vitest';
import { describe as describeInterpreter, type Interpreter } from '../../src/build/interpreter.js';
import { parseRequest, select, uniqueIds } from '../../src/build/select.js';

// Choosing among interpreters as inspect-script.ts reports them, including the kinds this
// machine lacks (PyPy 3.10, free-threaded 3.13). Discovery of real ones in tool-cache, manylinux
// and pyenv trees: test/integration/discover-real.test.ts.

function interpreter(
  implementation: 'cpython' | 'pypy',
  version: [number, number, number],
  foundIn: string,
  flavour: { debug?: boolean; freeThreaded?: boolean } = {},
): Interpreter {
  const [major, minor] = version;
  const abiFlags = `${flavour.freeThreaded ? 't' : ''}${flavour.debug ? 'd' : ''}`;
  const soabi =
    implementation === 'pypy'
      ? `pypy${major}${minor}-pp73`
      : `cpython-${major}${minor}${abiFlags}-x86_64-linux-gnu`;
  const executable = `/${foundIn}/${implementation}${major}.${minor}${abiFlags}/bin/python`;
  return describeInterpreter(
    {
      executable,
      realpath: executable,
      prefix: executable.replace(/\/bin\/python$/, ''),
      implementation,
      version,
      soabi,
      extSuffix: `.${soabi}.so`,
      platform: 'linux-x86_64',
      debug: Boolean(flavour.debug),
      freeThreaded: Boolean(flavour.freeThreaded),
      headers: true,
      modules: { pip: true, setuptools: true, wheel: true, build: false, venv: true },
      compilers: { cc: 'gcc', cxx: 'g++', ldshared: 'gcc -shared', ldcxxshared: 'g++ -shared' },
      requirements: [],
    },
    foundIn,
  );
}

const found = [
  interpreter('cpython', [3, 11, 9], 'manylinux'),
  interpreter('cpython', [3, 13, 1], 'manylinux', { freeThreaded: true }),
  interpreter('pypy', [3, 10, 16], 'manylinux'),
  interpreter('cpython', [3, 12, 8], 'tool cache'),
  interpreter('cpython', [3, 13, 1], 'tool cache'),
  interpreter('cpython', [3, 11, 2], 'PATH'),
  interpreter('cpython', [3, 11, 2], 'PATH', { debug: true }),
  interpreter('pypy', [3, 9, 16], 'PATH'),
];

const ids = (request: string, canBuild: (i: Interpreter) => boolean = () => true) =>
  select([parseRequest(request)], found, canBuild)[0]!.matches.map((i) => `${i.id} ${i.foundIn}`);

describe('parseRequest', () => {
  it.each([
    ['3.12', { implementation: 'cpython', major: 3, minor: 12, freeThreaded: false }],
    ['3.13t', { implementation: 'cpython', major: 3, minor: 13, freeThreaded: true }],
    ['cp311', { implementation: 'cpython', major: 3, minor: 11, freeThreaded: false }],
    ['cp313t', { implementation: 'cpython', major: 3, minor: 13, freeThreaded: true }],
    ['pp310', { implementation: 'pypy', major: 3, minor: 10, freeThreaded: false }],
    ['pypy3.10', { implementation: 'pypy', major: 3, minor: 10, freeThreaded: false }],
    ['python3.12', { implementation: 'cpython', major: 3, minor: 12, freeThreaded: false }],
    ['3', { implementation: 'cpython', major: 3, freeThreaded: false }],
  ])('reads %s', (text, expected) => {
    expect(parseRequest(text)).toEqual({ text, ...expected });
  });

  it('takes what has a slash as a path', () => {
    expect(parseRequest('/opt/python/cp311-cp311/bin/python')).toEqual({
      text: '/opt/python/cp311-cp311/bin/python',
      path: '/opt/python/cp311-cp311/bin/python',
    });
  });
});

describe('select', () => {
  it('chooses the free-threaded 3.13 for 3.13t and cp313t, and the GIL one for 3.13', () => {
    expect(ids('3.13t')).toEqual(['cp313t manylinux']);
    expect(ids('cp313t')).toEqual(['cp313t manylinux']);
    expect(ids('3.13')).toEqual(['cp313 tool cache']);
  });

  it('chooses PyPy 3.10 for pp310 and pypy3.10, never a CPython 3.10 or PyPy 3.9', () => {
    expect(ids('pp310')).toEqual(['pp310 manylinux']);
    expect(ids('pypy3.10')).toEqual(['pp310 manylinux']);
    expect(ids('pp39')).toEqual(['pp39 PATH']);
  });

  it('orders matches by discovery (manylinux first), never a debug build for a version', () => {
    expect(ids('3.11')).toEqual(['cp311 manylinux', 'cp311 PATH']);
    expect(ids('cp311')).toEqual(ids('3.11'));
    expect(ids('3.12')).toEqual(['cp312 tool cache']);
  });

  it('puts those that can build first', () => {
    const cannot = (i: Interpreter) => i.foundIn !== 'manylinux';
    expect(ids('3.11', cannot)).toEqual(['cp311 PATH', 'cp311 manylinux']);
  });

  it('reads `3` as the newest 3.x found, GIL CPython only', () => {
    expect(ids('3')[0]).toBe('cp313 tool cache');
    expect(ids('3')).not.toContain('cp313t manylinux');
  });

  it('finds nothing for what is not there', () => {
    expect(ids('3.14')).toEqual([]);
    expect(ids('pp311')).toEqual([]);
    expect(ids('3.12t')).toEqual([]);
  });

  it('tells two interpreters with one id apart', () => {
    const two = found.filter((i) => i.id === 'cp311');
    expect(uniqueIds(two).map((i) => i.id)).toEqual(['cp311', 'cp311-2']);
  });
});
