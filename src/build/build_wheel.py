# wheelwright's backend frontend: builds one wheel by calling the project's PEP 517 backend in
# this one process, as distribution builders do (Gentoo's gpep517, Fedora's pyproject macros),
# instead of pip starting itself and then a process per hook (setup.py runs once instead of
# twice).
#
# Written into the build's own directory and run as a file, so the log shows a short command a
# person can run again. Runs on CPython 3.6+ and PyPy: no tomllib, so the backend spec, its path
# and the config settings (JSON: a repeated key is a list, as pip's --config-settings makes it)
# come as arguments: OUTDIR BACKEND CONFIG_SETTINGS_JSON [BACKEND_PATH...].
#
# Carried in the bundle as src/build/backend-script.ts, which scripts/generate.js writes from
# this file (npm run generate).
import importlib, json, os, sys, traceback


def inside(path, directory):
    path, directory = os.path.realpath(path), os.path.realpath(directory)
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


def load(spec, backend_path):
    module_name, _, object_path = spec.partition(':')
    sys.path[:0] = backend_path
    try:
        backend = importlib.import_module(module_name)
    except ImportError:
        traceback.print_exc()
        sys.exit('wheelwright: the build backend %s cannot be imported by %s'
                 % (module_name, sys.executable))
    # PEP 517: an in-tree backend must come from backend-path, not from something installed
    if backend_path:
        where = getattr(backend, '__file__', None) or ''
        if not any(inside(where, p) for p in backend_path):
            sys.exit('wheelwright: the build backend %s was imported from %s, not from backend-path (%s)'
                     % (module_name, where or 'no file', ', '.join(backend_path)))
    for name in object_path.split('.') if object_path else []:
        backend = getattr(backend, name)
    return backend


def main():
    outdir, spec, settings = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    backend_path = [os.path.abspath(p) for p in sys.argv[4:]]
    # This script's directory is wheelwright's, not the project's: the backend imports from the
    # interpreter's own path and backend-path only, as under pip.
    if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
        del sys.path[0]
    backend = load(spec, backend_path)
    print('wheelwright: %s built %s' % (spec, backend.build_wheel(outdir, settings)))


if __name__ == '__main__':
    main()
