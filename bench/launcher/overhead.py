"""Benchmark 1: what the launcher adds to each compile (issue 5: "keep its overhead small").

A package of many tiny C files (tinyfiles.py) is built by plain `pip wheel` and by wheelwright
with its object cache off, with the same parallelism. The spawn timer times every compile as
setuptools sees it (start to reap) in both ways; wheelwright's journal has the same compile as
the shim ran it (fork to reap of the real compiler). Two estimates of the added wall time:

  within  in each wheelwright run, per compile: setuptools' time minus the journal's. What is
          left is the shim starting, connecting, sending argv, the coordinator's parse, memory
          estimate and slot (free here: setuptools never runs more compiles than there are
          slots), the output renamed into place with its variant linked, the journal line, the
          reply, the shim exiting. It also holds Python starting the shim rather than the
          compiler, which the plain build pays for the compiler itself: a slight overestimate.
          The journal rounds to 1 ms, so single values are +-0.5 ms.
  between per object, the median of setuptools' times over the wheelwright runs minus that over
          the plain runs: the end-to-end difference, but with the compiles' own variation in it.

Added CPU per compile: the shim's (wait4 CPU of the command as setuptools ran it, minus the
compiler's from the journal) and the node process's own CPU from the first compile to the last
link, per command.
"""

import os
import statistics

from common.runs import med
from measure import build, log_result
from spawns import pair_with_journal

WAYS = ["pip", "wheelwright"]


def pct(values, p):
    values = sorted(values)
    if not values:
        return None
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def measure_one(ctx, package, jobs, rep, way, attempt):
    tag = f"overhead-{way}-j{jobs}-{rep + 1}-{attempt + 1}"
    result, spawns, journal = build({
        "way": way, "package": package, "jobs": jobs, "cache": False,
        "run_dir": os.path.join(ctx["work"], "runs", tag),
        "cache_dir": os.path.join(ctx["work"], "runs", tag, "cache"),
        "tmp": os.path.join(ctx["work"], "tmp", "overhead"),
    }, ctx)
    result.update(bench="overhead", way=way, jobs=jobs, rep=rep)
    compiles = [s for s in spawns if s["kind"] == "compile"]
    # per object: [setuptools' wall, its wait4 CPU(, the journal's wall, CPU)]
    result["per_compile"] = {s["output"]: [round(s["wall_s"], 5), round(s["cpu_s"], 5)]
                             for s in compiles}
    for s, j in pair_with_journal(compiles, journal):
        result["per_compile"][s["output"]] += [j["wallMs"] / 1000, j["cpuMs"] / 1000]
    log_result(f"overhead rep {rep + 1} jobs {jobs} {way:<11}", result)
    return result


def summarize(results):
    summary = {}
    for jobs in sorted({r["jobs"] for r in results}):
        runs = {w: [r for r in results if r["jobs"] == jobs and r["way"] == w and r["ok"]
                    and not r.get("superseded")] for w in WAYS}
        ww, pip = runs["wheelwright"], runs["pip"]
        if not ww or not pip:
            continue
        within = [c[0] - c[2] for r in ww for c in r["per_compile"].values() if len(c) == 4]
        shim_cpu = [c[1] - c[3] for r in ww for c in r["per_compile"].values() if len(c) == 4]
        objects = set.intersection(*(set(r["per_compile"]) for r in ww + pip))
        between = [med([r["per_compile"][o][0] for r in ww]) - med([r["per_compile"][o][0] for r in pip])
                   for o in sorted(objects)]
        node_per_command = [r["node_phase_cpu_s"] / (r["compiles"] + r["links"])
                            for r in ww if r.get("node_phase_cpu_s") is not None]
        whole = {w: {k: med([r[k] for r in runs[w]]) for k in
                     ("wall_s", "cpu_s", "phase_span_s", "phase_sum_s", "before_first_s",
                      "after_last_s", "foreign_cpu_s")} for w in WAYS}
        for w in WAYS:
            whole[w]["runs"] = len(runs[w])
            whole[w]["compiles"] = med([r["compiles"] for r in runs[w]])
        summary[str(jobs)] = {
            "compiles_paired": len(within),
            "within_ms": {"median": 1000 * med(within), "p95": 1000 * pct(within, 95),
                          "mean": 1000 * statistics.fmean(within)},
            "between_ms": {"median": 1000 * med(between), "p95": 1000 * pct(between, 95),
                           "mean": 1000 * statistics.fmean(between)},
            "shim_cpu_ms": {"median": 1000 * med(shim_cpu), "mean": 1000 * statistics.fmean(shim_cpu)},
            "node_cpu_per_command_ms": 1000 * med(node_per_command),
            "compile_wall_ms": {w: 1000 * med([c[0] for r in runs[w] for c in r["per_compile"].values()])
                                for w in WAYS},
            "whole": whole,
        }
    return summary


def ms(value):
    return "–" if value is None else f"{value:.1f} ms"


def markdown(summary, meta):
    lines = [f"#### Launcher overhead per compile ({meta})\n",
             "| jobs | compiles (all runs) | compile as setuptools saw it, pip / wheelwright (median) "
             "| added wall, within a run: median | p95 | mean "
             "| added wall, between ways: median | p95 "
             "| shim CPU per compile (mean) | node CPU per command |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for jobs, s in summary.items():
        w, b = s["within_ms"], s["between_ms"]
        lines.append(
            f"| {jobs} | {s['compiles_paired']} "
            f"| {ms(s['compile_wall_ms']['pip'])} / {ms(s['compile_wall_ms']['wheelwright'])} "
            f"| **{ms(w['median'])}** | {ms(w['p95'])} | {ms(w['mean'])} "
            f"| {ms(b['median'])} | {ms(b['p95'])} "
            f"| {ms(s['shim_cpu_ms']['mean'])} | {ms(s['node_cpu_per_command_ms'])} |")
    lines += ["", "Whole builds (median):\n",
              "| jobs | way | wall | CPU, all processes | compile+link phase (first compile to last link) "
              "| before the first compile | after the last link | others' CPU | runs |",
              "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for jobs, s in summary.items():
        for way in WAYS:
            e = s["whole"][way]
            lines.append(f"| {jobs} | {way} | {e['wall_s']:.2f} s | {e['cpu_s']:.2f} s "
                         f"| {e['phase_span_s']:.2f} s | {e['before_first_s']:.2f} s "
                         f"| {e['after_last_s']:.2f} s | {e['foreign_cpu_s']:.1f} s | {e['runs']} |")
        pip, ww = s["whole"]["pip"], s["whole"]["wheelwright"]
        lines.append(f"| {jobs} | wheelwright − pip | {ww['wall_s'] - pip['wall_s']:+.2f} s "
                     f"({100 * (ww['wall_s'] / pip['wall_s'] - 1):+.1f} %) "
                     f"| {ww['cpu_s'] - pip['cpu_s']:+.2f} s ({100 * (ww['cpu_s'] / pip['cpu_s'] - 1):+.1f} %) "
                     f"| {ww['phase_span_s'] - pip['phase_span_s']:+.2f} s "
                     f"({100 * (ww['phase_span_s'] / pip['phase_span_s'] - 1):+.1f} %) "
                     f"| {ww['before_first_s'] - pip['before_first_s']:+.2f} s "
                     f"| {ww['after_last_s'] - pip['after_last_s']:+.2f} s | | |")
    return "\n".join(lines)
