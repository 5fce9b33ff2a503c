#!/usr/bin/python3
"""Launcher benchmarks (issue 5): the compiler launcher's overhead per compile, and the object
cache cold, warm and against ccache. Method: README.md here; the two benchmarks: overhead.py,
cache_runs.py.

Usage:
  /usr/bin/python3 bench/launcher/run.py                  # both (~20 min)
  /usr/bin/python3 bench/launcher/run.py --repeats 1 --extensions 4 --cache-packages virtbind
                                                          # smoke test (~3 min)
  /usr/bin/python3 bench/launcher/run.py --report bench/launcher/results.json

Needs node >= 20, gcc, ccache, Debian's python3 with setuptools and wheel (cython3 only to
generate the cyfast package).
"""

import argparse
import datetime
import json
import os
import shutil
import signal
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "build"))
import cache_runs  # noqa: E402
import overhead  # noqa: E402
import packages  # noqa: E402
import tinyfiles  # noqa: E402
from common.machine import REPO, machine_facts  # noqa: E402
from common.runs import add_run_options, clean_env, least_disturbed, log  # noqa: E402


def tables(data):
    parts = []
    if data.get("overhead"):
        parts.append(overhead.markdown(data["overhead"], data["tiny_package"]))
    if data.get("cache"):
        parts.append(cache_runs.markdown(data["cache"], data.get("packages", {})))
    others = [r["foreign_cpu_s"] / r["wall_s"] for r in data["results"]]
    if others:
        parts.append(f"Others' CPU during the runs: {min(others):.2f}–{max(others):.2f} CPUs "
                     f"(median {sorted(others)[len(others) // 2]:.2f}) of "
                     f"{data['machine']['cores']}.")
    return "\n\n".join(parts)


def summarize(data):
    results = data["results"]
    data["overhead"] = overhead.summarize([r for r in results if r["bench"] == "overhead"])
    data["cache"] = cache_runs.summarize([r for r in results if r["bench"] == "cache"])


def main():
    parser = argparse.ArgumentParser(description="the compiler launcher's overhead and object cache")
    parser.add_argument("--benchmarks", default="overhead,cache")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--jobs", default="1,2",
                        help="overhead: each value is --jobs for wheelwright and build_ext "
                             "--parallel for pip (default: %(default)s)")
    parser.add_argument("--extensions", type=int, default=20, help="overhead: tiny package's "
                        "extensions (default: %(default)s)")
    parser.add_argument("--files", type=int, default=15,
                        help="overhead: sources per extension (default: %(default)s)")
    parser.add_argument("--cache-packages", default="virtbind,cyfast",
                        help="cache: packages from bench/build/packages.py")
    parser.add_argument("--cache-ways", default=",".join(cache_runs.WAYS))
    parser.add_argument("--cache-jobs", type=int, default=2)
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--cli", default=os.path.join(REPO, "dist", "cli.js"),
                        help="wheelwright's bundled CLI (copied into --work at the start)")
    parser.add_argument("--work", default=os.path.join(HERE, "work"))
    add_run_options(parser, os.path.join(HERE, "results.json"), quiet_wait=30, retries=1)
    args = parser.parse_args()

    if args.report:
        with open(args.report) as f:
            data = json.load(f)
        summarize(data)
        print(tables(data))
        return

    args.work = os.path.abspath(args.work)
    os.makedirs(args.work, exist_ok=True)
    cli = os.path.join(args.work, "cli.mjs")  # a snapshot: a rebuild of dist/ changes nothing
    shutil.copyfile(args.cli, cli)
    benchmarks = args.benchmarks.split(",")
    names = args.cache_packages.split(",") if "cache" in benchmarks else []
    tiny = os.path.join(args.work, "tinyfiles")
    shutil.rmtree(tiny, ignore_errors=True)
    sources = tinyfiles.generate(tiny, args.extensions, args.files)
    manifest = packages.generate(os.path.join(args.work, "packages"), names) if names else {}
    machine = machine_facts([args.python], cli, {"ccache": ["ccache", "--version"]})
    ctx = {"work": args.work, "cli": cli, "python": args.python, "env": clean_env(),
           "quiet_wait": args.quiet_wait, "packages": os.path.join(args.work, "packages"),
           "jobs": args.cache_jobs}
    data = {
        "started": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": machine, "settings": vars(args),
        "tiny_package": f"{args.extensions} extensions × {args.files} files = {sources} "
                        f"compiles, {args.extensions} links, {args.python}",
        "packages": {n: packages.describe(manifest[n]) for n in names},
        "results": [],
    }
    started = time.monotonic()

    def record(measure_once, label):
        chosen, attempts = least_disturbed(
            measure_once, machine["cores"], args.max_foreign, args.retries,
            lambda r: log(f"{label} disturbed: others used {r['foreign_cpu_s']:.1f} s of CPU "
                          f"in {r['wall_s']:.1f} s; again"))
        data["results"].extend(attempts)
        summarize(data)
        data["elapsed_s"] = round(time.monotonic() - started, 1)
        with open(args.out, "w") as f:
            # compact: every compile's times are in it, which indented would be ~4 times larger
            json.dump(data, f, separators=(",", ":"))
        return chosen

    for rep in range(args.repeats):
        if "overhead" in benchmarks:
            for jobs in [int(j) for j in args.jobs.split(",")]:
                order = overhead.WAYS if rep % 2 == 0 else overhead.WAYS[::-1]
                for way in order:
                    record(lambda attempt: overhead.measure_one(ctx, tiny, jobs, rep, way, attempt),
                           f"overhead {way} jobs {jobs}")
        for name in names:
            for way in args.cache_ways.split(","):
                record(lambda attempt: cache_runs.measure_one(ctx, name, way, rep, attempt),
                       f"cache {name} {way}")
    log(f"done in {data['elapsed_s'] / 60:.1f} min; results in {args.out}")
    print()
    print(tables(data))


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    main()
