import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { candidatePlaces } from '../../src/build/discover.js';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A manylinux image's /opt/python and a runner's tool cache (as a job container sees it). */
function layout() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'wheelwright-places-'));
  scratch.push(root);
  const optPython = path.join(root, 'opt', 'python');
  for (const tag of ['cp311-cp311', 'cp313-cp313t', 'pp310-pypy310_pp73'])
    mkdirSync(path.join(optPython, tag, 'bin'), { recursive: true });
  const toolCache = path.join(root, '__t');
  mkdirSync(path.join(toolCache, 'PyPy', '3.10.16', 'x64', 'bin'), { recursive: true });
  return { root, optPython, env: { RUNNER_TOOL_CACHE: toolCache, PATH: '/usr/bin', HOME: root } };
}

describe('candidatePlaces', () => {
  it("puts a manylinux image's /opt/python before the runner's tool cache", () => {
    const { optPython, env } = layout();
    const places = candidatePlaces(env, optPython);
    expect(places.map((p) => p.foundIn)).toEqual(['manylinux', 'tool cache', 'PATH', 'pyenv']);
    expect(places[0]!.dirs).toEqual([
      path.join(optPython, 'cp311-cp311', 'bin'),
      path.join(optPython, 'cp313-cp313t', 'bin'),
      path.join(optPython, 'pp310-pypy310_pp73', 'bin'),
    ]);
  });

  it('has no manylinux place where there is no /opt/python', () => {
    const { root, env } = layout();
    const places = candidatePlaces(env, path.join(root, 'absent'));
    expect(places.map((p) => p.foundIn)).toEqual(['tool cache', 'PATH', 'pyenv']);
  });
});
