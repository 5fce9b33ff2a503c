import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../src/launcher/journal.js';
import type { BuildReport } from '../../src/report/build-report.js';
import { cliBuild, readJournal } from '../helpers/cli-build.js';
import { runAsync } from '../helpers/run.js';

// A package of two extensions, written here: `_core` compiles two sources that include
// <config.h> from `include/`, with `include_first/` (empty) before it on the include path and a
// macro given on the command line; `_plain` includes only Python.h.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-direct-key-'));
const pkg = path.join(scratch, 'direct_demo');
const cacheDir = path.join(scratch, 'cache');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const MODULE = (name: string, methods: string) => `
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "${name}", NULL, -1, ${methods}};
PyMODINIT_FUNC PyInit_${name}(void) { return PyModule_Create(&module); }
`;

const FILES: Record<string, string> = {
  'pyproject.toml':
    '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n',
  'setup.py': `from setuptools import Extension, setup

setup(
    name="direct_demo",
    version="1.0",
    ext_modules=[
        Extension(
            "direct_demo._core",
            ["src/core.c", "src/more.c"],
            include_dirs=["include_first", "include"],
            define_macros=[("GREETING", '"hello"')],
        ),
        Extension("direct_demo._plain", ["src/plain.c"]),
    ],
)
`,
  'include/config.h': '#define ANSWER 42\n',
  'include_first/README': 'an include directory that holds no header yet\n',
  'src/core.c': `#include <Python.h>
#include <config.h>
int more_answer(void);
static PyObject *answer(PyObject *self, PyObject *args) { return PyLong_FromLong(ANSWER + more_answer()); }
static PyObject *greeting(PyObject *self, PyObject *args) { return PyUnicode_FromString(GREETING); }
static PyMethodDef methods[] = {{"answer", answer, METH_NOARGS, NULL}, {"greeting", greeting, METH_NOARGS, NULL}, {NULL}};
${MODULE('_core', 'methods')}`,
  'src/more.c': '#include <config.h>\nint more_answer(void) { return ANSWER - 42; }\n',
  'src/plain.c': `#include <Python.h>\n${MODULE('_plain', 'NULL')}`,
};

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(pkg, file)), { recursive: true });
  writeFileSync(path.join(pkg, file), text);
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(path.join(pkg, file), 'utf8');
  expect(text).toContain(from);
  write(file, text.replace(from, to));
}

for (const [file, text] of Object.entries(FILES)) write(file, text);

async function build(name: string) {
  const { argv, reportDir } = cliBuild(pkg, scratch, name, { cacheDir });
  const ran = await runAsync(argv);
  expect(ran.status, ran.stdout + ran.stderr).toBe(0);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
    launcher: BuildReport['launcher'];
  };
  const compiles = readJournal(reportDir).filter((r) => r.kind === 'compile');
  const cache = report.launcher.enabled ? report.launcher.cache : null;
  const summary = readFileSync(path.join(reportDir, 'summary.md'), 'utf8');
  return { compiles, cache, summary };
}

/** Each source compiled, with whether the cache served it and how it was keyed. */
const served = (compiles: JournalRecord[]) =>
  Object.fromEntries(
    compiles.map((r) => [r.source, `${r.cacheHit ? 'hit' : 'miss'} ${r.cacheKey}`]),
  );

describe('the direct key: compiler, arguments, source and the manifest of headers read', () => {
  it('keys every compile of a cold build directly, and an unchanged tree hits every compile', async () => {
    const cold = await build('cold');
    expect(served(cold.compiles)).toEqual({
      'src/core.c': 'miss direct',
      'src/more.c': 'miss direct',
      'src/plain.c': 'miss direct',
    });
    const warm = await build('warm');
    expect(warm.compiles).toHaveLength(3);
    expect(warm.compiles.filter((r) => r.cacheHit && r.cacheKey === 'direct')).toHaveLength(3);
    expect(warm.cache).toMatchObject({ hits: 3, misses: 0, preprocessed: 0, fallbacks: [] });
  });

  it('misses every compile that read a header that changed, and only those', async () => {
    edit('include/config.h', 'ANSWER 42', 'ANSWER 43');
    const { compiles } = await build('header-changed');
    expect(served(compiles)).toEqual({
      'src/core.c': 'miss direct',
      'src/more.c': 'miss direct',
      'src/plain.c': 'hit direct',
    });
  });

  it('misses when a header of the same name appears earlier on the include path', async () => {
    expect((await build('before-shadow')).compiles.every((r) => r.cacheHit)).toBe(true);
    write('include_first/config.h', '#define ANSWER 44\n');
    const { compiles } = await build('shadowed');
    expect(served(compiles)).toEqual({
      'src/core.c': 'miss direct',
      'src/more.c': 'miss direct',
      'src/plain.c': 'hit direct',
    });
    // what the compile now read is what the next one checks
    expect((await build('shadowed-again')).compiles.every((r) => r.cacheHit)).toBe(true);
  });

  it('misses when a macro given on the command line changes', async () => {
    edit('setup.py', `("GREETING", '"hello"')`, `("GREETING", '"hi"')`);
    const { compiles } = await build('macro-changed');
    expect(served(compiles)).toEqual({
      'src/core.c': 'miss direct',
      'src/more.c': 'miss direct',
      'src/plain.c': 'hit direct',
    });
  });

  it('keys a source that uses __TIME__ by its preprocessed text, misses it, and counts it', async () => {
    write('src/clock.c', 'const char *built_at = __TIME__;\n');
    edit('setup.py', '["src/plain.c"]', '["src/plain.c", "src/clock.c"]');
    const reason = 'the source uses __DATE__, __TIME__ or __TIMESTAMP__';
    const second = () => Math.floor(Date.now() / 1000);
    let lastSecond = 0;
    for (const name of ['clock', 'clock-again']) {
      // __TIME__ changes once a second: two builds within one second preprocess to the same text
      // (and rightly hit), so the second build starts in a later second than the first ended
      while (second() <= lastSecond) await new Promise((resolve) => setTimeout(resolve, 50));
      const { compiles, cache, summary } = await build(name);
      lastSecond = second();
      expect(served(compiles)['src/clock.c']).toBe('miss preprocessed');
      expect(compiles.find((r) => r.source === 'src/clock.c')!.cacheFallback).toBe(reason);
      expect(cache).toMatchObject({ preprocessed: 1, fallbacks: [{ reason, count: 1 }] });
      expect(summary).toContain(`1 keyed by preprocessing (${reason}: 1)`);
    }
  });
});
