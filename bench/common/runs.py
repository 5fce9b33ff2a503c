"""Running a measured build: logging, a clean environment, pip wheel, and timing with the CPU
of the run's processes and of everyone else on the machine."""

import datetime
import json
import os
import resource
import shutil
import statistics
import time

from . import machine

# variables of the caller's environment that would change how the builds compile
SCRUB = ["CC", "CXX", "LDSHARED", "LDCXXSHARED", "CFLAGS", "CPPFLAGS", "LDFLAGS",
         "MAKEFLAGS", "DIST_EXTRA_CONFIG", "MAX_JOBS", "CMAKE_BUILD_PARALLEL_LEVEL",
         "NPY_NUM_BUILD_JOBS", "WHEELWRIGHT_SOCKET", "WHEELWRIGHT_BUILD",
         "CCACHE_DIR", "CCACHE_DISABLE", "PYTHONPATH"]


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def clean_env():
    return {k: v for k, v in os.environ.items() if k not in SCRUB}


def copy_package(src, dst):
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".generated.json"))


def pip_wheel(python, source, out):
    return [python, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
            "--disable-pip-version-check", "--no-input", "--wheel-dir", out, source]


def parallel_config(directory, jobs):
    """setuptools' build_ext --parallel for a pip build, as wheelwright sets it for its own."""
    config = os.path.join(directory, "parallel.cfg")
    with open(config, "w") as f:
        f.write(f"[build_ext]\nparallel = {jobs}\n")
    return {"DIST_EXTRA_CONFIG": config, "MAKEFLAGS": f"-j{jobs}"}


def epoch(iso):
    return datetime.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


class Timed:
    """Times what runs inside it: wall clock, the CPU of the children it waited for, and the CPU
    the rest of the machine used meanwhile (busy time minus ours: other jobs)."""

    def __enter__(self):
        self._usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        self._busy = machine.busy_seconds()
        self.started_epoch = time.time()
        self._started = time.monotonic()
        return self

    def __exit__(self, *exc):
        self.wall_s = time.monotonic() - self._started
        self.ended_epoch = time.time()
        busy = machine.busy_seconds() - self._busy
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.user_s = usage.ru_utime - self._usage.ru_utime
        self.cpu_s = self.user_s + usage.ru_stime - self._usage.ru_stime
        self.foreign_cpu_s = max(0.0, busy - self.cpu_s)
        return False

    def figures(self):
        return {"wall_s": round(self.wall_s, 3), "cpu_s": round(self.cpu_s, 3),
                "user_s": round(self.user_s, 3), "foreign_cpu_s": round(self.foreign_cpu_s, 3)}


def least_disturbed(measure_once, cores, max_foreign, retries, on_disturbed=None):
    """Measures until others used at most `max_foreign` of the machine (or `retries` more times);
    returns (the attempt that counts, all attempts). Every attempt is kept for the record: a
    disturbed one says how much the load moved the figures."""
    attempts = []
    for attempt in range(1 + retries):
        result = measure_once(attempt)
        result["attempt"] = attempt + 1
        result["foreign_share"] = round(result["foreign_cpu_s"] / (cores * result["wall_s"]), 3)
        result["disturbed"] = result["foreign_share"] > max_foreign
        attempts.append(result)
        if not result["disturbed"]:
            break
        if attempt < retries and on_disturbed:
            on_disturbed(result)
    chosen = min(attempts, key=lambda r: (not r["ok"], r["foreign_share"]))
    for other in attempts:
        if other is not chosen:
            other["superseded"] = True
    return chosen, attempts


def wheelwright_build(cli, package, pythons, out, report, cache_dir, jobs=None, extra=()):
    """wheelwright's build of `package` for `pythons`, without verification (not building)."""
    argv = ["node", cli, "build", package, "--build-isolation", "false",
            "--python-versions", ",".join(pythons), "--output-dir", out, "--report-dir", report,
            "--cache-dir", cache_dir, "--verify", "false"]
    if jobs:
        argv += ["--jobs", str(jobs)]
    return argv + list(extra)


def read_jsonl(path):
    """The records of a JSON-lines file (wheelwright's journal.jsonl), [] when there is none."""
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def add_run_options(parser, out, quiet_wait, retries):
    """The options every benchmark script has: load handling, where results go, --report."""
    parser.add_argument("--quiet-wait", type=float, default=quiet_wait,
                        help="seconds to wait at most for an idle machine before each run")
    parser.add_argument("--max-foreign", type=float, default=0.1,
                        help="a run during which other processes used more than this share of "
                             "all CPUs is measured again (default: %(default)s)")
    parser.add_argument("--retries", type=int, default=retries,
                        help="how many times a disturbed run is measured again")
    parser.add_argument("--out", default=out)
    parser.add_argument("--report", metavar="RESULTS_JSON",
                        help="print the tables of earlier results and exit")
