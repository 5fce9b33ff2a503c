"""Benchmark of issue 16's object cache, direct key: what the cache costs a cold build, and what
a warm rebuild costs against ccache's.

  pillow  Pillow from Debian's source, one interpreter, wheelwright's defaults with
          --verify false, from a fresh copy each time: cold with the cache on (a fresh
          --cache-dir) against --cache false, interleaved (which goes first alternates), best
          of --repeats each. Target: cache on <= 1.05x cache off.
  lxml    lxml from Debian's source: one cold build each to fill wheelwright's cache and
          ccache's (Debian's ccache, CC="ccache gcc", pip wheel with build_ext --parallel 2),
          then warm rebuilds of a fresh copy of the same tree side by side, interleaved,
          best of --repeats each: wheelwright --verify false --repair-command off (pip wheel
          repairs nothing either) against ccache. Target: wheelwright <= 1.1x ccache.

Every run records the machine's load (/proc/loadavg before and after) and the CPU other
processes used meanwhile: other sessions compile on this machine at the same time.

  /usr/bin/python3 bench/launcher/direct_key.py [--benchmarks pillow,lxml] [--repeats 3]

Sources: --pillow DIR / --lxml DIR, else /var/cache/wheelwright-test-sources (what .ci/run
unpacks with apt-get source), else `apt-get source` into the work directory. Writes
bench/launcher/results-direct-key.json and prints the tables for RESULTS.md.
"""

import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from common.machine import machine_facts  # noqa: E402
from common.runs import (Timed, clean_env, epoch, log, parallel_config,  # noqa: E402
                         pip_wheel, read_jsonl, wheelwright_build)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SOURCES = "/var/cache/wheelwright-test-sources"


def source_tree(name, given, work):
    """The unpacked Debian source of `name`: given, unpacked by .ci/run, or fetched now."""
    if given:
        return given
    trees = sorted(glob.glob(os.path.join(SOURCES, f"{name}-*/setup.py")))
    if trees:
        return os.path.dirname(trees[-1])
    into = os.path.join(work, "sources")
    os.makedirs(into, exist_ok=True)
    subprocess.run(["apt-get", "source", name], cwd=into, check=True)
    return os.path.dirname(sorted(glob.glob(os.path.join(into, f"{name}-*/setup.py")))[-1])


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def fresh_copy(source, at):
    shutil.rmtree(at, ignore_errors=True)
    shutil.copytree(source, at, symlinks=True)


def run(tag, argv, env, cwd, run_dir):
    """One timed command; its output goes to run_dir/log."""
    shutil.rmtree(run_dir, ignore_errors=True)
    os.makedirs(run_dir)
    load_before = loadavg()
    with open(os.path.join(run_dir, "log"), "w") as logf, Timed() as timed:
        code = subprocess.call(argv, env=env, cwd=cwd, stdout=logf, stderr=subprocess.STDOUT)
    result = dict(timed.figures(), way=tag, ok=code == 0, load_before=load_before,
                  load_after=loadavg(), started_epoch=timed.started_epoch,
                  ended_epoch=timed.ended_epoch)
    log(f"{tag:<16} {'ok' if code == 0 else f'FAILED ({code})'} {result['wall_s']:7.2f} s wall, "
        f"{result['cpu_s']:6.2f} s CPU, others {result['foreign_cpu_s']:6.2f} s, "
        f"load {load_before} -> {result['load_after']}")
    return result


def journal_figures(report_dir):
    compiles = [r for r in read_jsonl(os.path.join(report_dir, "journal.jsonl"))
                if r["kind"] == "compile" and r["attempt"] == 1]
    return {"compiles": len(compiles), "hits": sum(1 for r in compiles if r["cacheHit"]),
            "direct": sum(1 for r in compiles if r.get("cacheKey") == "direct"),
            "preprocessed": sum(1 for r in compiles if r.get("cacheKey") == "preprocessed"),
            "fallbacks": sorted({r["cacheFallback"] for r in compiles if r.get("cacheFallback")})}


def mtimes(root, suffix):
    return [os.stat(os.path.join(d, name)).st_mtime for d, _, names in os.walk(root)
            for name in names if name.endswith(suffix)]


def timeline(result, out, report_dir=None, tree=None):
    """When, in seconds from the run's start, the first object was in place, the last link ended,
    the wheel was written and (wheelwright) the pipeline started and the report was written: from
    the journal and report.json for wheelwright, from the files' modification times for pip with
    ccache (which builds in the tree: its objects and extensions stay under build/). Nothing is
    instrumented."""
    marks = {"wheel": mtimes(out, ".whl")}
    if report_dir:
        commands = read_jsonl(os.path.join(report_dir, "journal.jsonl"))
        ends = [(c["kind"], epoch(c["startedAt"]) + c["wallMs"] / 1000) for c in commands]
        marks["first_object"] = [t for kind, t in ends if kind == "compile"]
        marks["last_link"] = [t for kind, t in ends if kind == "link"]
        try:
            with open(os.path.join(report_dir, "report.json")) as f:
                report = json.load(f)
            marks["pipeline"] = [epoch(report["startedAt"])]
            marks["report"] = [marks["pipeline"][0] + report["durationMs"] / 1000]
        except (OSError, ValueError, KeyError):
            pass
    else:
        marks["first_object"] = mtimes(os.path.join(tree, "build"), ".o")
        marks["last_link"] = mtimes(os.path.join(tree, "build"), ".so")
    pick = {"first_object": min}
    return {f"{name}_at_s": round(pick.get(name, max)(times) - result["started_epoch"], 3)
            for name, times in marks.items() if times}


def wheelwright(ctx, tag, package, cache, cache_dir, extra=()):
    run_dir = os.path.join(ctx["work"], "runs", tag)
    out, report = os.path.join(run_dir, "out"), os.path.join(run_dir, "report")
    argv = wheelwright_build(ctx["cli"], package, [ctx["python"]], out, report, cache_dir,
                             extra=["--cache", "true" if cache else "false", *extra])
    result = run(tag, argv, ctx["env"], REPO, run_dir)
    result.update(journal_figures(report), timeline=timeline(result, out, report_dir=report))
    return result


def pillow(ctx, source):
    package = os.path.join(ctx["work"], "pillow")
    results = []
    for rep in range(ctx["repeats"]):
        order = ["cache-on", "cache-off"] if rep % 2 == 0 else ["cache-off", "cache-on"]
        for way in order:
            fresh_copy(source, package)
            cache_dir = os.path.join(ctx["work"], f"pillow-{way}-cache")
            shutil.rmtree(cache_dir, ignore_errors=True)
            result = wheelwright(ctx, f"pillow-{way}-{rep + 1}", package, way == "cache-on",
                                 cache_dir)
            results.append(dict(result, bench="pillow", ratio_way=way, rep=rep + 1))
    return results


def lxml(ctx, source):
    package = os.path.join(ctx["work"], "lxml")
    ww_cache = os.path.join(ctx["work"], "lxml-ww-cache")
    ccache_dir = os.path.join(ctx["work"], "lxml-ccache")
    for d in (ww_cache, ccache_dir):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(ccache_dir)
    ccache_env = dict(ctx["env"], CC="ccache gcc", CCACHE_DIR=ccache_dir,
                      **parallel_config(ctx["work"], 2))
    out = os.path.join(ctx["work"], "runs", "lxml-pip-out")

    def ccache_build(tag):
        fresh_copy(source, package)
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run(["ccache", "-z"], env=ccache_env, stdout=subprocess.DEVNULL, check=True)
        result = run(tag, pip_wheel(ctx["python"], package, out), ccache_env, package,
                     os.path.join(ctx["work"], "runs", tag))
        stats = subprocess.run(["ccache", "--print-stats"], env=ccache_env, capture_output=True,
                               text=True).stdout
        counts = dict(line.split("\t", 1) for line in stats.splitlines() if "\t" in line)
        result["hits"] = int(counts.get("direct_cache_hit", 0)) + int(
            counts.get("preprocessed_cache_hit", 0))
        result["misses"] = int(counts.get("cache_miss", 0))
        result["timeline"] = timeline(result, out, tree=package)
        return result

    def ww_build(tag):
        fresh_copy(source, package)
        return wheelwright(ctx, tag, package, True, ww_cache, ["--repair-command", "off"])

    results = [dict(ww_build("lxml-ww-cold"), bench="lxml", ratio_way="cold"),
               dict(ccache_build("lxml-ccache-cold"), bench="lxml", ratio_way="cold")]
    for rep in range(ctx["repeats"]):
        ways = [("ww", ww_build), ("ccache", ccache_build)]
        for way, build in ways if rep % 2 == 0 else ways[::-1]:
            results.append(dict(build(f"lxml-{way}-warm-{rep + 1}"), bench="lxml",
                                ratio_way=way, rep=rep + 1))
    return results


def ok_runs(results, bench, way):
    return [r for r in results if r["bench"] == bench and r["ratio_way"] == way and r["ok"]]


def best(results, bench, way):
    runs = ok_runs(results, bench, way)
    return min(runs, key=lambda r: r["wall_s"]) if runs else None


def median(results, bench, way):
    return statistics.median(r["wall_s"] for r in ok_runs(results, bench, way))


def tables(results):
    lines = []
    for bench, ways, target in (("pillow", ("cache-on", "cache-off"), 1.05),
                                ("lxml", ("ww", "ccache"), 1.1)):
        runs = [r for r in results if r["bench"] == bench]
        if not runs:
            continue
        lines += [f"#### {bench}", "",
                  "| run | wall | CPU | others' CPU | load before → after | compiles | hits | "
                  "direct | preprocessed |", "|---|---:|---:|---:|---|---:|---:|---:|---:|"]
        for r in runs:
            lines.append(
                f"| {r['way']} | {r['wall_s']:.2f} s | {r['cpu_s']:.2f} s | "
                f"{r['foreign_cpu_s']:.2f} s | {r['load_before']} → {r['load_after']} | "
                f"{r.get('compiles', '–')} | {r.get('hits', '–')} | {r.get('direct', '–')} | "
                f"{r.get('preprocessed', '–')} |")
        a, b = (best(results, bench, w) for w in ways)
        if a and b:
            lines += ["", f"Best of each: {ways[0]} {a['wall_s']:.2f} s, {ways[1]} "
                          f"{b['wall_s']:.2f} s: **{a['wall_s'] / b['wall_s']:.2f}×** "
                          f"(target ≤ {target}×); medians {median(results, bench, ways[0]):.2f} s "
                          f"and {median(results, bench, ways[1]):.2f} s.", ""]
        timed = [r for r in runs if r.get("timeline")]
        if bench == "lxml" and timed:
            marks = ["pipeline", "first_object", "last_link", "wheel", "report"]
            lines += ["Seconds from each run's start: the pipeline starting (wheelwright), the first "
                      "object in place, the last link's end, the wheel written, the report "
                      "written (wheelwright), the run's end.", "",
                      "| run | pipeline | first object | last link | wheel | report | end |",
                      "|---|---:|---:|---:|---:|---:|---:|"]
            for r in timed:
                cells = [f"{r['timeline'][f'{m}_at_s']:.2f}" if f"{m}_at_s" in r["timeline"]
                         else "–" for m in marks]
                lines.append(f"| {r['way']} | {' | '.join(cells)} | {r['wall_s']:.2f} |")
            lines.append("")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--benchmarks", default="pillow,lxml")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--pillow")
    parser.add_argument("--lxml")
    # outside the checkout: the copies of Pillow and lxml hold JavaScript that tsc would check
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(),
                                                       "wheelwright-bench-direct-key"))
    parser.add_argument("--out", default=os.path.join(HERE, "results-direct-key.json"))
    parser.add_argument("--cli", default=os.path.join(REPO, "dist", "cli.js"),
                        help="the bundled CLI to measure (copied into the work directory)")
    parser.add_argument("--report", metavar="RESULTS_JSON")
    args = parser.parse_args()
    if args.report:
        with open(args.report) as f:
            print(tables(json.load(f)["results"]))
        return
    os.makedirs(args.work, exist_ok=True)
    cli = os.path.join(args.work, "cli.js")
    shutil.copy(args.cli, cli)
    ctx = {"work": args.work, "cli": cli, "python": args.python, "repeats": args.repeats,
           "env": dict(clean_env(), TMPDIR=os.path.join(args.work, "tmp"))}
    os.makedirs(ctx["env"]["TMPDIR"], exist_ok=True)
    results = []
    benchmarks = args.benchmarks.split(",")
    if "pillow" in benchmarks:
        results += pillow(ctx, source_tree("pillow", args.pillow, args.work))
    if "lxml" in benchmarks:
        results += lxml(ctx, source_tree("lxml", args.lxml, args.work))
    facts = machine_facts([args.python], cli, {"ccache": ["ccache", "--version"]})
    with open(args.out, "w") as f:
        json.dump({"machine": facts, "results": results}, f, indent=1)
    print(tables(results))


if __name__ == "__main__":
    main()
