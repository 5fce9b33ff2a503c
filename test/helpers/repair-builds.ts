import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from './run.js';
import { packDirectory } from './wheels.js';
import { LINUX_TAG } from './machine.js';
import { DEBIAN_PYTHON } from './debian-pythons.js';

export const PYTHON = '/usr/bin/python3';

export function ok(argv: string[], cwd?: string): string {
  const ran = run(argv, cwd ? { cwd } : {});
  if (ran.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${ran.stdout}${ran.stderr}`);
  return ran.stdout;
}

/** A shared library built from `source` into `dir` with its SONAME, linked with `flags`. */
export function sharedLibrary(dir: string, soname: string, source: string, flags: string[] = []) {
  mkdirSync(dir, { recursive: true });
  const c = path.join(dir, `${soname}.c`);
  writeFileSync(c, source);
  const out = path.join(dir, soname);
  ok(['gcc', '-shared', '-fPIC', `-Wl,-soname,${soname}`, '-o', out, c, ...flags]);
  return out;
}

/**
 * An extension module `<pkg>.<name>` whose function `value()` returns `expression` (a C int
 * expression), compiled against this Python's headers and linked with `flags`, written into the
 * package directory `pkgDir` under its ABI-tagged name.
 */
export function extensionModule(
  pkgDir: string,
  name: string,
  prelude: string,
  expression: string,
  flags: string[],
): string {
  const include = ok([PYTHON, '-c', 'import sysconfig; print(sysconfig.get_paths()["include"])']);
  const suffix = ok([
    PYTHON,
    '-c',
    'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))',
  ]).trim();
  mkdirSync(pkgDir, { recursive: true });
  const c = path.join(pkgDir, '..', `${name}.c`);
  writeFileSync(
    c,
    `#include <Python.h>
${prelude}
static PyObject *value(PyObject *self, PyObject *args) { return PyLong_FromLong(${expression}); }
static PyMethodDef methods[] = {{"value", value, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "${name}", NULL, -1, methods};
PyMODINIT_FUNC PyInit_${name}(void) { return PyModule_Create(&module); }
`,
  );
  const out = path.join(pkgDir, `${name}${suffix}`);
  ok(['gcc', '-shared', '-fPIC', '-O1', `-I${include.trim()}`, '-o', out, c, ...flags]);
  return out;
}

/** A wheel of the package directory `<root>/<module>`, tagged linux_<arch> for Debian's python3. */
export function linuxWheel(root: string, module: string, into: string): Promise<string> {
  writeFileSync(path.join(root, module, '__init__.py'), '');
  return packDirectory(
    PYTHON,
    { dir: path.join(root, module), module, distribution: module, version: '1.0' },
    `${DEBIAN_PYTHON.id}-${DEBIAN_PYTHON.id}-${LINUX_TAG}`,
    into,
  );
}
