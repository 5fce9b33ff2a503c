# Installs a wheel into the environment of the interpreter that runs it, as pip would lay it out,
# by unpacking it: argv[1] is the wheel. Runs in a virtual environment made without pip (pip's
# own installation costs ~3 s a venv) on every interpreter verify tests with (CPython 3.6 on,
# PyPy, debug builds), so it uses only their standard library: the paths are the interpreter's
# own `sysconfig.get_paths()` (a venv's), as pip takes them on 3.10 and later; C headers go to
# pip's venv header directory. The `installer` library does the same job, but a runner's
# interpreters do not have it, and the wheel must not wait for an index to get it (docs/verify.md).
#
# It writes each member where the wheel spec says (the root to purelib or platlib as WHEEL's
# Root-Is-Purelib says, `<name>.data/<key>/` to that key's path), rewrites `#!python` in data
# scripts to this interpreter, writes console and GUI scripts from entry_points.txt (not on
# Windows, whose launchers are pip's binaries), and RECORD with what it wrote. No bytecode:
# imports compile what they load.
#
# Carried in the bundle as src/verify/install-script.ts, which scripts/generate.js writes from
# this file (npm run generate).
import base64, configparser, csv, hashlib, io, os, re, shlex, stat, sys, sysconfig, zipfile
from email.parser import HeaderParser

def fail(message):
    sys.stderr.write("wheelwright install: %s: %s\n" % (wheel_path, message))
    sys.exit(1)

def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()

wheel_path = sys.argv[1]
try:
    archive = zipfile.ZipFile(wheel_path)
except (OSError, zipfile.BadZipFile) as e:
    fail("not a readable zip file (%s)" % e)
names = archive.namelist()
infos = sorted({n.split("/")[0] for n in names if re.match(r"[^/]+\.dist-info/WHEEL$", n)})
if len(infos) != 1:
    fail("%d .dist-info directories with a WHEEL file, expected 1" % len(infos))
info = infos[0]
wheel_file = HeaderParser().parsestr(archive.read(info + "/WHEEL").decode("utf-8"))
version = (wheel_file.get("Wheel-Version") or "").strip()
if not version.startswith("1."):
    fail("Wheel-Version %r in %s/WHEEL; this installer reads 1.x" % (version, info))
metadata = HeaderParser().parsestr(archive.read(info + "/METADATA").decode("utf-8"))
scheme = sysconfig.get_paths()
headers = os.path.join(sys.prefix, "include", "site", "python%d.%d" % sys.version_info[:2])
paths = {
    "purelib": scheme["purelib"],
    "platlib": scheme["platlib"],
    "scripts": scheme["scripts"],
    "data": scheme["data"],
    "headers": os.path.join(headers, metadata.get("Name", "UNKNOWN")),
}
root_is_purelib = (wheel_file.get("Root-Is-Purelib") or "").strip().lower() == "true"
lib = paths["purelib" if root_is_purelib else "platlib"]
data_dir = info[: -len(".dist-info")] + ".data"
record = []

def write(path, data, executable=False):
    directory = os.path.dirname(path)
    if not os.path.isdir(directory):
        os.makedirs(directory)
    with open(path, "wb") as f:
        f.write(data)
    if executable:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(path, 0o777 & ~umask | 0o111)
    relative = os.path.relpath(path, lib).replace(os.sep, "/")
    record.append((relative, digest(data), str(len(data))))

def shebang():
    executable = sys.executable
    if " " not in executable and len(executable) + 3 <= 127:
        return "#!" + executable + "\n"
    # past the kernel's shebang length, or with a space: sh runs the interpreter, which reads
    # the lines below as a string
    return "#!/bin/sh\n'''exec' %s \"$0\" \"$@\"\n' '''\n" % shlex.quote(executable)

for item in archive.infolist():
    name = item.filename
    parts = name.split("/")
    if name.endswith("/") or name == info + "/RECORD":
        continue
    if name.startswith("/") or "\\" in name or ".." in parts:
        fail("member %r would be written outside the environment" % name)
    data = archive.read(item)
    mode = item.external_attr >> 16
    executable = bool(mode and stat.S_ISREG(mode) and mode & 0o111)
    if parts[0] != data_dir:
        write(os.path.join(lib, *parts), data, executable)
        continue
    if len(parts) < 3 or parts[1] not in paths:
        fail("member %r is in no data directory a wheel may use (%s)" % (name, ", ".join(sorted(paths))))
    if parts[1] == "scripts" and data.startswith(b"#!python"):
        data = shebang().encode() + data.split(b"\n", 1)[1] if b"\n" in data else shebang().encode()
    write(os.path.join(paths[parts[1]], *parts[2:]), data, executable)

entry_points = configparser.ConfigParser(delimiters=("=",), interpolation=None)
entry_points.optionxform = str
if info + "/entry_points.txt" in names:
    entry_points.read_string(archive.read(info + "/entry_points.txt").decode("utf-8"))
TEMPLATE = """# -*- coding: utf-8 -*-
import re
import sys
from %s import %s
if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
    sys.exit(%s())
"""
for section in ("console_scripts", "gui_scripts"):
    if os.name == "nt" or not entry_points.has_section(section):
        continue
    for script, target in entry_points.items(section):
        match = re.match(r"^\s*([\w.]+)\s*:\s*([\w.]+)\s*(\[.*\])?\s*$", target)
        if not match:
            fail("entry point %s = %s names no module:callable" % (script, target))
        module, attribute = match.group(1), match.group(2)
        text = shebang() + TEMPLATE % (module, attribute.split(".")[0], attribute)
        write(os.path.join(paths["scripts"], script), text.encode("utf-8"), True)

write(os.path.join(lib, info, "INSTALLER"), b"wheelwright\n")
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerows(record + [(info + "/RECORD", "", "")])
with open(os.path.join(lib, info, "RECORD"), "w") as f:
    f.write(out.getvalue())
print("installed %d files of %s into %s" % (len(record), os.path.basename(wheel_path), sys.prefix))
