"""Times every command setuptools' distutils runs (compiles, links) as the build itself sees it.

bench/launcher/run.py puts this directory on PYTHONPATH with WW_BENCH_SPAWN_LOG set, in every
way it measures, so plain pip builds and builds through wheelwright's shim are timed at the
same place: from just before distutils starts the command until it has reaped it. Each command
appends one JSON line: argv, cwd, start (epoch s), wall_s, cpu_s and maxrss_kib of the process
tree it waited for (wait4), exit status. The command runs exactly as distutils runs it.

Being a sitecustomize, it shadows Debian's (which only installs the apport crash hook).
"""

import os

LOG = os.environ.get("WW_BENCH_SPAWN_LOG")
# distutils' spawn module: setuptools' own copy, or the stdlib's if a build asks for it
MODULES = ("setuptools._distutils.spawn", "distutils.spawn")

if LOG:
    import importlib.machinery
    import json
    import subprocess
    import sys
    import time
    import types

    class TimedPopen(subprocess.Popen):
        def __init__(self, args, *rest, **kwargs):
            self._timed = (time.time(), time.monotonic())
            super().__init__(args, *rest, **kwargs)

        # Popen reaps with waitpid, which drops the rusage; this is its wait, with wait4
        def _try_wait(self, wait_flags):
            try:
                pid, status, usage = os.wait4(self.pid, wait_flags)
            except ChildProcessError:
                return (self.pid, 0)
            if pid == self.pid:
                started, mono = self._timed
                record = {"argv": list(self.args), "cwd": os.getcwd(), "start": started,
                          "wall_s": time.monotonic() - mono,
                          "cpu_s": usage.ru_utime + usage.ru_stime,
                          "maxrss_kib": usage.ru_maxrss, "status": os.waitstatus_to_exitcode(status)}
                # one write of one line with O_APPEND: parallel compiles do not interleave
                fd = os.open(LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                try:
                    os.write(fd, (json.dumps(record) + "\n").encode())
                finally:
                    os.close(fd)
            return (pid, status)

    timed_subprocess = types.SimpleNamespace(**vars(subprocess))
    timed_subprocess.Popen = TimedPopen

    class SpawnFinder:
        """Finds distutils' spawn module as usual, then points its `subprocess` at ours."""

        def find_spec(self, name, path=None, target=None):
            if name not in MODULES:
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None or spec.loader is None:
                return spec
            exec_module = spec.loader.exec_module

            def exec_timed(module):
                exec_module(module)
                module.subprocess = timed_subprocess

            spec.loader.exec_module = exec_timed
            return spec

    sys.meta_path.insert(0, SpawnFinder())
