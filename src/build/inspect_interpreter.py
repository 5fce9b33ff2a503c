# Asks an interpreter what it is, for wheelwright's discovery. Runs on every Python from 2.7 on,
# so it uses only what they all have, and finds modules without importing them (importing pip
# first breaks setuptools' import). Its arguments, when given, are build requirements (PEP 508)
# to check: whether each is installed, and at a fitting version and under its marker where
# `packaging` can be imported (its own or pip's copy); installed versions come from
# importlib.metadata, or pkg_resources before 3.8. Prints one JSON object.
#
# Run with `python -c`, or by pip_ahead.py (--inspect); carried in the bundle as src/build/inspect-script.ts, which
# scripts/generate.js writes from this file (npm run generate).
import json, os, re, sys, sysconfig
# what the interpreter has, not what the working directory holds (a package's build/ is not the
# build frontend): `python -c` puts the working directory first on sys.path
if sys.path and sys.path[0] == '':
    del sys.path[0]
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
def requirement_problems(requirements):
    if not requirements:
        return []
    try:
        from packaging.requirements import Requirement
    except ImportError:
        try:
            from pip._vendor.packaging.requirements import Requirement
        except ImportError:
            Requirement = None
    try:
        from importlib.metadata import version as metadata_version
    except ImportError:
        try:
            import pkg_resources
            metadata_version = lambda name: pkg_resources.get_distribution(name).version
        except ImportError:
            metadata_version = None
    def installed(name):
        # older importlib.metadata finds dist-info directories only under the normalized name
        for candidate in (name, re.sub(r'[-_.]+', '_', name)):
            try:
                return metadata_version(candidate)
            except Exception:
                pass
        return None
    problems = []
    for text in requirements:
        problem, found = None, None
        if Requirement is not None:
            try:
                requirement = Requirement(text)
            except Exception:
                problem = 'invalid'
                requirement = None
            if requirement is not None and (requirement.marker is None or requirement.marker.evaluate()):
                name, specifier = requirement.name, requirement.specifier
            else:
                name, specifier = None, None
        else:
            # no packaging: names only, and a requirement under a marker cannot be judged
            match = re.match(r'\s*([A-Za-z0-9][A-Za-z0-9._-]*)', text)
            name = match.group(1) if match and ';' not in text else None
            specifier = None
        if name is not None and metadata_version is not None:
            version = installed(name)
            if version is None:
                problem = 'missing'
            elif specifier and not specifier.contains(version, prereleases=True):
                problem, found = 'version', '%s %s' % (name, version)
        problems.append({'requirement': text, 'problem': problem, 'installed': found})
    return problems
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
    'requirements': requirement_problems(sys.argv[1:]),
}))
