"""Benchmark 2: wheelwright's object cache cold and warm, against ccache.

For each package and repetition, in this order (a warm run needs the cold run before it):

  pip            plain `pip wheel`, no cache: the reference for ccache
  ccache-cold    `pip wheel` with CC="ccache gcc" and a fresh CCACHE_DIR
  ccache-warm    the same again, same CCACHE_DIR, fresh copy of the tree
  ww-nocache     wheelwright --cache false: the reference for its cache
  ww-cold        wheelwright --cache true, fresh --cache-dir
  ww-warm        the same again, same --cache-dir, fresh copy of the tree
  ww+ccache-cold wheelwright --cache false with CC="ccache gcc", fresh CCACHE_DIR
  ww+ccache-warm the same again

Every run builds from a fresh copy of the package put at the same path, with the same TMPDIR,
so compile directories repeat from cold to warm (both caches hash the directory of a -g
compile). Hits: wheelwright's journal (cacheHit), `ccache --print-stats` (zeroed before each
run).
"""

import os
import shutil
import subprocess

from common.runs import copy_package, med
from measure import build, log_result

# runner; the wheelwright --cache-dir and CCACHE_DIR a way uses (under the repetition's
# directory); wheelwright's --cache; whether the way starts with those directories empty
WAYS = {
    "pip": {"runner": "pip", "fresh": True},
    "ccache-cold": {"runner": "pip", "ccache": "ccache-pip", "fresh": True},
    "ccache-warm": {"runner": "pip", "ccache": "ccache-pip"},
    "ww-nocache": {"runner": "wheelwright", "cache_dir": "ww-nocache", "fresh": True},
    "ww-cold": {"runner": "wheelwright", "cache_dir": "ww-cache", "cache": True, "fresh": True},
    "ww-warm": {"runner": "wheelwright", "cache_dir": "ww-cache", "cache": True},
    "ww+ccache-cold": {"runner": "wheelwright", "cache_dir": "ww-ccache", "ccache": "ccache-ww",
                       "fresh": True},
    "ww+ccache-warm": {"runner": "wheelwright", "cache_dir": "ww-ccache", "ccache": "ccache-ww"},
}
CCACHE_CC = "ccache gcc"


def ccache_stats(ccache_dir):
    done = subprocess.run(["ccache", "--print-stats"], capture_output=True, text=True,
                          env=dict(os.environ, CCACHE_DIR=ccache_dir))
    stats = dict(line.split("\t", 1) for line in done.stdout.splitlines() if "\t" in line)
    hits = int(stats.get("direct_cache_hit", 0)) + int(stats.get("preprocessed_cache_hit", 0))
    return {"hits": hits, "direct_hits": int(stats.get("direct_cache_hit", 0)),
            "misses": int(stats.get("cache_miss", 0))}


def measure_one(ctx, name, way, rep, attempt):
    root = os.path.join(ctx["work"], "cache", name, f"rep{rep + 1}")
    # the package at one path for every run of this package, copied afresh each time
    package = os.path.join(ctx["work"], "cache", name, "package")
    shutil.rmtree(package, ignore_errors=True)
    copy_package(os.path.join(ctx["packages"], name), package)
    how = WAYS[way]
    cache_dir = os.path.join(root, how.get("cache_dir", "unused"))
    ccache_dir = how.get("ccache") and os.path.join(root, how["ccache"])
    if how.get("fresh"):  # a cold run measured again must be cold again
        shutil.rmtree(cache_dir, ignore_errors=True)
        if ccache_dir:
            shutil.rmtree(ccache_dir, ignore_errors=True)
    env = {}
    if ccache_dir:
        env = {"CC": CCACHE_CC, "CCACHE_DIR": ccache_dir}
        os.makedirs(ccache_dir, exist_ok=True)
        subprocess.run(["ccache", "-z"], env=dict(os.environ, CCACHE_DIR=ccache_dir),
                       stdout=subprocess.DEVNULL, check=True)
    tag = f"cache-{name}-{way}-{rep + 1}-{attempt + 1}"
    result, _, _ = build({
        "way": how["runner"], "package": package, "jobs": ctx["jobs"], "env": env,
        "cache": how.get("cache", False),
        "cache_dir": cache_dir, "run_dir": os.path.join(ctx["work"], "runs", tag),
        "tmp": os.path.join(ctx["work"], "tmp", f"cache-{name}"),
    }, ctx)
    result.update(bench="cache", package=name, way=way, rep=rep)
    if ccache_dir:
        result["ccache"] = ccache_stats(ccache_dir)
    hits = result["ccache"]["hits"] if ccache_dir else None
    if how.get("cache"):
        hits = result.get("journal", {}).get("hits")
    log_result(f"cache rep {rep + 1} {name:<9} {way:<14}", result,
               "" if hits is None else f", {hits} hits")
    return result


def summarize(results):
    summary = {}
    for name in sorted({r["package"] for r in results}):
        entries = {}
        for way in WAYS:
            runs = [r for r in results if r["package"] == name and r["way"] == way
                    and not r.get("superseded")]
            ok = [r for r in runs if r["ok"]]
            if not runs:
                continue
            e = {k: med([r[k] for r in ok]) for k in
                 ("wall_s", "cpu_s", "phase_span_s", "before_first_s", "after_last_s")}
            e.update(runs=len(runs), ok=len(ok), compiles=med([r["compiles"] for r in ok]),
                     foreign_cpu_s=med([r["foreign_cpu_s"] for r in runs]),
                     disturbed=sum(1 for r in runs if r.get("disturbed")))
            if any("journal" in r for r in ok):
                e["journal_wall_sum_s"] = med([r["journal"]["wall_sum_s"] for r in ok])
            if WAYS[way].get("cache"):
                e["hits"] = med([r["journal"]["hits"] for r in ok])
            elif WAYS[way].get("ccache"):
                e["hits"] = med([r["ccache"]["hits"] for r in ok])
            entries[way] = e
        for cold, warm in (("ww-cold", "ww-warm"), ("ccache-cold", "ccache-warm"),
                           ("ww+ccache-cold", "ww+ccache-warm")):
            c, w = entries.get(cold), entries.get(warm)
            if c and w and c["wall_s"] and w["wall_s"]:
                w["speedup_wall"] = c["wall_s"] / w["wall_s"]
                w["speedup_phase"] = c["phase_span_s"] / w["phase_span_s"]
        summary[name] = entries
    return summary


def seconds(value):
    return "–" if value is None else f"{value:.2f} s"


def markdown(summary, descriptions):
    lines = []
    for name, entries in summary.items():
        lines += [f"#### Object cache: {name}\n"]
        if descriptions.get(name):
            lines.append(descriptions[name] + "\n")
        lines += ["| way | wall | CPU, all processes | compile+link phase | journal compile+link "
                  "wall (sum) | before the first compile | after the last link | cache hits "
                  "| warm speed-up, wall / phase | others' CPU | runs ok |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for way, e in entries.items():
            hits = "–" if e.get("hits") is None else f"{e['hits']:.0f}/{e['compiles']:.0f}"
            speedup = (f"**{e['speedup_wall']:.2f}× / {e['speedup_phase']:.2f}×**"
                       if "speedup_wall" in e else "")
            runs = f"{e['ok']}/{e['runs']}" + (f", {e['disturbed']} disturbed" if e["disturbed"] else "")
            lines.append(f"| {way} | {seconds(e['wall_s'])} | {seconds(e['cpu_s'])} "
                         f"| {seconds(e['phase_span_s'])} | {seconds(e.get('journal_wall_sum_s'))} "
                         f"| {seconds(e['before_first_s'])} | {seconds(e['after_last_s'])} "
                         f"| {hits} | {speedup} | {seconds(e['foreign_cpu_s'])} | {runs} |")
        lines.append("")
    return "\n".join(lines)
