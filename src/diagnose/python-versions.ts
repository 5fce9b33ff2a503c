/**
 * Names of CPython's C API and standard library that exist in some Python versions and not in
 * others: a build that reaches for one of them in the wrong version fails for the version, not
 * for its own code or a missing package. Each entry cites where CPython says so.
 */
export interface PythonChange {
  name: string;
  /** `lvalue`: a macro that stopped being assignable (the error names the assignment, not it). */
  kind: 'header' | 'api' | 'module' | 'lvalue';
  /** The first version without it (or with the changed form). */
  version: string;
  change: string;
  source: string;
}

const WHATS_NEW = (v: string): string => `https://docs.python.org/3/whatsnew/${v}.html`;

const changes = (
  kind: PythonChange['kind'],
  version: string,
  change: string,
  source: string,
  names: string[],
): PythonChange[] => names.map((name) => ({ name, kind, version, change, source }));

export const PYTHON_CHANGES: PythonChange[] = [
  // "Porting to Python 3.11": moved to Include/cpython (found only through Python.h), or removed
  // (https://github.com/python/cpython/pull/32385, bpo-35134, bpo-45434).
  ...changes(
    'header',
    '3.11',
    'moved into Include/cpython/, to be reached through Python.h only',
    WHATS_NEW('3.11'),
    ['longintrepr.h'],
  ),
  ...changes('header', '3.11', 'removed', WHATS_NEW('3.11'), ['eval.h']),
  // bpo-43244: the old parser's headers went with it.
  ...changes('header', '3.10', 'removed', WHATS_NEW('3.10'), ['pyarena.h', 'parser_interface.h']),
  // Kept as a placeholder in 3.8 for Cython's generated code, gone in 3.9
  // (https://bugs.python.org/issue37250).
  ...changes('api', '3.9', 'removed from PyTypeObject', WHATS_NEW('3.9'), ['tp_print']),
  // "Porting to Python 3.10/3.11": these macros became inline functions; assign with Py_SET_*.
  ...changes(
    'lvalue',
    '3.10',
    'made a function that cannot be assigned to (use Py_SET_REFCNT)',
    WHATS_NEW('3.10'),
    ['Py_REFCNT'],
  ),
  ...changes(
    'lvalue',
    '3.11',
    'made a function that cannot be assigned to (use Py_SET_TYPE, Py_SET_SIZE)',
    WHATS_NEW('3.11'),
    ['Py_TYPE', 'Py_SIZE'],
  ),
  // "Removed" in 3.11 (https://github.com/python/cpython/pull/31532, bpo-46850).
  ...changes('api', '3.11', 'moved to the internal C API', WHATS_NEW('3.11'), [
    '_PyEval_CallTracing',
    '_PyEval_EvalFrameDefault',
    '_PyEval_RequestCodeExtraIndex',
    '_PyEval_SetProfile',
    '_PyEval_SetTrace',
    '_PyEval_SetSwitchInterval',
    '_PyEval_GetSwitchInterval',
  ]),
  // PEP 623: the legacy (wstr) Unicode API, removed in 3.12 (https://peps.python.org/pep-0623/).
  ...changes(
    'api',
    '3.12',
    'removed with the legacy Unicode representation (PEP 623)',
    WHATS_NEW('3.12'),
    [
      'PyUnicode_AS_UNICODE',
      'PyUnicode_AS_DATA',
      'PyUnicode_AsUnicode',
      'PyUnicode_AsUnicodeAndSize',
      'PyUnicode_FromUnicode',
      'PyUnicode_GET_SIZE',
      'PyUnicode_GET_DATA_SIZE',
      'PyUnicode_GetSize',
      'PyUnicode_WSTR_LENGTH',
      '_PyUnicode_AsUnicode',
      'PyUnicode_WCHAR_KIND',
      'PyUnicode_InternImmortal',
    ],
  ),
  // "Remove functions deprecated in Python 3.9" (https://github.com/python/cpython/pull/107027).
  ...changes('api', '3.13', 'removed', WHATS_NEW('3.13'), [
    'PyEval_CallObject',
    'PyEval_CallObjectWithKeywords',
  ]),
  // gh-106320 removed private `_Py` names in 3.13; these two came back with a new argument
  // (https://github.com/python/cpython/issues/111140), this one did not
  // (https://github.com/python/cpython/issues/106522).
  ...changes(
    'api',
    '3.13',
    'removed from the private C API, then restored with an extra `with_exceptions` argument',
    'https://github.com/python/cpython/issues/111140',
    ['_PyLong_AsByteArray', '_PyLong_FromByteArray'],
  ),
  ...changes(
    'api',
    '3.13',
    'removed (use PyObject_GetOptionalAttr)',
    'https://github.com/python/cpython/issues/106522',
    ['_PyObject_LookupAttrId'],
  ),
  // "Removed" in 3.9: the free-list clearing functions (bpo-37340) and a Py_UNICODE helper.
  ...changes('api', '3.9', 'removed', WHATS_NEW('3.9'), [
    'PyAsyncGen_ClearFreeLists',
    'PyContext_ClearFreeList',
    'PyDict_ClearFreeList',
    'PyFloat_ClearFreeList',
    'PyFrame_ClearFreeList',
    'PyList_ClearFreeList',
    'PyMethod_ClearFreeList',
    'PyCFunction_ClearFreeList',
    'PySet_ClearFreeList',
    'PyTuple_ClearFreeList',
    'PyUnicode_ClearFreeList',
    '_PyUnicode_ClearStaticStrings',
  ]),
  // "Removed" in 3.10: Py_UNICODE helpers, the old parser's and symbol table's entry points
  // (bpo-43244), and the recursion limit variable.
  ...changes('api', '3.10', 'removed', WHATS_NEW('3.10'), [
    'PyUnicode_AsUnicodeCopy',
    'PyUnicode_GetMax',
    'PyLong_FromUnicode',
    '_PyUnicode_Name_CAPI',
    '_Py_CheckRecursionLimit',
    'PyParser_SimpleParseStringFlags',
    'PyParser_SimpleParseStringFlagsFilename',
    'PyParser_SimpleParseFileFlags',
    'PyNode_Compile',
    'PyOS_InitInterrupts',
    'PyAST_Compile',
    'PyAST_CompileEx',
    'PyAST_CompileObject',
    'PyAST_Validate',
    'PyFuture_FromAST',
    'PyFuture_FromASTObject',
    'PySymtable_Build',
    'PySymtable_BuildObject',
    'PySymtable_Free',
    'Py_SymtableString',
    'PyST_GetScope',
  ]),
  // PEP 624: the Py_UNICODE encoders, removed in 3.11 (https://peps.python.org/pep-0624/).
  ...changes('api', '3.11', 'removed with the Py_UNICODE encoders (PEP 624)', WHATS_NEW('3.11'), [
    'PyUnicode_Encode',
    'PyUnicode_EncodeUTF7',
    'PyUnicode_EncodeUTF8',
    'PyUnicode_EncodeUTF16',
    'PyUnicode_EncodeUTF32',
    'PyUnicode_EncodeUnicodeEscape',
    'PyUnicode_EncodeRawUnicodeEscape',
    'PyUnicode_EncodeLatin1',
    'PyUnicode_EncodeASCII',
    'PyUnicode_EncodeCharmap',
    'PyUnicode_TranslateCharmap',
    'PyUnicode_EncodeDecimal',
    'PyUnicode_TransformDecimalToASCII',
  ]),
  // gh-106320: private names removed in 3.13 that Cython and pybind11 output used; each has a
  // public replacement (PyLong_AsInt, Py_IsFinalizing, PyThreadState_GetUnchecked,
  // PyObject_GetOptionalAttr).
  ...changes('api', '3.13', 'removed from the private C API', WHATS_NEW('3.13'), [
    '_PyLong_AsInt',
    '_Py_IsFinalizing',
    '_PyThreadState_UncheckedGet',
    '_PyObject_LookupAttr',
  ]),
  // PEP 594 and PEP 632: modules removed from the standard library.
  ...changes('module', '3.12', 'removed from the standard library', WHATS_NEW('3.12'), [
    'distutils',
    'imp',
    'asynchat',
    'asyncore',
    'smtpd',
  ]),
  // PEP 594's "dead batteries" and lib2to3, removed in 3.13.
  ...changes('module', '3.13', 'removed from the standard library', WHATS_NEW('3.13'), [
    'aifc',
    'audioop',
    'cgi',
    'cgitb',
    'chunk',
    'crypt',
    'imghdr',
    'mailcap',
    'msilib',
    'nis',
    'nntplib',
    'ossaudiodev',
    'pipes',
    'sndhdr',
    'spwd',
    'sunau',
    'telnetlib',
    'uu',
    'xdrlib',
    'lib2to3',
  ]),
];

/**
 * Standard-library names removed by release (module, names as a regular-expression alternation,
 * the first release without them), from each release's "What's New": reached as an attribute or
 * imported by name, they fail only from that release on.
 */
export const REMOVED_ATTRIBUTES: [module: string, names: string, release: string][] = [
  ['pkgutil', 'ImpImporter', '3.12'],
  ['pkgutil', 'ImpLoader', '3.12'],
  ['configparser', 'SafeConfigParser', '3.12'],
  ['configparser', 'readfp', '3.12'],
  ['ssl', 'wrap_socket', '3.12'],
  ['ssl', 'match_hostname', '3.12'],
  ['locale', 'format', '3.12'],
  ['unittest', 'makeSuite', '3.13'],
  ['unittest', 'findTestCases', '3.13'],
  ['unittest', 'getTestCaseNames', '3.13'],
  ['locale', 'resetlocale', '3.13'],
  ['inspect', 'getargspec', '3.11'],
  ['inspect', 'formatargspec', '3.11'],
  ['asyncio', 'coroutine', '3.11'],
  ['gettext', 'lgettext', '3.11'],
  ['binascii', 'b2a_hqx', '3.11'],
  [
    'collections',
    'Mapping|MutableMapping|Sequence|MutableSequence|Iterable|Iterator|Callable|Set|MutableSet|Hashable|Sized|Container|Generator|Awaitable|Coroutine|AsyncIterable|AsyncIterator|ByteString|KeysView|ItemsView|ValuesView|MappingView',
    '3.10',
  ],
  ['base64', 'encodestring|decodestring', '3.9'],
  ['time', 'clock', '3.8'],
  ['platform', 'linux_distribution|dist', '3.8'],
  ['cgi', 'escape', '3.8'],
  ['sys', 'setcheckinterval|getcheckinterval', '3.9'],
];

const byName = new Map(PYTHON_CHANGES.map((c) => [c.name, c]));

export const pythonChange = (name: string): PythonChange | undefined => byName.get(name);

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (kind: PythonChange['kind']): string =>
  PYTHON_CHANGES.filter((c) => c.kind === kind)
    .map((c) => escapeRegExp(c.name))
    .join('|');

export const VERSIONED_HEADERS = alternation('header');
export const VERSIONED_APIS = alternation('api');
export const VERSIONED_MODULES = alternation('module');
export const VERSIONED_LVALUES = alternation('lvalue');
