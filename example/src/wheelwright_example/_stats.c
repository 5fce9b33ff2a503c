#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "kahan.h"

static PyObject *mean(PyObject *self, PyObject *sequence)
{
    PyObject *fast = PySequence_Fast(sequence, "expected a sequence of numbers");
    if (fast == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    if (n == 0) {
        Py_DECREF(fast);
        PyErr_SetString(PyExc_ValueError, "mean of an empty sequence");
        return NULL;
    }
    double *values = PyMem_Malloc(sizeof(double) * (size_t)n);
    if (values == NULL) {
        Py_DECREF(fast);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        values[i] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(fast, i));
        if (PyErr_Occurred()) {
            PyMem_Free(values);
            Py_DECREF(fast);
            return NULL;
        }
    }
    Py_DECREF(fast);
    double result = kahan_sum(values, (size_t)n) / (double)n;
    PyMem_Free(values);
    return PyFloat_FromDouble(result);
}

static PyObject *flavour(PyObject *self, PyObject *noargs)
{
    return PyUnicode_FromString(kahan_flavour());
}

static PyMethodDef methods[] = {
    {"mean", mean, METH_O, "mean(values): the compensated mean of a sequence."},
    {"flavour", flavour, METH_NOARGS, "The KAHAN_FLAVOUR this extension's copy of kahan.c was built with."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_stats", NULL, -1, methods};

PyMODINIT_FUNC PyInit__stats(void)
{
    return PyModule_Create(&module);
}
