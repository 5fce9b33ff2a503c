/** What an import failure means, read from the exception line Python printed. */
export interface ImportFailure {
  class:
    | 'missing-shared-library'
    | 'undefined-symbol'
    | 'abi-mismatch'
    | 'c-api-missing-in-pypy'
    | 'python-module-missing'
    | 'import-error';
  confidence: 'high' | 'medium' | 'low';
  library?: string;
  symbol?: string;
  /** The Python module that could not be found (`tkinter`, `pkg._speedups`). */
  module?: string;
}

/** `pypy`: the module was built for PyPy (its wheel's tag says so) and PyPy loaded it. */
export function classifyImportError(error: string, pypy = false): ImportFailure {
  let match = /([^\s:]+): cannot open shared object file: No such file or directory/.exec(error);
  if (match) return { class: 'missing-shared-library', confidence: 'high', library: match[1]! };
  match = /Library not loaded: (\S+)/.exec(error); // dyld
  if (match) return { class: 'missing-shared-library', confidence: 'high', library: match[1]! };
  match = /undefined symbol: (\S+)/.exec(error);
  // dyld names C symbols with their leading underscore: `__Py_RefTotal` is `_Py_RefTotal`
  const dyld = /symbol not found in flat namespace '_(\S+)'/.exec(error);
  if (match || dyld) {
    const symbol = (match ?? dyld)![1]!;
    // CPython's own API missing means headers of another Python: a debug, free-threaded or
    // different minor version, or a limited-API promise the code did not keep. Built with
    // PyPy's own headers, it is API that PyPy's emulation (cpyext) leaves out: no rebuild helps.
    if (/^_?Py/.test(symbol))
      return { class: pypy ? 'c-api-missing-in-pypy' : 'abi-mismatch', confidence: 'high', symbol };
    return { class: 'undefined-symbol', confidence: 'high', symbol };
  }
  // Python 3 quotes the name (ModuleNotFoundError since 3.6), Python 2 does not, and a package
  // may add advice (PyPy's tkinter: "No module named '_tkinter', please install the pypy3-tk package")
  match = /^(?:ModuleNotFoundError|ImportError): No module named '?([\w.]+?)'?(?:,.*)?$/m.exec(
    error,
  );
  if (match) return { class: 'python-module-missing', confidence: 'high', module: match[1]! };
  match = /version [`'](\S+)' not found \(required by [^)]*\)/.exec(error);
  if (match) {
    const library = /: (\/\S+|[\w.+-]+\.so[\w.]*): version/.exec(error)?.[1];
    return {
      class: 'abi-mismatch',
      confidence: 'high',
      symbol: match[1]!,
      ...(library ? { library } : {}),
    };
  }
  if (
    /wrong ELF class|invalid ELF header|incompatible architecture|wrong architecture|dynamic module does not define module export function|compiled for Python|API version/.test(
      error,
    )
  ) {
    return { class: 'abi-mismatch', confidence: 'medium' };
  }
  return { class: 'import-error', confidence: 'low' };
}
