#!/usr/bin/python3
"""Does the largest function of a Cython C file explain what its calls do not? (RESULTS.md, "Round 5")

    /usr/bin/python3 functions.py --sources DIR [--sources DIR...] [--corpus DIR]

GCC compiles a translation unit function by function, so its peak could be whole-file data plus
the cost of its largest function (its GIMPLE and RTL, and with -g its variable-tracking tables).
This scans each Cython C file over 1 MB in real.csv (the sources as compiled: measure_real.py
--keep's copies, one DIR per package named as in real.csv) and the corpus's (corpus.py --out DIR),
matching braces outside comments and strings (tokens.py's tokens), with preprocessor lines left out:
Cython's module-init function has its name and parameters in #if branches. For each top-level
function it counts calls, tokens, `__pyx_t_N` temporaries and `__pyx_L` labels. Then, per debug
setting, over the fitted packages (the corpus, the eleven of round 3 and round 4's seven):
- the correlation of log(model's line / peak), with model.json's call lines, with each feature
  (the largest function's, per call of the file);
- fit.py's envelope planes over calls (and strings with -g) with each feature beside them: the
  fitted files' estimate / peak over 1 MB, and the leave-one-out safety factor; with --live, over
  the calls of the functions GCC compiles (tokens.py's count_live_calls) instead.
"""

import argparse
import csv
import json
import math
import os
import re
import sys

import numpy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fit  # noqa: E402
from tokens import NOT_CALLS, code_tokens, count_live_calls  # noqa: E402

PREPROCESSOR = re.compile(rb"(?m)^[ \t]*#(?:[^\n]*\\\n)*[^\n]*")
ROUND3_HELD_OUT = ("oracledb", "pygame", "uvloop", "regex", "psutil")
FEATURES = ("max_tokens", "max_calls", "max_temps", "max_labels", "init_calls", "top5_calls",
            "sum_sq_calls")


def functions(source):
    """Every top-level brace block that follows a closing parenthesis: name, tokens, calls,
    temporaries and labels."""
    found, depth, prev, name, current = [], 0, b"", b"", None
    for i, t in enumerate(code_tokens(PREPROCESSOR.sub(b"", source))):
        if t == b"{":
            if depth == 0:
                current = {"name": name, "start": i, "is_function": prev == b")", "calls": 0,
                           "temps": set(), "labels": 0}
            depth += 1
        elif t == b"}":
            depth -= 1
            if depth == 0 and current and current["is_function"]:
                found.append({**current, "tokens": i - current["start"],
                              "temps": len(current["temps"])})
        elif depth > 0 and current is not None:
            if t == b"(" and re.match(rb"[A-Za-z_]", prev) and prev not in NOT_CALLS:
                current["calls"] += 1
            elif t.startswith(b"__pyx_t_"):
                current["temps"].add(t)
            elif t == b":" and prev.startswith(b"__pyx_L"):
                current["labels"] += 1
        elif t == b"(" and re.match(rb"[A-Za-z_]", prev):
            name = prev
        prev = t
    return found


def features(source):
    fns = functions(source)
    largest = max(fns, key=lambda f: f["tokens"])
    init = [f for f in fns if f["name"].startswith(b"__pyx_pymod_exec_")]
    calls = sorted((f["calls"] for f in fns), reverse=True)
    return {"largest": largest["name"].decode(), "max_tokens": largest["tokens"],
            "max_calls": calls[0], "max_temps": max(f["temps"] for f in fns),
            "max_labels": max(f["labels"] for f in fns),
            "init_calls": init[0]["calls"] if init else 0, "top5_calls": sum(calls[:5]),
            "sum_sq_calls": sum(c * c for c in calls)}


def load(sources, corpus):
    rows = []
    for r in csv.DictReader(open(os.path.join(HERE, "measurements.csv"))):
        if (r["returncode"] == "0" and r["flags"] in ("-O2", "-O2 -g") and r["lang"] == "c"
                and r["cython_generated"] in ("1", "True") and corpus):
            rows.append({"name": r["name"], "path": os.path.join(corpus, "src", r["name"] + ".c"),
                         "debug": int(r["debug"]), "peak": int(r["peak_rss_bytes"])})
    counts = {r["name"]: r for r in csv.DictReader(open(os.path.join(HERE, "tokens.csv")))}
    for r in rows:
        r.update(calls=int(counts[r["name"]]["calls"]), strings=int(counts[r["name"]]["strings"]))
    trees = {os.path.basename(os.path.normpath(d)): d for d in sources}
    for r in csv.DictReader(open(os.path.join(HERE, "real.csv"))):
        if r["cython"] == "1" and r["lang"] == "c" and r["package"] in trees:
            rows.append({"name": f"{r['package']}/{r['file']}",
                         "path": os.path.join(trees[r["package"]], r["file"]),
                         "debug": int(r["debug"]), "peak": int(r["peak_rss_bytes"]),
                         "calls": int(r["calls"]), "strings": int(r["strings"] or 0)})
    cache = {}
    kept = []
    for r in rows:
        if not os.path.exists(r["path"]):
            continue
        if r["path"] not in cache:
            source = open(r["path"], "rb").read()
            cache[r["path"]] = {"bytes": len(source), "live_calls": count_live_calls(source),
                                **features(source)}
        kept.append({**r, **cache[r["path"]]})
    return kept


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", action="append", default=[],
                    help="a package's sources as compiled, named as in real.csv")
    ap.add_argument("--corpus", help="corpus.py --out DIR")
    ap.add_argument("--hold-out-packages", default=",".join(ROUND3_HELD_OUT))
    ap.add_argument("--live", action="store_true",
                    help="planes over the live functions' calls (tokens.py count_live_calls) in "
                         "place of every call")
    ap.add_argument("--leave-out", default="",
                    help="a file (package/path, as in real.csv) left out with -g: h5py/h5py/h5t.c")
    args = ap.parse_args()
    held = tuple(filter(None, args.hold_out_packages.split(",")))
    rows = [r for r in load(args.sources, args.corpus) if not r["name"].startswith(held)
            and not (r["debug"] and args.leave_out and r["name"].endswith(args.leave_out))]
    model = json.load(open(os.path.join(HERE, "model.json")))
    for debug in (0, 1):
        group = next(g for g in model["groups"]
                     if g["lang"] == "c" and g["cython"] and g["debug"] == bool(debug))
        lines = [(l["base_bytes"], l["slope_bytes_per_call"], l.get("slope_bytes_per_string", 0))
                 for l in group["calls"]["lines"]]
        sel = [r for r in rows if r["debug"] == debug]
        large = [r for r in sel if r["bytes"] > fit.LARGE_BYTES]
        print(f"\n-g{'' if debug else '0'}: {len(sel)} fitted Cython C files, {len(large)} over 1 MB")
        for r in sorted(large, key=lambda r: r["bytes"]):
            line = min(a + b * r["calls"] + c * r["strings"] for a, b, c in lines)
            r["log_ratio"] = math.log(line / r["peak"])
            print(f"  {r['name'][-46:]:46s} {r['calls']:6d} calls {r['peak'] / fit.MiB:5.0f} MiB "
                  f"line/peak {line / r['peak']:.2f}  largest {r['largest'][:34]:34s} "
                  f"{r['max_tokens']:6d} tokens {r['max_calls']:5d} calls, "
                  f"{r['live_calls'] / r['calls']:.0%} of the file's calls live")
        y = numpy.array([r["log_ratio"] for r in large])
        for k in FEATURES:
            x = numpy.array([r[k] / r["calls"] for r in large])
            print(f"  r(log line/peak, {k} per call) = {numpy.corrcoef(x, y)[0, 1]:+.2f}")
        calls = "live_calls" if args.live else "calls"
        base = (calls, "strings") if debug else (calls,)
        for extra in ((),) + tuple((k,) for k in FEATURES):
            keys = base + extra
            pts = [(tuple(r[k] for k in keys), r["peak"], r["bytes"]) for r in sel]

            def fitter(p, n=len(keys)):
                feats, peaks = [q[0] for q in p], [q[1] for q in p]
                weights = [1.0 if q[2] > fit.LARGE_BYTES else 1e-6 for q in p]
                _, per_call = fit.envelope_fit([(f[0], y) for f, y in zip(feats, peaks)], "rel",
                                               weights)
                return [fit.envelope_plane(feats, peaks, [1.0] * len(p)),
                        fit.envelope_plane(feats, peaks, weights,
                                           [0.0, per_call / 2] + [0.0] * (n - 1))]
            planes = fitter(pts)
            ratios = [fit.predict_plane(planes, x) / y for x, y, s in pts if s > fit.LARGE_BYTES]
            lo = fit.loo(pts, fitter, fit.predict_plane)
            factor = round(1 + math.ceil(lo["max_rel_under"] * 20 - 1e-9) / 20, 2)
            print(f"  planes over {'+'.join(keys):30s} fitted over 1 MB {min(ratios):.2f}-"
                  f"{max(ratios):.2f}x, factor {factor}: {min(ratios) * factor:.2f}-"
                  f"{max(ratios) * factor:.2f}x")


if __name__ == "__main__":
    main()
