"""Reading what the spawn timer (spawn_timer/sitecustomize.py) and the launcher's journal
recorded, and pairing the two by the object each compile writes."""

import threading
import time

from common.machine import CLK_TCK
from common.runs import read_jsonl


def output_of(argv):
    """The file a compiler command writes (`-o PATH` or `-oPATH`), or None."""
    for i, arg in enumerate(argv):
        if arg == "-o" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("-o") and len(arg) > 2:
            return arg[2:]
    return None


def kind_of(argv):
    if "-c" in argv:
        return "compile"
    return "link" if "-shared" in argv else "other"


def read_spawns(path):
    records = read_jsonl(path)
    for r in records:
        r["kind"] = kind_of(r["argv"])
        r["output"] = output_of(r["argv"])
        r["end"] = r["start"] + r["wall_s"]
    return records


def phase(spawns):
    """The compile-and-link phase as the build saw it: its span from the first command's start
    to the last one's end, and the sum of the commands' wall times."""
    if not spawns:
        return {"span_s": None, "sum_s": None, "first": None, "last": None}
    first = min(r["start"] for r in spawns)
    last = max(r["end"] for r in spawns)
    return {"span_s": round(last - first, 3), "sum_s": round(sum(r["wall_s"] for r in spawns), 3),
            "first": first, "last": last}


def pair_with_journal(spawns, journal):
    """(spawn, journal record) for each compile and link that ran once, matched by output."""
    by_output = {}
    for r in journal:
        by_output.setdefault((r["kind"], r["output"]), []).append(r)
    pairs = []
    for s in spawns:
        found = by_output.get((s["kind"], s["output"]), [])
        if len(found) == 1 and found[0]["attempt"] == 1:
            pairs.append((s, found[0]))
    return pairs


def own_cpu_seconds(pid):
    """The process's own user + system CPU (not its children's), from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime


class CpuSampler:
    """Samples one process's own CPU every `interval` s while it runs: (epoch, CPU s) pairs."""

    def __init__(self, pid, interval=0.02):
        self.pid, self.interval, self.samples = pid, interval, []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                self.samples.append((time.time(), own_cpu_seconds(self.pid)))
            except (OSError, IndexError, ValueError):
                return  # it has ended (or is a zombie whose stat is gone)
            self._stop.wait(self.interval)

    def stop(self):
        self._stop.set()
        self._thread.join()

    def between(self, start, end):
        """CPU used from the last sample at or before `start` to the first at or after `end`."""
        before = [c for t, c in self.samples if t <= start]
        after = [c for t, c in self.samples if t >= end]
        if not before or not after:
            return None
        return after[0] - before[-1]

    def total(self):
        return self.samples[-1][1] if self.samples else None
