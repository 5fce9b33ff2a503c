"""One measured build, the way the launcher benchmarks run it: a plain `pip wheel` or a
wheelwright build, each with the spawn timer, timed as a whole, with wheelwright's node process
sampled for its own CPU."""

import os
import shutil
import subprocess

from common.machine import wait_for_quiet
from common.runs import (Timed, copy_package, log, parallel_config, pip_wheel, read_jsonl,
                         wheelwright_build)
from spawns import CpuSampler, phase, read_spawns

HERE = os.path.dirname(os.path.abspath(__file__))
TIMER = os.path.join(HERE, "spawn_timer")


def prepare(run_dir):
    shutil.rmtree(run_dir, ignore_errors=True)
    dirs = {d: os.path.join(run_dir, d) for d in ("tmp", "out", "report", "logs")}
    for d in dirs.values():
        os.makedirs(d)
    return dirs


def build(spec, ctx):
    """Runs one build described by `spec`:
      way       "pip" or "wheelwright"
      package   the package directory (wheelwright copies it; pip builds a copy made here)
      run_dir   this run's own directory (removed first)
      jobs      build_ext --parallel for pip, --jobs for wheelwright
      env       extra variables (CC, CCACHE_DIR, ...)
      cache_dir wheelwright's --cache-dir;  cache: its --cache (True/False)
      tmp       TMPDIR (wheelwright's scratch directory is under it): the same path from run to
                run, so compile directories, and so cache keys, repeat
    Returns the figures; the run's logs and report stay in run_dir."""
    dirs = prepare(spec["run_dir"])
    spawn_log = os.path.join(spec["run_dir"], "spawns.jsonl")
    os.makedirs(spec["tmp"], exist_ok=True)
    env = dict(ctx["env"], **spec.get("env", {}), TMPDIR=spec["tmp"], PYTHONPATH=TIMER,
               WW_BENCH_SPAWN_LOG=spawn_log)
    log_file = os.path.join(dirs["logs"], f"{spec['way']}.log")
    idle_before = wait_for_quiet(ctx["quiet_wait"])
    sampler = None
    with open(log_file, "w") as logf, Timed() as timed:
        if spec["way"] == "pip":
            source = os.path.join(spec["tmp"], "src")
            shutil.rmtree(source, ignore_errors=True)
            copy_package(spec["package"], source)
            env.update(parallel_config(spec["run_dir"], spec["jobs"]))
            code = subprocess.call(pip_wheel(ctx["python"], source, dirs["out"]), cwd=source,
                                   env=env, stdout=logf, stderr=subprocess.STDOUT)
        else:
            argv = wheelwright_build(ctx["cli"], spec["package"], [ctx["python"]], dirs["out"],
                                     dirs["report"], spec["cache_dir"], spec["jobs"],
                                     ["--cache", "true" if spec.get("cache") else "false"])
            proc = subprocess.Popen(argv, env=env, stdout=logf, stderr=subprocess.STDOUT)
            sampler = CpuSampler(proc.pid)
            code = proc.wait()
            sampler.stop()
    spawns = [s for s in read_spawns(spawn_log) if s["kind"] in ("compile", "link")]
    wheels = [n for n in os.listdir(dirs["out"]) if n.endswith(".whl")]
    commands = phase(spawns)
    result = {
        **timed.figures(), "exit": code, "ok": code == 0 and len(wheels) == 1,
        "idle_before_busy_cpus": round(idle_before, 3),
        "compiles": sum(1 for s in spawns if s["kind"] == "compile"),
        "links": sum(1 for s in spawns if s["kind"] == "link"),
        "failed_commands": sum(1 for s in spawns if s["status"] != 0),
        "phase_span_s": commands["span_s"], "phase_sum_s": commands["sum_s"],
        # before the first compile: node, probing, pip and setuptools starting; after the last
        # link: the wheel written, pip and (for wheelwright) the report
        "before_first_s": commands["first"] and round(commands["first"] - timed.started_epoch, 3),
        "after_last_s": commands["last"] and round(timed.ended_epoch - commands["last"], 3),
    }
    journal = read_jsonl(os.path.join(dirs["report"], "journal.jsonl"))
    if sampler:
        result["node_cpu_s"] = sampler.total()
        result["node_phase_cpu_s"] = (sampler.between(commands["first"], commands["last"])
                                      if spawns else None)
    if journal:
        result["journal"] = {
            "compiles": sum(1 for r in journal if r["kind"] == "compile"),
            "hits": sum(1 for r in journal if r.get("cacheHit")),
            "wall_sum_s": sum(r["wallMs"] for r in journal) / 1000,
            "cpu_sum_s": sum(r["cpuMs"] for r in journal) / 1000,
            "retries": sum(1 for r in journal if r["attempt"] > 1),
        }
    result["fallbacks"] = os.path.exists(os.path.join(dirs["report"], "launcher-fallback.log"))
    return result, spawns, journal


def log_result(label, result, extra=""):
    log(f"{label} {'ok ' if result['ok'] else 'FAILED'} wall {result['wall_s']:5.1f} s, "
        f"CPU {result['cpu_s']:5.1f} s, {result['compiles']} compiles, compile+link phase "
        f"{result['phase_span_s']} s{extra}, others' CPU {result['foreign_cpu_s']:.1f} s")
