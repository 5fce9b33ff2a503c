#!/usr/bin/python3
"""Build benchmark: three interpreters, three ways (issue 4).

For each generated package (see packages.py), each package of your own (--package-dir
NAME=DIR: an unpacked sdist, say) and each repetition, the wheels for three
interpreters are built three ways, each from fresh copies of the package, fresh build
directories and (for wheelwright) a fresh --cache-dir:

  sequential   one interpreter after another, default settings:
               `python -m pip wheel --no-deps --no-build-isolation` (setuptools' build_ext
               compiles one file at a time)
  naive        the three builds started at once, each told to use every CPU:
               DIST_EXTRA_CONFIG with `[build_ext] parallel = $(nproc)` and MAKEFLAGS=-j$(nproc)
  wheelwright  `node cli.mjs build PKG --build-isolation false --python-versions A,B,C
               --verify false --cache-dir FRESH` (verification is not part of the build time)

and, when --ways names it:

  wheelwright-backend  the same with `--build-frontend backend`: each build calls the
               project's PEP 517 backend in one process instead of running `pip wheel`

Each run is timed as a whole (wall clock, from the first copy of the package to the last
wheel), its CPU time is the rusage of all its (waited-for) descendants, and it runs inside
a fresh cgroup v1 memory child of this process's own memory cgroup, whose
memory.max_usage_in_bytes after the run is the peak memory (resident memory plus the page
cache the build wrote; the cgroup's anonymous memory is also sampled every 50 ms).  The
wheelwright runs also give the compile and link CPU time from the launcher's journal: the
lower bound is that CPU time divided by the CPUs.

The order of the three ways rotates from one repetition to the next.  CPU used by other
processes on the machine during a run (from /proc/stat, minus the run's own CPU) is
recorded, and before each run the script waits (up to --quiet-wait seconds) for the machine
to be idle, since other jobs on a 2-core machine distort wall times.

Usage:
  /usr/bin/python3 bench/build/run.py                    # full run (~10 min on an idle machine), -> results.json
  /usr/bin/python3 bench/build/run.py --repeats 1 --packages smallmods   # smoke test (~1 min)
  /usr/bin/python3 bench/build/run.py --report results.json    # tables from earlier results
  /usr/bin/python3 bench/build/run.py --packages '' --package-dir lxml=DIR   # a real package

Needs: root (to make cgroups; without a cgroup v1 memory controller peak memory is left out),
node >= 20, gcc, Debian's python3, python3.11-dbg and pypy3 with setuptools and wheel, and
cython3 to generate the Cython package.
"""

import argparse
import datetime
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import packages  # noqa: E402
from common.machine import REPO, cpu_count, machine_facts, wait_for_quiet  # noqa: E402
from common.runs import (Timed, add_run_options, clean_env, copy_package, epoch,  # noqa: E402
                         least_disturbed, log, med, parallel_config, pip_wheel, read_jsonl,
                         wheelwright_build)

DEFAULT_PYTHONS = ["/usr/bin/python3", "/usr/bin/python3.11-dbg", "/usr/bin/pypy3"]
WAYS = ["sequential", "naive", "wheelwright"]
# ways run only when --ways names them
EXTRA_WAYS = ["wheelwright-backend"]
ALL_WAYS = WAYS + EXTRA_WAYS
MiB = 1024 ** 2

# --------------------------------------------------------------------------------------------
# machine

def own_memory_cgroup():
    """This process's own cgroup v1 memory directory, or None."""
    mount = None
    with open("/proc/self/mountinfo") as f:
        for line in f:
            left, _, right = line.partition(" - ")
            fs_type, _source, options = (right.split() + ["", "", ""])[:3]
            if fs_type == "cgroup" and "memory" in options.split(","):
                parts = left.split()
                mount = (parts[3], parts[4])  # root within the hierarchy, mount point
                break
    if mount is None:
        return None
    with open("/proc/self/cgroup") as f:
        for line in f:
            _, controllers, path = line.rstrip("\n").split(":", 2)
            if "memory" in controllers.split(","):
                root, point = mount
                rel = os.path.relpath(path, root) if root != "/" else path.lstrip("/")
                directory = os.path.normpath(os.path.join(point, rel))
                return directory if os.path.isdir(directory) else None
    return None


class MemoryCgroup:
    """A fresh, unlimited cgroup v1 memory child that the run's processes are moved into."""

    def __init__(self, parent, name):
        self.parent = parent
        self.dir = os.path.join(parent, name) if parent else None
        self.peak_anon = 0
        self._stop = threading.Event()
        self._sampler = None

    def __enter__(self):
        if self.dir:
            os.mkdir(self.dir)
            self._sampler = threading.Thread(target=self._sample, daemon=True)
            self._sampler.start()
        return self

    def _sample(self):
        while not self._stop.is_set():
            try:
                self.peak_anon = max(self.peak_anon, self.stat().get("total_rss", 0))
            except OSError:
                pass
            self._stop.wait(0.05)

    def stat(self):
        with open(os.path.join(self.dir, "memory.stat")) as f:
            return {k: int(v) for k, v in (line.split() for line in f)}

    def wrap(self, argv):
        """argv, run with its process moved into this cgroup first (as the test helpers do)."""
        if not self.dir:
            return argv
        return ["/bin/sh", "-c", 'echo $$ > "$0/cgroup.procs" && exec "$@"', self.dir, *argv]

    def peak(self):
        if not self.dir:
            return None
        with open(os.path.join(self.dir, "memory.max_usage_in_bytes")) as f:
            return int(f.read())

    def oom_kills(self):
        if not self.dir:
            return None
        with open(os.path.join(self.dir, "memory.oom_control")) as f:
            for line in f:
                if line.startswith("oom_kill "):
                    return int(line.split()[1])
        return 0

    def __exit__(self, *exc):
        self._stop.set()
        if self._sampler:
            self._sampler.join()
        if not self.dir or not os.path.isdir(self.dir):
            return False
        # processes still inside go back to the parent, then the directory can go
        with open(os.path.join(self.dir, "cgroup.procs")) as f:
            pids = [p for p in f.read().split() if p]
        for pid in pids:
            try:
                with open(os.path.join(self.parent, "cgroup.procs"), "w") as f:
                    f.write(pid)
            except OSError:
                pass  # it ended meanwhile
        for attempt in range(50):
            try:
                os.rmdir(self.dir)
                break
            except OSError:
                if attempt == 49:
                    raise
                time.sleep(0.1)
        return False


# --------------------------------------------------------------------------------------------
# the three ways

def interpreter_id(python):
    return os.path.basename(python)


def run_sequential(ctx):
    failures = []
    for python in ctx["pythons"]:
        ident = interpreter_id(python)
        source = os.path.join(ctx["run_dir"], ident, "src")
        copy_package(ctx["package"], source)
        with open(os.path.join(ctx["logs"], f"{ident}.log"), "w") as logf:
            code = subprocess.call(ctx["cgroup"].wrap(pip_wheel(python, source, ctx["out"])),
                                   cwd=source, env=ctx["env"], stdout=logf,
                                   stderr=subprocess.STDOUT)
        if code != 0:
            failures.append(f"{ident}: exit {code}")
    return failures


def run_naive(ctx):
    jobs = ctx["naive_jobs"]
    env = dict(ctx["env"], **parallel_config(ctx["run_dir"], jobs))
    running = []
    for python in ctx["pythons"]:
        ident = interpreter_id(python)
        source = os.path.join(ctx["run_dir"], ident, "src")
        copy_package(ctx["package"], source)
    for python in ctx["pythons"]:
        ident = interpreter_id(python)
        source = os.path.join(ctx["run_dir"], ident, "src")
        logf = open(os.path.join(ctx["logs"], f"{ident}.log"), "w")
        running.append((ident, logf, subprocess.Popen(
            ctx["cgroup"].wrap(pip_wheel(python, source, ctx["out"])), cwd=source, env=env,
            stdout=logf, stderr=subprocess.STDOUT)))
    failures = []
    for ident, logf, proc in running:
        code = proc.wait()
        logf.close()
        if code != 0:
            failures.append(f"{ident}: exit {code}")
    return failures


def is_wheelwright(way):
    return way.startswith("wheelwright")


def run_wheelwright(ctx, frontend=None):
    argv = wheelwright_build(ctx["cli"], ctx["package"], ctx["pythons"], ctx["out"],
                             ctx["report"], os.path.join(ctx["run_dir"], "cache"), ctx["ww_jobs"],
                             ["--build-frontend", frontend] if frontend else ())
    with open(os.path.join(ctx["logs"], "wheelwright.log"), "w") as logf:
        code = subprocess.call(ctx["cgroup"].wrap(argv), env=ctx["env"], stdout=logf,
                               stderr=subprocess.STDOUT)
    return [] if code == 0 else [f"wheelwright: exit {code}"]


RUNNERS = {"sequential": run_sequential, "naive": run_naive, "wheelwright": run_wheelwright,
           "wheelwright-backend": lambda ctx: run_wheelwright(ctx, "backend")}


def journal_figures(report_dir, started, ended):
    """Compile/link CPU and counts from the launcher's journal, and facts from report.json;
    `started`/`ended`: the run's start and end (epoch seconds) for the timeline figures."""
    figures = {}
    records = read_jsonl(os.path.join(report_dir, "journal.jsonl"))
    if records:
        compiles = [r for r in records if r["kind"] == "compile"]
        links = [r for r in records if r["kind"] == "link"]
        figures.update(
            compile_cpu_s=sum(r["cpuMs"] for r in compiles) / 1000,
            link_cpu_s=sum(r["cpuMs"] for r in links) / 1000,
            compile_wall_sum_s=sum(r["wallMs"] for r in records) / 1000,
            compiles=len(compiles), links=len(links),
            retries=sum(1 for r in records if r["attempt"] > 1),
            failed_commands=sum(1 for r in records if r["exitCode"] != 0),
            largest_compile_rss=max((r["peakRssBytes"] for r in records), default=0),
            cpu_by_build={b: sum(r["cpuMs"] for r in records if r["build"] == b) / 1000
                          for b in sorted({r["build"] for r in records})},
            longest_compile_cpu_s=max((r["cpuMs"] for r in records), default=0) / 1000)
        first = min(epoch(r["startedAt"]) for r in records)
        last = max(epoch(r["startedAt"]) + r["wallMs"] / 1000 for r in records)
        # how long the run took before the first compile (node, probe, interpreters, pip
        # and setuptools starting up) and after the last link (wheels written, pip exits)
        figures.update(first_compile_after_s=round(first - started, 3),
                       after_last_command_s=round(ended - last, 3),
                       commands_span_s=round(last - first, 3))
    report_file = os.path.join(report_dir, "report.json")
    if os.path.exists(report_file):
        with open(report_file) as f:
            report = json.load(f)
        figures.update(jobs=report.get("jobs"), jobs_per_build=report.get("jobsPerBuild"),
                       builds={b["id"]: {"status": b["status"], "s": b["durationMs"] / 1000}
                               for b in report.get("builds", [])})
    figures["launcher_fallbacks"] = os.path.exists(
        os.path.join(report_dir, "launcher-fallback.log"))
    return figures


def measure(way, package_name, package_dir, rep, attempt, args, parent_cgroup, base_env, cli):
    tag = f"{package_name}-{way}-{rep + 1}-{attempt + 1}"
    run_dir = os.path.join(args.work, "runs", tag)
    shutil.rmtree(run_dir, ignore_errors=True)
    tmp = os.path.join(run_dir, "tmp")
    ctx = {
        "package": package_dir, "pythons": args.python_versions, "run_dir": run_dir,
        "out": os.path.join(run_dir, "wheelhouse"), "report": os.path.join(run_dir, "report"),
        "logs": os.path.join(run_dir, "logs"), "cli": cli, "naive_jobs": cpu_count(),
        "ww_jobs": args.jobs,
        # the same temporary directory for every way: gcc's temporary files and wheelwright's
        # scratch builds go there, inside the run's own directory
        "env": dict(base_env, TMPDIR=tmp),
    }
    for d in (run_dir, tmp, ctx["out"], ctx["logs"], ctx["report"]):
        os.makedirs(d, exist_ok=True)
    idle_before = wait_for_quiet(args.quiet_wait)
    cgroup_name = f"wheelwright-bench-{os.getpid()}-{tag}"
    with MemoryCgroup(parent_cgroup, cgroup_name) as cgroup:
        ctx["cgroup"] = cgroup
        with Timed() as timed:
            failures = RUNNERS[way](ctx)
        peak = cgroup.peak()
        peak_anon = cgroup.peak_anon
        oom_kills = cgroup.oom_kills()
    wheels = sorted(n for n in os.listdir(ctx["out"]) if n.endswith(".whl"))
    if len(wheels) != len(args.python_versions):
        failures.append(f"{len(wheels)} wheels built, {len(args.python_versions)} expected")
    result = {
        "package": package_name, "way": way, "rep": rep, **timed.figures(),
        "peak_bytes": peak, "peak_anon_sampled_bytes": peak_anon, "oom_kills": oom_kills,
        "idle_before_busy_cpus": round(idle_before, 3),
        "wheels": wheels, "ok": not failures, "failures": failures,
    }
    if is_wheelwright(way):
        result.update(journal_figures(ctx["report"], timed.started_epoch, timed.ended_epoch))
    if failures:
        result["log_tail"] = log_tails(ctx["logs"])
    keep = os.path.join(args.work, "kept", tag)
    shutil.rmtree(keep, ignore_errors=True)
    os.makedirs(keep)
    for d in ("logs", "report"):
        shutil.copytree(os.path.join(run_dir, d), os.path.join(keep, d))
    shutil.rmtree(run_dir, ignore_errors=True)  # build trees, objects, wheels, caches
    return result


def log_tails(logs):
    tails = {}
    for name in sorted(os.listdir(logs)):
        with open(os.path.join(logs, name), errors="replace") as f:
            lines = f.read().splitlines()
        errors = [line for line in lines if "error" in line.lower()]
        tails[name] = (errors or lines)[-8:]
    return tails


# What the backend way amounts to for the overhead probe's package: its declared backend's
# build_wheel called in one process (wheelwright's own script adds the backend lookup only).
BACKEND_CALL = "import setuptools.build_meta as b, sys; b.build_wheel(sys.argv[1])"


def measure_overhead(args, base_env, repeats=3, backend=False):
    """What one build costs besides compiling: pip wheel of a package whose one extension is an
    empty module (one compile of ~0.05 s, one link), per interpreter, median of `repeats`; with
    `backend`, also the same build by calling its backend directly (BACKEND_CALL)."""
    root = os.path.join(args.work, "overhead")
    shutil.rmtree(root, ignore_errors=True)
    package = os.path.join(root, "package")
    packages.project_files(package, "tiny", '    Extension("tiny._empty", ["empty.c"]),\n',
                           "from . import _empty\n")
    packages.write(os.path.join(package, "empty.c"), "#include <Python.h>\n"
                   + packages.module_init("_empty", "NULL"))
    env = dict(base_env, TMPDIR=root)
    def probe(name, python, command):
        walls, cpus = [], []
        for rep in range(repeats):
            source = os.path.join(root, f"src-{rep}")
            out = os.path.join(root, "out")
            shutil.rmtree(source, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            copy_package(package, source)
            os.makedirs(out)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.monotonic()
            code = subprocess.call(command(source, out), cwd=source, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            walls.append(time.monotonic() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            if code != 0:
                log(f"overhead probe: {name} failed for {python}")
        return round(statistics.median(walls), 3), round(statistics.median(cpus), 3)

    figures = {}
    for python in args.python_versions:
        wall, cpu = probe("pip wheel", python, lambda source, out: pip_wheel(python, source, out))
        figures[python] = {"wall_s": wall, "cpu_s": cpu}
        if backend:
            wall, cpu = probe("the backend call", python,
                              lambda source, out: [python, "-c", BACKEND_CALL, out])
            figures[python].update(backend_wall_s=wall, backend_cpu_s=cpu)
    shutil.rmtree(root, ignore_errors=True)
    return figures


# --------------------------------------------------------------------------------------------
# summary

def summarize(results, cores):
    by_package = {}
    for r in results:
        if r.get("superseded"):
            continue
        by_package.setdefault(r["package"], {}).setdefault(r["way"], []).append(r)
    summary = {}
    for package, ways in by_package.items():
        s = {}
        for way, runs in ways.items():
            ok = [r for r in runs if r["ok"]]
            entry = {
                "runs": len(runs), "ok": len(ok),
                "wall_s": med([r["wall_s"] for r in ok]),
                "wall_min_s": min((r["wall_s"] for r in ok), default=None),
                "wall_max_s": max((r["wall_s"] for r in ok), default=None),
                "cpu_s": med([r["cpu_s"] for r in ok]),
                "peak_bytes": med([r["peak_bytes"] for r in ok]),
                "peak_anon_sampled_bytes": med([r["peak_anon_sampled_bytes"] for r in ok]),
                "foreign_cpu_s": med([r["foreign_cpu_s"] for r in runs]),
                "cpu_use": med([r["cpu_s"] / (cores * r["wall_s"]) for r in ok]),
                "disturbed": sum(1 for r in runs if r.get("disturbed")),
                "remeasured": sum(1 for r in results if r.get("superseded")
                                  and r["package"] == package and r["way"] == way),
                "failures": [f for r in runs for f in r["failures"]],
            }
            if is_wheelwright(way):
                entry["compile_link_cpu_s"] = med(
                    [r.get("compile_cpu_s", 0) + r.get("link_cpu_s", 0) for r in ok])
                entry["lower_bound_s"] = (entry["compile_link_cpu_s"] / cores
                                          if entry["compile_link_cpu_s"] else None)
                entry["ratio_runs"] = [
                    r["wall_s"] / ((r["compile_cpu_s"] + r["link_cpu_s"]) / cores)
                    for r in ok if r.get("compile_cpu_s")]
                entry["ratio_to_lower_bound"] = med(entry["ratio_runs"])
                entry["longest_compile_cpu_s"] = med(
                    [r.get("longest_compile_cpu_s") for r in ok])
            s[way] = entry
        # the same compiles either way: the backend way's journal serves when wheelwright's is absent
        lower = (s.get("wheelwright") or s.get("wheelwright-backend") or {}).get("lower_bound_s")
        seq = s.get("sequential", {}).get("wall_s")
        for way, entry in s.items():
            if not is_wheelwright(way):  # wheelwright's own: the median of its runs' ratios
                entry["ratio_to_lower_bound"] = (entry["wall_s"] / lower
                                                 if lower and entry["wall_s"] else None)
            entry["speedup_vs_sequential"] = seq / entry["wall_s"] if seq and entry["wall_s"] else None
        summary[package] = s
    # all packages together: sums of the per-package medians
    total = {}
    for way in ALL_WAYS:
        entries = [s[way] for s in summary.values() if way in s]
        if not entries or any(e["wall_s"] is None for e in entries):
            continue
        total[way] = {
            "wall_s": sum(e["wall_s"] for e in entries),
            "cpu_s": sum(e["cpu_s"] for e in entries),
            "peak_bytes": max(e["peak_bytes"] or 0 for e in entries) or None,
            "peak_anon_sampled_bytes": max(e["peak_anon_sampled_bytes"] or 0 for e in entries),
            "runs": sum(e["runs"] for e in entries), "ok": sum(e["ok"] for e in entries),
        }
        if is_wheelwright(way):
            total[way]["compile_link_cpu_s"] = sum(e["compile_link_cpu_s"] for e in entries)
            total[way]["lower_bound_s"] = total[way]["compile_link_cpu_s"] / cores
    reference = total.get("wheelwright") or total.get("wheelwright-backend")
    if reference:
        lower = reference["lower_bound_s"]
        seq = total.get("sequential", {}).get("wall_s")
        for way, entry in total.items():
            entry["ratio_to_lower_bound"] = entry["wall_s"] / lower
            entry["speedup_vs_sequential"] = seq / entry["wall_s"] if seq else None
    if len(summary) > 1:
        summary["all packages (sum of medians)"] = total
    return summary


def fmt(value, spec, suffix=""):
    return "–" if value is None else f"{value:{spec}}{suffix}"


def mib(value):
    return "–" if not value else f"{value / MiB:,.0f} MiB"


def markdown(data):
    cores = data["machine"]["cores"]
    lines = []
    for package, ways in data["summary"].items():
        lines.append(f"#### {package}\n")
        meta = data.get("packages", {}).get(package)
        if meta:
            lines.append(meta + "\n")
        lines.append("| way | wall (median) | wall range | CPU, all processes | compile+link CPU "
                     "| lower bound | wall / lower bound | speed-up vs sequential "
                     "| CPU use | peak memory (cgroup) | peak anon (sampled) | others' CPU "
                     "| runs ok |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for way in ALL_WAYS:
            e = ways.get(way)
            if not e:
                continue
            wall_range = (f"{e['wall_min_s']:.1f}–{e['wall_max_s']:.1f} s"
                          if e.get("wall_min_s") is not None else "(sum)")
            runs = f"{e['ok']}/{e['runs']}"
            if e.get("disturbed"):
                runs += f", {e['disturbed']} disturbed"
            if e.get("remeasured"):
                runs += f", {e['remeasured']} extra attempts"
            lines.append(
                f"| {way} | {fmt(e['wall_s'], '.1f', ' s')} | {wall_range} "
                f"| {fmt(e['cpu_s'], '.1f', ' s')} "
                f"| {fmt(e.get('compile_link_cpu_s'), '.1f', ' s')} "
                f"| {fmt(e.get('lower_bound_s'), '.1f', ' s') if is_wheelwright(way) else ''} "
                f"| {fmt(e.get('ratio_to_lower_bound'), '.2f', '×')} "
                f"| {fmt(e.get('speedup_vs_sequential'), '.2f', '×')} "
                f"| {fmt(e.get('cpu_use') and 100 * e['cpu_use'], '.0f', ' %')} "
                f"| {mib(e.get('peak_bytes'))} | {mib(e.get('peak_anon_sampled_bytes'))} "
                f"| {fmt(e.get('foreign_cpu_s'), '.1f', ' s')} | {runs} |")
        lines.append("")
    if data.get("overhead"):
        lines.append("Per-build cost besides compiling (`pip wheel` of a package whose one "
                     "extension is an empty module, median of 3):\n")
        backend = all("backend_cpu_s" in o for o in data["overhead"].values())
        lines.append("| interpreter | wall | CPU |"
                     + (" backend call: wall | backend call: CPU |" if backend else ""))
        lines.append("|---|---:|---:|" + ("---:|---:|" if backend else ""))
        for python, o in data["overhead"].items():
            lines.append(f"| {python} | {o['wall_s']:.2f} s | {o['cpu_s']:.2f} s |"
                         + (f" {o['backend_wall_s']:.2f} s | {o['backend_cpu_s']:.2f} s |"
                            if backend else ""))
        lines.append("")
    lines.append(f"Medians over the runs; lower bound = wheelwright's journal compile+link CPU "
                 f"(median) / {cores} CPUs; CPU use = CPU, all processes / ({cores} × wall); "
                 f"others' CPU = CPU other processes on the machine used during the run "
                 f"(median).")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------

def own_package(spec):
    """NAME=DIR of --package-dir, checked."""
    name, sep, directory = spec.partition("=")
    directory = os.path.abspath(directory)
    if not sep or not name or not os.path.isdir(directory):
        sys.exit(f"run.py: --package-dir: {spec!r} is not accepted; expected NAME=DIR with an "
                 "existing directory, e.g. lxml=/tmp/lxml-4.9.4")
    if name in packages.GENERATORS:
        sys.exit(f"run.py: --package-dir: {name!r} is a generated package's name; choose another")
    return name, directory


C_SUFFIXES = (".c", ".cc", ".cpp", ".cxx")


def describe_own(directory):
    """One line on a package of the user's: its C and C++ sources, by size."""
    sizes = sorted((os.path.getsize(os.path.join(root, f))
                    for root, _, files in os.walk(directory) for f in files
                    if f.endswith(C_SUFFIXES)), reverse=True)
    largest = ", ".join(f"{b / 1000:.0f} KB" for b in sizes[:4])
    return (f"{os.path.basename(directory)}: {len(sizes)} C/C++ sources "
            f"({sum(sizes) / 1e6:.2f} MB; largest {largest})")


def main():
    parser = argparse.ArgumentParser(description="three interpreters, three ways")
    parser.add_argument("--work", default=os.path.join(HERE, "work"),
                        help="generated packages, build trees, kept logs (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--packages", default=",".join(packages.GENERATORS),
                        help="generated packages to build, comma-separated ('' for none)")
    parser.add_argument("--package-dir", action="append", default=[], metavar="NAME=DIR",
                        help="also build a package of your own (an unpacked sdist) as NAME; "
                             "repeatable")
    parser.add_argument("--ways", default=",".join(WAYS),
                        help=f"comma-separated, of {', '.join(ALL_WAYS)} (default: %(default)s)")
    parser.add_argument("--python-versions", default=",".join(DEFAULT_PYTHONS))
    parser.add_argument("--jobs", type=int, help="wheelwright --jobs (default: its own auto)")
    parser.add_argument("--scale", type=float, default=1.0, help="source size factor")
    parser.add_argument("--cli", default=os.path.join(REPO, "dist", "cli.js"),
                        help="wheelwright's bundled CLI (copied into --work at the start)")
    parser.add_argument("--no-overhead", dest="overhead", action="store_false",
                        help="skip measuring pip wheel of an empty extension per interpreter")
    add_run_options(parser, os.path.join(HERE, "results.json"), quiet_wait=60, retries=2)
    args = parser.parse_args()

    if args.report:
        with open(args.report) as f:
            data = json.load(f)
        data["summary"] = summarize(data["results"], data["machine"]["cores"])
        print(markdown(data))
        return

    args.work = os.path.abspath(args.work)
    args.python_versions = args.python_versions.split(",")
    ways = args.ways.split(",")
    generated = [n for n in args.packages.split(",") if n]
    own = dict(own_package(spec) for spec in args.package_dir)
    for way in ways:
        if way not in RUNNERS:
            sys.exit(f"run.py: unknown way {way!r} (expected {', '.join(ALL_WAYS)})")
    os.makedirs(args.work, exist_ok=True)
    # a snapshot of the CLI, so that a rebuild of dist/ during the benchmark changes nothing
    cli = os.path.join(args.work, "cli.mjs")
    shutil.copyfile(args.cli, cli)

    parent = own_memory_cgroup() if os.geteuid() == 0 else None
    if parent is None:
        log("no cgroup v1 memory controller to use (or not root): peak memory is left out")
    base_env = clean_env()

    manifest = {}
    if generated:
        log(f"generating packages into {args.work}/packages")
        manifest = packages.generate(os.path.join(args.work, "packages"), generated, args.scale)
    dirs = {**{n: os.path.join(args.work, "packages", n) for n in generated}, **own}
    names = list(dirs)
    machine = machine_facts(args.python_versions, cli, {"cython": ["cython3", "--version"]})
    log(f"{machine['cores']} CPUs; {', '.join(machine['pythons'].values())}")

    data = {
        "started": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": machine,
        "settings": {"repeats": args.repeats, "ways": ways, "packages": names,
                     "pythons": args.python_versions, "wheelwright_jobs": args.jobs or "auto",
                     "naive_jobs": cpu_count(), "scale": args.scale,
                     "quiet_wait_s": args.quiet_wait},
        "packages": {**{n: packages.describe(manifest[n]) for n in generated},
                     **{n: describe_own(d) for n, d in own.items()}},
        "results": [],
    }
    total_started = time.monotonic()
    if args.overhead:
        wait_for_quiet(args.quiet_wait)
        data["overhead"] = measure_overhead(args, base_env,
                                            backend="wheelwright-backend" in ways)
        log("per-build overhead (pip wheel of an empty extension): " + ", ".join(
            f"{interpreter_id(p)} {o['wall_s']:.2f} s wall, {o['cpu_s']:.2f} s CPU"
            + (f" (backend call: {o['backend_wall_s']:.2f} s, {o['backend_cpu_s']:.2f} s)"
               if "backend_cpu_s" in o else "")
            for p, o in data["overhead"].items()))
    for rep in range(args.repeats):
        order = ways[rep % len(ways):] + ways[:rep % len(ways)]
        for name in names:
            for way in order:
                # another job took more than --max-foreign of the machine meanwhile: the wall
                # time says little; keep the run in the data, but measure it again
                result, attempts = least_disturbed(
                    lambda attempt: measure(way, name, dirs[name],
                                            rep, attempt, args, parent, base_env, cli),
                    machine["cores"], args.max_foreign, args.retries,
                    lambda r: log(f"rep {rep + 1}/{args.repeats} {name:<10} {way:<11} disturbed: "
                                  f"others used {r['foreign_cpu_s']:.1f} s of CPU in "
                                  f"{r['wall_s']:.1f} s; again"))
                data["results"].extend(attempts)
                extra = ""
                if is_wheelwright(way) and "compile_cpu_s" in result:
                    extra = (f", compile+link CPU {result['compile_cpu_s'] + result['link_cpu_s']:.1f} s"
                             f" ({result['compiles']} compiles, {result['links']} links)")
                log(f"rep {rep + 1}/{args.repeats} {name:<10} {way:<11} "
                    f"{'ok ' if result['ok'] else 'FAILED'} wall {result['wall_s']:6.1f} s, "
                    f"CPU {result['cpu_s']:6.1f} s, peak {mib(result['peak_bytes'])}, "
                    f"others' CPU {result['foreign_cpu_s']:.1f} s{extra}"
                    + (f" — {'; '.join(result['failures'])}" if result["failures"] else ""))
                data["summary"] = summarize(data["results"], machine["cores"])
                data["elapsed_s"] = round(time.monotonic() - total_started, 1)
                with open(args.out, "w") as f:
                    json.dump(data, f, indent=1)
    log(f"done in {data['elapsed_s'] / 60:.1f} min; results in {args.out}")
    print()
    print(markdown(data))


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    main()
