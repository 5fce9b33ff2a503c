#!/usr/bin/python3
"""Generate the benchmark's multi-extension packages (deterministic, no third-party code).

Three packages, each laid out like a kind of real project:

  cyfast     Cython-heavy, like lxml or PyYAML's _yaml: four extensions, three of them
             Cython-generated C (about 1.6 MB, 700 KB and 300 KB of C, produced here by the
             cython3 CLI from generated .pyx files, shipped as .c the way sdists do) and one
             small hand-written "speedups" module.
  virtbind   a bindings package laid out like libvirt-python: three extensions (the main
             module, _qemu and _lxc), each made of a generated wrapper file (one C function
             per API call) and a hand-written override file, plus two sources every extension
             compiles itself: typewrappers.c and utils.c.  In a parallel setuptools build the
             shared sources are compiled by several extensions into the same object path.
  smallmods  many small extensions, like a package of C speedups: six extensions of one or
             two hand-written files of 5-120 KB each, and one 1 MB static lookup table that
             compiles fast.

Each package is a setuptools project (pyproject.toml + setup.py) whose Python package imports
its extensions; building needs setuptools, wheel and a C compiler, nothing else.

Generation needs cython3 (Debian: apt-get install cython3) for the Cython package only; its
output is cached next to the package (manifest.json records what was generated), so a second
call with the same settings is instant.

Usage:  python3 packages.py OUT_DIR [--only NAME[,NAME...]] [--scale F]
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common.c_units import c_unit  # noqa: E402

KB = 1000
MB = 1000 * KB
GENERATOR_VERSION = 1


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return os.path.getsize(path)


def project_files(root, name, ext_modules_src, packages_init):
    write(os.path.join(root, "pyproject.toml"), f"""[build-system]
requires = ["setuptools>=61", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "1.0.0"
description = "wheelwright build benchmark package (generated)"
requires-python = ">=3.8"
""")
    write(os.path.join(root, "setup.py"), f"""from setuptools import Extension, setup

ext_modules = [
{ext_modules_src}]

setup(packages=["{name}"], ext_modules=ext_modules)
""")
    write(os.path.join(root, name, "__init__.py"), packages_init)


# --------------------------------------------------------------------------------------------
# hand-written style C (structs, loops, switches, argument parsing, a method table)

def hw_unit(prefix, i, rng):
    p = f"{prefix}{i}"
    return c_unit(i, rng, {
        "title": f"{p} ----------------------------------------------------------------",
        "struct": f"{p}_rec", "type": f"{p}_rec_t", "fn": f"{p}_",
        "py_rec": f"py_{p}_rec", "py_poly": f"py_{p}_poly",
        "prefix": p, "rec": f"{p}_rec", "poly": f"{p}_poly"})


def module_init(modname, methods):
    return f"""
static struct PyModuleDef {modname}_module = {{
    PyModuleDef_HEAD_INIT, "{modname}", NULL, -1, {methods},
    NULL, NULL, NULL, NULL
}};

PyMODINIT_FUNC PyInit_{modname}(void)
{{
    return PyModule_Create(&{modname}_module);
}}
"""


def handwritten_units(prefix, target, rng):
    """Units of hand-written C adding up to about `target` bytes; returns (text, names)."""
    parts, names, size = [], [], 0
    while not names or size < target:
        unit = hw_unit(prefix, len(names), rng)
        parts.append(unit)
        names.append(f"{prefix}{len(names)}")
        size += len(unit) + 140
    return "".join(parts), names


def method_entries(names):
    return "".join(
        f'    {{"{n}_rec", py_{n}_rec, METH_VARARGS, NULL}},\n'
        f'    {{"{n}_poly", py_{n}_poly, METH_VARARGS, NULL}},\n' for n in names)


HEAD = "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n#include <string.h>\n#include <stdio.h>\n"


def handwritten_module(path, modname, target, rng):
    """A whole extension in one hand-written file of about `target` bytes."""
    body, names = handwritten_units(modname.strip("_") + "_u", target, rng)
    text = (HEAD + body + f"\nstatic PyMethodDef {modname}_methods[] = {{\n"
            + method_entries(names) + "    {NULL, NULL, 0, NULL}\n};\n"
            + module_init(modname, f"{modname}_methods"))
    return write(path, text)


def handwritten_part(path, prefix, target, rng, header):
    """One file of a multi-file extension: units plus an exported method table fragment."""
    body, names = handwritten_units(prefix + "_u", target, rng)
    text = (HEAD + f'#include "{header}"\n' + body
            + f"\nPyMethodDef {prefix}_methods[] = {{\n" + method_entries(names)
            + "    {NULL, NULL, 0, NULL}\n};\n")
    return write(path, text)


def table_file(path, prefix, target, rng):
    """A large static lookup table (like a unicode database): big, but fast to compile."""
    rows, size = [], 0
    while size < target:
        vals = ", ".join(str(rng.randint(0, 65535)) for _ in range(16))
        row = f"    {{{vals}}},\n"
        rows.append(row)
        size += len(row)
    text = (f"/* generated lookup table */\n#include <stddef.h>\n"
            f"const unsigned short {prefix}_table[{len(rows)}][16] = {{\n" + "".join(rows) + "};\n"
            f"const size_t {prefix}_rows = {len(rows)};\n")
    return write(path, text)


# --------------------------------------------------------------------------------------------
# Cython: generated .pyx, compiled to C by cython3

def pyx_unit(i, rng):
    k = rng.randint(2, 97)
    m = rng.randint(3, 17)
    return f'''

cdef class Rec{i}:
    """Rec{i}: a generated record."""
    cdef public int a
    cdef public double b
    cdef public str name
    cdef list items

    def __init__(self, int a=0, double b=0.0, str name="r{i}"):
        self.a = a
        self.b = b
        self.name = name
        self.items = []

    cpdef double score(self, double x):
        cdef double acc = self.b
        cdef int j
        for j in range(self.a):
            acc = acc * x + j * {k}
        return acc

    def add(self, item):
        self.items.append(item)
        return len(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Rec{i}({{self.a}}, {{self.b}}, {{self.name!r}})"


cdef inline long _mix{i}(long x, long y) nogil:
    return (x * {k}) ^ (y + {m})


def fold{i}(seq, long seed={k}):
    cdef long acc = seed
    for v in seq:
        acc = _mix{i}(acc, <long>v)
    return acc


def words{i}(str text, int minimum={m % 4}):
    out = {{}}
    for w in text.split():
        if len(w) >= minimum:
            out[w] = out.get(w, 0) + 1
    return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))


def gen{i}(int n):
    cdef int j
    for j in range(n):
        yield j * {k} + {m}


def safe_div{i}(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        pass


cpdef list scale{i}(list values, double factor={rng.random():.4f}):
    return [v * factor for v in values if v is not None]
'''


def cython_module(workdir, path, modname, target, rng):
    """Cython C of about `target` bytes; the unit count is found from two calibration runs."""
    os.makedirs(workdir, exist_ok=True)
    cython = shutil.which("cython3") or shutil.which("cython")
    if cython is None:
        sys.exit("packages.py: cython3 is needed to generate the Cython package "
                 "(Debian: apt-get install cython3)")

    def generate(units):
        unit_rng = random.Random(f"pyx-{modname}")
        pyx = os.path.join(workdir, f"{modname}.pyx")
        write(pyx, "# cython: language_level=3\n"
              + "".join(pyx_unit(i, unit_rng) for i in range(units)))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        subprocess.run([cython, "-3", pyx, "-o", path], check=True)
        return os.path.getsize(path)

    base = generate(1)
    per_unit = (generate(5) - base) / 4
    units = max(1, 1 + round((target - base) / per_unit))
    return generate(units), units


# --------------------------------------------------------------------------------------------
# the packages

def gen_cyfast(root, scale, rng):
    name = "cyfast"
    files = []
    for mod, target in (("_core", 1.6 * MB), ("_parser", 700 * KB), ("_util", 300 * KB)):
        rel = f"src/{mod.strip('_')}.c"
        size, units = cython_module(os.path.join(root, ".pyx"), os.path.join(root, rel),
                                    mod, target * scale, rng)
        files.append({"file": rel, "bytes": size, "kind": "cython", "units": units,
                      "extensions": [f"{name}.{mod}"]})
    rel = "src/speedups.c"
    files.append({"file": rel, "bytes": handwritten_module(os.path.join(root, rel), "_speedups",
                                                           25 * KB * scale, rng),
                  "kind": "handwritten", "extensions": [f"{name}._speedups"]})
    shutil.rmtree(os.path.join(root, ".pyx"))
    exts = "".join(
        f'    Extension("{name}.{m}", ["src/{m.strip("_")}.c"]),\n'
        for m in ("_core", "_parser", "_util", "_speedups"))
    project_files(root, name, exts,
                  "from . import _core, _parser, _util, _speedups\n")
    return files


TYPEWRAPPERS_H = """#ifndef VB_TYPEWRAPPERS_H
#define VB_TYPEWRAPPERS_H
#include <Python.h>
PyObject *vb_intWrap(int val);
PyObject *vb_uintWrap(unsigned int val);
PyObject *vb_longWrap(long val);
PyObject *vb_ulongWrap(unsigned long val);
PyObject *vb_longlongWrap(long long val);
PyObject *vb_doubleWrap(double val);
PyObject *vb_charPtrWrap(const char *str);
PyObject *vb_boolWrap(int val);
int vb_intUnwrap(PyObject *obj, int *val);
int vb_longUnwrap(PyObject *obj, long *val);
int vb_doubleUnwrap(PyObject *obj, double *val);
int vb_charPtrUnwrap(PyObject *obj, const char **str);
#endif
"""

UTILS_H = """#ifndef VB_UTILS_H
#define VB_UTILS_H
#include <Python.h>
#include <stddef.h>
typedef struct vb_handle { long id; int kind; char name[64]; double weight; } vb_handle;
vb_handle *vb_handle_get(PyObject *obj);
PyObject *vb_handle_wrap(long id, int kind, const char *name);
int vb_dict_set_steal(PyObject *dict, const char *key, PyObject *value);
PyObject *vb_list_of_strings(const char *const *items, size_t n);
#endif
"""


def typewrappers_c(rng, target):
    kinds = [("int", "int", "PyLong_FromLong((long)val)"),
             ("uint", "unsigned int", "PyLong_FromUnsignedLong((unsigned long)val)"),
             ("long", "long", "PyLong_FromLong(val)"),
             ("ulong", "unsigned long", "PyLong_FromUnsignedLong(val)"),
             ("longlong", "long long", "PyLong_FromLongLong(val)"),
             ("double", "double", "PyFloat_FromDouble(val)"),
             ("bool", "int", "PyBool_FromLong(val)")]
    out = ['#include "typewrappers.h"\n#include <string.h>\n']
    for short, ctype, expr in kinds:
        out.append(f"PyObject *vb_{short}Wrap({ctype} val)\n{{\n    return {expr};\n}}\n\n")
    out.append("""PyObject *vb_charPtrWrap(const char *str)
{
    if (str == NULL)
        Py_RETURN_NONE;
    return PyUnicode_FromString(str);
}

int vb_intUnwrap(PyObject *obj, int *val)
{
    long l = PyLong_AsLong(obj);
    if (l == -1 && PyErr_Occurred())
        return -1;
    if (l < INT_MIN || l > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "value out of range for int");
        return -1;
    }
    *val = (int)l;
    return 0;
}

int vb_longUnwrap(PyObject *obj, long *val)
{
    long l = PyLong_AsLong(obj);
    if (l == -1 && PyErr_Occurred())
        return -1;
    *val = l;
    return 0;
}

int vb_doubleUnwrap(PyObject *obj, double *val)
{
    double d = PyFloat_AsDouble(obj);
    if (d == -1.0 && PyErr_Occurred())
        return -1;
    *val = d;
    return 0;
}

int vb_charPtrUnwrap(PyObject *obj, const char **str)
{
    if (obj == Py_None) {
        *str = NULL;
        return 0;
    }
    *str = PyUnicode_AsUTF8(obj);
    return *str == NULL ? -1 : 0;
}
""")
    # typed-parameter converters, as generated for every enum/struct of the wrapped API
    i = 0
    while sum(len(p) for p in out) < target:
        fields = rng.randint(3, 8)
        sets = "".join(
            f'    if (vb_dict_set_steal_local(d, "field{j}", PyLong_FromLong((long)p->f{j} * {rng.randint(1, 9)})) < 0)\n'
            f"        goto error;\n" for j in range(fields))
        members = "".join(f"    long f{j};\n" for j in range(fields))
        out.append(f"""
typedef struct vb_param{i} {{
{members}}} vb_param{i};

static int vb_dict_set_steal_local{i}(PyObject *d, const char *k, PyObject *v)
{{
    int r;
    if (v == NULL)
        return -1;
    r = PyDict_SetItemString(d, k, v);
    Py_DECREF(v);
    return r;
}}
#define vb_dict_set_steal_local vb_dict_set_steal_local{i}

PyObject *vb_param{i}Wrap(const vb_param{i} *p)
{{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
{sets}    return d;
 error:
    Py_DECREF(d);
    return NULL;
}}
#undef vb_dict_set_steal_local
""")
        i += 1
    return "".join(out)


def utils_c(rng, target):
    out = ['#include "utils.h"\n#include <string.h>\n#include <stdio.h>\n', """
static void vb_handle_free(PyObject *capsule)
{
    PyMem_Free(PyCapsule_GetPointer(capsule, "vb_handle"));
}

vb_handle *vb_handle_get(PyObject *obj)
{
    return (vb_handle *)PyCapsule_GetPointer(obj, "vb_handle");
}

PyObject *vb_handle_wrap(long id, int kind, const char *name)
{
    vb_handle *h = PyMem_Calloc(1, sizeof(vb_handle));
    if (h == NULL)
        return PyErr_NoMemory();
    h->id = id;
    h->kind = kind;
    snprintf(h->name, sizeof h->name, "%s", name ? name : "");
    return PyCapsule_New(h, "vb_handle", vb_handle_free);
}

int vb_dict_set_steal(PyObject *dict, const char *key, PyObject *value)
{
    int r;
    if (value == NULL)
        return -1;
    r = PyDict_SetItemString(dict, key, value);
    Py_DECREF(value);
    return r;
}

PyObject *vb_list_of_strings(const char *const *items, size_t n)
{
    PyObject *list = PyList_New((Py_ssize_t)n);
    size_t i;
    if (list == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *s = PyUnicode_FromString(items[i]);
        if (s == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, s);
    }
    return list;
}
"""]
    i = 0
    while sum(len(p) for p in out) < target:
        k = rng.randint(2, 61)
        out.append(f"""
double vb_stat{i}(const double *v, size_t n)
{{
    double mean = 0.0, m2 = 0.0;
    size_t j;
    for (j = 0; j < n; j++) {{
        double d = v[j] * {k} - mean;
        mean += d / (double)(j + 1);
        m2 += d * (v[j] * {k} - mean);
    }}
    return n > 1 ? m2 / (double)(n - 1) : 0.0;
}}

int vb_parse_flags{i}(const char *s, unsigned int *flags)
{{
    unsigned int f = 0;
    for (; s && *s; s++) {{
        switch (*s) {{
        case 'r': f |= 1u << {k % 8}; break;
        case 'w': f |= 2u << {k % 8}; break;
        case 'x': f |= 4u; break;
        case ',': break;
        default: return -1;
        }}
    }}
    *flags = f;
    return 0;
}}
""")
        i += 1
    return "".join(out)


def api_wrappers_c(module, target, rng):
    """The generated part of a bindings module: a (stand-in) C API and one wrapper per call."""
    out = [HEAD, '#include "typewrappers.h"\n#include "utils.h"\n\n']
    names = []
    i = 0
    while sum(len(p) for p in out) < target:
        fn = f"vir{module.capitalize()}Call{i}"
        k = rng.randint(2, 97)
        kind = rng.randrange(4)
        # the stand-in API function, as the real library would provide it
        out.append(f"""
static int api_{fn}(vb_handle *h, long arg, unsigned int flags, double *out)
{{
    long j, acc = {k};
    if (h == NULL)
        return -1;
    for (j = 0; j < (arg & 0xff); j++)
        acc = (acc * {k} + h->id + (long)flags) % {rng.randint(1000, 100000)};
    *out = (double)acc / {k}.0 + h->weight;
    return (int)(acc & 0x7fff);
}}
""")
        if kind == 0:
            conv = "vb_intWrap(c_retval)"
        elif kind == 1:
            conv = "vb_doubleWrap(value)"
        elif kind == 2:
            conv = "vb_charPtrWrap(c_retval < 0 ? NULL : h->name)"
        else:
            conv = "vb_longlongWrap((long long)c_retval * (long long)value)"
        out.append(f"""
PyObject *
vb_{fn}(PyObject *self, PyObject *args)
{{
    PyObject *py_retval;
    PyObject *pyobj_handle;
    vb_handle *h;
    long arg;
    unsigned int flags;
    double value = 0.0;
    int c_retval;
    (void)self;

    if (!PyArg_ParseTuple(args, (char *)"OlI:{fn}", &pyobj_handle, &arg, &flags))
        return NULL;
    h = vb_handle_get(pyobj_handle);
    if (h == NULL)
        return NULL;
    Py_BEGIN_ALLOW_THREADS;
    c_retval = api_{fn}(h, arg, flags, &value);
    Py_END_ALLOW_THREADS;
    if (c_retval < -1) {{
        PyErr_Format(PyExc_RuntimeError, "{fn} failed: %d", c_retval);
        return NULL;
    }}
    py_retval = {conv};
    return py_retval;
}}
""")
        names.append(fn)
        i += 1
    out.append(f"\nPyMethodDef vb_{module}_generated_methods[] = {{\n")
    out.extend(f'    {{"{n}", vb_{n}, METH_VARARGS, NULL}},\n' for n in names)
    out.append("    {NULL, NULL, 0, NULL}\n};\n")
    return "".join(out)


def override_c(module, modname, target, rng):
    body, names = handwritten_units(f"ov_{module}", target, rng)
    return (HEAD + '#include "typewrappers.h"\n#include "utils.h"\n\n'
            + f"extern PyMethodDef vb_{module}_generated_methods[];\n" + body
            + f"""
static PyMethodDef {modname}_override_methods[] = {{
{method_entries(names)}    {{NULL, NULL, 0, NULL}}
}};

static struct PyModuleDef {modname}_module = {{
    PyModuleDef_HEAD_INIT, "{modname}", NULL, -1, {modname}_override_methods,
    NULL, NULL, NULL, NULL
}};

PyMODINIT_FUNC PyInit_{modname}(void)
{{
    PyObject *m = PyModule_Create(&{modname}_module);
    PyMethodDef *def;
    if (m == NULL)
        return NULL;
    if (PyModule_AddFunctions(m, vb_{module}_generated_methods) < 0) {{
        Py_DECREF(m);
        return NULL;
    }}
    for (def = {modname}_override_methods; def->ml_name != NULL; def++)
        ;
    return m;
}}
""")


def gen_virtbind(root, scale, rng):
    name = "virtbind"
    files = []

    def add(rel, text, kind, exts):
        files.append({"file": rel, "bytes": write(os.path.join(root, rel), text), "kind": kind,
                      "extensions": exts})

    modules = (("main", "_virtbindmod", 550 * KB, 90 * KB),
               ("qemu", "_virtbindmod_qemu", 220 * KB, 40 * KB),
               ("lxc", "_virtbindmod_lxc", 110 * KB, 20 * KB))
    all_exts = [f"{name}.{mod}" for _, mod, _, _ in modules]
    write(os.path.join(root, "src", "typewrappers.h"), TYPEWRAPPERS_H)
    write(os.path.join(root, "src", "utils.h"), UTILS_H)
    add("src/typewrappers.c", typewrappers_c(rng, 70 * KB * scale), "shared", all_exts)
    add("src/utils.c", utils_c(rng, 40 * KB * scale), "shared", all_exts)
    exts = []
    for module, modname, generated, override in modules:
        gen_rel = f"generated/{name}-{module}.c"
        ov_rel = f"src/{name}-{module}-override.c"
        add(gen_rel, api_wrappers_c(module, generated * scale, rng), "generated",
            [f"{name}.{modname}"])
        add(ov_rel, override_c(module, modname, override * scale, rng), "handwritten",
            [f"{name}.{modname}"])
        exts.append(f'    Extension("{name}.{modname}",\n'
                    f'              ["{gen_rel}", "{ov_rel}", "src/typewrappers.c", "src/utils.c"],\n'
                    f'              include_dirs=["src"]),\n')
    project_files(root, name, "".join(exts),
                  "from . import _virtbindmod, _virtbindmod_qemu, _virtbindmod_lxc\n")
    return files


def gen_smallmods(root, scale, rng):
    name = "smallmods"
    files = []
    exts = []
    single = (("_escape", 8 * KB), ("_scan", 30 * KB), ("_json", 120 * KB), ("_hash", 15 * KB))
    for mod, target in single:
        rel = f"src/{mod.strip('_')}.c"
        files.append({"file": rel, "bytes": handwritten_module(os.path.join(root, rel), mod,
                                                               target * scale, rng),
                      "kind": "handwritten", "extensions": [f"{name}.{mod}"]})
        exts.append(f'    Extension("{name}.{mod}", ["{rel}"]),\n')
    # two extensions made of two files each: a module file and a helper file
    for mod, main_target, helper_target in (("_codec", 50 * KB, 60 * KB),
                                            ("_fmt", 20 * KB, 40 * KB)):
        stem = mod.strip("_")
        header = f"{stem}.h"
        write(os.path.join(root, "src", header),
              f"#include <Python.h>\nextern PyMethodDef {stem}_helper_methods[];\n")
        helper_rel = f"src/{stem}_helper.c"
        files.append({"file": helper_rel,
                      "bytes": handwritten_part(os.path.join(root, helper_rel), f"{stem}_helper",
                                                helper_target * scale, rng, header),
                      "kind": "handwritten", "extensions": [f"{name}.{mod}"]})
        main_rel = f"src/{stem}.c"
        body, names = handwritten_units(f"{stem}_u", main_target * scale, rng)
        text = (HEAD + f'#include "{header}"\n' + body
                + f"\nstatic PyMethodDef {mod}_methods[] = {{\n" + method_entries(names)
                + "    {NULL, NULL, 0, NULL}\n};\n"
                + f"""
static struct PyModuleDef {mod}_module = {{
    PyModuleDef_HEAD_INIT, "{mod}", NULL, -1, {mod}_methods, NULL, NULL, NULL, NULL
}};

PyMODINIT_FUNC PyInit_{mod}(void)
{{
    PyObject *m = PyModule_Create(&{mod}_module);
    if (m != NULL && PyModule_AddFunctions(m, {stem}_helper_methods) < 0) {{
        Py_DECREF(m);
        return NULL;
    }}
    return m;
}}
""")
        files.append({"file": main_rel, "bytes": write(os.path.join(root, main_rel), text),
                      "kind": "handwritten", "extensions": [f"{name}.{mod}"]})
        exts.append(f'    Extension("{name}.{mod}", ["{main_rel}", "{helper_rel}"], '
                    f'include_dirs=["src"]),\n')
    # a big static table behind a tiny module: large source, quick compile
    table_rel = "src/unidata_table.c"
    files.append({"file": table_rel,
                  "bytes": table_file(os.path.join(root, table_rel), "unidata", 1 * MB * scale, rng),
                  "kind": "table", "extensions": [f"{name}._unidata"]})
    mod_rel = "src/unidata.c"
    files.append({"file": mod_rel, "bytes": write(os.path.join(root, mod_rel), HEAD + """
extern const unsigned short unidata_table[][16];
extern const size_t unidata_rows;

static PyObject *lookup(PyObject *self, PyObject *args)
{
    Py_ssize_t row, col;
    (void)self;
    if (!PyArg_ParseTuple(args, "nn:lookup", &row, &col))
        return NULL;
    if (row < 0 || (size_t)row >= unidata_rows || col < 0 || col >= 16) {
        PyErr_SetString(PyExc_IndexError, "lookup: out of range");
        return NULL;
    }
    return PyLong_FromLong(unidata_table[row][col]);
}

static PyMethodDef _unidata_methods[] = {
    {"lookup", lookup, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};
""" + module_init("_unidata", "_unidata_methods")), "kind": "handwritten",
                  "extensions": [f"{name}._unidata"]})
    exts.append(f'    Extension("{name}._unidata", ["{mod_rel}", "{table_rel}"]),\n')
    project_files(root, name, "".join(exts),
                  "from . import _escape, _scan, _json, _hash, _codec, _fmt, _unidata\n")
    return files


GENERATORS = {"cyfast": gen_cyfast, "virtbind": gen_virtbind, "smallmods": gen_smallmods}


def generate(out_dir, only=None, scale=1.0):
    """Generates the packages under out_dir (reusing an identical earlier generation)."""
    names = only or list(GENERATORS)
    manifest = {}
    for name in names:
        root = os.path.join(out_dir, name)
        stamp = {"generator": GENERATOR_VERSION, "scale": scale,
                 "source": hashlib.sha256(open(__file__, "rb").read()).hexdigest()[:16]}
        stamp_file = os.path.join(root, ".generated.json")
        if os.path.exists(stamp_file):
            with open(stamp_file) as f:
                old = json.load(f)
            if old.get("stamp") == stamp:
                manifest[name] = old
                continue
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(root)
        rng = random.Random(f"{name}-{GENERATOR_VERSION}")
        files = GENERATORS[name](root, scale, rng)
        entry = {"stamp": stamp, "files": files,
                 "bytes": sum(f["bytes"] for f in files)}
        with open(stamp_file, "w") as f:
            json.dump(entry, f, indent=1)
        manifest[name] = entry
    return manifest


def describe(entry):
    """One line on a generated package, from its manifest entry."""
    kinds = {}
    for f in entry["files"]:
        kinds.setdefault(f["kind"], []).append(f["bytes"])
    exts = sorted({e for f in entry["files"] for e in f["extensions"]})
    parts = ", ".join(f"{len(v)} {k} ({', '.join(f'{b / 1000:.0f} KB' for b in sorted(v, reverse=True))})"
                      for k, v in kinds.items())
    return (f"{len(exts)} extensions, {len(entry['files'])} sources "
            f"({entry['bytes'] / 1e6:.2f} MB): {parts}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--only", help="comma-separated package names")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every source size")
    args = parser.parse_args()
    manifest = generate(os.path.abspath(args.out_dir),
                        args.only.split(",") if args.only else None, args.scale)
    for name, entry in manifest.items():
        print(f"{name}: {len(entry['files'])} sources, {entry['bytes'] / MB:.2f} MB")
        for f in entry["files"]:
            print(f"  {f['file']:<32} {f['bytes'] / KB:8.1f} KB  {f['kind']}")


if __name__ == "__main__":
    main()
