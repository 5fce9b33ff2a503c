#!/usr/bin/python3
"""Would a Cython excess, learned like the header excess, plan the short files? (RESULTS.md, "Round 5")

    /usr/bin/python3 cython_excess.py

Replays real.csv's Cython compiles in build order, per package and debug setting, three ways:
- the model as the plan uses it (model.json's call lines, times their safety factor);
- raised: times the median of peak / line over the package's earlier Cython compiles, divided by
  the factor, when that is above 1;
- scaled: the line times that median, times the factor, up or down.
and prints, for the files over 1 MB held out in rounds 4 and 5 and the others, estimate / peak.
"""

import collections
import csv
import json
import os
import statistics

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND4 = ("pytables", "dbus-fast", "cassandra-driver", "pyproj", "netcdf4", "cftime", "h5py")
ROUND5 = ("scikit-image", "statsmodels", "pysam", "astropy", "gevent", "dipy", "silx")


def main():
    model = json.load(open(os.path.join(HERE, "model.json")))

    def line(lang, debug, calls, strings):
        group = next(g for g in model["groups"]
                     if g["lang"] == lang and g["cython"] and g["debug"] == debug)["calls"]
        return (min(l["base_bytes"] + l["slope_bytes_per_call"] * calls
                    + l.get("slope_bytes_per_string", 0) * strings for l in group["lines"]),
                group["suggested_safety_factor"])

    rows = [r for r in csv.DictReader(open(os.path.join(HERE, "real.csv")))
            if r["cython"] == "1" and r["strings"]]
    for rule in ("model", "raised", "scaled"):
        earlier = collections.defaultdict(list)
        ratios = collections.defaultdict(list)
        for r in rows:
            debug = r["debug"] == "1"
            base, factor = line(r["lang"], debug, int(r["calls"]), int(r["strings"]))
            seen = earlier[(r["package"], debug)]
            if rule == "model" or not seen:
                estimate = base * factor
            elif rule == "raised":
                estimate = base * factor * max(1, statistics.median(seen) / factor)
            else:
                estimate = base * statistics.median(seen) * factor
            peak = int(r["peak_rss_bytes"])
            seen.append(peak / base)
            if int(r["size_bytes"]) >= 1_000_000:
                name = r["package"].rsplit("-", 1)[0]
                kind = "round 5" if name in ROUND5 else "round 4" if name in ROUND4 else "other"
                ratios[(kind, debug)].append(estimate / peak)
        for (kind, debug), v in sorted(ratios.items()):
            print(f"{rule:6s} {kind:7s} {'-g ' if debug else '-g0'} {len(v):3d} files over 1 MB: "
                  f"{min(v):.2f}-{max(v):.2f}x, within 1.0-1.3x {sum(1 <= x <= 1.3 for x in v)}, "
                  f"below {sum(x < 1 for x in v)}, above {sum(x > 1.3 for x in v)}")


if __name__ == "__main__":
    main()
