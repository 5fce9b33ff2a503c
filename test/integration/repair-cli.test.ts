import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../helpers/bundle.js';
import { runAsync, ROOT } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { ARCH, LINUX_TAG } from '../helpers/machine.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';

// python3's tag as it says it is (cp311 in bookworm)
const CP = DEBIAN_PYTHON.id;

const temp = tempDirs();
let cli: ReturnType<typeof bundleCli>;
beforeAll(() => {
  cli = bundleCli();
}, 120_000);
afterAll(() => {
  cli?.dispose();
  temp.removeAll();
});

/** `wheelwright build PKG` with the defaults (repair auto, verify on), for Debian's python3. */
async function build(pkg: string) {
  const dir = temp.make('ww-repair-cli-');
  const [out, reportDir] = [path.join(dir, 'out'), path.join(dir, 'report')];
  const ran = await runAsync([
    ...cli.argv,
    'build',
    pkg,
    '--python-versions',
    '/usr/bin/python3',
    '--build-isolation',
    'false',
    '--output-dir',
    out,
    '--report-dir',
    reportDir,
    '--cache-dir',
    path.join(dir, 'cache'),
  ]);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
  return { ran, out, build: report.builds[0] };
}

describe('wheelwright build with the defaults', () => {
  it('repairs the example into a manylinux wheel that verify passes', async () => {
    const { ran, out, build: built } = await build(path.join(ROOT, 'example'));
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(built.status).toBe('built');
    expect(readdirSync(out)).toEqual([
      expect.stringMatching(
        new RegExp(`^wheelwright_example-1\\.0\\.0-${CP}-${CP}-manylinux.*_${ARCH}\\.whl$`),
      ),
    ]);
    expect(readdirSync(out)[0]).toMatch(new RegExp(`manylinux_2_\\d+_${ARCH}`));
    expect(readdirSync(out)[0]).not.toMatch(new RegExp(`${LINUX_TAG}\\.whl$|-linux_`));
  }, 300_000);

  it('bundles Debian libjpeg into a setuptools build, and verify imports the repaired wheel', async () => {
    const pkg = temp.make('ww-repair-jpegpkg-');
    mkdirSync(path.join(pkg, 'wwjpegpkg'));
    writeFileSync(path.join(pkg, 'wwjpegpkg', '__init__.py'), '');
    writeFileSync(
      path.join(pkg, 'jpeg.c'),
      `#include <Python.h>
#include <stdio.h>
#include <jpeglib.h>
static PyObject *version(PyObject *self, PyObject *args) {
  struct jpeg_error_mgr e; jpeg_std_error(&e); return PyLong_FromLong(JPEG_LIB_VERSION);
}
static PyMethodDef methods[] = {{"version", version, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_jpeg", NULL, -1, methods};
PyMODINIT_FUNC PyInit__jpeg(void) { return PyModule_Create(&module); }
`,
    );
    writeFileSync(
      path.join(pkg, 'setup.py'),
      'from setuptools import Extension, setup\n' +
        'setup(name="wwjpegpkg", version="1.0", packages=["wwjpegpkg"],\n' +
        '      ext_modules=[Extension("wwjpegpkg._jpeg", ["jpeg.c"], libraries=["jpeg"])])\n',
    );
    const { ran, out, build: built } = await build(pkg);
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(built.status).toBe('built');
    const [wheel] = readdirSync(out);
    expect(wheel).toMatch(
      new RegExp(`^wwjpegpkg-1\\.0-${CP}-${CP}-manylinux.*manylinux_2_\\d+_${ARCH}\\.whl$`),
    );
    // verify ran on the repaired wheel: no card says a library is outside it or not allowed
    const classes = built.diagnoses.map((d: { class: string }) => d.class);
    expect(classes).not.toContain('library-not-allowed-by-policy');
    expect(classes).not.toContain('platform-tag-not-accepted-by-pypi');
    const log = readFileSync(built.log, 'utf8');
    expect(log).toMatch(
      /repair: bundled \S+libjpeg\.so\.62\S* as wwjpegpkg\.libs\/libjpeg-[0-9a-f]{8}\.so\.62/,
    );
  }, 300_000);
});
