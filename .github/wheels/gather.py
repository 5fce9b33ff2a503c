"""The reusable workflow's last job: gathers every leg's wheels into one directory and writes one
summary for the whole run.

Reads from the environment PARTS (where actions/download-artifact put the legs' artifacts), OUT
(the directory to gather into), PREFIX (artifact-prefix), LEGS (the plan job's legs, JSON) and
BUILD_RESULT (needs.build.result); writes the summary to $GITHUB_STEP_SUMMARY and `wheels` and
`success` to $GITHUB_OUTPUT.

What is gathered: per leg, only its newest attempt's artifact (a re-run's artifact sits beside
the failed attempt's), and in it only the wheels its report.json lists as built: never what
verify moved to the report's rejected/.
"""

import glob
import json
import os
import re
import shutil
import sys

def pypi_refusals(report):
    """Why PyPI would refuse each built wheel, by file name, as the action judged it (report.json's
    `pypi`, from src/verify/pypi.ts: one rule for the action's summary and for this gather)."""
    return {
        os.path.basename(v["wheel"]): f"platform tag {v['tag']}: {v['detail']}"
        for v in report.get("pypi", [])
        if not v["accepted"]
    }


def artifacts(parts, prefix, legs):
    """{leg id: (attempt, directory)} with the newest attempt of each leg.

    download-artifact extracts each matched artifact into a directory of its name, except when
    exactly one matched: then its files go straight into `path` (actions/download-artifact since
    fff8c14, 2025-08-05: `artifacts.length === 1` takes the single-artifact path)."""
    name = re.compile(rf"^{re.escape(prefix)}-(\d+)-.*-a(\d+)-[^-]+-[^-]+$")
    found = {}
    for entry in sorted(os.listdir(parts)) if os.path.isdir(parts) else []:
        match = name.match(entry)
        if not match or not os.path.isdir(os.path.join(parts, entry)):
            continue
        leg, attempt = int(match.group(1)), int(match.group(2))
        if leg not in found or attempt > found[leg][0]:
            found[leg] = (attempt, os.path.join(parts, entry))
    if not found and glob.glob(os.path.join(parts, "**", "report.json"), recursive=True):
        # One artifact, unpacked flat: it is the only leg's, or (when others uploaded nothing)
        # one whose name is not known here.
        found[legs[0]["id"] if len(legs) == 1 else 0] = (0, parts)
    return found


def reports(directory):
    """Every report.json of a leg's artifact, outside any rejected/ directory."""
    return [
        path
        for path in sorted(glob.glob(os.path.join(directory, "**", "report.json"), recursive=True))
        if "rejected" not in os.path.relpath(path, directory).split(os.sep)[:-1]
    ]


def kept_wheels(report_path, report, directory):
    """The wheel files the report lists as built, found in the artifact outside rejected/."""
    wanted = {os.path.basename(w) for w in report.get("wheels", [])}
    rejected = os.path.join(os.path.dirname(report_path), "rejected") + os.sep
    return [
        path
        for path in sorted(glob.glob(os.path.join(directory, "**", "*.whl"), recursive=True))
        if os.path.basename(path) in wanted and not path.startswith(rejected)
    ]


def gather(env):
    parts, out, prefix = env.get("PARTS", "parts"), env.get("OUT", "wheelhouse"), env["PREFIX"]
    legs = json.loads(env.get("LEGS") or "[]")
    names = {leg["id"]: leg["name"] for leg in legs}
    os.makedirs(out, exist_ok=True)
    ok = env.get("BUILD_RESULT") == "success"
    rows, notes, wheels, refused = [], [], [], []
    found = artifacts(parts, prefix, legs)
    if 0 in found:
        # One artifact for several jobs: all but one uploaded nothing, which ones is not known.
        ok = False
        rows.append(f"| {len(legs) - 1} of {len(legs)} jobs | | ❌ no artifact | |")
    for leg in legs:
        if leg["id"] not in found and 0 not in found:
            ok = False
            rows.append(f"| {leg['name']} | | ❌ no artifact (the job failed before uploading) | |")
    for leg_id, (attempt, directory) in sorted(found.items()):
        runner = names.get(leg_id, "one runner")
        if attempt > 1:
            notes.append(f"{runner}: attempt {attempt} (a re-run) replaces the earlier attempts")
        listed = reports(directory)
        if not listed:
            ok = False
            rows.append(f"| {runner} | | ❌ no report.json in its artifact | |")
        for report_path in listed:
            with open(report_path) as f:
                report = json.load(f)
            ok = ok and not report["failed"]
            for b in report["builds"]:
                mark = "✅" if b["status"] == "built" else "❌"
                rows.append(f"| {runner} | {b['label']} | {mark} {b['status']} | {b['durationMs'] / 1000:.1f} s |")
            for u in report["unbuildable"]:
                rows.append(f"| {runner} | {u['name']} | ❌ not buildable | |")
            refusals = pypi_refusals(report)
            for path in kept_wheels(report_path, report, directory):
                wheel = os.path.basename(path)
                if wheel in wheels:
                    notes.append(f"{wheel}: built by more than one runner; the first is kept")
                    continue
                shutil.copy(path, out)
                wheels.append(wheel)
                why = refusals.get(wheel)
                if why:
                    refused.append(f"- `{wheel}`: {why}")
    ok = ok and bool(wheels) and not refused
    with open(env["GITHUB_STEP_SUMMARY"], "a") as summary:
        count = f"{len(wheels)} wheel{'s' * (len(wheels) != 1)}"
        summary.write(f"## {'✅' if ok else '❌'} {count} gathered\n\n")
        summary.write("| runner | Python | result | time |\n|---|---|---|---|\n")
        summary.write("\n".join(rows) + "\n")
        if refused:
            summary.write("\n**PyPI would refuse:**\n\n" + "\n".join(refused) + "\n")
        if notes:
            summary.write("\n" + "\n".join(f"- {n}" for n in notes) + "\n")
    with open(env["GITHUB_OUTPUT"], "a") as output:
        output.write(f"wheels={json.dumps(sorted(wheels))}\nsuccess={str(ok).lower()}\n")
    return ok


if __name__ == "__main__":
    gather(os.environ)
    sys.exit(0)
