#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include "kahan.h"

static int to_doubles(PyObject *sequence, double **out, Py_ssize_t *count)
{
    PyObject *fast = PySequence_Fast(sequence, "expected a sequence of numbers");
    if (fast == NULL)
        return -1;
    *count = PySequence_Fast_GET_SIZE(fast);
    *out = PyMem_Malloc(sizeof(double) * (size_t)(*count ? *count : 1));
    if (*out == NULL) {
        Py_DECREF(fast);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < *count; i++) {
        (*out)[i] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(fast, i));
        if (PyErr_Occurred()) {
            PyMem_Free(*out);
            Py_DECREF(fast);
            return -1;
        }
    }
    Py_DECREF(fast);
    return 0;
}

static PyObject *dot(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    double *x, *y;
    Py_ssize_t n, m;
    if (!PyArg_ParseTuple(args, "OO", &a, &b))
        return NULL;
    if (to_doubles(a, &x, &n) < 0)
        return NULL;
    if (to_doubles(b, &y, &m) < 0) {
        PyMem_Free(x);
        return NULL;
    }
    if (n != m) {
        PyMem_Free(x);
        PyMem_Free(y);
        return PyErr_Format(PyExc_ValueError, "vectors differ in length: %zd and %zd", n, m);
    }
    for (Py_ssize_t i = 0; i < n; i++)
        x[i] *= y[i];
    double result = kahan_sum(x, (size_t)n);
    PyMem_Free(x);
    PyMem_Free(y);
    return PyFloat_FromDouble(result);
}

static PyObject *flavour(PyObject *self, PyObject *noargs)
{
    return PyUnicode_FromString(kahan_flavour());
}

static PyMethodDef methods[] = {
    {"dot", dot, METH_VARARGS, "dot(a, b): the exactly rounded dot product of two sequences."},
    {"flavour", flavour, METH_NOARGS, "The KAHAN_FLAVOUR this extension's copy of kahan.c was built with."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_vector", NULL, -1, methods};

PyMODINIT_FUNC PyInit__vector(void)
{
    return PyModule_Create(&module);
}
