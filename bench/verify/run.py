#!/usr/bin/python3
"""Times `wheelwright verify` of the same wheels with two builds of the CLI, taking turns.

    /usr/bin/python3 bench/verify/run.py --cli before=OLD/cli.js --cli after=dist/cli.js \
        --runs 5 --label lxml --python /usr/bin/python3 WHEEL [WHEEL...]

Each run is one `node CLI verify WHEEL... --python-versions PYTHONS --json` (the whole command:
Node's start, the interpreters' inspection, the unpacking, the library and policy checks and the
import test), from a fresh temporary directory; the CLIs take turns so that the others' load on
this shared machine falls on both alike. Every run's wall time, the CPU its processes used, the
machine's load average (/proc/loadavg) before it and whether verify passed are printed and
appended as JSON lines to --out.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import tempfile
import time


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", action="append", required=True, help="NAME=path/to/cli.js")
    ap.add_argument("--python", required=True, help="--python-versions for verify")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--label", required=True)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "results.jsonl"))
    ap.add_argument("wheels", nargs="+")
    args = ap.parse_args()
    clis = [c.split("=", 1) for c in args.cli]
    times = {name: [] for name, _ in clis}
    with open(args.out, "a") as out:
        for run in range(args.runs):
            for name, cli in clis:
                with open("/proc/loadavg") as f:
                    load = f.read().split()[:3]
                with tempfile.TemporaryDirectory(prefix="bench-verify-") as tmp:
                    argv = ["node", os.path.abspath(cli), "verify", *map(os.path.abspath, args.wheels),
                            "--python-versions", args.python, "--json"]
                    cpu = children_cpu()
                    start = time.monotonic()
                    ran = subprocess.run(argv, cwd=tmp, capture_output=True, text=True,
                                         env={**os.environ, "TMPDIR": tmp})
                    wall = time.monotonic() - start
                    cpu = children_cpu() - cpu
                verdicts = json.loads(ran.stdout) if ran.stdout.strip() else []
                verdicts = verdicts if isinstance(verdicts, list) else [verdicts]
                row = {"label": args.label, "cli": name, "run": run, "wall_s": round(wall, 3),
                       "cpu_s": round(cpu, 3), "loadavg": load, "exit": ran.returncode,
                       "ok": [v.get("ok") for v in verdicts],
                       "date": time.strftime("%Y-%m-%dT%H:%M:%S")}
                out.write(json.dumps(row) + "\n")
                out.flush()
                times[name].append(wall)
                print(json.dumps(row), flush=True)
    for name, walls in times.items():
        print(f"{args.label} {name}: best {min(walls):.2f} s, median {statistics.median(walls):.2f} s "
              f"of {len(walls)}")


if __name__ == "__main__":
    main()
