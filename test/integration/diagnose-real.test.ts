import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { classify, watchKernel, type Diagnosis } from '../../src/diagnose/index.js';
import { hasMemoryCgroup, needsMemoryCgroup, withMemoryCgroup } from '../helpers/memory-cgroup.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import {
  logOf,
  runAsync,
  withoutPipSettings,
  pipWheel,
  Scratch,
  setupPy,
  SYSTEM_PYTHON,
  TRIVIAL_MODULE,
} from '../helpers/diagnose-builds.js';
import { cliBuild } from '../helpers/cli-build.js';
import { LINUX_TAG, multiarch } from '../helpers/machine.js';
import { generatedC } from '../helpers/packages.js';
import { needs, pyenvPython } from '../helpers/pythons.js';
import { CLI, run } from '../helpers/run.js';

// Real failures on this machine (Debian 12, root, cgroup v1, gcc 12), each classified from the
// log, journal and kernel evidence it really produced.

const MiB = 1024 ** 2;
const scratch = new Scratch();
afterEach(() => scratch.removeAll());

const rootCause = (diagnoses: Diagnosis[]): Diagnosis => diagnoses[0]!;

function bigPackage(bytes: number): string {
  return scratch.package({
    'src/big.c': generatedC(bytes),
    'setup.py': setupPy({ big: ['src/big.c'] }),
  });
}

describe('real failures are classified', () => {
  test.skipIf(!hasMemoryCgroup())(
    `a cgroup OOM kill of cc1 is oom-killed, with the kernel counter as evidence${needsMemoryCgroup()}`,
    async () => {
      const pkg = bigPackage(600 * 1024); // measured: cc1 peaks at ~220 MiB on this file
      await withMemoryCgroup({ memoryBytes: 150 * MiB, memswBytes: 150 * MiB }, async (cgroup) => {
        const kernel = await watchKernel({ counterFile: cgroup.oomCounterFile });
        // the kill comes within seconds: a synchronous run inside the cgroup is short enough
        const inCgroup = (argv: string[], env: NodeJS.ProcessEnv) =>
          run(['/bin/sh', '-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', cgroup.dir, ...argv], {
            env,
          });
        const ran = pipWheel(pkg, scratch.dir(), { run: inCgroup });
        const evidence = await kernel.finish();
        expect(ran.status).not.toBe(0);
        expect(evidence.oomKillsAfter).toBeGreaterThan(evidence.oomKillsBefore!);
        const diagnosis = rootCause(
          classify({
            log: logOf(ran),
            kernel: evidence,
            memory: { effectiveBytes: 150 * MiB, usableSwapBytes: 0, jobs: 1 },
          }),
        );
        expect(diagnosis).toMatchObject({
          class: 'oom-killed',
          confidence: 'high',
          concerns: { extension: 'big', file: 'src/big.c' },
        });
        expect(diagnosis.evidence[0]!.source).toBe('kernel');
        expect(diagnosis.remedy).toContain('150 MiB');
      });
    },
    300_000,
  );

  test('cc1 under prlimit --data fails to allocate: memory-limit', () => {
    const pkg = bigPackage(300 * 1024); // measured: cc1 peaks at ~130 MiB on this file
    const limit = String(64 * MiB);
    const ran = pipWheel(pkg, scratch.dir(), {
      env: { CC: `prlimit --data=${limit}:${limit} ${multiarch()}-gcc` },
    });
    expect(ran.status).not.toBe(0);
    const diagnosis = rootCause(
      classify({
        log: logOf(ran),
        memory: { effectiveBytes: 20_000 * MiB, usableSwapBytes: null, jobs: 2 },
      }),
    );
    expect(diagnosis).toMatchObject({
      class: 'memory-limit',
      confidence: 'high',
      concerns: { file: 'src/big.c', extension: 'big' },
    });
    // cc1 reports the refusal as "virtual memory exhausted" or "out of memory allocating".
    expect(diagnosis.evidence[0]!.text).toMatch(
      /virtual memory exhausted|out of memory allocating/,
    );
    expect(diagnosis.remedy).toMatch(/ulimit -d/);
  }, 120_000);

  test('two extensions sharing a source, built in parallel with LTO and no launcher: parallel-race', async () => {
    const common = generatedC(100 * 1024, 'common').replaceAll('static PyObject *', 'PyObject *');
    const extra = generatedC(100 * 1024, 'extra')
      .replace(/^[^]*?#include <Python.h>\n/, '')
      .replaceAll('static PyObject *', 'PyObject *');
    const files: Record<string, string> = {
      // Each extension compiles the shared file with its own VARIANT, so the objects differ.
      'src/common.c': `${common}\n#if VARIANT % 2\n${extra}\n#endif\n`,
    };
    const names = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
    for (const name of names) {
      files[`src/${name}.c`] = `#include <Python.h>
PyObject *common_f0(PyObject *self, PyObject *arg);
static PyMethodDef methods[] = {{"f", common_f0, METH_O, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "${name}", NULL, -1, methods};
PyMODINIT_FUNC PyInit_${name}(void) { return PyModule_Create(&def); }
`;
    }
    const exts = names
      .map(
        (n, i) =>
          `Extension("${n}", ["src/common.c", "src/${n}.c"], define_macros=[("VARIANT", "${i}")])`,
      )
      .join(', ');
    files['setup.py'] =
      `from setuptools import Extension, setup\nsetup(name="race", version="1", ext_modules=[${exts}])\n`;
    const pkg = scratch.package(files);
    // The race is a race: measured here it hits about one build in three (each ~6 s), so try
    // until it does.
    const deadline = Date.now() + 240_000;
    let failed: string | null = null;
    for (let attempt = 0; attempt < 30 && failed === null && Date.now() < deadline; attempt++) {
      rmSync(path.join(pkg, 'build'), { recursive: true, force: true });
      const ran = await runAsync([SYSTEM_PYTHON, 'setup.py', 'build_ext', '-j', '6'], {
        cwd: pkg,
        env: { ...process.env, CFLAGS: '-flto -O1', LDFLAGS: '-flto' },
      });
      if (ran.status !== 0) failed = logOf(ran);
    }
    expect(failed, 'the race never hit in 30 parallel builds').not.toBeNull();
    const diagnosis = rootCause(
      classify({
        log: failed!,
        memory: { effectiveBytes: 20_000 * MiB, usableSwapBytes: null, jobs: 6 },
      }),
    );
    const errors = failed!.split('\n').filter((l) => /error/i.test(l) && !l.includes(' -c '));
    expect(diagnosis.class, errors.slice(0, 5).join('\n')).toBe('parallel-race');
    expect(diagnosis.remedy).toMatch(/launcher|jobs: 1/);
  }, 300_000);

  test('a missing header in a wheelwright build log: missing-header with package names', () => {
    const pkg = scratch.package({
      'src/audio.c': `#include <portaudio.h>\n${TRIVIAL_MODULE('audio')}`,
      'setup.py': setupPy({ audio: ['src/audio.c'] }),
    });
    const out = scratch.dir();
    const reports = scratch.dir();
    const ran = run([
      'node',
      CLI,
      'build',
      pkg,
      '--build-isolation',
      'false',
      '--python-versions',
      SYSTEM_PYTHON,
      '--output-dir',
      out,
      '--report-dir',
      reports,
    ]);
    expect(ran.status).not.toBe(0);
    const logs = path.join(reports, 'logs');
    const log = readFileSync(path.join(logs, readdirSync(logs)[0]!), 'utf8');
    const diagnosis = rootCause(classify({ log }));
    expect(diagnosis).toMatchObject({
      class: 'missing-header',
      confidence: 'high',
      concerns: {
        extension: 'audio',
        file: 'src/audio.c',
        library: 'portaudio19-dev',
        python: DEBIAN_PYTHON.minor,
      },
    });
    expect(diagnosis.remedy).toContain('apt-get install portaudio19-dev');
    expect(diagnosis.remedy).toContain('dnf install portaudio-devel');
    expect(diagnosis.remedy).toContain('brew install portaudio');
    expect(log.split('\n')[diagnosis.evidence[0]!.line! - 1]).toContain('portaudio.h');
  }, 120_000);

  test('a missing -l library at link time: missing-library', () => {
    const pkg = scratch.package({
      'src/audio.c': TRIVIAL_MODULE('audio'),
      'setup.py': setupPy({ audio: ['src/audio.c'] }, ', libraries=["portaudio"]'),
    });
    const ran = pipWheel(pkg, scratch.dir());
    expect(ran.status).not.toBe(0);
    const diagnosis = rootCause(classify({ log: logOf(ran) }));
    expect(diagnosis).toMatchObject({
      class: 'missing-library',
      concerns: { library: 'portaudio', extension: 'audio' },
    });
    expect(diagnosis.remedy).toContain('portaudio19-dev');
  }, 120_000);

  test('a compiler that cannot find its startup files (crti.o): toolchain-broken', () => {
    const pkg = scratch.package({
      'src/plain.c': TRIVIAL_MODULE('plain'),
      'setup.py': setupPy({ plain: ['src/plain.c'] }),
    });
    const empty = scratch.dir('ww-empty-sysroot-');
    // Debian's gcc finds crti.o relative to its own prefix, not the sysroot: a relocated prefix
    // (GCC_EXEC_PREFIX) plus an empty sysroot leaves the link with no startup files at all.
    const ran = pipWheel(pkg, scratch.dir(), {
      env: {
        LDSHARED: `env GCC_EXEC_PREFIX=${empty}/ ${multiarch()}-gcc -shared -fno-use-linker-plugin --sysroot=${empty}`,
      },
    });
    expect(ran.status).not.toBe(0);
    const diagnosis = rootCause(classify({ log: logOf(ran) }));
    expect(diagnosis.class).toBe('toolchain-broken');
    expect(diagnosis.title).toContain('crti.o');
    expect(diagnosis.remedy).toContain('libc6-dev');
  }, 120_000);

  test('a wheel whose extension needs a library off the loader path fails at import: missing-shared-library', () => {
    const libDir = scratch.dir('ww-private-lib-');
    writeFileSync(path.join(libDir, 'dep.c'), 'int wwdep_answer(void) { return 42; }\n');
    const built = run([
      'gcc',
      '-shared',
      '-fPIC',
      path.join(libDir, 'dep.c'),
      '-o',
      path.join(libDir, 'libwwdep.so'),
    ]);
    expect(built.status).toBe(0);
    const pkg = scratch.package({
      'src/user.c': `#include <Python.h>
int wwdep_answer(void);
static PyObject *answer(PyObject *self, PyObject *args) { return PyLong_FromLong(wwdep_answer()); }
static PyMethodDef methods[] = {{"answer", answer, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "wwuser", NULL, -1, methods};
PyMODINIT_FUNC PyInit_wwuser(void) { return PyModule_Create(&def); }
`,
      'setup.py': setupPy(
        { wwuser: ['src/user.c'] },
        `, libraries=["wwdep"], library_dirs=[${JSON.stringify(libDir)}]`,
      ),
    });
    const out = scratch.dir();
    expect(pipWheel(pkg, out).status).toBe(0);
    const wheel = readdirSync(out).find((f) => f.endsWith('.whl'))!;
    const site = scratch.dir('ww-site-');
    expect(run([SYSTEM_PYTHON, '-m', 'zipfile', '-e', path.join(out, wheel), site]).status).toBe(0);
    const imported = run([SYSTEM_PYTHON, '-c', 'import wwuser'], { cwd: site });
    expect(imported.status).not.toBe(0);
    const diagnosis = rootCause(classify({ log: logOf(imported) }));
    expect(diagnosis).toMatchObject({
      class: 'missing-shared-library',
      concerns: { library: 'libwwdep.so' },
    });
    expect(diagnosis.remedy).toContain('auditwheel repair');
  }, 120_000);

  test('a build on a full tmpfs: disk-full', () => {
    const mount = scratch.dir('ww-small-fs-');
    expect(run(['mount', '-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mount]).status).toBe(0);
    try {
      const pkg = path.join(mount, 'pkg');
      mkdirSync(path.join(pkg, 'src'), { recursive: true });
      const source = bigPackage(600 * 1024);
      copyFileSync(path.join(source, 'setup.py'), path.join(pkg, 'setup.py'));
      copyFileSync(path.join(source, 'src', 'big.c'), path.join(pkg, 'src', 'big.c'));
      const ran = pipWheel(pkg, path.join(mount, 'out'), { env: { TMPDIR: mount } });
      expect(ran.status).not.toBe(0);
      const diagnosis = rootCause(classify({ log: logOf(ran) }));
      expect(diagnosis).toMatchObject({ class: 'disk-full', confidence: 'high' });
    } finally {
      run(['umount', mount]);
      if (readdirSync(mount).length) run(['umount', '-l', mount]);
    }
  }, 120_000);

  test.skipIf(!pyenvPython('3.13'))(
    `C-API use removed in Python 3.13, compiled against its headers: python-incompatible${needs('3.13')}`,
    () => {
      const include = path.join(pyenvPython('3.13')!.prefix, 'include', 'python3.13');
      expect(existsSync(include)).toBe(true);
      const dir = scratch.dir();
      writeFileSync(
        path.join(dir, 'bytes.c'),
        `#include <Python.h>
int to_bytes(PyObject *v, unsigned char *out) { return _PyLong_AsByteArray((PyLongObject *)v, out, 8, 1, 0); }
`,
      );
      const ran = run(['gcc', '-fPIC', `-I${include}`, '-c', 'bytes.c', '-o', 'bytes.o'], {
        cwd: dir,
      });
      expect(ran.status).not.toBe(0);
      const diagnosis = rootCause(classify({ log: logOf(ran) }));
      expect(diagnosis).toMatchObject({
        class: 'python-incompatible',
        concerns: { python: '3.13', file: 'bytes.c' },
      });
      expect(diagnosis.title).toContain('_PyLong_AsByteArray');
    },
    60_000,
  );

  test.skipIf(!pyenvPython('3.12'))(
    `a setup.py importing distutils under Python 3.12: python-incompatible${needs('3.12')}`,
    () => {
      const pkg = scratch.package({
        'setup.py': 'from distutils.core import setup\nsetup(name="old", version="1.0")\n',
      });
      const ran = run([pyenvPython('3.12')!.executable, 'setup.py', 'build'], {
        cwd: pkg,
      });
      expect(ran.status).not.toBe(0);
      const diagnosis = rootCause(classify({ log: logOf(ran), python: '3.12' }));
      expect(diagnosis).toMatchObject({
        class: 'python-incompatible',
        confidence: 'high',
        concerns: { python: '3.12' },
      });
      expect(diagnosis.title).toContain('distutils');
    },
    60_000,
  );

  test('an isolated build that must download setuptools with no network: network', () => {
    const pkg = scratch.package({
      'pyproject.toml':
        '[build-system]\nrequires = ["setuptools>=40"]\nbuild-backend = "setuptools.build_meta"\n',
      'src/plain.c': TRIVIAL_MODULE('plain'),
      'setup.py': setupPy({ plain: ['src/plain.c'] }),
    });
    // A closed port on loopback stands in for an unreachable index: the same failure, at once.
    // The machine's local wheel directory and mirrors are left out, as a runner would lack them.
    const ran = pipWheel(pkg, scratch.dir(), {
      isolation: true,
      baseEnv: withoutPipSettings(),
      env: { PIP_INDEX_URL: 'http://127.0.0.1:9/simple/', PIP_RETRIES: '0', PIP_TIMEOUT: '5' },
    });
    expect(ran.status).not.toBe(0);
    expect(rootCause(classify({ log: logOf(ran) })).class).toBe('network');
  }, 120_000);

  test('a build stopped by a time limit: timeout', () => {
    const pkg = bigPackage(300 * 1024); // measured: ~7 s to compile here
    const ran = pipWheel(pkg, scratch.dir(), { wrap: ['timeout', '-v', '3'] });
    expect(ran.status).toBe(124);
    const diagnosis = rootCause(classify({ log: logOf(ran) }));
    expect(diagnosis).toMatchObject({ class: 'timeout', confidence: 'high' });
  }, 60_000);

  test('an optional extension that fails and falls back to pure Python: silent-fallback, naming why', () => {
    // The shape of msgpack 1.0.3's setup.py: catch the compile failure, warn, ship without it.
    const pkg = scratch.package({
      'wwfast/__init__.py': '',
      'src/speedups.c': `#include <portaudio.h>\n${TRIVIAL_MODULE('_speedups')}`,
      'setup.py': `from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    def build_extension(self, ext):
        try:
            build_ext.build_extension(self, ext)
        except Exception as error:
            print(error)
            print("WARNING: Failed to compile extension modules.")
            print("wwfast uses fallback pure python implementation.")


setup(name="wwfast", version="1.0", packages=["wwfast"], cmdclass={"build_ext": OptionalBuildExt},
      ext_modules=[Extension("wwfast._speedups", ["src/speedups.c"])])
`,
    });
    const out = scratch.dir();
    const ran = pipWheel(pkg, out);
    expect(ran.status).toBe(0);
    expect(readdirSync(out).some((f) => f.endsWith(`${LINUX_TAG}.whl`))).toBe(true);
    const [first, second] = classify({ log: logOf(ran) });
    expect(first).toMatchObject({
      class: 'silent-fallback',
      concerns: { extension: 'wwfast._speedups', library: 'portaudio19-dev' },
    });
    expect(first!.remedy).toContain('portaudio19-dev');
    expect(second!.class).toBe('missing-header');
  }, 120_000);

  test("the project's own syntax error: compile-error on its line", () => {
    const pkg = scratch.package({
      'src/broken.c': `${TRIVIAL_MODULE('broken')}\nint broken(void) { return 1 }\n`,
      'setup.py': setupPy({ broken: ['src/broken.c'] }),
    });
    const ran = pipWheel(pkg, scratch.dir());
    expect(ran.status).not.toBe(0);
    const diagnosis = rootCause(classify({ log: logOf(ran) }));
    expect(diagnosis).toMatchObject({
      class: 'compile-error',
      concerns: { file: 'src/broken.c', extension: 'broken' },
    });
    expect(diagnosis.evidence[0]!.text).toMatch(/src\/broken\.c:\d+:\d+: error/);
  }, 120_000);
  test.skipIf(!hasMemoryCgroup())(
    `a compile error while another cgroup's process is OOM-killed: compile-error, not oom-killed${needsMemoryCgroup()}`,
    async () => {
      // The kernel log is the host's: a kill in another job's cgroup (another test, another
      // runner's job on a shared host) is not this build's, though it lands in the same window.
      const pkg = scratch.package({
        'src/typo.c': `#include <Python.h>\nint broken(void) { return undefined_name; }\n${TRIVIAL_MODULE('typo')}`,
        'setup.py': setupPy({ typo: ['src/typo.c'] }),
      });
      const dir = scratch.dir();
      const stop = path.join(dir, 'stop');
      await withMemoryCgroup({ memoryBytes: 2048 * MiB }, async (build) => {
        await withMemoryCgroup({ memoryBytes: 64 * MiB }, async (other) => {
          // OOM-killed over and over in its own cgroup until the build is over
          const hog = other.run([
            '/bin/sh',
            '-c',
            'while [ ! -e "$0" ]; do /usr/bin/python3 -c "b = bytearray(256 << 20)"; done',
            stop,
          ]);
          const { argv, reportDir } = cliBuild(pkg, dir, 'typo', { extra: ['--cache', 'false'] });
          const ran = await build.run([...argv, '--fail-fast', 'false']);
          writeFileSync(stop, '');
          await hog;
          expect(ran.status).toBe(1);
          expect(other.oomKills()).toBeGreaterThan(0);
          const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
          expect(report.builds[0].diagnoses[0].class).toBe('compile-error');
          expect(JSON.stringify(report.builds[0].diagnoses)).not.toContain('Killed process');
        });
      });
    },
    120_000,
  );
});
