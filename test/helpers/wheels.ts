import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAsync, type Ran } from './run.js';

/** The tag triples an interpreter accepts, as pip itself computes them. */
// Asynchronous: venvs of PyPy and debug builds take tens of seconds, and a test worker blocked
// that long misses vitest's own messages.
export async function acceptedTags(python: string): Promise<Set<string>> {
  const ran = await runAsync([
    python,
    '-c',
    'from pip._vendor.packaging import tags\nfor t in tags.sys_tags(): print(t)',
  ]);
  if (ran.status !== 0) throw new Error(`${python} could not list its tags: ${ran.stderr}`);
  return new Set(ran.stdout.trim().split('\n'));
}

/**
 * `name-version-python-abi-platform.whl` → its tag triples `python-abi-platform`, a compressed
 * set expanded (`…-manylinux1_x86_64.manylinux_2_5_x86_64.whl` names two).
 */
export function wheelTags(wheel: string): string[] {
  const [python, abi, platforms] = path.basename(wheel, '.whl').split('-').slice(-3);
  return python!
    .split('.')
    .flatMap((p) =>
      abi!.split('.').flatMap((a) => platforms!.split('.').map((t) => `${p}-${a}-${t}`)),
    );
}

/** A fresh virtual environment of `python` with the wheel installed, offline, without dependencies. */
export async function venvWith(python: string, wheel: string): Promise<string> {
  const venv = path.join(mkdtempSync(path.join(os.tmpdir(), 'ww-venv-')), 'venv');
  for (const argv of [
    [python, '-m', 'venv', venv],
    [
      path.join(venv, 'bin', 'python'),
      '-m',
      'pip',
      'install',
      '--no-index',
      '--no-deps',
      '--disable-pip-version-check',
      wheel,
    ],
  ]) {
    const ran = await runAsync(argv);
    if (ran.status !== 0) throw new Error(`${argv.join(' ')} failed: ${ran.stderr}`);
  }
  return path.join(venv, 'bin', 'python');
}

/** Runs Python code in a clean process: no PYTHONPATH, outside any source tree. */
export function runPython(python: string, code: string): Promise<Ran> {
  return runAsync([python, '-c', code], {
    env: { PATH: '/usr/bin:/bin', HOME: os.tmpdir() },
    cwd: os.tmpdir(),
  });
}

// A wheel is a zip of the installed tree plus a .dist-info (METADATA, WHEEL, RECORD): written
// here with the interpreter's own zipfile, from the package as that interpreter imports it, or
// from a directory when one is given.
const REPACK_SCRIPT = `
import base64, hashlib, importlib, importlib.metadata, json, os, re, sys, zipfile
package, distribution, tag, out, root, version = json.loads(sys.argv[1])
root = root or importlib.import_module(package).__path__[0]
version = version or importlib.metadata.version(distribution)
name = re.sub(r"[-_.]+", "_", distribution)
info = f"{name}-{version}.dist-info"
wheel = os.path.join(out, f"{name}-{version}-{tag}.whl")
record = []
def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as z:
    def add(arcname, data):
        z.writestr(arcname, data)
        record.append(f"{arcname},{digest(data)},{len(data)}")
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d != "__pycache__")
        for file in sorted(files):
            full = os.path.join(directory, file)
            with open(full, "rb") as f:
                add(package + "/" + os.path.relpath(full, root).replace(os.sep, "/"), f.read())
    add(f"{info}/METADATA", f"Metadata-Version: 2.1\\nName: {distribution}\\nVersion: {version}\\n".encode())
    add(f"{info}/WHEEL", f"Wheel-Version: 1.0\\nGenerator: wheelwright-test\\nRoot-Is-Purelib: false\\nTag: {tag}\\n".encode())
    z.writestr(f"{info}/RECORD", "\\n".join(record + [f"{info}/RECORD,,"]) + "\\n")
print(wheel)
`;

/**
 * A wheel of an installed package exactly as `python` imports it (its compiled modules as they
 * are), tagged `tag` (`cp311-cp311-linux_x86_64`): real third-party binaries, without an index.
 */
export function repackInstalled(
  python: string,
  pkg: { module: string; distribution: string },
  tag: string,
  into: string,
): Promise<string> {
  return pack(python, [pkg.module, pkg.distribution, tag, into, null, null]);
}

/**
 * A wheel of the package directory `dir` (its files as they are, whatever they are: binaries of
 * another system too), installed as `module`, tagged `tag` (`py3-none-macosx_11_0_x86_64`).
 */
export function packDirectory(
  python: string,
  pkg: { dir: string; module: string; distribution: string; version: string },
  tag: string,
  into: string,
): Promise<string> {
  return pack(python, [pkg.module, pkg.distribution, tag, into, pkg.dir, pkg.version]);
}

async function pack(python: string, args: (string | null)[]): Promise<string> {
  const ran = await runAsync([python, '-c', REPACK_SCRIPT, JSON.stringify(args)]);
  if (ran.status !== 0) throw new Error(`packing ${args[0]} failed: ${ran.stderr}`);
  return ran.stdout.trim();
}
