import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classify } from '../../src/diagnose/index.js';
import { hasMemoryCgroup, needsMemoryCgroup, withMemoryCgroup } from '../helpers/memory-cgroup.js';
import { logOf, Scratch } from '../helpers/diagnose-builds.js';
import { generatedC } from '../helpers/packages.js';
import { run } from '../helpers/run.js';

// A real OOM kill of cc1 in a memory cgroup, with gcc and glibc speaking the user's language:
// the locales are compiled into a scratch directory (localedef, LOCPATH) and gcc reads its own
// translations from gcc-12-locales (see .ci/run). The log alone, without the kernel's counter,
// must still say oom-killed and name cc1.

const MiB = 1024 ** 2;
const scratch = new Scratch();
let locales: string;
let source: string;

beforeAll(() => {
  locales = scratch.dir('ww-locales-');
  for (const locale of ['de_DE', 'fr_FR', 'zh_CN', 'pl_PL']) {
    const built = run([
      'localedef',
      '-i',
      locale,
      '-f',
      'UTF-8',
      path.join(locales, `${locale}.UTF-8`),
    ]);
    expect(built.status, built.stderr).toBe(0);
  }
  source = path.join(scratch.dir(), 'big.c');
  // measured: cc1 peaks at ~220 MiB on 600 KiB of this, far above the cgroup's 100 MiB
  writeFileSync(source, generatedC(600 * 1024));
}, 120_000);
afterAll(() => scratch.removeAll());

const INCLUDE = run([
  '/usr/bin/python3',
  '-c',
  'import sysconfig; print(sysconfig.get_paths()["include"])',
]).stdout.trim();

describe.skipIf(!hasMemoryCgroup())(
  `the kernel kills cc1 while gcc speaks another language${needsMemoryCgroup()}`,
  () => {
    test.each([
      ['de_DE', /Signal Getötet hat Programm cc1 beendet/],
      ['fr_FR', /le signal Processus arrêté a terminé le programme cc1/],
      ['zh_CN', /已杀死 signal terminated program cc1/],
      ['pl_PL', /Unicestwiony signal terminated program cc1/],
    ])(
      '%s',
      async (locale, printed) => {
        await withMemoryCgroup(
          { memoryBytes: 100 * MiB, memswBytes: 100 * MiB },
          async (cgroup) => {
            const ran = await cgroup.run(
              [
                'gcc',
                '-O2',
                `-I${INCLUDE}`,
                '-c',
                source,
                '-o',
                path.join(path.dirname(source), 'big.o'),
              ],
              { PATH: process.env.PATH, LOCPATH: locales, LC_ALL: `${locale}.UTF-8` },
            );
            expect(ran.status).not.toBe(0);
            expect(cgroup.oomKills()).toBeGreaterThan(0);
            const log = logOf(ran);
            expect(log).toMatch(printed);
            const [d] = classify({ log });
            expect(d).toMatchObject({ class: 'oom-killed' });
            expect(d!.title).toContain('cc1');
          },
        );
      },
      120_000,
    );
  },
);
