#!/usr/bin/python3
"""Fit the pre-compile peak-RSS model from measurements.csv -> model.json.

Model (what the planner knows before compiling a translation unit):

    group g = (lang in {c, c++}, cython_generated, debug (-g))
    peak_bytes = min over the lines of g of (base_bytes + slope * size_bytes)
    optional:   peak_bytes *= flag_multipliers[flags][lang]  (-O3, -flto, -O0)

Fitting, per group, on the -O2 / -O2 -g rows: two *upper envelope* lines,
each a linear program solved exactly by enumerating vertices (a, b >= 0 and
a + b*x >= y at every measured point):
  line 1 minimises the summed relative over-estimate  sum((pred - y) / y)
  line 2 minimises the summed absolute over-estimate  sum(pred - y)
Each line alone is an upper bound of every measured point, so their minimum
is too.  Under-estimation risks OOM, over-estimation only costs parallelism,
and groups have 3-13 points, so a 90 % quantile would be free to leave the
largest (most OOM-relevant) file uncovered.  For honesty the script also
reports single-line alternatives (each envelope line alone, and an upper
quantile tau = 0.9 fit) and a leave-one-out check (refit without each point,
predict it): the fair estimate of how often a *new* file is under-estimated.

The -O0, -O0 -g, -O3 and -O2 -flto rows give multipliers (per file: peak at
that flag set / peak at the matching -O2 / -O2 -g); "--param" rows give the
effect of GCC's garbage-collector settings; repeated rows the noise.

For C that Cython generated the groups also get lines over its calls (tokens.py), fitted on
the corpus and the real packages' compiles (real.csv) together: line 1 as above, line 2 the
envelope line tightest on the files over 1 MB (large_file_fit). With -g, Cython's C gets planes
over its calls and its string literals instead (large_file_plane_fit). Packages named by
--hold-out-packages are measured after the model was frozen and only reported
(groups[].held_out; groups[].large_files lists every file over 1 MB, fitted or held out).

Usage:  python3 fit.py [--csv measurements.csv] [--out model.json] [--markdown]
"""

import argparse
import csv
import json
import math
import os
import platform
import re
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MiB = 1024 * 1024


# --------------------------------------------------------------------------
# fitting

def envelope_fit(pts, objective="rel", weights=None):
    """Upper envelope line (a, b): a + b*x >= y at every point, a, b >= 0.

    objective "rel": minimise sum((a + b*x - y) / y)  (tight on small files)
    objective "abs": minimise sum(a + b*x - y)        (tight on large files)
    weights: per point, multiplying its term of the objective (default 1)

    A linear program in two variables: the optimum is at a vertex, i.e. a
    line through two points, a horizontal line through one point, or a line
    through the origin and one point, so enumerating those is exact."""
    cands = []
    for i, (xi, yi) in enumerate(pts):
        cands.append((yi, 0.0))                 # horizontal through i
        if xi > 0:
            cands.append((0.0, yi / xi))        # through origin and i
        for xj, yj in pts[i + 1:]:
            if xj != xi:
                b = (yj - yi) / (xj - xi)
                cands.append((yi - b * xi, b))
    best = None
    for a, b in cands:
        if a < 0 or b < 0:
            continue
        if any(a + b * x < y * (1 - 1e-12) for x, y in pts):
            continue
        w = weights or [1] * len(pts)
        if objective == "rel":
            cost = sum(wi * (a + b * x - y) / y for (x, y), wi in zip(pts, w))
        else:
            cost = sum(wi * (a + b * x - y) for (x, y), wi in zip(pts, w))
        if best is None or cost < best[0]:
            best = (cost, a, b)
    return best[1], best[2]


def two_line_fit(pts):
    """The model: peak = min(line_rel, line_abs).  Each line alone covers
    every measured point, so their minimum does too.  line_rel (minimum
    summed *relative* over-estimate) is tight on small files, line_abs
    (minimum summed *absolute* over-estimate) on large ones; together they
    follow the concave growth of GCC's peak RSS.  (Choosing the pair jointly
    to minimise the relative over-estimate of the minimum fits the points
    better but over-fits: in leave-one-out it under-estimated 50-100 % of
    held-out files, against 15-33 % for this sequential choice.)"""
    lines = {envelope_fit(pts, "rel"), envelope_fit(pts, "abs")}
    return sorted(lines, key=lambda l: l[1], reverse=True)  # steepest first


LARGE_BYTES = 1_000_000


def large_file_fit(pts):
    """The Cython groups' lines over calls: line 1 as two_line_fit's, line 2 the envelope line
    with the least summed relative over-estimate of the files over LARGE_BYTES alone (pts are
    (calls, peak, size_bytes)). With dozens of small real files in a group, two_line_fit's
    second line (least absolute over-estimate) follows the small files and over-estimates the
    large ones 1.5-3x; this one is tight where a compile's memory matters."""
    xy = [(x, y) for x, y, _ in pts]
    large = [1.0 if size > LARGE_BYTES else 1e-6 for _, _, size in pts]
    lines = {envelope_fit(xy, "rel"), envelope_fit(xy, "rel", large)}
    return sorted(lines, key=lambda l: l[1], reverse=True)


def envelope_plane(features, peaks, weights, least=None):
    """Upper envelope plane c: c . (1, *features) >= peak at every point, c >= least (0 unless
    given), with the least weighted summed relative over-estimate: a linear program in one
    variable per feature plus the base, solved by scipy's HiGHS (Debian's python3-scipy)."""
    from scipy.optimize import linprog
    rows = [(1.0, *f) for f in features]
    cost = [sum(w * r[k] / y for r, y, w in zip(rows, peaks, weights)) for k in range(len(rows[0]))]
    done = linprog(cost, A_ub=[[-v for v in r] for r in rows], b_ub=[-y for y in peaks],
                   bounds=[(low, None) for low in (least or [0.0] * len(cost))], method="highs")
    assert done.success, done.message
    return tuple(done.x)


def large_file_plane_fit(pts):
    """large_file_fit over calls and strings: pts are ((calls, strings), peak, size_bytes). Two
    planes: the least summed relative over-estimate over every point, and over the files over
    LARGE_BYTES alone (the others weigh 1e-6). The second must charge each call at least half
    what large_file_fit's second line over calls alone does: left free, it charged calls nothing
    and put everything on strings, which no mechanism supports and under which a file of many
    calls and few strings would fall (RESULTS.md, "Round 4")."""
    features = [p[0] for p in pts]
    peaks = [p[1] for p in pts]
    large = [1.0 if size > LARGE_BYTES else 1e-6 for _, _, size in pts]
    _, per_call = envelope_fit([(f[0], y) for f, y in zip(features, peaks)], "rel", large)
    planes = {envelope_plane(features, peaks, [1.0] * len(pts)),
              envelope_plane(features, peaks, large, [0.0, per_call / 2, 0.0])}
    return sorted(planes, key=lambda c: c[1], reverse=True)


def predict_plane(planes, features):
    return min(c[0] + sum(k * f for k, f in zip(c[1:], features)) for c in planes)


def quantile_fit(pts, tau=0.9):
    """For comparison: upper-quantile line with relative (1/y) weights,
    minimise sum(rho_tau((y - a - b*x) / y)); same vertex enumeration."""
    def loss(a, b):
        s = 0.0
        for x, y in pts:
            r = (y - (a + b * x)) / y
            s += tau * r if r >= 0 else (tau - 1) * r
        return s
    cands = [(y, 0.0) for _, y in pts]
    for i, (xi, yi) in enumerate(pts):
        for xj, yj in pts[i + 1:]:
            if xj != xi:
                b = (yj - yi) / (xj - xi)
                cands.append((yi - b * xi, b))
    cands = [(a, b) for a, b in cands if a >= 0 and b >= 0]
    return [min(cands, key=lambda ab: loss(*ab))]


def predict(lines, x):
    return min(a + b * x for a, b in lines)


def errors(pts, lines):
    rel = [(predict(lines, x) - y) / y for x, y in pts]  # >0: over-estimate
    under = [r for r in rel if r < -1e-9]
    return {
        "n": len(pts),
        "median_rel_err": round(statistics.median(abs(r) for r in rel), 4),
        "max_rel_err": round(max(abs(r) for r in rel), 4),
        "median_rel_over": round(statistics.median(rel), 4),
        "max_rel_over": round(max(rel), 4),
        "under_fraction": round(len(under) / len(rel), 4),
        "max_rel_under": round(-min(under), 4) if under else 0.0,
    }


def loo(pts, fitter, predictor=None):
    """Leave-one-out: refit without point i, predict point i.  The fair
    estimate of how a *new* file of this group is predicted."""
    rel = []
    for i in range(len(pts)):
        rest = pts[:i] + pts[i + 1:]
        if len(rest) < 2:
            continue
        x, y = pts[i][:2]
        rel.append(((predictor or predict)(fitter(rest), x) - y) / y)
    if not rel:
        return None
    under = [r for r in rel if r < -1e-9]
    return {
        "n": len(rel),
        "under_fraction": round(len(under) / len(rel), 4),
        "max_rel_under": round(-min(under), 4) if under else 0.0,
        "median_rel_err": round(statistics.median(abs(r) for r in rel), 4),
        "rel_errors": [round(r, 4) for r in rel],
    }


def least_squares(pts):
    n = len(pts)
    mx = sum(x for x, _ in pts) / n
    my = sum(y for _, y in pts) / n
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    b = sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else 0.0
    return my - b * mx, b


# --------------------------------------------------------------------------

def load(path):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        if r["returncode"] != "0":
            continue
        for k in ("size_bytes", "lines", "peak_rss_bytes", "obj_bytes", "rep",
                  "debug", "lto", "cython_generated"):
            r[k] = int(r[k])
        for k in ("wall_s", "cpu_s"):
            r[k] = float(r[k])
        out.append(r)
    return out


def load_real(path, tokens_path, corpus_rows):
    """The corpus's rows with their tokens and calls (tokens.csv), and real.csv's compiles as rows
    of the same shape: kind `real`, named package/file, at -O2 or -O2 -g as their build had -g or
    -g0."""
    with open(tokens_path) as f:
        counts = {r["name"]: r for r in csv.DictReader(f)}
    for r in corpus_rows:
        r["tokens"] = int(counts[r["name"]]["tokens"])
        r["calls"] = int(counts[r["name"]]["calls"])
        r["strings"] = int(counts[r["name"]]["strings"])
    with open(path) as f:
        real = list(csv.DictReader(f))
    return [{
        "name": f"{r['package']}/{r['file']}", "kind": "real", "lang": r["lang"],
        "cython_generated": int(r["cython"]), "size_bytes": int(r["size_bytes"]),
        "tokens": int(r["tokens"]), "calls": int(r["calls"]),
        "strings": int(r["strings"]) if r.get("strings") else None, "debug": int(r["debug"]),
        "flags": "-O2 -g" if r["debug"] == "1" else "-O2",
        "peak_rss_bytes": int(r["peak_rss_bytes"]), "cpu_s": float(r["cpu_s"]),
        "wall_s": float(r["cpu_s"]), "rep": 0, "lto": 0,
    } for r in real]


def max_over_reps(rows):
    """One value per (file, flags): the max peak RSS over repeats."""
    agg = {}
    for r in rows:
        key = (r["name"], r["flags"])
        if key not in agg or r["peak_rss_bytes"] > agg[key]["peak_rss_bytes"]:
            agg[key] = r
    return list(agg.values())


def machine_info():
    def first(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True
                                  ).stdout.splitlines()[0].strip()
        except Exception:
            return "?"
    cpu = "?"
    mem = 0
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f
                       if l.startswith("model name"))
        with open("/proc/meminfo") as f:
            mem = int(next(l.split()[1] for l in f
                           if l.startswith("MemTotal"))) * 1024
    except Exception:
        pass
    try:
        with open("/etc/debian_version") as f:
            debian = f.read().strip()
    except OSError:
        debian = "?"
    return {
        "os": f"Debian {debian}", "kernel": platform.release(),
        "arch": platform.machine(), "cpu": cpu, "cores": os.cpu_count(),
        "mem_total_bytes": mem, "python": platform.python_version(),
        "gcc": first(["gcc", "--version"]), "g++": first(["g++", "--version"]),
        "cython": (subprocess.run(["cython3", "--version"], capture_output=True,
                                  text=True).stderr.strip() or "?"),
    }


def group_name(g):
    return (f"{g['lang']}/{'cython' if g['cython'] else 'generic'}/"
            f"{'debug' if g['debug'] else 'nodebug'}")


def fmt_size(size):
    return f"{size / 1e6:.2f} MB" if size >= 1e6 else f"{size / 1e3:.1f} KB"


def print_markdown(rows, groups, multipliers, g_eff, gc_eff, noise):
    def mib(b):
        return f"{b / MiB:.0f}"
    order = ["-O0", "-O0 -g", "-O2", "-O2 -g", "-O3", "-O2 -flto"]
    first = {}
    for r in rows:
        first.setdefault(r["name"], r)
    names = sorted(first, key=lambda n: (first[n]["kind"], first[n]["size_bytes"]))
    by = {(r["name"], r["flags"]): r for r in rows}
    print("\n### Measurements (peak RSS MiB / CPU s)\n")
    print("| file | kind | lang | size | lines | " +
          " | ".join(f"{o}" for o in order) + " |")
    print("|" + "---|" * 5 + "---:|" * len(order))
    for n in names:
        r0 = first[n]
        cells = []
        for o in order:
            r = by.get((n, o))
            cells.append(f"{mib(r['peak_rss_bytes'])} / {r['cpu_s']:.1f}"
                         if r else "")
        print(f"| {n} | {r0['kind']} | {r0['lang']} | {fmt_size(r0['size_bytes'])} | "
              f"{r0['lines']} | " + " | ".join(cells) + " |")

    print("\n### Model coefficients and error (in-sample and leave-one-out)\n")
    print("| group | n | line 1: base MiB + slope B/B | line 2: base MiB + slope B/B |"
          " median rel err | max rel err | under-est. | LOO under-est. | "
          "LOO max under |")
    print("|---|---|---|---|---|---|---|---|---|")
    for g in groups:
        e, lo = g["error"], g["leave_one_out"] or {}
        ls = [f"{l['base_bytes'] / MiB:.1f} + {l['slope_bytes_per_source_byte']:.1f}"
              for l in g["lines"]] + ["(same)"]
        print(f"| {group_name(g)} | {e['n']} | {ls[0]} | {ls[1]} | "
              f"{e['median_rel_err']:.1%} | {e['max_rel_err']:.1%} | "
              f"{e['under_fraction']:.0%} | {lo.get('under_fraction', 0):.0%} | "
              f"{lo.get('max_rel_under', 0):.1%} |")

    print("\n### Files over 1 MB: the plan's estimate (with the safety factor) / peak\n")
    print("| group | set | file | size | calls | peak MiB | estimate MiB | ratio |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for g in groups:
        for f in g["large_files"]:
            print(f"| {group_name(g)} | {'fit' if f['fitted'] else '**held out**'} | "
                  f"{f['name']} | {f['size_bytes'] / 1e6:.2f} MB | {f['calls']} | "
                  f"{f['peak_rss_bytes'] / MiB:.0f} | {f['estimate_bytes'] / MiB:.0f} | "
                  f"{f['ratio']:.2f}x |")

    print("\n### Alternatives (same points): single-line fits\n")
    print("| group | fit | base MiB | slope B/B | median rel err | max rel over |"
          " under-est. | max under | LOO under-est. | LOO max under |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for g in groups:
        for alt_name, alt in g["alternatives"].items():
            e, lo = alt["error"], alt.get("leave_one_out") or {}
            print(f"| {group_name(g)} | {alt_name} | {alt['base_bytes'] / MiB:.1f} | "
                  f"{alt['slope_bytes_per_source_byte']:.1f} | "
                  f"{e['median_rel_err']:.1%} | {e['max_rel_over']:.1%} | "
                  f"{e['under_fraction']:.0%} | {e['max_rel_under']:.1%} | "
                  f"{lo.get('under_fraction', 0):.0%} | "
                  f"{lo.get('max_rel_under', 0):.1%} |")

    print("\n### Error of the model by kind (positive = over-estimate)\n")
    print("| group | kind | n | median rel err | max rel over-estimate |")
    print("|---|---|---|---|---|")
    for g in groups:
        for kind, e in g["error_by_kind"].items():
            print(f"| {group_name(g)} | {kind} | {e['n']} | "
                  f"{e['median_rel_err']:.1%} | {e['max_rel_over']:.1%} |")

    print("\n### Per-point predictions\n")
    print("| group | file | size | measured MiB | predicted MiB | error |")
    print("|---|---|---|---|---|---|")
    for g in groups:
        for p in g["points"]:
            err = (p["predicted_bytes"] - p["peak_rss_bytes"]) / p["peak_rss_bytes"]
            print(f"| {group_name(g)} | {p['name']} | {fmt_size(p['size_bytes'])} | "
                  f"{p['peak_rss_bytes'] / MiB:.0f} | {p['predicted_bytes'] / MiB:.0f} | "
                  f"{err:+.0%} |")

    print("\n### Flag effects (ratio to the same file at -O2 / -O2 -g)\n")
    print("| flags | vs | lang | n | RSS ratio min / median / max | "
          "CPU-time ratio median |")
    print("|---|---|---|---|---|---|")
    for lang, m in g_eff.items():
        print(f"| -O2 -g | -O2 | {lang} | {m['n']} | x{m['rss_ratio_min']:.2f} / "
              f"x{m['rss_ratio_median']:.2f} / x{m['rss_ratio_max']:.2f} | "
              f"x{m['cpu_ratio_median']:.2f} |")
    for flags, per in multipliers.items():
        for lang, m in per.items():
            print(f"| {flags} | {m['vs']} | {lang} | {m['n']} | x{m['rss_ratio_min']:.2f} / "
                  f"x{m['rss_ratio_median']:.2f} / x{m['rss_ratio_max']:.2f} | "
                  f"x{m['cpu_ratio_median']:.2f} |")
    if gc_eff:
        print("\n### GCC garbage-collector parameters (vs -O2 -g)\n")
        print("| file | flags | peak MiB | RSS ratio | CPU-time ratio |")
        print("|---|---|---|---|---|")
        for e in gc_eff:
            print(f"| {e['name']} | {e['flags']} | {e['peak_rss_bytes'] / MiB:.0f} | "
                  f"x{e['rss_ratio']:.2f} | x{e['cpu_ratio']:.2f} |")
    if noise:
        print("\n### Repeatability (same compile repeated)\n")
        print("| file | flags | reps | peak RSS min..max MiB | spread | CPU min..max s |")
        print("|---|---|---|---|---|---|")
        for e in noise:
            print(f"| {e['name']} | {e['flags']} | {e['reps']} | "
                  f"{e['rss_min'] / MiB:.1f}..{e['rss_max'] / MiB:.1f} | "
                  f"{e['rss_spread']:.2%} | {e['cpu_min']:.2f}..{e['cpu_max']:.2f} |")


def ratio_stats(pairs):
    """pairs: (row, ref_row) -> ratio statistics of RSS and CPU time."""
    rr = [r["peak_rss_bytes"] / b["peak_rss_bytes"] for r, b in pairs]
    tr = [r["cpu_s"] / max(b["cpu_s"], 1e-3) for r, b in pairs]
    return {
        "n": len(rr),
        "rss_ratio_min": round(min(rr), 3),
        "rss_ratio_median": round(statistics.median(rr), 3),
        "rss_ratio_max": round(max(rr), 3),
        "cpu_ratio_median": round(statistics.median(tr), 3),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", default=os.path.join(HERE, "measurements.csv"))
    ap.add_argument("--out", default=os.path.join(HERE, "model.json"))
    ap.add_argument("--real", default=os.path.join(HERE, "real.csv"),
                    help="real packages' compiles (measure_real.py)")
    ap.add_argument("--tokens", default=os.path.join(HERE, "tokens.csv"),
                    help="the corpus files' tokens (measure.py --tokens)")
    ap.add_argument("--hold-out-packages",
                    default="oracledb,pygame,uvloop,regex,psutil,pytables,dbus-fast,"
                            "cassandra-driver,pyproj,netcdf4,cftime,h5py,scikit-image,statsmodels,"
                            "pysam,astropy,gevent,dipy,silx",
                    help="real packages (comma-separated names, without version) held out of the "
                         "fit whole: measured after the model was frozen, as new packages test it")
    ap.add_argument("--markdown", action="store_true",
                    help="also print the measurement/model tables as Markdown")
    args = ap.parse_args()

    all_rows = load(args.csv)
    rows = max_over_reps(all_rows)
    o2 = [r for r in rows if r["flags"] in ("-O2", "-O2 -g")]
    real = load_real(args.real, args.tokens, o2)
    packages = set(filter(None, args.hold_out_packages.split(",")))

    def held(r):
        return re.sub(r"-[\d.]+$", "", r["name"].split("/")[0]) in packages
    held_out = [r for r in real if held(r)]
    o2 = o2 + [r for r in real if not held(r)]

    groups = []
    print(f"{'group':22s} {'n':>3s} {'lines (base MiB + slope B/B)':34s} "
          f"{'med err':>8s} {'max err':>8s} {'under':>6s} {'LOO under':>9s} "
          f"{'LOO max under':>13s}")
    for lang in ("c", "c++"):
        for cy in (True, False):
            for dbg in (False, True):
                sel = [r for r in o2 if r["lang"] == lang
                       and bool(r["cython_generated"]) == cy
                       and bool(r["debug"]) == dbg]
                if len(sel) < 2:
                    continue
                sel.sort(key=lambda r: r["size_bytes"])
                pts = [(r["size_bytes"], r["peak_rss_bytes"]) for r in sel]
                lines = two_line_fit(pts)
                err = errors(pts, lines)
                lo = loo(pts, two_line_fit)
                per_kind = {}
                for kind in sorted({r["kind"] for r in sel}):
                    kp = [(r["size_bytes"], r["peak_rss_bytes"]) for r in sel
                          if r["kind"] == kind]
                    per_kind[kind] = errors(kp, lines)
                alternatives = {}
                for alt_name, fitter in (
                        ("envelope_rel", lambda p: [envelope_fit(p, "rel")]),
                        ("envelope_abs", lambda p: [envelope_fit(p, "abs")]),
                        ("quantile90", quantile_fit)):
                    (a, b), = fitter(pts)
                    alt_lo = loo(pts, fitter)
                    if alt_lo:
                        alt_lo.pop("rel_errors")
                    alternatives[alt_name] = {
                        "base_bytes": int(round(a)),
                        "slope_bytes_per_source_byte": round(b, 3),
                        "error": errors(pts, [(a, b)]),
                        "leave_one_out": alt_lo,
                    }
                wa, wb = least_squares([(r["size_bytes"], r["cpu_s"]) for r in sel])
                points = [{
                    "name": r["name"], "kind": r["kind"],
                    "size_bytes": r["size_bytes"],
                    "peak_rss_bytes": r["peak_rss_bytes"],
                    "predicted_bytes": int(predict(lines, r["size_bytes"])),
                    "wall_s": r["wall_s"], "cpu_s": r["cpu_s"],
                } for r in sel]
                def safety(lo):
                    # 1 + the worst leave-one-out under-estimate, rounded up to 0.05: a
                    # data-derived head-room factor for new files
                    return round(1 + math.ceil(lo["max_rel_under"] * 20 - 1e-9) / 20, 2)
                calls_fit = None
                # with -g, Cython's C is measured in its string literals too (its constants' arrays
                # and objects get debug information): see "Round 4" in RESULTS.md
                with_strings = cy and lang == "c" and dbg

                def features(r):
                    return (r["calls"], r["strings"]) if with_strings else r["calls"]
                if cy:
                    # Cython's C in calls: a call is a helper inlined or a C-API macro expanded
                    # where it stands, which tokens and bytes (half of them Cython's comments and
                    # long names) measure loosely; see "Calls, not tokens" in RESULTS.md
                    cpts = sorted((features(r), r["peak_rss_bytes"], r["size_bytes"]) for r in sel)
                    fitter, predictor = ((large_file_plane_fit, predict_plane) if with_strings
                                         else (large_file_fit, predict))
                    clines = fitter(cpts)
                    clo = loo(cpts, fitter, predictor)
                    calls_fit = {
                        "lines": [{"base_bytes": int(round(c[0])),
                                   "slope_bytes_per_call": round(c[1], 3),
                                   **({"slope_bytes_per_string": round(c[2], 3)}
                                      if with_strings else {})} for c in clines],
                        "error": errors([(predictor(clines, x), y) for x, y, _ in cpts],
                                        [(0.0, 1.0)]),
                        "leave_one_out": clo,
                        "suggested_safety_factor": safety(clo),
                    }
                    # rounding must not turn a covering line into an under-estimating one
                    rl = [(l["base_bytes"], l["slope_bytes_per_call"],
                           l.get("slope_bytes_per_string", 0)) for l in calls_fit["lines"]]
                    assert all(predict_plane(rl, x if with_strings else (x, 0)) >= y * (1 - 1e-4)
                               for x, y, _ in cpts), group_name({
                        "lang": lang, "cython": cy, "debug": dbg})

                def plan_estimate(r):
                    # as src/plan/compile-memory.ts makes it: calls (and strings) for Cython's C,
                    # else bytes
                    if calls_fit:
                        return predictor(clines, features(r)) * calls_fit["suggested_safety_factor"]
                    return predict(lines, r["size_bytes"]) * safety(lo)

                def large(r, fitted):
                    est = plan_estimate(r)
                    return {"name": r["name"], "fitted": fitted, "size_bytes": r["size_bytes"],
                            "calls": r["calls"], "strings": r.get("strings"),
                            "peak_rss_bytes": r["peak_rss_bytes"],
                            "estimate_bytes": int(est),
                            "ratio": round(est / r["peak_rss_bytes"], 3)}
                # a held-out file whose strings were not counted (its source was not kept) cannot
                # be estimated by the strings plane
                mine = [r for r in held_out if (r["lang"], bool(r["cython_generated"]),
                                                bool(r["debug"])) == (lang, cy, dbg)
                        and not (with_strings and r["strings"] is None)]
                held = []
                for r in mine:
                    est = plan_estimate(r)
                    held.append({"name": r["name"], "size_bytes": r["size_bytes"],
                                 "calls": r["calls"], "strings": r.get("strings"),
                                 "peak_rss_bytes": r["peak_rss_bytes"],
                                 "estimate_bytes": int(est),
                                 "ratio": round(est / r["peak_rss_bytes"], 3)})
                large_files = sorted(
                    [large(r, True) for r in sel if r["size_bytes"] > LARGE_BYTES]
                    + [large(r, False) for r in mine if r["size_bytes"] > LARGE_BYTES],
                    key=lambda f: (not f["fitted"], f["size_bytes"]))
                g = {
                    "lang": lang, "cython": cy, "debug": dbg,
                    "lines": [{"base_bytes": int(round(a)),
                               "slope_bytes_per_source_byte": round(b, 3)}
                              for a, b in lines],
                    "error": err, "leave_one_out": lo,
                    "suggested_safety_factor": safety(lo),
                    **({"calls": calls_fit} if calls_fit else {}),
                    "held_out": held,
                    "large_files": large_files,
                    "error_by_kind": per_kind,
                    "alternatives": alternatives,
                    "cpu_time_least_squares": {
                        "base_s": round(wa, 3),
                        "slope_s_per_mb": round(wb * 1e6, 3),
                        "note": "ordinary least squares, not an upper bound",
                    },
                    "size_range_bytes": [pts[0][0], pts[-1][0]],
                    "points": points,
                }
                # rounding must not turn a covering line into an
                # under-estimating one
                rl = [(l["base_bytes"], l["slope_bytes_per_source_byte"])
                      for l in g["lines"]]
                assert errors(pts, rl)["max_rel_under"] < 1e-4, group_name(g)
                groups.append(g)
                ls = " | ".join(f"{a / MiB:.1f} + {b:.1f}" for a, b in lines)
                print(f"{group_name(g):22s} {len(pts):3d} {ls:34s} "
                      f"{err['median_rel_err']:8.1%} {err['max_rel_err']:8.1%} "
                      f"{err['under_fraction']:6.0%} {lo['under_fraction']:9.0%} "
                      f"{lo['max_rel_under']:13.1%}")

    print(f"\nfiles over {LARGE_BYTES / 1e6:.0f} MB, estimated as the plan does (with the safety "
          "factor):")
    for g in groups:
        for f in g["large_files"]:
            print(f"  {group_name(g):20s} {'fit ' if f['fitted'] else 'HELD'} {f['name'][-44:]:44s} "
                  f"{f['size_bytes'] / 1e6:6.2f} MB {f['calls']:6d} calls "
                  f"{f['peak_rss_bytes'] / MiB:6.0f} MiB, estimate {f['estimate_bytes'] / MiB:6.0f}"
                  f" MiB: {f['ratio']:.2f}x")

    by_key = {(r["name"], r["flags"]): r for r in rows}

    # -g effect over the main corpus
    g_eff = {}
    for lang in ("c", "c++"):
        pairs = [(r, by_key[(r["name"], "-O2")]) for r in o2
                 if r["lang"] == lang and r["flags"] == "-O2 -g"
                 and (r["name"], "-O2") in by_key]
        if pairs:
            g_eff[lang] = ratio_stats(pairs)

    # flag multipliers: peak(flags) / peak(matching -O2 config), per file
    variants = {"-O0": "-O2", "-O0 -g": "-O2 -g", "-O3": "-O2",
                "-O2 -flto": "-O2"}
    multipliers = {}
    for flags, ref in variants.items():
        for lang in ("c", "c++"):
            pairs = [(r, by_key[(r["name"], ref)]) for r in rows
                     if r["flags"] == flags and r["lang"] == lang
                     and (r["name"], ref) in by_key]
            if not pairs:
                continue
            m = ratio_stats(pairs)
            m["vs"] = ref
            # what a planner multiplies the -O2 / -O2 -g estimate by: the
            # largest ratio seen (conservative)
            m["multiplier"] = m["rss_ratio_max"]
            m["files"] = [r["name"] for r, _ in pairs]
            multipliers.setdefault(flags, {})[lang] = m

    # garbage-collector --param experiments
    gc_eff = []
    for r in rows:
        if "--param" in r["flags"]:
            ref = by_key.get((r["name"], "-O2 -g" if r["debug"] else "-O2"))
            if ref:
                gc_eff.append({
                    "name": r["name"], "flags": r["flags"],
                    "peak_rss_bytes": r["peak_rss_bytes"],
                    "rss_ratio": round(r["peak_rss_bytes"] / ref["peak_rss_bytes"], 3),
                    "cpu_ratio": round(r["cpu_s"] / ref["cpu_s"], 3)})

    # repeatability
    reps = {}
    for r in all_rows:
        reps.setdefault((r["name"], r["flags"]), []).append(r)
    noise = []
    for (name, flags), rs in sorted(reps.items()):
        if len(rs) > 1:
            rss = [r["peak_rss_bytes"] for r in rs]
            cpu = [r["cpu_s"] for r in rs]
            noise.append({"name": name, "flags": flags, "reps": len(rs),
                          "rss_min": min(rss), "rss_max": max(rss),
                          "rss_spread": round((max(rss) - min(rss)) / min(rss), 4),
                          "cpu_min": min(cpu), "cpu_max": max(cpu)})

    print("\nflag effects on peak RSS (ratio to the matching -O2 config):")
    for lang, m in g_eff.items():
        print(f"  -O2 -g    vs -O2    {lang:4s} n={m['n']:2d} x{m['rss_ratio_min']:.2f}"
              f"..x{m['rss_ratio_max']:.2f} (median x{m['rss_ratio_median']:.2f})")
    for flags, per in multipliers.items():
        for lang, m in per.items():
            print(f"  {flags:9s} vs {m['vs']:6s} {lang:4s} n={m['n']:2d} "
                  f"x{m['rss_ratio_min']:.2f}..x{m['rss_ratio_max']:.2f} "
                  f"(median x{m['rss_ratio_median']:.2f}), CPU median "
                  f"x{m['cpu_ratio_median']:.2f}")
    for e in gc_eff:
        print(f"  {e['name']}: {e['flags']}: RSS x{e['rss_ratio']:.2f}, "
              f"CPU x{e['cpu_ratio']:.2f}")
    if noise:
        print(f"  repeatability: max RSS spread over repeats "
              f"{max(e['rss_spread'] for e in noise):.2%} "
              f"({len(noise)} file/flag pairs)")

    total_wall = sum(r["wall_s"] for r in all_rows)
    total_cpu = sum(r["cpu_s"] for r in all_rows)
    contended = [r for r in all_rows if r["wall_s"] > 1 and r["wall_s"] > 1.1 * r["cpu_s"]]
    model = {
        "schema": 1,
        "generated": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "description": (
            "Peak RSS of one gcc/g++ -c compile (whole driver -> cc1/cc1plus "
            "-> as process tree) of a CPython extension translation unit, "
            "predicted before compiling from its size. For the group "
            "(lang, cython, debug): peak_bytes = min over group.lines of "
            "(base_bytes + slope_bytes_per_source_byte * size_bytes). "
            "lang: 'c' (gcc) or 'c++' (g++); cython: the first lines of the "
            "file contain 'Generated by Cython'; debug: -g is on. Each line "
            "alone is also a valid (looser) upper bound. For C that Cython generated, "
            "groups[].calls holds lines over the file's calls (tokens.py: a name followed by "
            "an opening parenthesis, keywords aside, outside comments): peak_bytes = min over "
            "calls.lines of (base_bytes + slope_bytes_per_call * calls), times "
            "calls.suggested_safety_factor; the plan uses them where it counted the calls. "
            "Fitted at -O2 as "
            "upper envelopes: no measured point is under-estimated. For -O3 "
            "or -flto multiply by flag_multipliers[flags][lang].multiplier "
            "(-flto: the -c step only, not the LTO link)."),
        "usage": (
            "g = groups.find(lang, cython, debug); "
            "est = min(l.base_bytes + l.slope_bytes_per_source_byte * size_bytes "
            "for l in g.lines); if -O3: est *= flag_multipliers['-O3'][lang]"
            ".multiplier; optionally est *= g.suggested_safety_factor "
            "(1 + worst leave-one-out under-estimate of the group)."),
        "units": {
            "base_bytes": "bytes",
            "slope_bytes_per_source_byte": "bytes of peak RSS per byte of the "
            ".c/.cpp file as on disk (included headers not counted)",
            "size_bytes": "bytes of the .c/.cpp file as on disk"},
        "fit_method": (
            "per group two upper-envelope lines (LP solved exactly by vertex "
            "enumeration): line 1 minimises the summed relative over-estimate, "
            "line 2 the summed absolute over-estimate; prediction = the "
            "smaller of the two"),
        "machine": machine_info(),
        "compile_command": ("gcc|g++ <flags> -fPIC $(python3-config --includes) "
                            "-c FILE -o FILE.o"),
        "groups": [{k: v for k, v in g.items() if k != "points"}
                   for g in groups],
        "flag_multipliers": multipliers,
        "debug_effect": g_eff,
        "gc_param_effect": gc_eff,
        "repeatability": noise,
        "total_compile_wall_s": round(total_wall, 1),
        "total_compile_cpu_s": round(total_cpu, 1),
        "timing_note": (
            f"{len(contended)} of {len(all_rows)} compiles took > 1 s and had "
            "wall > 1.1 x CPU time: another workload shared the 2-core VM "
            "during part of the run. Peak RSS is unaffected (repeats agree "
            "within 1 %); use cpu_s rather than wall_s for time."),
        "points": {group_name(g): g["points"] for g in groups},
    }
    with open(args.out, "w") as f:
        json.dump(model, f, indent=1)
        f.write("\n")
    if args.markdown:
        print_markdown(rows, groups, multipliers, g_eff, gc_eff, noise)
    print(f"\nwrote {args.out}; {len(all_rows)} compiles in CSV, "
          f"{total_wall:.0f} s wall / {total_cpu:.0f} s CPU of compiling; "
          f"{len(contended)} compiles with wall > 1.1 x CPU (contended)")


if __name__ == "__main__":
    main()
