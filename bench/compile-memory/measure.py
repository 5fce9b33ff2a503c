#!/usr/bin/python3
"""Compile every corpus file and record peak RSS, wall time and CPU time.

For each translation unit listed in work/manifest.json (written by corpus.py)
this runs, one compile at a time by default:

    gcc|g++ <flags> -fPIC $(python3-config --includes) -c FILE -o TMP.o

with <flags> = "-O2" and "-O2 -g" for every file, plus "-O0", "-O0 -g",
"-O3" and "-O2 -flto" for the files marked "extra" in the manifest
(--flags runs other flag sets, e.g. GCC garbage-collector --param settings).

Peak RSS is the maximum resident set size over the whole compiler process
tree (gcc driver -> cc1/cc1plus -> as).  Each compile is a fresh child that
is reaped with os.wait4(); the rusage that wait4 returns for a child covers
the child and all of its reaped descendants (Linux: RUSAGE_BOTH of the
child), so ru_maxrss is the tree maximum and nothing carries over from one
compile to the next.  CPU time is user+sys of the same tree.

Rows are appended to measurements.csv as they finish; an interrupted run can
be resumed (rows already present for the same file/flags/rep are skipped).

Usage:  python3 measure.py [--csv measurements.csv] [--only NAME,...]
                           [--max-bytes N] [--repeats N] [--jobs 1|2]
                           [--flags 'FLAGS;FLAGS...']
        python3 measure.py --preprocess   # writes preprocessed.csv
"""

import argparse
import csv
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))

BASE_CONFIGS = [["-O2"], ["-O2", "-g"]]
EXTRA_CONFIGS = [["-O0"], ["-O0", "-g"], ["-O3"], ["-O2", "-flto"]]

FIELDS = [
    "name", "kind", "lang", "cython_generated", "size_bytes", "lines",
    "opt", "debug", "lto", "flags", "rep",
    "peak_rss_bytes", "wall_s", "cpu_s", "obj_bytes", "returncode",
    "compiler", "date",
]


def python_config():
    """python3-config belonging to the interpreter running this script."""
    cand = sys.executable + "-config"
    return cand if os.path.exists(cand) else "python3-config"


def python_includes(config):
    out = subprocess.run([config, "--includes"], capture_output=True,
                         text=True, check=True).stdout
    seen = []
    for flag in shlex.split(out):
        if flag not in seen:
            seen.append(flag)
    return seen


def compiler_version(cc):
    return subprocess.run([cc, "--version"], capture_output=True,
                          text=True).stdout.splitlines()[0].strip()


def compile_once(cc, flags, includes, src, tmpdir):
    """Run one compile as a fresh child; return measurements (dict)."""
    obj = os.path.join(tmpdir, f"out-{threading.get_ident()}.o")
    cmd = [cc] + flags + ["-fPIC"] + includes + ["-c", src, "-o", obj]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    # read stderr in a thread so a chatty compiler cannot block on the pipe
    err = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()))
    reader.start()
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t0
    reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)  # keep Popen quiet
    rc = proc.returncode
    if rc != 0:
        sys.stderr.write(err[0].decode("utf-8", "replace")[-3000:])
    obj_bytes = os.path.getsize(obj) if os.path.exists(obj) else 0
    if os.path.exists(obj):
        os.unlink(obj)
    return {
        "peak_rss_bytes": ru.ru_maxrss * 1024,  # Linux reports KiB
        "wall_s": round(wall, 3),
        "cpu_s": round(ru.ru_utime + ru.ru_stime, 3),
        "obj_bytes": obj_bytes,
        "returncode": rc,
    }


def preprocess_all(manifest, includes, work, path):
    """Size of each translation unit after preprocessing (headers expanded,
    as the compiler proper sees it).  A planner can get this cheaply by
    running `cc -E` before compiling; see RESULTS.md."""
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "lang", "size_bytes", "pp_bytes", "pp_lines",
                    "pp_wall_s"])
        for m in sorted(manifest, key=lambda m: m["size_bytes"]):
            cc = "gcc" if m["lang"] == "c" else "g++"
            t0 = time.monotonic()
            out = subprocess.run([cc, "-E", "-P", "-fPIC"] + includes +
                                 [os.path.join(work, m["path"])],
                                 capture_output=True, check=True).stdout
            wall = time.monotonic() - t0
            w.writerow([m["name"], m["lang"], m["size_bytes"], len(out),
                        out.count(b"\n"), round(wall, 3)])
            print(f"{m['name']:22s} {m['size_bytes']:>10d} -> {len(out):>10d} B "
                  f"preprocessed ({wall:.2f}s)", flush=True)
    print(f"wrote {path}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--csv", default=os.path.join(HERE, "measurements.csv"))
    ap.add_argument("--only", default="", help="comma-separated file names")
    ap.add_argument("--max-bytes", type=int, default=0,
                    help="skip files larger than this (0: no limit)")
    ap.add_argument("--repeats", type=int, default=1,
                    help="compile each (file, flags) this many times")
    ap.add_argument("--no-extra", action="store_true",
                    help="only -O2 and -O2 -g")
    ap.add_argument("--jobs", type=int, default=1, choices=(1, 2),
                    help="concurrent compiles (2 distorts wall time)")
    ap.add_argument("--python-config", default=python_config(),
                    help="python3-config to take the include flags from")
    ap.add_argument("--flags", default="",
                    help="run these flag sets instead of the default ones, "
                         "';'-separated, e.g. '-O2 --param ggc-min-expand=20'")
    ap.add_argument("--preprocess", action="store_true",
                    help="instead of compiling, run the preprocessor (-E) on "
                         "every file and write preprocessed.csv (size of the "
                         "translation unit with all headers expanded)")
    ap.add_argument("--tokens", action="store_true",
                    help="instead of compiling, count every file's tokens, calls and strings "
                         "(tokens.py) into tokens.csv")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    with open(os.path.join(args.work, "manifest.json")) as f:
        manifest = json.load(f)
    only = set(filter(None, args.only.split(",")))
    includes = python_includes(args.python_config)
    versions = {"c": compiler_version("gcc"), "c++": compiler_version("g++")}

    if args.tokens:
        from tokens import count_calls, count_strings, count_tokens
        path = os.path.join(os.path.dirname(args.csv), "tokens.csv")
        with open(path, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["name", "size_bytes", "tokens", "calls", "strings"])
            for m in sorted(manifest, key=lambda m: m["size_bytes"]):
                with open(os.path.join(args.work, m["path"]), "rb") as src:
                    content = src.read()
                w.writerow([m["name"], m["size_bytes"], count_tokens(content),
                            count_calls(content), count_strings(content)])
        print(f"wrote {path}")
        return

    if args.preprocess:
        preprocess_all(manifest, includes, args.work,
                       os.path.join(os.path.dirname(args.csv), "preprocessed.csv"))
        return

    done = set()
    if os.path.exists(args.csv):
        with open(args.csv) as f:
            for row in csv.DictReader(f):
                done.add((row["name"], row["flags"], row["rep"]))

    # all -O2 / -O2 -g first (smallest files first), then the extra configs,
    # so an interrupted run still covers every size
    jobs = []
    plan = (BASE_CONFIGS, [] if args.no_extra else EXTRA_CONFIGS)
    if args.flags:
        plan = ([shlex.split(f) for f in args.flags.split(";") if f.strip()],)
    for configs in plan:
        for m in sorted(manifest, key=lambda m: m["size_bytes"]):
            if only and m["name"] not in only:
                continue
            if args.max_bytes and m["size_bytes"] > args.max_bytes:
                continue
            if configs is EXTRA_CONFIGS and not m["extra"]:
                continue
            for flags in configs:
                for rep in range(args.repeats):
                    if (m["name"], " ".join(flags), str(rep)) not in done:
                        jobs.append((m, flags, rep))
    print(f"{len(jobs)} compiles to run; includes: {' '.join(includes)}")
    print(f"gcc: {versions['c']}\ng++: {versions['c++']}", flush=True)
    if args.dry_run:
        for m, flags, rep in jobs:
            print(m["name"], " ".join(flags), rep)
        return

    new_file = not os.path.exists(args.csv)
    out = open(args.csv, "a", newline="")
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    if new_file:
        writer.writeheader()
    lock = threading.Lock()
    t_start = time.monotonic()
    total_wall = [0.0]

    def run(job, tmpdir):
        m, flags, rep = job
        cc = "gcc" if m["lang"] == "c" else "g++"
        src = os.path.join(args.work, m["path"])
        r = compile_once(cc, flags, includes, src, tmpdir)
        opt = next((f for f in flags if f.startswith("-O")), "-O0")
        row = {
            "name": m["name"], "kind": m["kind"], "lang": m["lang"],
            "cython_generated": int(m["cython_generated"]),
            "size_bytes": m["size_bytes"], "lines": m["lines"],
            "opt": opt, "debug": int("-g" in flags),
            "lto": int("-flto" in flags), "flags": " ".join(flags),
            "rep": rep, **r, "compiler": versions[m["lang"]],
            "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        with lock:
            writer.writerow(row)
            out.flush()
            total_wall[0] += r["wall_s"]
            print(f"{m['name']:22s} {row['flags']:12s} rep{rep} "
                  f"{r['peak_rss_bytes'] / 2**20:8.1f} MiB {r['wall_s']:7.2f}s "
                  f"rc={r['returncode']}  [elapsed {time.monotonic() - t_start:6.0f}s]",
                  flush=True)

    with tempfile.TemporaryDirectory(prefix="compile-memory-") as tmpdir:
        if args.jobs == 1:
            for job in jobs:
                run(job, tmpdir)
        else:
            queue = list(jobs)

            def worker():
                while True:
                    with lock:
                        if not queue:
                            return
                        job = queue.pop(0)
                    run(job, tmpdir)
            threads = [threading.Thread(target=worker) for _ in range(args.jobs)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    out.close()
    print(f"done: {len(jobs)} compiles, {total_wall[0]:.0f}s of compiling, "
          f"{time.monotonic() - t_start:.0f}s elapsed on {platform.node()}")


if __name__ == "__main__":
    main()
