# wheelwright's pip frontend, started while the build's copy of the package is still being made:
# it imports pip (a third of a second on a 2-CPU runner, as long as copying a tree of 500 files)
# and then waits until wheelwright writes one line on its standard input, once the copy is
# complete: JSON {"cwd": COPY, "argv": PIP_ARGS, "env": {NAME: VALUE, ...}}. Then it runs
# `python -m pip PIP_ARGS` in COPY, as that command would have run, with the variables in "env"
# set first. An empty line or the end of the input (the copy failed, or the build never came to
# pip): nothing runs, exit 1.
#
# Why variables may come with the line: the process starts before the build's plan and compiler
# launcher exist, so wheelwright's own variables for the build (CC, CXX, LDSHARED and LDCXXSHARED
# behind its shim, WHEELWRIGHT_*, the jobs in MAKEFLAGS and its kin, DIST_EXTRA_CONFIG, PYTHON,
# PIP_NO_INPUT) are not known yet. None of them is read by the interpreter as it starts or by
# pip's modules as they are imported: pip reads PIP_* when it parses its options, and the build
# backend and the compilers it starts inherit the environment as it is then.
#
# Why this is safe: until that line arrives this process cannot name the copy. Its working
# directory is the build's own directory (or, started before the build's interpreter is known,
# one beside it), its sys.path holds neither, its one argument is at most --inspect, and no
# variable of its environment names the copy; the copy's path and pip's arguments come with the
# line. So nothing of a half-made copy is read, by this process or by any it starts.
#
# Why it runs as `python -m pip` would: pip runs as the __main__ module, with sys.argv[0] its
# file and the copy first on sys.path (unless PYTHONSAFEPATH or -P says not to), which pip's
# __main__ then takes off again. The modules imported before the line came from a sys.path
# without the copy; if the copy holds a top-level name of one of them (pip's own tree holds
# pip), it could have shadowed that module, so the plain command runs instead (exec), the same
# command in the same place; so it does where pip could not be imported, to fail in pip's words.
#
# With the argument --inspect it first answers what inspect_interpreter.py (beside it) asks, on
# file descriptor 3, which it then closes, and only then imports pip: one process then does what
# two did one after the other, the interpreter's inspection and pip's start. Where the user's site
# directory is on sys.path (wheelwright inspects with PYTHONNOUSERSITE=1, and pip runs without it)
# the answers could differ, and nothing is written: wheelwright then asks as it always does.
#
# Runs on the interpreters wheelwright builds with (CPython 3.7+, PyPy 3). Carried in the bundle as src/build/pip-ahead-script.ts,
# which scripts/generate.js writes from this file (npm run generate).
import importlib
import json
import os
import runpy
import sys


def inspect(here):
    with os.fdopen(3, 'w') as answer:
        try:
            import site
            if site.ENABLE_USER_SITE and os.path.isdir(site.getusersitepackages()):
                return
            stdout = sys.stdout
            sys.stdout = answer
            try:
                runpy.run_path(os.path.join(here, 'inspect_interpreter.py'), run_name='__inspect__')
            finally:
                sys.stdout = stdout
        except Exception:
            pass  # half an answer is no answer: wheelwright asks again, and learns why


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.path and os.path.abspath(sys.path[0]) == here:
        del sys.path[0]
    if sys.argv[1:] == ['--inspect']:
        del sys.argv[1:]
        inspect(here)
    try:
        importlib.import_module('pip._internal.cli.main')
        importlib.import_module('pip._internal.commands.wheel')
        imported = True
    except Exception:
        imported = False  # the plain command below fails as it fails, in its own words
    line = sys.stdin.readline()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    if not line.strip():
        sys.exit('wheelwright: the copy of the package was not made; pip did not run')
    request = json.loads(line)
    cwd, argv = request['cwd'], request['argv']
    os.environ.update(request.get('env', {}))
    os.chdir(cwd)
    names = set(name.split('.')[0] for name in sys.modules)
    if not imported or any(name.split('.')[0] in names for name in os.listdir(cwd)):
        os.execv(sys.executable, [sys.executable, '-m', 'pip'] + argv)
    if not getattr(sys.flags, 'safe_path', False):
        sys.path.insert(0, os.getcwd())
    sys.argv = [sys.argv[0]] + argv
    runpy.run_module('pip', run_name='__main__', alter_sys=True)


if __name__ == '__main__':
    main()
