import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lddMap } from '../helpers/ldd.js';
import { LINUX_TAG, OLDEST_MANYLINUX } from '../helpers/machine.js';
import { run } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { packDirectory } from '../helpers/wheels.js';
import { verifyCommand, type VerifyReport } from '../../src/cli/verify-command.js';

const temp = tempDirs();
afterAll(() => temp.removeAll());

function gcc(args: string[]): void {
  const ran = run(['gcc', ...args]);
  if (ran.status !== 0) throw new Error(`gcc ${args.join(' ')}: ${ran.stderr}`);
}

/**
 * An extension like those of auditwheel's own test wheels: it needs libraries (built here with
 * their SONAMEs, then deleted, as they are on any machine but the one that built the wheel),
 * optionally through an RPATH into a directory that does not exist here (`/opt/…`).
 */
function extensionNeedingGoneLibraries(dir: string, sonames: string[], rpath: string | null) {
  const libs = path.join(dir, 'gone');
  mkdirSync(libs);
  for (const [i, soname] of sonames.entries()) {
    const source = path.join(libs, `gone${i}.c`);
    writeFileSync(source, `int gone${i}(void) { return ${i}; }\n`);
    gcc(['-shared', '-fPIC', `-Wl,-soname,${soname}`, '-o', path.join(libs, soname), source]);
  }
  const pkg = path.join(dir, 'pkg');
  mkdirSync(pkg);
  writeFileSync(path.join(pkg, '__init__.py'), '');
  const source = path.join(dir, 'backend.c');
  writeFileSync(
    source,
    `${sonames.map((_, i) => `int gone${i}(void);`).join('\n')}\nint backend(void) { return ${sonames.map((_, i) => `gone${i}()`).join(' + ') || '0'}; }\n`,
  );
  const extension = path.join(pkg, '_backend.so');
  gcc([
    '-shared',
    '-fPIC',
    '-o',
    extension,
    source,
    // the libraries by their full paths: NEEDED gets each SONAME, as -l would give
    ...sonames.map((soname) => path.join(libs, soname)),
    ...(rpath ? ['-Wl,--disable-new-dtags', `-Wl,-rpath,${rpath}`] : []),
  ]);
  rmSync(libs, { recursive: true });
  return { pkg, extension };
}

async function verifyJson(wheel: string): Promise<{ code: number; report: VerifyReport }> {
  let out = '';
  const code = await verifyCommand(
    [wheel, '--python-versions', '3.11', '--json'],
    process.env,
    (text) => (out += text),
    () => {},
  );
  return { code, report: JSON.parse(out) as VerifyReport };
}

describe('a wheel that no interpreter here can load still gets the library and policy checks', () => {
  it.each([
    // cffi 1.5.0's, in auditwheel's tests: libffi.so.5 and libpython2.7 behind an RPATH into /opt
    {
      tag: `cp27-none-${LINUX_TAG}`,
      sonames: ['libwwffi.so.5', 'libwwpython2.7.so.1.0'],
      rpath: '/opt/ww-2.7.11/lib',
    },
    // python-snappy 0.5.2's for PyPy: libsnappy.so.1, no search path of its own
    { tag: `pp260-pypy_41-${LINUX_TAG}`, sonames: ['libwwsnappy.so.1'], rpath: null },
  ])('$tag: the missing libraries are the ones ldd names', async ({ tag, sonames, rpath }) => {
    const dir = temp.make('ww-verify-nopython-');
    const { pkg, extension } = extensionNeedingGoneLibraries(dir, sonames, rpath);
    const notFound = [...lddMap(extension)].filter(([, where]) => where === 'not found');
    expect(notFound.map(([name]) => name).sort()).toEqual([...sonames].sort());

    const wheel = await packDirectory(
      '/usr/bin/python3',
      { dir: pkg, module: 'wwgone', distribution: 'wwgone', version: '1.0' },
      tag,
      dir,
    );
    const { code, report } = await verifyJson(wheel);
    expect(code).toBe(1);
    expect(report.python).toBeNull();
    expect(report.importSkipped).toMatch(
      new RegExp(
        `^no interpreter found that can load a ${tag.split('-').slice(0, 2).join('-')} wheel`,
      ),
    );
    expect([...report.unresolved].sort()).toEqual(notFound.map(([name]) => name).sort());
    expect(report.diagnosis?.class).toBe('missing-shared-library');
    expect(report.diagnosis?.evidence.map((e) => e.text).join('\n')).toContain(
      rpath ? `${rpath}/${sonames[0]}` : sonames[0]!,
    );
  });

  it('passes a whole wheel none fits, saying the import test did not run', async () => {
    const dir = temp.make('ww-verify-nopython-');
    const { pkg } = extensionNeedingGoneLibraries(dir, [], null);
    const wheel = await packDirectory(
      '/usr/bin/python3',
      { dir: pkg, module: 'wwwhole', distribution: 'wwwhole', version: '1.0' },
      `cp27-cp27mu-${OLDEST_MANYLINUX}`,
      dir,
    );
    let out = '';
    const code = await verifyCommand(
      [wheel, '--python-versions', '3.11'],
      process.env,
      (text) => (out += text),
      () => {},
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^ok: /);
    expect(out).toContain(
      'The import test did not run: no interpreter found that can load a cp27-cp27mu wheel',
    );
    expect(out).toContain("pass the wheel's interpreter with --python-versions");
  });
});
