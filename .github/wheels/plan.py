"""The reusable workflow's first job: checks the inputs that shape the matrix, before any build
job starts, and writes the matrix, one leg per runner label and chunk of Python versions.

Reads VERSIONS, SIZE, OS (a JSON list of runner labels), IMAGE (manylinux-image) and PYPROJECT
(the caller's pyproject.toml, which may be absent) from the environment; writes `legs=<JSON>` to
$GITHUB_OUTPUT. Exits 1 with an ::error:: naming the input (or the pyproject.toml key), the value
and what is accepted when it cannot be used.
"""

import json
import os
import re
import sys
import tomllib

# Node 24, which runs every JavaScript action (wheelwright and actions/checkout included) inside a
# job container, needs glibc 2.28 (Node 18 and newer do: nodejs/node#42351; the runner's node in a
# CentOS 7 container fails with "GLIBC_2.28 not found": actions/checkout#1809).
MIN_GLIBC_MINOR = 28
LEGACY = {"manylinux1": 5, "manylinux2010": 12, "manylinux2014": 17}
POLICY = re.compile(r"(?:^|[/_-])(manylinux1|manylinux2010|manylinux2014|manylinux_2_(\d+)|musllinux_\d+_\d+)(?=$|[_:@-])")
SHORT = re.compile(r"^manylinux_2_(\d+)$")
ACCEPTED = (
    "auto (the project's [tool.cibuildwheel] manylinux-<arch>-image, else manylinux_2_28), "
    "off, a manylinux policy from manylinux_2_28 on (manylinux_2_28, manylinux_2_34, …), "
    "or a full image reference such as quay.io/pypa/manylinux_2_34_x86_64:2025.01.01-1 "
    "({arch} in it stands for the runner's architecture)"
)
ARCHES = ("x86_64", "aarch64", "i686", "ppc64le", "s390x", "armv7l", "riscv64")
# cibuildwheel's own default image, which manylinux-image auto takes when the project names none.
DEFAULT_POLICY = "manylinux_2_28"


class InputError(Exception):
    pass


def refuse(value, why, source="manylinux-image"):
    raise InputError(f"{source}: {value!r} cannot be used: {why}. Accepted: {ACCEPTED}")


def check_policy(value, policy, minor, source):
    if policy.startswith("musllinux"):
        refuse(
            value,
            "musllinux images are Alpine (musl); the runner runs JavaScript actions in an Alpine "
            "container only on x64 runners (actions/runner#801), and wheelwright is not built or "
            "tested for musl",
            source,
        )
    glibc = LEGACY.get(policy, minor)
    if glibc is not None and glibc < MIN_GLIBC_MINOR:
        refuse(
            value,
            f"its glibc is 2.{glibc}, and the Node 24 that runs JavaScript actions in a job "
            f"container needs glibc 2.{MIN_GLIBC_MINOR} (manylinux_2_28 or newer)"
            + ("" if source == "manylinux-image" else "; or give the workflow a manylinux-image"),
            source,
        )


def image_template(value, source="manylinux-image"):
    """The image for a leg as a template with {arch}, or None for the bare runner."""
    value = value.strip()
    if value in ("", "off"):
        return None
    short = SHORT.match(value)
    if short:
        check_policy(value, value, int(short.group(1)), source)
        return f"quay.io/pypa/{value}_{{arch}}"
    if "/" not in value and ":" not in value:
        match = POLICY.search(value)
        if match:
            policy, minor = match.group(1), int(match.group(2)) if match.group(2) else None
            check_policy(value, policy, minor, source)
        refuse(value, "it is neither off, a manylinux_2_N policy nor an image reference", source)
    for match in POLICY.finditer(value):
        check_policy(value, match.group(1), int(match.group(2)) if match.group(2) else None, source)
    return value


def project_images(pyproject):
    """The [tool.cibuildwheel] manylinux-<arch>-image of each architecture, its linux table over
    the main one (as cibuildwheel reads them), with where each was written. CIBW_* variables are
    the caller job's, which a reusable workflow does not see."""
    try:
        with open(pyproject, "rb") as file:
            document = tomllib.load(file)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"package-dir: {pyproject} is not valid TOML ({error})")
    table = document.get("tool", {}).get("cibuildwheel", {})
    found = {}
    for where, layer in (("[tool.cibuildwheel]", table), ("[tool.cibuildwheel.linux]", table.get("linux", {}))):
        for arch in ARCHES:
            key = f"manylinux-{arch}-image"
            if isinstance(layer, dict) and isinstance(layer.get(key), str):
                found[arch] = (layer[key], f"pyproject.toml {where} {key}")
    return found


def image_templates(image, pyproject):
    """Each Linux architecture's image template: manylinux-image's, or with auto the project's
    manylinux-<arch>-image (else cibuildwheel's default, manylinux_2_28)."""
    if image.strip() != "auto":
        template = image_template(image)
        return {arch: template for arch in ARCHES}
    images = project_images(pyproject)
    templates = {}
    for arch in ARCHES:
        value, source = images.get(arch, (DEFAULT_POLICY, "manylinux-image"))
        templates[arch] = image_template(value, source)
    return templates


def linux_arch(label):
    """The architecture of a GitHub-hosted Ubuntu runner label, else None (not a Linux host we
    know: macOS, Windows, self-hosted labels, which build on the bare runner)."""
    if not isinstance(label, str) or not label.startswith("ubuntu-"):
        return None
    return "aarch64" if label.endswith("-arm") else "x86_64"


def image_for(templates, label):
    arch = linux_arch(label)
    template = templates.get(arch) if arch else None
    if template is None:
        return ""
    if label == "ubuntu-slim":
        # A 1-CPU runner that is itself a container, without Docker for a job container.
        raise InputError(
            "os: 'ubuntu-slim' cannot run a manylinux container (it has no Docker). "
            "Accepted: ubuntu-latest, ubuntu-24.04, ubuntu-24.04-arm, … or manylinux-image off"
        )
    image = template.replace("{arch}", arch)
    named = [a for a in ARCHES if re.search(rf"[_-]{a}(?=$|[:@/_-])", image)]
    if named and arch not in named:
        refuse(image, f"it is for {named[0]}, and runner {label} is {arch}; write {{arch}} in its place")
    return image


def slug(label):
    text = label if isinstance(label, str) else json.dumps(label)
    return re.sub(r"[^A-Za-z0-9._]+", "-", text).strip("-") or "runner"


def plan(env):
    versions = [v for v in re.split(r"[\s,]+", env.get("VERSIONS", "")) if v]
    try:
        size = int(float(env.get("SIZE") or 0))
    except ValueError:
        raise InputError(f"chunk-size: {env.get('SIZE')!r} is not a number. Accepted: 0 or a whole number")
    size = size if size > 0 else len(versions) or 1
    try:
        labels = json.loads(env.get("OS") or "[]")
    except json.JSONDecodeError as error:
        raise InputError(f"os: {env.get('OS')!r} is not JSON ({error}). Accepted: a JSON list of runner labels")
    if not isinstance(labels, list) or not labels:
        raise InputError(f"os: {env.get('OS')!r} is not a list of runner labels. Accepted: a non-empty JSON list")
    templates = image_templates(env.get("IMAGE", ""), env.get("PYPROJECT", ""))
    chunks = [versions[i : i + size] for i in range(0, len(versions), size)] or [[]]
    legs = []
    for label in labels:
        image = image_for(templates, label)
        for index, chunk in enumerate(chunks, 1):
            number = len(legs) + 1
            where = f" ({image.split('/')[-1]})" if image else ""
            legs.append(
                {
                    "id": number,
                    "os": label,
                    "chunk": index,
                    "versions": " ".join(chunk),
                    # setup-python takes one version a line; in a container it is not run.
                    "setup": "" if image else "\n".join(chunk),
                    "image": image,
                    "name": f"{slug(label)}{where} {' '.join(chunk)}".strip(),
                    # Unique per leg; the build job adds the attempt, the action the OS and arch.
                    "artifact": f"{number}-{slug(label)}-c{index}",
                }
            )
    return legs


def main():
    try:
        legs = plan(os.environ)
    except InputError as error:
        print(f"::error title=wheelwright workflow input::{error}")
        return 1
    with open(os.environ["GITHUB_OUTPUT"], "a") as out:
        out.write(f"legs={json.dumps(legs)}\n")
    for leg in legs:
        print(f"leg {leg['id']}: {leg['name']}" + (f" in {leg['image']}" if leg["image"] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
