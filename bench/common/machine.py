"""What the machine is (for the record) and how busy others keep it (for judging wall times)."""

import hashlib
import os
import platform
import subprocess
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cpu_count():
    return len(os.sched_getaffinity(0))


def busy_seconds():
    """CPU seconds the whole machine has spent not idle since boot."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / CLK_TCK


def wait_for_quiet(limit_s, threshold=0.25):
    """Waits until the machine's busy CPUs stay under `threshold` for 2 s; returns what it saw."""
    deadline = time.monotonic() + limit_s
    calm = 0
    while True:
        before = busy_seconds()
        time.sleep(1.0)
        busy = busy_seconds() - before
        calm = calm + 1 if busy < threshold else 0
        if calm >= 2 or time.monotonic() >= deadline:
            return busy


def first_line(argv):
    """The first line a tool prints about itself (stdout, else stderr), or None."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True)
    except OSError:
        return None
    lines = (done.stdout or done.stderr).splitlines()
    return lines[0] if lines else None


def versions(pythons):
    out = {}
    for python in pythons:
        out[python] = subprocess.run(
            [python, "-c", "import sys, setuptools, pip, wheel, sysconfig; "
             "print(sys.version.split()[0], sys.implementation.name, 'setuptools', "
             "setuptools.__version__, 'pip', pip.__version__, 'wheel', wheel.__version__, "
             "'CFLAGS', sysconfig.get_config_var('CFLAGS'))"],
            capture_output=True, text=True).stdout.strip()
    return out


def machine_facts(pythons, cli, tools=None):
    """The machine, the interpreters, wheelwright's commit and CLI, and the versions of `tools`
    (name -> argv whose first line of output is recorded under that name)."""
    model = None
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_total = int(f.readline().split()[1]) * 1024

    def git(*a):
        return subprocess.run(["git", "-C", REPO, *a], capture_output=True, text=True).stdout.strip()

    facts = {
        "cores": cpu_count(), "cpu_model": model, "memory_bytes": mem_total,
        "kernel": platform.release(),
        "os": first_line(["sh", "-c", ". /etc/os-release; echo $PRETTY_NAME"]),
        "gcc": first_line(["gcc", "--version"]), "node": first_line(["node", "--version"]),
        "pythons": versions(pythons),
        "wheelwright_commit": git("rev-parse", "HEAD"),
        "wheelwright_dirty": bool(git("status", "--porcelain", "--", "src", "dist")),
        "cli_sha256": hashlib.sha256(open(cli, "rb").read()).hexdigest()[:16],
    }
    for name, argv in (tools or {}).items():
        facts[name] = first_line(argv)
    return facts
