import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NotElfError, parseElf } from '../../src/verify/elf.js';
import { run } from '../helpers/run.js';

// Shared objects built here with gcc, read as the verify step reads extension modules. The
// machine field and the glibc versions are this machine's: checked against readelf's view.

/** e_machine of the architectures Node runs on (the ELF specification's numbers). */
const E_MACHINE: Partial<Record<NodeJS.Architecture, number>> = {
  x64: 62,
  arm64: 183,
  ia32: 3,
  arm: 40,
  ppc64: 21,
  s390x: 22,
  riscv64: 243,
  loong64: 258,
};

/** The versions readelf lists for `file` in a binary's .gnu.version_r. */
function readelfVersionNeeds(binary: string, file: string): string[] {
  const ran = run(['readelf', '--version-info', '--wide', binary]);
  if (ran.status !== 0) throw new Error(ran.stderr);
  const section = ran.stdout.slice(ran.stdout.indexOf('.gnu.version_r'));
  const entries = section.split(/^\s*\w+: Version: \d+\s+File: /m).slice(1);
  const entry = entries.find((e) => e.startsWith(`${file} `)) ?? '';
  return [...entry.matchAll(/Name: (\S+)/g)].map((m) => m[1]!).sort();
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-elf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Compiles a shared object with gcc and returns its bytes. */
function sharedObject(name: string, code: string, flags: string[]): Buffer {
  return readFileSync(sharedObjectFile(name, code, flags));
}

function sharedObjectFile(name: string, code: string, flags: string[]): string {
  const source = path.join(dir, `${name}.c`);
  writeFileSync(source, code);
  const output = path.join(dir, name);
  const ran = run(['gcc', '-shared', '-fPIC', '-o', output, source, ...flags]);
  if (ran.status !== 0) throw new Error(ran.stderr);
  return output;
}

describe('reading the ELF dynamic section of real binaries', () => {
  it('reads NEEDED, SONAME, RPATH and the GLIBC versions a shared object needs', () => {
    const file = sharedObjectFile(
      'libr.so.3',
      '#include <math.h>\n#include <stdio.h>\nint r(double x) { return printf("%f", cos(x)); }\n',
      [
        '-lm',
        '-Wl,-soname,libr.so.3',
        '-Wl,--disable-new-dtags',
        '-Wl,-rpath,$ORIGIN/../lib:/opt/x/lib',
      ],
    );
    const elf = parseElf(readFileSync(file));
    expect(elf).toMatchObject({
      bits: process.arch.endsWith('64') ? 64 : 32,
      littleEndian: os.endianness() === 'LE',
      machine: E_MACHINE[process.arch],
      type: 3,
      soname: 'libr.so.3',
    });
    expect(elf.needed).toEqual(['libm.so.6', 'libc.so.6']);
    expect(elf.rpath).toEqual(['$ORIGIN/../lib', '/opt/x/lib']);
    expect(elf.runpath).toBeNull();
    const libc = elf.versionNeeds.find((n) => n.file === 'libc.so.6')!;
    expect([...libc.versions].sort()).toEqual(readelfVersionNeeds(file, 'libc.so.6'));
    expect(libc.versions.length).toBeGreaterThan(0);
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

  it('refuses a shared object cut short, with its own error', () => {
    const whole = sharedObject('libt.so', 'int t(void) { return 2; }\n', []);
    expect(() => parseElf(whole.subarray(0, 600))).toThrow(NotElfError);
  });
});
