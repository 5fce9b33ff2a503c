#!/usr/bin/python3
"""distcc benchmark (issue 18): a real package's cold build with 0 and N distccd hosts.

This machine has 2 CPUs, and the hosts can only be on this machine: each host is a distccd in
a network namespace of the bench's own (`wwdcbench`, reached over one veth pair: 10.77.99.1
here, 10.77.99.2 there, `--allow` 10.77.99.1 only; nothing outside the machine is addressed).
The machine is split in two so that a host adds a CPU the build does not have: the build
(`node cli.mjs build ...` and everything it runs) is pinned to CPU 0 with taskset, so
wheelwright plans one local slot, and every distccd is pinned to CPU 1. Other sessions share
both CPUs, so wall times are stretched by their load; each run records the CPU others used.

Ways, each a cold build (a fresh --cache-dir, so no cache hit; the object cache is on, as by
default, and stores the remote objects), verification and repair off:
  local    no distcc-hosts: one local slot on CPU 0;
  hosts-1  one distccd with --jobs J (`10.77.99.2:3632/J`);
  hosts-N  N distccds on ports 3632.., each --jobs max(1, J / N): the same CPU behind N entries,
           so the difference to hosts-1 is wheelwright's dispatch across hosts, not capacity;
  down     `10.77.99.2:3699/J` where nothing listens: every connection is refused, each compile
           falls back here, the host is left out after two failures and the run must warn.
Per run: wall time, the build's own CPU, each CPU's busy time (/proc/stat), the veth's bytes
both ways, and from the journal the compiles sent per host, the fallbacks, and what a sent
compile cost here (distcc's client and its preprocessing) and took end to end. Every run's
wheels are compared with the local run's (extensions without debug sections and build ID, which
carry the build directory; RECORD without their hashes).

The model (in bench/RESULTS.md), in CPU seconds because the load stretches wall times: from the
local run T = the build's CPU, P = its compiles' CPU, S = T - P (Python, pip, setuptools, node,
links: what stays here); from a hosts run r = the CPU a sent compile still costs here over what
it costs to compile. With N hosts as fast as this CPU and a share x of the compile work sent, the
runner does S + (1 - x) P + r x P and the hosts x P / N; the best x balances the two:
T(N) = max(S + r P, (S + P) / (1 + N (1 - r)), longest compile), at most T.

Usage (as root: network namespaces; build the bundle first, `npm run build`):
  /usr/bin/python3 bench/distcc/run.py                      # -> bench/distcc/results.json
  /usr/bin/python3 bench/distcc/run.py --report bench/distcc/results.json
"""

import argparse
import datetime
import hashlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from common.machine import REPO, machine_facts, wait_for_quiet  # noqa: E402
from common.runs import Timed, clean_env, log, read_jsonl, wheelwright_build  # noqa: E402

NS = "wwdcbench"
VETH = "wwdcbench0"
HERE_ADDRESS = "10.77.99.1"
HOST_ADDRESS = "10.77.99.2"
FIRST_PORT = 3632
DOWN_PORT = 3699  # nothing listens there
PYTHONS = {1: ["/usr/bin/python3"],
           3: ["/usr/bin/python3", "/usr/bin/python3.11-dbg", "/usr/bin/pypy3"]}
SOURCES = "/var/cache/wheelwright-test-sources"


def ip(*args, check=True):
    return subprocess.run(["ip", *args], check=check, capture_output=True, text=True)


def cpu_busy():
    """Busy seconds per CPU since boot, from /proc/stat."""
    busy = {}
    clk = os.sysconf("SC_CLK_TCK")
    with open("/proc/stat") as f:
        for line in f:
            name, *fields = line.split()
            if name.startswith("cpu") and name != "cpu":
                values = [int(v) for v in fields[:8]]
                busy[name] = (sum(values) - values[3] - values[4]) / clk
    return busy


def veth_bytes():
    stats = json.loads(ip("-s", "-j", "link", "show", VETH).stdout)[0]["stats64"]
    return {"tx": stats["tx"]["bytes"], "rx": stats["rx"]["bytes"]}


def leftovers():
    """The bench's namespace, veth or daemons still there."""
    left = []
    if NS in ip("netns", "list", check=False).stdout.split():
        left.append(f"namespace {NS}: pids {ip('netns', 'pids', NS, check=False).stdout.split()}")
    if VETH in ip("-o", "link", check=False).stdout:
        left.append(f"veth {VETH}")
    return left


class Network:
    """The namespace and the veth pair; `start(n, jobs)` runs n distccds on CPU 1 in it."""

    def __init__(self, log_dir):
        self.log_dir = log_dir
        self.daemons = []
        # a namespace of this bench's name left by a run that was killed -9 is this bench's own
        if leftovers():
            log(f"removing what an earlier run left: {leftovers()}")
            self.close()
        ip("netns", "add", NS)
        try:
            ip("link", "add", VETH, "type", "veth", "peer", "name", VETH + "p")
            ip("link", "set", VETH + "p", "netns", NS)
            ip("addr", "add", HERE_ADDRESS + "/30", "dev", VETH)
            ip("link", "set", VETH, "up")
            ip("-n", NS, "addr", "add", HOST_ADDRESS + "/30", "dev", VETH + "p")
            ip("-n", NS, "link", "set", VETH + "p", "up")
            ip("-n", NS, "link", "set", "lo", "up")
        except BaseException:
            self.close()
            raise

    def start(self, count, jobs):
        """n daemons on ports 3632.. (all on CPU 1); returns their distcc-hosts entries."""
        self.stop()
        specs = []
        for i in range(count):
            port = FIRST_PORT + i
            out = open(os.path.join(self.log_dir, f"distccd-{count}-{i}.log"), "a")
            self.daemons.append(subprocess.Popen(
                ["ip", "netns", "exec", NS, "taskset", "-c", "1", "distccd", "--daemon",
                 "--no-detach", "--log-stderr", "--log-level", "notice", "--port", str(port),
                 "--allow", HERE_ADDRESS + "/32", "--listen", HOST_ADDRESS, "--jobs", str(jobs)],
                stdout=out, stderr=out))
            out.close()
            deadline = time.monotonic() + 10
            while True:
                try:
                    socket.create_connection((HOST_ADDRESS, port), timeout=0.5).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            specs.append(f"{HOST_ADDRESS}:{port}/{jobs}")
        return specs

    def cpu_s(self):
        """CPU the namespace's processes used: each one's own and its reaped children's (distccd's
        preforked workers reap their compilers; the daemon reaps a worker that exits)."""
        total = 0
        for pid in ip("netns", "pids", NS, check=False).stdout.split():
            try:
                with open(f"/proc/{pid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except FileNotFoundError:
                continue
            total += sum(int(v) for v in fields[11:15])
        return total / os.sysconf("SC_CLK_TCK")

    def stop(self):
        """Kills every process in the namespace (daemons, their workers, their compilers)."""
        deadline = time.monotonic() + 10
        while True:
            pids = ip("netns", "pids", NS, check=False).stdout.split()
            if not pids or time.monotonic() > deadline:
                break
            for pid in pids:
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.1)
        for daemon in self.daemons:
            daemon.wait()
        self.daemons = []

    def close(self):
        self.stop()
        ip("netns", "del", NS, check=False)
        ip("link", "del", VETH, check=False)
        left = leftovers()
        if left:
            raise RuntimeError(f"left behind: {left}")


def wheel_content(wheel, scratch):
    """A wheel's files by SHA-256, without what carries the build directory (see the docstring)."""
    content = {}
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith(".so"):
                raw = os.path.join(scratch, "x.so")
                with open(raw, "wb") as f:
                    f.write(data)
                subprocess.run(["objcopy", "--strip-debug", "--remove-section=.note.gnu.build-id",
                                raw, raw + ".bare"], check=True)
                with open(raw + ".bare", "rb") as f:
                    data = f.read()
            elif name.endswith("/RECORD"):
                data = "\n".join(line.split(",")[0] if ".so," in line else line
                                 for line in data.decode().split("\n")).encode()
            content[name] = hashlib.sha256(data).hexdigest()
    return content


def wheels_of(out_dir):
    with tempfile.TemporaryDirectory() as scratch:
        return {os.path.basename(w): wheel_content(os.path.join(out_dir, w), scratch)
                for w in sorted(os.listdir(out_dir)) if w.endswith(".whl")}


def journal_figures(report_dir):
    journal = read_jsonl(os.path.join(report_dir, "journal.jsonl"))
    compiles = [r for r in journal if r["kind"] == "compile"]
    sent = [r for r in compiles if r.get("host")]
    here = [r for r in compiles if not r.get("host")]
    per_host = {}
    for r in sent:
        per_host[r["host"]] = per_host.get(r["host"], 0) + 1
    return {
        "compiles": len(compiles),
        "links": sum(1 for r in journal if r["kind"] == "link"),
        "sent": len(sent),
        "per_host": per_host,
        "fallbacks": sum(1 for r in compiles if r.get("hostFailure")),
        "fallback_errors": sorted({r["hostFailure"]["error"] for r in compiles
                                   if r.get("hostFailure")})[:3],
        "compile_cpu_here_s": sum(r["cpuMs"] for r in here) / 1000,
        "sent_cpu_here_s": sum(r["cpuMs"] for r in sent) / 1000,
        "sent_wall_s": sum(r["wallMs"] for r in sent) / 1000,
        "link_cpu_s": sum(r["cpuMs"] for r in journal if r["kind"] == "link") / 1000,
        "by_source": {f"{r['build']}/{r['source']}": {"cpu_s": r["cpuMs"] / 1000,
                                                      "wall_s": r["wallMs"] / 1000}
                      for r in compiles},
        "sent_sources": [f"{r['build']}/{r['source']}" for r in sent],
    }


def measure(cli, name, package, pythons, way, hosts, network, work, quiet_wait):
    run_dir = os.path.join(work, "runs", f"{name}-{len(pythons)}-{way}-{time.time():.0f}")
    os.makedirs(run_dir)
    extra = ["--repair-command", "off"]
    if hosts:
        extra += ["--distcc-hosts", " ".join(hosts)]
    out_dir = os.path.join(run_dir, "out")
    argv = ["taskset", "-c", "0"] + wheelwright_build(
        cli, package, pythons, out_dir, os.path.join(run_dir, "report"),
        os.path.join(run_dir, "cache"), extra=extra)
    quiet = wait_for_quiet(quiet_wait)
    busy, traffic, host_cpu = cpu_busy(), veth_bytes(), network.cpu_s()
    with open(os.path.join(run_dir, "stderr.log"), "w") as err, Timed() as timed:
        ran = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=err, env=clean_env())
    after, traffic_after = cpu_busy(), veth_bytes()
    # a worker still running its last compile is not counted yet: wait for the daemons to reap
    time.sleep(0.5)
    host_cpu = network.cpu_s() - host_cpu
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    with open(os.path.join(run_dir, "report", "report.json")) as f:
        report = json.load(f)
    with open(os.path.join(run_dir, "stderr.log")) as f:
        stderr = f.read()
    launcher = report["launcher"]
    result = {
        "package": name, "pythons": len(pythons), "way": way, "hosts": hosts,
        "ok": ran.returncode == 0 and not report["failed"],
        **timed.figures(),
        # the hosts' compiles are in the others' CPU (not children of this process): taken out
        "host_cpu_s": round(host_cpu, 2),
        "others_cpu_s": round(timed.foreign_cpu_s - host_cpu, 2),
        "busy_before_s_per_s": round(quiet, 2),
        "cpu_busy_s": {k: round(after[k] - busy[k], 2) for k in after},
        "veth_bytes": {k: traffic_after[k] - traffic[k] for k in traffic},
        "local_slots": report["jobs"],
        "remote": launcher.get("remote") if launcher.get("enabled") else None,
        "warned": "wheelwright: warning: distcc:" in stderr,
        "loadavg_after": load,
        "wheels": wheels_of(out_dir),
        **journal_figures(os.path.join(run_dir, "report")),
    }
    log(f"{name} x{len(pythons)} {way}: {'ok' if result['ok'] else 'FAILED'} "
        f"{result['wall_s']:.1f} s wall, {result['cpu_s']:.1f} s CPU, hosts {result['host_cpu_s']:.1f} s, "
        f"others {result['others_cpu_s']:.1f} s, "
        f"{result['sent']}/{result['compiles']} sent {result['per_host']}, "
        f"{result['fallbacks']} fallbacks, veth {result['veth_bytes']}")
    return result


def model(local, remote):
    """T(N) from the local run's S and P and a hosts run's r (see the docstring)."""
    p = local["compile_cpu_here_s"]
    t = local["cpu_s"]
    s = t - p
    pairs = [(remote["by_source"][k]["cpu_s"], local["by_source"][k]["cpu_s"])
             for k in remote["sent_sources"] if k in local["by_source"]]
    r = sum(c for c, _ in pairs) / sum(v for _, v in pairs) if pairs else None
    out = {"T_s": round(t, 2), "S_s": round(s, 2), "P_s": round(p, 2),
           "r": None if r is None else round(r, 3)}
    if r is None:
        return out
    longest = max((v["cpu_s"] for v in local["by_source"].values()), default=0)
    out["longest_s"] = round(longest, 2)
    for n in (1, 2, 4, 8):
        out[f"T{n}_s"] = round(min(max(s + r * p, (s + p) / (1 + n * (1 - r)), longest), t), 2)
    out["model_speedup_1"] = round(t / out["T1_s"], 3)
    out["measured_speedup_1"] = round(local["wall_s"] / remote["wall_s"], 3)
    return out


def median_of(runs, key):
    return statistics.median(r[key] for r in runs)


def markdown(data):
    mib = lambda b: f"{b / 2**20:.1f} MiB"  # noqa: E731
    rows = ["| package | interpreters | way | runs ok | wall (median) | wall range | build CPU here "
            "| hosts' CPU | others' CPU | sent / compiles | per port | fallbacks | veth out / in "
            "| wheels as local |",
            "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|"]
    models = ["| package | interpreters | T (local CPU) | S | P | longest compile | r (hosts-1) "
              "| T(1) | model speed-up | measured (wall, medians) | T(2) | T(4) | T(8) |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for group in data["groups"]:
        by_way = group["runs"]
        local = by_way["local"]
        for way, runs in by_way.items():
            if not runs:
                continue
            same = all(r["wheels"] == local[0]["wheels"] for r in runs)
            walls = [r["wall_s"] for r in runs]
            last = runs[-1]
            per_host = ", ".join(f"{h.rsplit(':', 1)[1]}: {n}" for h, n in last["per_host"].items())
            rows.append(
                f"| {last['package']} | {last['pythons']} | {way} | "
                f"{sum(r['ok'] for r in runs)}/{len(runs)} | {median_of(runs, 'wall_s'):.1f} s | "
                f"{min(walls):.1f}–{max(walls):.1f} s | {median_of(runs, 'cpu_s'):.1f} s | "
                f"{median_of(runs, 'host_cpu_s'):.1f} s | {median_of(runs, 'others_cpu_s'):.1f} s | {last['sent']}/{last['compiles']} | "
                f"{per_host or '–'} | "
                f"{last['fallbacks']}{' (warned)' if last['warned'] else ''} | "
                f"{mib(last['veth_bytes']['tx'])} / {mib(last['veth_bytes']['rx'])} | "
                f"{'yes' if same else 'NO'} |")
        if by_way.get("hosts-1"):
            m = model(local[0], by_way["hosts-1"][0])
            if m.get("r") is not None:
                measured = median_of(local, "wall_s") / median_of(by_way["hosts-1"], "wall_s")
                models.append(
                    f"| {local[0]['package']} | {local[0]['pythons']} | {m['T_s']:.1f} s | {m['S_s']:.1f} s | "
                    f"{m['P_s']:.1f} s | {m['longest_s']:.1f} s | {m['r']:.3f} | {m['T1_s']:.1f} s | "
                    f"{m['model_speedup_1']:.2f}× | {measured:.2f}× | {m['T2_s']:.1f} s | "
                    f"{m['T4_s']:.1f} s | {m['T8_s']:.1f} s |")
    return "\n".join(rows + [""] + models)


def main():
    parser = argparse.ArgumentParser(description="a cold build with 0 and N distcc hosts")
    parser.add_argument("--work", default=os.path.join(HERE, "work"))
    parser.add_argument("--cli", default=os.path.join(REPO, "dist", "cli.js"))
    parser.add_argument("--package-dir", action="append", metavar="NAME=DIR",
                        help=f"a package to build (default pillow={SOURCES}/pillow-9.4.0)")
    parser.add_argument("--interpreters", default="1", help="1, 3 or 1,3")
    parser.add_argument("--jobs", type=int, default=2, help="remote slots in all (J)")
    parser.add_argument("--hosts", type=int, default=2, help="N for the hosts-N way (0: none)")
    parser.add_argument("--runs", type=int, default=2, help="runs of each way")
    parser.add_argument("--ways", default="local,hosts-1,hosts-N,down")
    parser.add_argument("--quiet-wait", type=float, default=15)
    parser.add_argument("--out", default=os.path.join(HERE, "results.json"))
    parser.add_argument("--report", metavar="RESULTS_JSON")
    args = parser.parse_args()
    if args.report:
        with open(args.report) as f:
            print(markdown(json.load(f)))
        return
    # SIGTERM ends the run through the finally below, which removes the namespace
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    packages = dict(p.split("=", 1) for p in (args.package_dir or [f"pillow={SOURCES}/pillow-9.4.0"]))
    ways = [w.replace("-N", f"-{args.hosts}") for w in args.ways.split(",")
            if not (w == "hosts-N" and args.hosts <= 1)]
    work = os.path.abspath(args.work)
    os.makedirs(os.path.join(work, "runs"), exist_ok=True)
    cli = os.path.join(work, "cli.mjs")
    shutil.copyfile(args.cli, cli)
    data = {"started": datetime.datetime.now().isoformat(timespec="seconds"),
            "machine": machine_facts(PYTHONS[3], cli, {"distcc": ["distcc", "--version"]}),
            "settings": {"jobs": args.jobs, "hosts": args.hosts, "runs": args.runs},
            "groups": []}
    network = Network(work)
    try:
        for count in [int(c) for c in args.interpreters.split(",")]:
            for name, package in packages.items():
                group = {"runs": {way: [] for way in ways}}
                data["groups"].append(group)
                for rep in range(args.runs):
                    # alternate the order, so a change in the others' load hits every way alike
                    for way in (ways if rep % 2 == 0 else ways[::-1]):
                        if way == "local":
                            network.stop()
                            hosts = []
                        elif way == "down":
                            network.stop()
                            hosts = [f"{HOST_ADDRESS}:{DOWN_PORT}/{args.jobs}"]
                        else:
                            n = int(way.split("-")[1])
                            hosts = network.start(n, max(1, args.jobs // n))
                        group["runs"][way].append(measure(cli, name, package, PYTHONS[count], way,
                                                          hosts, network, work, args.quiet_wait))
                        with open(args.out, "w") as f:
                            json.dump(data, f, indent=1)
    finally:
        network.close()
    data["ended"] = datetime.datetime.now().isoformat(timespec="seconds")
    data["left_behind"] = leftovers()
    with open(args.out, "w") as f:
        json.dump(data, f, indent=1)
    print(markdown(data))


if __name__ == "__main__":
    main()
