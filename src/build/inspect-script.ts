/**
 * Asks an interpreter what it is. Runs on every Python from 2.7 on, so it uses only what they all
 * have, and finds modules without importing them (importing pip first breaks setuptools' import).
 */
export const INSPECT_SCRIPT = `
import json, os, sys, sysconfig
def has(name):
    try:
        import importlib.util
        return importlib.util.find_spec(name) is not None
    except ImportError:
        import imp
        try:
            imp.find_module(name)
            return True
        except ImportError:
            return False
impl = getattr(sys, 'implementation', None)
include = sysconfig.get_paths().get('include') or ''
print(json.dumps({
    'executable': sys.executable,
    'realpath': os.path.realpath(sys.executable),
    'prefix': sys.prefix,
    'implementation': impl.name if impl else 'cpython',
    'version': list(sys.version_info[:3]),
    'soabi': sysconfig.get_config_var('SOABI'),
    'extSuffix': sysconfig.get_config_var('EXT_SUFFIX'),
    'platform': sysconfig.get_platform(),
    'debug': hasattr(sys, 'gettotalrefcount'),
    'freeThreaded': sysconfig.get_config_var('Py_GIL_DISABLED') == 1,
    'headers': os.path.exists(os.path.join(include, 'Python.h')),
    'modules': dict((m, has(m)) for m in ('pip', 'setuptools', 'wheel', 'build', 'venv')),
    'compilers': dict((k.lower(), sysconfig.get_config_var(k)) for k in ('CC', 'CXX', 'LDSHARED', 'LDCXXSHARED')),
}))
`;
