import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildShim } from '../../src/launcher/shim-build.js';
import { run } from '../helpers/run.js';

/**
 * In a manylinux container the compiler is the image's (its gcc-toolset, first on the image's
 * PATH as cc), not the runner's: the shim must be compiled with whatever `cc` PATH finds.
 */
const scratch: string[] = [];
const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function toolDir(): { bin: string; log: string; out: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'wheelwright-shim-'));
  scratch.push(root);
  const bin = path.join(root, 'bin');
  const log = path.join(root, 'cc.log');
  mkdirSync(bin);
  // The image's cc stands here: it notes each call, then compiles with Debian's gcc.
  writeFileSync(
    path.join(bin, 'cc'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec /usr/bin/gcc "$@"\n`,
  );
  chmodSync(path.join(bin, 'cc'), 0o755);
  return { bin, log, out: path.join(root, 'shims') };
}

describe('the compiler shim', () => {
  it('is compiled with the cc that PATH finds first, and runs', () => {
    const tools = toolDir();
    process.env.PATH = `${tools.bin}${path.delimiter}${savedPath}`;
    const shim = buildShim(tools.out);
    expect(readFileSync(tools.log, 'utf8')).toMatch(/^-O2 -o \S+\.partial \S+\.c$/m);
    const ran = run([shim]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toContain('usage: wheelwright-shim COMPILER');
  });

  it('says which compiler failed when PATH has no cc', () => {
    const tools = toolDir();
    process.env.PATH = tools.bin.replace(/bin$/, 'empty');
    expect(() => buildShim(tools.out)).toThrow(
      /could not compile wheelwright's compiler shim with cc/,
    );
  });
});
