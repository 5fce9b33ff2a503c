import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isElf, NotElfError, parseElf } from '../../src/verify/elf.js';

// The ELF files every machine that runs these tests has: Node's own executable. Shared objects
// built with gcc (RPATH, RUNPATH, SONAME, version needs) are read in
// test/integration/verify-elf.test.ts, which has a compiler.

/** The dynamic loader this very process was started by, as the kernel mapped it. */
function mappedLoader(): string {
  const files = readFileSync('/proc/self/maps', 'utf8')
    .split('\n')
    .map((line) => line.split(/\s+/).slice(5).join(' '))
    .filter((file) => /^\/\S*\/ld-[^/]*\.so[.\d]*$/.test(file));
  const loader = [...new Set(files)];
  if (loader.length !== 1) throw new Error(`not one dynamic loader mapped: ${loader.join(', ')}`);
  return loader[0]!;
}

describe('reading the ELF headers of a real executable', () => {
  const node = readFileSync(process.execPath);

  it("reads an executable's program interpreter: the loader the kernel started it with", () => {
    const elf = parseElf(node);
    expect(elf.interpreter).not.toBeNull();
    expect(realpathSync(elf.interpreter!)).toBe(realpathSync(mappedLoader()));
    expect(path.basename(elf.interpreter!)).toMatch(/^ld-/);
    expect(elf.needed).toContain('libc.so.6');
  });

  it('refuses what is not ELF or is cut short, with its own error', () => {
    expect(isElf(node)).toBe(true);
    expect(isElf(Buffer.from('#!/bin/sh\n'))).toBe(false);
    expect(() => parseElf(Buffer.from('#!/bin/sh\nexit 0\n'.repeat(10)))).toThrow(NotElfError);
    expect(() => parseElf(node.subarray(0, 600))).toThrow(NotElfError);
  });
});
