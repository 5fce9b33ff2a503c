"""A unit of hand-written style C (structs, loops, a switch, argument parsing) that both
generators emit: the compile-memory corpus and the build benchmark's packages."""


def c_unit(i, rng, names):
    """One unit; `names` holds what is named differently by each generator: `title` (the
    comment line), `struct`, `type`, `fn` (the prefix of its C functions), `py_rec`, `py_poly`
    (its two Python-callable functions), `prefix` (a default argument), `rec`, `poly` (names in
    its messages)."""
    n = rng.randint(3, 9)
    fields = "\n".join(
        f"    {rng.choice(['int', 'long', 'double', 'unsigned char', 'Py_ssize_t'])} f{j};"
        for j in range(n))
    op = rng.choice(["+", "-", "^", "|"])
    k = rng.randint(2, 97)
    return f"""
/* ---- {names['title']} */
typedef struct {names['struct']} {{
{fields}
    struct {names['struct']} *next;
    char name[{rng.randint(32, 64)}];
}} {names['type']};

static long {names['fn']}sum(const {names['type']} *r, Py_ssize_t n)
{{
    long acc = {k};
    Py_ssize_t j;
    for (j = 0; j < n; j++) {{
        acc = acc {op} (long)r[j].f0 * {k};
        if (r[j].next != NULL && (acc & 1))
            acc += (long)r[j].next->f1;
    }}
    return acc;
}}

static int {names['fn']}classify(int x)
{{
    switch (x % 8) {{
    case 0: return x * {k};
    case 1: return x + {k};
    case 2: return x - {rng.randint(1, 1000)};
    case 3: return (x << 2) ^ {k};
    case 4: return x / ({k} + 1);
    case 5: return -x;
    case 6: return x & 0xff;
    default: return 0;
    }}
}}

static void {names['fn']}fill({names['type']} *r, Py_ssize_t n, const char *prefix)
{{
    Py_ssize_t j;
    for (j = 0; j < n; j++) {{
        memset(&r[j], 0, sizeof(r[j]));
        r[j].f0 = {names['fn']}classify((int)j);
        r[j].next = (j + 1 < n) ? &r[j + 1] : NULL;
        snprintf(r[j].name, sizeof(r[j].name), "%s-{i}-%ld", prefix, (long)j);
    }}
}}

static double {names['fn']}poly(const double *v, Py_ssize_t n, double x)
{{
    double acc = 0.0;
    Py_ssize_t j;
    for (j = n - 1; j >= 0; j--)
        acc = acc * x + v[j] * {rng.random():.6f};
    return acc;
}}

static PyObject *{names['py_rec']}(PyObject *self, PyObject *args)
{{
    Py_ssize_t n = 0;
    const char *prefix = "{names['prefix']}";
    {names['type']} *buf;
    long res;
    (void)self;
    if (!PyArg_ParseTuple(args, "n|s:{names['rec']}", &n, &prefix))
        return NULL;
    if (n < 0 || n > 100000) {{
        PyErr_SetString(PyExc_ValueError, "{names['rec']}: n out of range");
        return NULL;
    }}
    buf = ({names['type']} *)PyMem_Calloc((size_t)n + 1, sizeof({names['type']}));
    if (buf == NULL)
        return PyErr_NoMemory();
    {names['fn']}fill(buf, n, prefix);
    res = {names['fn']}sum(buf, n);
    PyMem_Free(buf);
    return PyLong_FromLong(res);
}}

static PyObject *{names['py_poly']}(PyObject *self, PyObject *args)
{{
    PyObject *seq, *fast;
    double x, *v, r;
    Py_ssize_t n, j;
    (void)self;
    if (!PyArg_ParseTuple(args, "Od:{names['poly']}", &seq, &x))
        return NULL;
    fast = PySequence_Fast(seq, "{names['poly']} expects a sequence");
    if (fast == NULL)
        return NULL;
    n = PySequence_Fast_GET_SIZE(fast);
    v = (double *)PyMem_Malloc(sizeof(double) * ((size_t)n + 1));
    if (v == NULL) {{
        Py_DECREF(fast);
        return PyErr_NoMemory();
    }}
    for (j = 0; j < n; j++) {{
        v[j] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(fast, j));
        if (v[j] == -1.0 && PyErr_Occurred()) {{
            PyMem_Free(v);
            Py_DECREF(fast);
            return NULL;
        }}
    }}
    r = {names['fn']}poly(v, n, x);
    PyMem_Free(v);
    Py_DECREF(fast);
    return PyFloat_FromDouble(r);
}}
"""
