import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCH, needsArch } from '../helpers/machine.js';
import { run } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { packDirectory } from '../helpers/wheels.js';
import { NOT_BLOCKING } from '../../src/verify/cards.js';
import { verifyWheel } from '../../src/verify/verify-wheel.js';

const temp = tempDirs();
let pkg: string;

function gcc(args: string[]): void {
  const ran = run(['gcc', ...args]);
  if (ran.status !== 0) throw new Error(`gcc ${args.join(' ')}: ${ran.stderr}`);
}

// An i386 extension, linked by this machine's gcc and binutils without any C library (no
// multilib needed): it needs a library the wheel carries (through $ORIGIN) and one of its own
// machine's system, which is not here (deleted after the link). gcc -m32 makes i386 on x86-64.
beforeAll(() => {
  if (ARCH !== 'x86_64') return;
  const dir = temp.make('ww-verify-i386-');
  pkg = path.join(dir, 'pkg');
  mkdirSync(pkg);
  writeFileSync(path.join(pkg, '__init__.py'), '');
  const lib = (name: string, symbol: string, where: string) => {
    const source = path.join(dir, `${symbol}.c`);
    writeFileSync(source, `int ${symbol}(void) { return 1; }\n`);
    const file = path.join(where, name);
    gcc(['-m32', '-shared', '-nostdlib', '-fPIC', `-Wl,-soname,${name}`, '-o', file, source]);
    return file;
  };
  const bundled = lib('libwwbundled.so.1', 'bundled', pkg);
  const system = lib('libwwsystem.so.1', 'system', dir);
  const source = path.join(dir, 'ext.c');
  writeFileSync(
    source,
    'int bundled(void); int system(void); int f(void) { return bundled() + system(); }\n',
  );
  gcc([
    '-m32',
    '-shared',
    '-nostdlib',
    '-fPIC',
    '-o',
    path.join(pkg, '_ext.so'),
    source,
    bundled,
    system,
    '-Wl,-rpath,$ORIGIN',
  ]);
  rmSync(system);
});
afterAll(() => temp.removeAll());

async function verifyTagged(tag: string) {
  const dir = temp.make('ww-verify-i386-wheel-');
  const wheel = await packDirectory(
    '/usr/bin/python3',
    { dir: pkg, module: 'wwforeign', distribution: 'wwforeign', version: '1.0' },
    tag,
    dir,
  );
  return verifyWheel({ wheel, python: '/usr/bin/python3', workDir: path.join(dir, 'verify') });
}

describe.skipIf(ARCH !== 'x86_64')(
  `a wheel for another machine (i386 on x86-64)${needsArch('x86_64')}`,
  () => {
    it('resolves what the wheel carries, leaves the system to its machine, and skips the import', async () => {
      const result = await verifyTagged('cp311-cp311-linux_i686');
      const [extension] = result.extensions;
      expect(extension!.checked).toMatch(/^ELF for i386, not this machine: /);
      expect(extension!.libraries.map((l) => [l.name, l.place])).toEqual([
        ['libwwbundled.so.1', 'wheel'],
      ]);
      expect(result.importSkipped).toBe(
        'a linux_i686 wheel needs an interpreter of its architecture (i686) to install and import, and this machine is x86_64',
      );
      expect(result.imports).toEqual([]);
      expect(result.diagnoses.map((d) => d.class).sort()).toEqual([
        'import-test-not-run',
        'platform-tag-not-accepted-by-pypi',
      ]);
      expect(result.passed).toBe(true);
    });

    it('still holds it to its tag’s policy: a system library manylinux does not allow', async () => {
      const result = await verifyTagged('cp311-cp311-manylinux2014_i686');
      expect(result.extensions[0]!.policy).toEqual([
        {
          kind: 'library-not-allowed',
          library: 'libwwsystem.so.1',
          neededBy: expect.stringMatching(/\/wwforeign\/_ext\.so$/),
          path: null,
        },
      ]);
      const blocking = result.diagnoses.filter((d) => !NOT_BLOCKING.has(d.class));
      expect(blocking.map((d) => d.class)).toEqual(['library-not-allowed-by-policy']);
      expect(result.passed).toBe(false);
    });
  },
);
