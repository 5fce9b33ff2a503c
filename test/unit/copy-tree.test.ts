import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyAhead, copyTree } from '../../src/build/copy-tree.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) {
    // a read-only directory's files cannot be removed but by root
    for (const locked of ['pkg', 'to'].map((name) => path.join(dir, name, 'locked')))
      if (existsSync(locked)) chmodSync(locked, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A package with a script, a read-only directory, a relative link and what the copy leaves out. */
function packageTree(): { root: string; pkg: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ww-copy-tree-'));
  made.push(root);
  const pkg = path.join(root, 'pkg');
  mkdirSync(path.join(pkg, 'src', '__pycache__'), { recursive: true });
  mkdirSync(path.join(pkg, 'build'));
  mkdirSync(path.join(pkg, 'locked'));
  writeFileSync(path.join(pkg, 'setup.py'), 'print("setup")\n');
  writeFileSync(path.join(pkg, 'src', 'a.c'), 'int a;\n');
  writeFileSync(path.join(pkg, 'src', 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
  writeFileSync(path.join(pkg, 'src', '__pycache__', 'x.pyc'), '');
  writeFileSync(path.join(pkg, 'build', 'old.o'), '');
  mkdirSync(path.join(pkg, '.pc', 'fix.patch', 'src'), { recursive: true });
  writeFileSync(path.join(pkg, '.pc', 'fix.patch', 'src', 'a.c'), 'int before;\n');
  writeFileSync(path.join(pkg, 'locked', 'kept.h'), 'int k;\n');
  chmodSync(path.join(pkg, 'locked'), 0o555);
  symlinkSync('src/a.c', path.join(pkg, 'link.c'));
  return { root, pkg };
}

function expectCopied(pkg: string, to: string): void {
  expect(readFileSync(path.join(to, 'src', 'a.c'), 'utf8')).toBe('int a;\n');
  expect(statSync(path.join(to, 'src', 'run.sh')).mode & 0o777).toBe(0o755);
  expect(readFileSync(path.join(to, 'locked', 'kept.h'), 'utf8')).toBe('int k;\n');
  expect(statSync(path.join(to, 'locked')).mode & 0o777).toBe(0o555);
  // as fs.cpSync made it: a relative target resolved where the link lies in the package
  expect(readlinkSync(path.join(to, 'link.c'))).toBe(path.join(pkg, 'src', 'a.c'));
  expect(existsSync(path.join(to, 'build'))).toBe(false);
  // quilt's record stays, though the plan counts no sources in it: a build step may read it
  expect(readFileSync(path.join(to, '.pc', 'fix.patch', 'src', 'a.c'), 'utf8')).toBe(
    'int before;\n',
  );
  expect(existsSync(path.join(to, 'src', '__pycache__'))).toBe(false);
}

describe("a build's copy of the package", () => {
  it('copies files with their modes, directories with theirs, links, and leaves out what the rule says', async () => {
    const { root, pkg } = packageTree();
    const to = path.join(root, 'to');
    await copyTree(pkg, to);
    expectCopied(pkg, to);
  });

  it('made ahead, goes to the first build that takes it, whole; the others copy for themselves', async () => {
    const { root, pkg } = packageTree();
    const ahead = copyAhead(pkg, path.join(root, 'ahead'));
    const to = path.join(root, 'to');
    expect(await ahead.take(to)).toBe(true);
    expect(await ahead.take(path.join(root, 'second'))).toBe(false);
    await ahead.settled;
    expectCopied(pkg, to);
    expect(existsSync(path.join(root, 'ahead'))).toBe(false);
  });

  it('made ahead but failed, is taken by nobody: the build copies for itself and meets the error', async () => {
    const { root } = packageTree();
    const missing = path.join(root, 'missing');
    const ahead = copyAhead(missing, path.join(root, 'ahead'));
    expect(await ahead.take(path.join(root, 'to'))).toBe(false);
    await expect(ahead.settled).resolves.toBeUndefined();
    await expect(copyTree(missing, path.join(root, 'to'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses what is neither a file, a directory nor a link, naming it', async () => {
    const { root, pkg } = packageTree();
    execFileSync('mkfifo', [path.join(pkg, 'src', 'pipe')]);
    await expect(copyTree(pkg, path.join(root, 'to'))).rejects.toThrow(
      `cannot copy ${path.join(pkg, 'src', 'pipe')}: not a file, a directory or a symbolic link`,
    );
  });
});
