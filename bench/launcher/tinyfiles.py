"""A package of many tiny C files, for the launcher's per-compile cost: the compiler does little
in each, so whatever runs around it shows.

`extensions` extensions of `files` sources each: one module file (it includes Python.h, as an
extension's module file must) and `files - 1` helpers of two small functions that include only
<stddef.h> (like the small files of a vendored C library), so most compiles take 15-25 ms here.
"""

import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "build"))
import packages  # noqa: E402


def helper(prefix, rng):
    k, m = rng.randint(2, 97), rng.randint(3, 31)
    return f"""#include <stddef.h>

long {prefix}_fold(const long *v, size_t n)
{{
    long acc = {k};
    for (size_t i = 0; i < n; i++)
        acc = (acc * {m}) ^ v[i];
    return acc;
}}

int {prefix}_pick(int x)
{{
    return x % {m} == 0 ? x / {m} : x * {k} + 1;
}}
"""


def module(modname, helpers):
    decls = "".join(f"int {h}_pick(int x);\n" for h in helpers)
    calls = " + ".join(f"{h}_pick(x)" for h in helpers) or "x"
    return (packages.HEAD + decls + f"""
static PyObject *pick(PyObject *self, PyObject *arg)
{{
    long x = PyLong_AsLong(arg);
    (void)self;
    if (x == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLong({calls});
}}

static PyMethodDef {modname}_methods[] = {{
    {{"pick", pick, METH_O, NULL}},
    {{NULL, NULL, 0, NULL}}
}};
""" + packages.module_init(modname, f"{modname}_methods"))


def generate(root, extensions, files, name="tinyfiles"):
    """Writes the package under root (deterministically); returns the number of sources."""
    rng = random.Random(f"{name}-{extensions}-{files}")
    exts, imports = [], []
    for e in range(extensions):
        modname = f"_m{e:02d}"
        helpers = [f"m{e:02d}_h{i:02d}" for i in range(files - 1)]
        sources = [f"src/m{e:02d}/{modname}.c"] + [f"src/m{e:02d}/{h}.c" for h in helpers]
        packages.write(os.path.join(root, sources[0]), module(modname, helpers))
        for h, rel in zip(helpers, sources[1:]):
            packages.write(os.path.join(root, rel), helper(h, rng))
        exts.append(f'    Extension("{name}.{modname}", {sources!r}),\n')
        imports.append(modname)
    packages.project_files(root, name, "".join(exts), f"from . import {', '.join(imports)}\n")
    return extensions * files
