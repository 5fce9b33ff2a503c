import { describe as group, expect, it } from 'vitest';
import { describe, type InterpreterInfo } from '../../src/build/interpreter.js';
import { interpreterFor } from '../../src/verify/wheel-interpreter.js';
import { parseWheelName } from '../../src/verify/wheel-name.js';

// What the real interpreters here say of themselves, as far as tags go.
function interpreter(
  executable: string,
  implementation: string,
  version: [number, number, number],
  soabi: string,
  debug = false,
) {
  const info: InterpreterInfo = {
    executable,
    realpath: executable,
    prefix: '/usr',
    implementation,
    version,
    soabi,
    extSuffix: `.${soabi}.so`,
    platform: 'linux-x86_64',
    debug,
    freeThreaded: false,
    headers: true,
    modules: { pip: true, setuptools: true, wheel: true, build: false, venv: true },
    requirements: [],
    compilers: { cc: 'gcc', cxx: 'g++', ldshared: 'gcc -shared', ldcxxshared: 'g++ -shared' },
  };
  return describe(info, 'PATH');
}

const dbg = interpreter(
  '/usr/bin/python3.11-dbg',
  'cpython',
  [3, 11, 2],
  'cpython-311d-x86_64-linux-gnu',
  true,
);
const py311 = interpreter(
  '/usr/bin/python3',
  'cpython',
  [3, 11, 2],
  'cpython-311-x86_64-linux-gnu',
);
const pypy = interpreter('/usr/bin/pypy3', 'pypy', [3, 9, 16], 'pypy39-pp73-x86_64-linux-gnu');
const py38 = interpreter('/opt/py38', 'cpython', [3, 8, 18], 'cpython-38-x86_64-linux-gnu');
const all = [dbg, py311, pypy, py38];
const pick = (wheel: string) => interpreterFor(parseWheelName(wheel), all)?.executable ?? null;

group('interpreterFor', () => {
  it('takes the interpreter of exactly the wheel’s ABI, debug builds included', () => {
    expect(pick('x-1.0-cp311-cp311-linux_x86_64.whl')).toBe('/usr/bin/python3');
    expect(pick('x-1.0-cp311-cp311d-linux_x86_64.whl')).toBe('/usr/bin/python3.11-dbg');
    expect(pick('x-1.0-pp39-pypy39_pp73-manylinux_2_17_x86_64.whl')).toBe('/usr/bin/pypy3');
  });

  it('fits the stable ABI to a CPython as new as its tag or newer, never PyPy or a debug build', () => {
    expect(pick('x-1.0-cp38-abi3-linux_x86_64.whl')).toBe('/usr/bin/python3');
    expect(pick('x-1.0-cp311-abi3-linux_x86_64.whl')).toBe('/usr/bin/python3');
    expect(pick('x-1.0-cp312-abi3-linux_x86_64.whl')).toBeNull();
  });

  it('fits an ABI-less wheel by its python tags, with a release build first', () => {
    expect(pick('x-1.0-py3-none-any.whl')).toBe('/usr/bin/python3');
    expect(pick('x-1.0-py2.py3-none-any.whl')).toBe('/usr/bin/python3');
    expect(pick('x-1.0-pp39-none-any.whl')).toBe('/usr/bin/pypy3');
    expect(pick('x-1.0-py38-none-any.whl')).toBe('/opt/py38');
  });

  it('finds none for a version nothing here has', () => {
    expect(pick('x-1.0-cp313-cp313-linux_x86_64.whl')).toBeNull();
  });
});
