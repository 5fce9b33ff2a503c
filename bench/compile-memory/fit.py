#!/usr/bin/python3
"""Fit the pre-compile peak-RSS model from measurements.csv -> model.json.

Model (what the planner knows before compiling a translation unit):

    peak_bytes = base_bytes[g] + slope[g] * size_bytes          (-O2 / -O2 -g)
    g = (lang in {c, c++}, cython_generated in {true, false}, debug in {true, false})
    optional: peak_bytes *= flag_multiplier[lang][flag]  for -O3 / -flto / -O0

Fitting: per group an *upper envelope* line (a linear program solved by
enumerating vertices): minimise the mean relative over-estimate
sum((pred - y) / y) subject to pred >= y at every measured point, base >= 0,
slope >= 0.  Under-estimation risks OOM, over-estimation only costs
parallelism, and the groups have 3-13 points, so a 90 % quantile would be free
to leave the largest (most OOM-relevant) file uncovered.  For honesty the
script also reports an ordinary upper-quantile (tau = 0.9) fit and a
leave-one-out check of the envelope (refit without each point, predict it),
which is the fair estimate of how often a *new* file is under-estimated.

Only -O2 and -O2 -g rows without -flto enter the line fits; the -O0, -O0 -g,
-O3 and -O2 -flto rows give the multipliers (per file: peak at that flag set
divided by peak at the matching -O2 / -O2 -g).

Usage:  python3 fit.py [--csv measurements.csv] [--out model.json]
"""

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MiB = 1024 * 1024


# --------------------------------------------------------------------------
# fitting

def envelope_fit(pts):
    """Upper envelope (a, b): a + b*x >= y for all points, a, b >= 0,
    minimising sum((a + b*x - y) / y).  LP with 2 variables: the optimum is
    at a vertex, i.e. a line through two points, or a horizontal line
    through one point, or a line through the origin and one point."""
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
        cost = sum((a + b * x - y) / y for x, y in pts)
        if best is None or cost < best[0]:
            best = (cost, a, b)
    return best[1], best[2]


def quantile_fit(pts, tau=0.9):
    """Upper-quantile line with relative (1/y) weights: minimise
    sum(w * rho_tau(y - a - b*x)).  Also an LP; enumerate lines through
    pairs of points (and horizontal lines), keep a, b >= 0."""
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
    return min(cands, key=lambda ab: loss(*ab))


def errors(pts, a, b):
    rel = [((a + b * x) - y) / y for x, y in pts]  # >0: over-estimate
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


def loo(pts):
    """Leave-one-out: refit the envelope without point i, predict point i."""
    rel = []
    for i in range(len(pts)):
        rest = pts[:i] + pts[i + 1:]
        if len(rest) < 2:
            continue
        a, b = envelope_fit(rest)
        x, y = pts[i]
        rel.append(((a + b * x) - y) / y)
    if not rel:
        return None
    under = [r for r in rel if r < -1e-9]
    return {
        "n": len(rel),
        "under_fraction": round(len(under) / len(rel), 4),
        "max_rel_under": round(-min(under), 4) if under else 0.0,
        "median_rel_err": round(statistics.median(abs(r) for r in rel), 4),
    }


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


def print_markdown(rows, groups, multipliers):
    def mib(b):
        return f"{b / MiB:.0f}"
    order = ["-O0", "-O0 -g", "-O2", "-O2 -g", "-O3", "-O2 -flto"]
    names = sorted({r["name"] for r in rows},
                   key=lambda n: (next(r["kind"] for r in rows if r["name"] == n),
                                  next(r["size_bytes"] for r in rows if r["name"] == n)))
    by = {(r["name"], r["flags"]): r for r in rows}
    print("\n| file | kind | lang | size | lines | " +
          " | ".join(f"{o} MiB / s" for o in order) + " |")
    print("|" + "---|" * (5 + len(order)))
    for n in names:
        r0 = next(r for r in rows if r["name"] == n)
        cells = []
        for o in order:
            r = by.get((n, o))
            cells.append(f"{mib(r['peak_rss_bytes'])} / {r['wall_s']:.1f}"
                         if r else "")
        size = r0["size_bytes"]
        size_s = f"{size / 1e6:.2f} MB" if size >= 1e6 else f"{size / 1e3:.1f} KB"
        print(f"| {n} | {r0['kind']} | {r0['lang']} | {size_s} | "
              f"{r0['lines']} | " + " | ".join(cells) + " |")
    print("\n| lang | cython | -g | n | base (MiB) | base (bytes) | slope (B/B) |"
          " median rel err | max rel err | under-est. | LOO under-est. | "
          "LOO max under |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for g in groups:
        e, lo = g["error"], g["leave_one_out"] or {}
        print(f"| {g['lang']} | {'yes' if g['cython'] else 'no'} | "
              f"{'yes' if g['debug'] else 'no'} | {e['n']} | "
              f"{g['base_bytes'] / MiB:.1f} | {g['base_bytes']} | "
              f"{g['slope_bytes_per_source_byte']:.2f} | "
              f"{e['median_rel_err']:.1%} | {e['max_rel_err']:.1%} | "
              f"{e['under_fraction']:.0%} | {lo.get('under_fraction', 0):.0%} | "
              f"{lo.get('max_rel_under', 0):.1%} |")
    print("\n| group | kind | n | median rel err | max rel err (over) |")
    print("|---|---|---|---|---|")
    for g in groups:
        gname = (f"{g['lang']}/{'cython' if g['cython'] else 'generic'}/"
                 f"{'-g' if g['debug'] else 'no -g'}")
        for kind, e in g["error_by_kind"].items():
            print(f"| {gname} | {kind} | {e['n']} | {e['median_rel_err']:.1%} | "
                  f"{e['max_rel_over']:.1%} |")
    print("\n| flags vs ref | lang | n | RSS ratio min / median / max | "
          "wall ratio median | files |")
    print("|---|---|---|---|---|---|")
    for flags, per in multipliers.items():
        for lang, m in per.items():
            print(f"| {flags} | {lang} | {m['n']} | x{m['rss_ratio_min']:.2f} / "
                  f"x{m['rss_ratio_median']:.2f} / x{m['rss_ratio_max']:.2f} | "
                  f"x{m['wall_ratio_median']:.2f} | {', '.join(m['files'])} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", default=os.path.join(HERE, "measurements.csv"))
    ap.add_argument("--out", default=os.path.join(HERE, "model.json"))
    ap.add_argument("--markdown", action="store_true",
                    help="also print the measurement/model tables as Markdown")
    args = ap.parse_args()

    rows = max_over_reps(load(args.csv))
    o2 = [r for r in rows if r["opt"] == "-O2" and not r["lto"]]

    groups = []
    print(f"{'lang':4s} {'cython':6s} {'debug':5s} {'n':>3s} {'base MiB':>9s} "
          f"{'slope B/B':>9s} {'med err':>8s} {'max err':>8s} {'under':>6s} "
          f"{'LOO under':>9s} {'LOO max under':>13s}")
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
                a, b = envelope_fit(pts)
                qa, qb = quantile_fit(pts)
                err = errors(pts, a, b)
                lo = loo(pts)
                per_kind = {}
                for kind in sorted({r["kind"] for r in sel}):
                    kp = [(r["size_bytes"], r["peak_rss_bytes"]) for r in sel
                          if r["kind"] == kind]
                    per_kind[kind] = errors(kp, a, b)
                points = [{
                    "name": r["name"], "kind": r["kind"],
                    "size_bytes": r["size_bytes"],
                    "peak_rss_bytes": r["peak_rss_bytes"],
                    "predicted_bytes": int(a + b * r["size_bytes"]),
                } for r in sel]
                groups.append({
                    "lang": lang, "cython": cy, "debug": dbg,
                    "base_bytes": int(round(a)),
                    "slope_bytes_per_source_byte": round(b, 3),
                    "error": err, "leave_one_out": lo,
                    "error_by_kind": per_kind,
                    "quantile90_fit": {
                        "base_bytes": int(round(qa)),
                        "slope_bytes_per_source_byte": round(qb, 3),
                        "error": errors(pts, qa, qb),
                    },
                    "size_range_bytes": [pts[0][0], pts[-1][0]],
                    "points": points,
                })
                print(f"{lang:4s} {str(cy):6s} {str(dbg):5s} {len(pts):3d} "
                      f"{a / MiB:9.1f} {b:9.2f} {err['median_rel_err']:8.1%} "
                      f"{err['max_rel_err']:8.1%} {err['under_fraction']:6.0%} "
                      f"{lo['under_fraction'] if lo else float('nan'):9.0%} "
                      f"{lo['max_rel_under'] if lo else float('nan'):13.1%}")

    # flag multipliers: peak(flags) / peak(matching -O2 config), per file
    by_key = {(r["name"], r["flags"]): r for r in rows}
    variants = {"-O0": "-O2", "-O0 -g": "-O2 -g", "-O3": "-O2",
                "-O2 -flto": "-O2"}
    multipliers = {}
    print("\nflag effect on peak RSS (ratio to the matching -O2 config), "
          "and on wall time:")
    for flags, ref in variants.items():
        for lang in ("c", "c++"):
            ratios, tratios, names = [], [], []
            for r in rows:
                if r["flags"] != flags or r["lang"] != lang:
                    continue
                base = by_key.get((r["name"], ref))
                if not base:
                    continue
                ratios.append(r["peak_rss_bytes"] / base["peak_rss_bytes"])
                tratios.append(r["wall_s"] / max(base["wall_s"], 1e-3))
                names.append(r["name"])
            if not ratios:
                continue
            multipliers.setdefault(flags, {})[lang] = {
                "n": len(ratios),
                "rss_ratio_min": round(min(ratios), 3),
                "rss_ratio_median": round(statistics.median(ratios), 3),
                "rss_ratio_max": round(max(ratios), 3),
                # what the planner should multiply the -O2 estimate by:
                # the largest ratio seen (conservative)
                "multiplier": round(max(ratios), 3),
                "wall_ratio_median": round(statistics.median(tratios), 3),
                "files": names,
            }
            print(f"  {flags:10s} vs {ref:7s} {lang:4s} n={len(ratios):2d} "
                  f"rss x{min(ratios):.2f}..x{max(ratios):.2f} "
                  f"(median x{statistics.median(ratios):.2f}), "
                  f"wall median x{statistics.median(tratios):.2f}")

    # -g effect over the main corpus
    g_eff = {}
    for lang in ("c", "c++"):
        rat = []
        for r in o2:
            if r["lang"] == lang and r["flags"] == "-O2 -g":
                base = by_key.get((r["name"], "-O2"))
                if base:
                    rat.append(r["peak_rss_bytes"] / base["peak_rss_bytes"])
        if rat:
            g_eff[lang] = {"n": len(rat), "rss_ratio_min": round(min(rat), 3),
                           "rss_ratio_median": round(statistics.median(rat), 3),
                           "rss_ratio_max": round(max(rat), 3)}
            print(f"  -O2 -g     vs -O2     {lang:4s} n={len(rat):2d} rss "
                  f"x{min(rat):.2f}..x{max(rat):.2f} "
                  f"(median x{statistics.median(rat):.2f})")

    total_wall = sum(r["wall_s"] for r in load(args.csv))
    model = {
        "schema": 1,
        "generated": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "description": (
            "Peak RSS of one gcc/g++ compile (whole driver->cc1/cc1plus->as "
            "tree) of a CPython extension translation unit, predicted before "
            "compiling. peak_bytes = base_bytes + slope_bytes_per_source_byte "
            "* size_bytes, group = (lang, cython, debug); cython = the first "
            "lines contain 'Generated by Cython'; debug = -g present. Fitted "
            "at -O2 as an upper envelope (no measured point under-estimated); "
            "for -O3 / -flto multiply by flag_multipliers[flags][lang]."
            " -flto numbers are for the compile (-c) step only, not the LTO link."),
        "units": {"base_bytes": "bytes", "slope_bytes_per_source_byte":
                  "bytes of peak RSS per byte of preprocessor input file "
                  "(the .c/.cpp as on disk, headers not counted)"},
        "fit_method": "upper envelope LP, minimise mean relative over-estimate",
        "machine": machine_info(),
        "compile_command": "gcc|g++ <flags> -fPIC $(python3-config --includes) "
                           "-c FILE -o FILE.o",
        "groups": [{k: v for k, v in g.items() if k != "points"}
                   for g in groups],
        "flag_multipliers": multipliers,
        "debug_effect": g_eff,
        "total_compile_wall_s": round(total_wall, 1),
        "points": {f"{g['lang']}/{'cython' if g['cython'] else 'generic'}/"
                   f"{'debug' if g['debug'] else 'nodebug'}": g["points"]
                   for g in groups},
    }
    with open(args.out, "w") as f:
        json.dump(model, f, indent=1)
        f.write("\n")
    if args.markdown:
        print_markdown(rows, groups, multipliers)
    print(f"\nwrote {args.out}; total compile wall time in CSV: "
          f"{total_wall:.0f}s")


if __name__ == "__main__":
    main()
