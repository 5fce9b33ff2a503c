import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isElf, NotElfError, parseElf } from '../../src/verify/elf.js';
import { run } from '../helpers/run.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-elf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Compiles a shared object with gcc and returns its bytes. */
function sharedObject(name: string, code: string, flags: string[]): Buffer {
  const source = path.join(dir, `${name}.c`);
  writeFileSync(source, code);
  const output = path.join(dir, name);
  const ran = run(['gcc', '-shared', '-fPIC', '-o', output, source, ...flags]);
  if (ran.status !== 0) throw new Error(ran.stderr);
  return readFileSync(output);
}

describe('reading the ELF dynamic section of real binaries', () => {
  it('reads NEEDED, SONAME, RPATH and the GLIBC versions a shared object needs', () => {
    const buffer = sharedObject(
      'libr.so.3',
      '#include <math.h>\n#include <stdio.h>\nint r(double x) { return printf("%f", cos(x)); }\n',
      [
        '-lm',
        '-Wl,-soname,libr.so.3',
        '-Wl,--disable-new-dtags',
        '-Wl,-rpath,$ORIGIN/../lib:/opt/x/lib',
      ],
    );
    const elf = parseElf(buffer);
    expect(elf).toMatchObject({
      bits: 64,
      littleEndian: true,
      machine: 62,
      type: 3,
      soname: 'libr.so.3',
    });
    expect(elf.needed).toEqual(['libm.so.6', 'libc.so.6']);
    expect(elf.rpath).toEqual(['$ORIGIN/../lib', '/opt/x/lib']);
    expect(elf.runpath).toBeNull();
    const libc = elf.versionNeeds.find((n) => n.file === 'libc.so.6')!;
    expect(libc.versions).toContain('GLIBC_2.2.5');
    expect(elf.versionNeeds.map((n) => n.file).sort()).toEqual(['libc.so.6', 'libm.so.6']);
  });

  it('tells RUNPATH from RPATH and reads DF_1_NODEFLIB', () => {
    const elf = parseElf(
      sharedObject('libs.so', 'int s(void) { return 1; }\n', [
        '-Wl,--enable-new-dtags',
        '-Wl,-rpath,/p/lib',
        '-Wl,-z,nodefaultlib',
      ]),
    );
    expect(elf.runpath).toEqual(['/p/lib']);
    expect(elf.rpath).toBeNull();
    expect(elf.noDefaultLib).toBe(true);
    expect(elf.soname).toBeNull();
  });

  it("reads an executable's program interpreter", () => {
    const elf = parseElf(readFileSync('/usr/bin/python3'));
    expect(elf.interpreter).toBe('/lib64/ld-linux-x86-64.so.2');
    expect(elf.needed).toContain('libc.so.6');
  });

  it('refuses what is not ELF or is cut short, with its own error', () => {
    expect(isElf(Buffer.from('#!/bin/sh\n'))).toBe(false);
    expect(() => parseElf(Buffer.from('#!/bin/sh\nexit 0\n'.repeat(10)))).toThrow(NotElfError);
    const whole = sharedObject('libt.so', 'int t(void) { return 2; }\n', []);
    expect(() => parseElf(whole.subarray(0, 600))).toThrow(NotElfError);
  });
});
