import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { unzipWheel } from '../../src/verify/unzip.js';

const temp = tempDirs();
afterAll(() => temp.removeAll());

/** Writes a zip with Python's own zipfile: `members` as [name, text, options]. */
function pythonZip(file: string, members: [string, string, string][]): void {
  const script = `
import json, sys, zipfile
out, members = sys.argv[1], json.loads(sys.argv[2])
with zipfile.ZipFile(out, "w") as z:
    for name, text, how in members:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED if "deflate" in how else zipfile.ZIP_STORED
        info.external_attr = (0o755 if "exec" in how else 0o644) << 16
        with z.open(info, "w", force_zip64="zip64" in how) as f:
            f.write(text.encode())
`;
  const ran = run(['/usr/bin/python3', '-c', script, file, JSON.stringify(members)]);
  if (ran.status !== 0) throw new Error(ran.stderr);
}

const listing = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();

describe("a wheel unpacked with Node's zlib, without any Python", () => {
  it('gives the members Python wrote: stored, deflated and zip64, with their modes', () => {
    const dir = temp.make('ww-unzip-');
    const wheel = path.join(dir, 'pkg-1.0-py3-none-any.whl');
    const long = 'x'.repeat(100_000);
    pythonZip(wheel, [
      ['pkg/__init__.py', 'from ._ext import *\n', 'stored'],
      ['pkg/data/long.txt', long, 'deflate'],
      ['pkg/_ext.so', 'not really ELF', 'deflate exec zip64'],
      ['pkg-1.0.dist-info/RECORD', '', 'stored'],
    ]);
    const root = path.join(dir, 'unpacked');
    unzipWheel(wheel, root);
    expect(listing(root)).toEqual([
      'pkg-1.0.dist-info/RECORD',
      'pkg/__init__.py',
      'pkg/_ext.so',
      'pkg/data/long.txt',
    ]);
    expect(readFileSync(path.join(root, 'pkg/data/long.txt'), 'utf8')).toBe(long);
    expect(readFileSync(path.join(root, 'pkg/_ext.so'), 'utf8')).toBe('not really ELF');
    expect(statSync(path.join(root, 'pkg/_ext.so')).mode & 0o777).toBe(0o755);
  });

  it('refuses a member that would land outside the unpacked wheel, naming it', () => {
    const dir = temp.make('ww-unzip-');
    const wheel = path.join(dir, 'evil-1.0-py3-none-any.whl');
    pythonZip(wheel, [['../escaped.txt', 'no', 'stored']]);
    expect(() => unzipWheel(wheel, path.join(dir, 'unpacked'))).toThrow(
      /member '\.\.\/escaped\.txt' would be written outside the unpacked wheel/,
    );
  });

  it('says a file that is no zip is no zip', () => {
    const dir = temp.make('ww-unzip-');
    const wheel = path.join(dir, 'pkg-1.0-py3-none-any.whl');
    run(['/usr/bin/python3', '-c', `open(${JSON.stringify(wheel)}, "w").write("plain text")`]);
    expect(() => unzipWheel(wheel, path.join(dir, 'unpacked'))).toThrow(/is not a zip file/);
  });
});
