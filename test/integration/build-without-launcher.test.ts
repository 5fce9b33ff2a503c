import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect } from '../../src/build/discover.js';
import type { Interpreter } from '../../src/build/interpreter.js';
import { startBuild } from '../../src/build/run-build.js';

// Where the launcher cannot stand in for the compiler (Windows, whose setuptools runs MSVC by
// its own paths), a build runs with no compiler variables of the launcher's and gets its share
// of the jobs only through the variables build systems read. A real setuptools build here
// records what reached it: build_ext's parallel (from DIST_EXTRA_CONFIG) and the variables.

const SETUP = `
import json, os
from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

class recording(build_ext):
    def run(self):
        names = ("CC", "CMAKE_BUILD_PARALLEL_LEVEL", "MAX_JOBS", "MAKEFLAGS")
        with open(os.environ["WW_RECORD"], "w") as f:
            json.dump({"parallel": self.parallel, **{n: os.environ.get(n) for n in names}}, f)
        super().run()

setup(
    name="wwjobs",
    version="1.0",
    ext_modules=[Extension("wwjobs_a", ["a.c"]), Extension("wwjobs_b", ["b.c"])],
    cmdclass={"build_ext": recording},
)
`;

let dir = '';
let interpreter: Interpreter;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ww-no-launcher-'));
  const pkg = path.join(dir, 'pkg');
  mkdirSync(pkg);
  writeFileSync(path.join(pkg, 'setup.py'), SETUP);
  for (const name of ['a', 'b'])
    writeFileSync(
      path.join(pkg, `${name}.c`),
      `#include <Python.h>\nstatic struct PyModuleDef m = {PyModuleDef_HEAD_INIT, "wwjobs_${name}"};\nPyMODINIT_FUNC PyInit_wwjobs_${name}(void) { return PyModule_Create(&m); }\n`,
    );
  const inspected = await inspect({ path: '/usr/bin/python3', foundIn: 'test' });
  if ('error' in inspected) throw new Error(inspected.error);
  interpreter = inspected;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build without the launcher', () => {
  it('gets its jobs through build_ext --parallel, CMAKE_BUILD_PARALLEL_LEVEL and MAX_JOBS', async () => {
    const record = path.join(dir, 'record.json');
    const workDir = path.join(dir, 'work');
    mkdirSync(workDir);
    // no CC of this machine's either: nothing stands in for the compiler
    const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'CC'));
    const running = startBuild({
      interpreter,
      packageDir: path.join(dir, 'pkg'),
      workDir,
      outputDir: path.join(dir, 'wheelhouse'),
      logFile: path.join(dir, 'build.log'),
      jobs: 3,
      settings: {
        frontend: 'pip',
        isolation: false,
        configSettings: [],
        frontendArgs: [],
        environment: { WW_RECORD: record },
        beforeBuild: null,
      },
      baseEnv,
      launcherEnv: {},
    });
    const result = await running.result;
    expect(result.status, readFileSync(result.log, 'utf8')).toBe('built');
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({
      parallel: 3,
      CC: null,
      CMAKE_BUILD_PARALLEL_LEVEL: '3',
      MAX_JOBS: '3',
      MAKEFLAGS: '-j3',
    });
  });
});
