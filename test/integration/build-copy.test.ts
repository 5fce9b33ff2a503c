import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBuild } from '../helpers/cli-build.js';
import { needs, pyenvPython } from '../helpers/pythons.js';
import { run, runAsync } from '../helpers/run.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

/** What Python prints of `wheel` (sys.argv[1]), opened with its own zipfile as `wheel`. */
function fromWheel(code: string, wheel: string): string {
  const ran = run([
    '/usr/bin/python3',
    '-c',
    `import ast, json, sys, zipfile; wheel = zipfile.ZipFile(sys.argv[1]); ${code}`,
    wheel,
  ]);
  expect(ran.status, ran.stderr).toBe(0);
  return ran.stdout.trim();
}

/** The names in a wheel, as Python's zipfile reads them. */
const wheelNames = (wheel: string): string[] =>
  fromWheel('print("\\n".join(wheel.namelist()))', wheel).split('\n');

async function buildOne(pkg: string, name: string) {
  const dir = tempDir(`ww-copy-${name}-`);
  const { argv, outputDir, reportDir } = cliBuild(pkg, dir, name);
  const ran = await runAsync(argv);
  expect(ran.status, `${ran.stdout}\n${ran.stderr}`).toBe(0);
  const wheels = readdirSync(outputDir);
  expect(wheels).toHaveLength(1);
  return { wheel: path.join(outputDir, wheels[0]!), reportDir };
}

const EXTENSION =
  '#include <Python.h>\nstatic struct PyModuleDef m = {PyModuleDef_HEAD_INIT, "_speed"};\nPyMODINIT_FUNC PyInit__speed(void) { return PyModule_Create(&m); }\n';

describe('the copy each build works in', () => {
  it('keeps a sub-package named build and leaves out only the package root’s own build outputs', async () => {
    const pkg = tempDir('ww-subbuild-');
    write(pkg, {
      'setup.py':
        'from setuptools import Extension, setup\n\nsetup(name="subbuild", version="1.0", packages=["subbuild", "subbuild.build", "subbuild.dist"], ext_modules=[Extension("subbuild._speed", ["subbuild/_speed.c"])])\n',
      'subbuild/__init__.py': '',
      'subbuild/_speed.c': EXTENSION,
      // pypa/build's `src/build/`, pip's `operations/build/`: source, whatever its name
      'subbuild/build/__init__.py': 'KEPT = True\n',
      'subbuild/dist/__init__.py': 'KEPT = True\n',
      // a stale output of an earlier build in the user's tree: bdist_wheel would pack it
      'build/lib/subbuild/stale.py': 'raise SystemExit("stale")\n',
    });
    const { wheel } = await buildOne(pkg, 'subbuild');
    const names = wheelNames(wheel);
    expect(names).toContain('subbuild/build/__init__.py');
    expect(names).toContain('subbuild/dist/__init__.py');
    expect(names).not.toContain('subbuild/stale.py');
  });

  it('runs no pip when the copy fails: pip, started while the tree is copied, is told to stop', async () => {
    const pkg = tempDir('ww-badcopy-');
    write(pkg, {
      'setup.py':
        'from setuptools import Extension, setup\n\nsetup(name="badcopy", version="1.0", ext_modules=[Extension("_speed", ["_speed.c"])])\n',
      '_speed.c': EXTENSION,
    });
    expect(run(['mkfifo', path.join(pkg, 'pipe')]).status).toBe(0);
    const dir = tempDir('ww-copy-badcopy-');
    const { argv, outputDir, reportDir } = cliBuild(pkg, dir, 'badcopy');
    const ran = await runAsync(argv);
    expect(ran.status).not.toBe(0);
    const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
      builds: { status: string; error: string; log: string }[];
    };
    expect(report.builds).toHaveLength(1);
    const [build] = report.builds;
    expect(build!.status).toBe('failed');
    expect(build!.error).toContain('wheelwright could not prepare the build: cannot copy');
    expect(build!.error).toContain('not a file, a directory or a symbolic link');
    const log = readFileSync(path.join(reportDir, 'logs', path.basename(build!.log)), 'utf8');
    expect(log).toMatch(
      /wheelwright: pip starts while the package is copied, then runs in \S+: "\/usr\/bin\/python3" "-m" "pip" "wheel"/,
    );
    expect(log).toContain('the copy of the package was not made; pip did not run');
    expect(log).not.toContain('running bdist_wheel');
    expect(existsSync(outputDir)).toBe(false);
  });

  it('gives pip, started before the plan, the build’s own variables before it runs', async () => {
    const pkg = tempDir('ww-early-');
    write(pkg, {
      'setup.py': [
        'import os',
        'from setuptools import Extension, setup',
        'names = ["CC", "WHEELWRIGHT_BUILD", "MAKEFLAGS", "PIP_NO_INPUT", "DIST_EXTRA_CONFIG"]',
        'with open("early/seen.py", "w") as f:',
        '    f.write("SEEN = %r\\n" % {n: os.environ.get(n) for n in names})',
        'setup(name="early", version="1.0", packages=["early"], ext_modules=[Extension("early._speed", ["early/_speed.c"])])',
        '',
      ].join('\n'),
      'early/__init__.py': '',
      'early/_speed.c': EXTENSION,
    });
    const { wheel, reportDir } = await buildOne(pkg, 'early');
    const seen = JSON.parse(
      fromWheel(
        'text = wheel.read("early/seen.py").decode(); print(json.dumps(ast.literal_eval(text.split("=", 1)[1].strip())))',
        wheel,
      ),
    ) as Record<string, string | null>;
    expect(seen.CC).toMatch(/wheelwright-shim-\S+ \S*gcc/);
    expect(seen.WHEELWRIGHT_BUILD).toBe('cp311');
    expect(seen.MAKEFLAGS).toMatch(/^-j\d+$/);
    expect(seen.PIP_NO_INPUT).toBe('1');
    expect(seen.DIST_EXTRA_CONFIG).toMatch(/dist-extra\.cfg$/);
    const log = readFileSync(path.join(reportDir, 'logs', 'cp311.log'), 'utf8');
    expect(log).toContain("wheelwright: pip was started before the build's plan");
    const journal = readFileSync(path.join(reportDir, 'journal.jsonl'), 'utf8');
    expect(journal).toContain('"kind":"compile"');
  });

  describe('an interpreter named by its path: asked by the pip that then builds', () => {
    // Every Python process of the run writes its command line into a log, from a sitecustomize
    // on PYTHONPATH (in the environment of the run, so of its inspection and of its builds).
    const watched = (name: string, extra: NodeJS.ProcessEnv = {}) => {
      const dir = tempDir(`ww-asked-${name}-`);
      write(dir, {
        'site/sitecustomize.py': [
          'import os',
          'with open(os.environ["WW_PYTHONS_LOG"], "a") as f:',
          '    with open("/proc/self/cmdline", "rb") as c:',
          '        argv = [a.decode("latin-1") for a in c.read().split(b"\\0")[:4]]',
          '        f.write(" ".join(argv).replace("\\n", " ") + "\\n")',
          '',
        ].join('\n'),
      });
      const log = path.join(dir, 'pythons.log');
      const env = {
        ...process.env,
        PYTHONPATH: path.join(dir, 'site'),
        WW_PYTHONS_LOG: log,
        ...extra,
      };
      const pkg = tempDir(`ww-asked-pkg-${name}-`);
      write(pkg, {
        'setup.py':
          'from setuptools import Extension, setup\n\nsetup(name="asked", version="1.0", ext_modules=[Extension("_speed", ["_speed.c"])])\n',
        '_speed.c': EXTENSION,
      });
      return { dir, env, pkg, lines: () => readFileSync(log, 'utf8').trim().split('\n') };
    };
    /** The build's log and its pip step's command line (the `$` line that ran pip). */
    const pipStep = (reportDir: string) => {
      const log = readFileSync(path.join(reportDir, 'logs', 'cp311.log'), 'utf8');
      return { log, step: log.split('\n').find((line) => line.includes('pip_ahead.py')) ?? '' };
    };
    const inspections = (lines: string[]) =>
      lines.filter((line) => line.includes('Asks an interpreter what it is'));
    const answering = (lines: string[]) =>
      lines.filter((line) => line.includes('pip_ahead.py --inspect'));

    it('asks it once: the answer and pip’s start are one process, which builds the wheel', async () => {
      const { dir, env, pkg, lines } = watched('once');
      const { argv, outputDir, reportDir } = cliBuild(pkg, dir, 'once');
      const ran = await runAsync(argv, { env });
      expect(ran.status, `${ran.stdout}\n${ran.stderr}`).toBe(0);
      expect(readdirSync(outputDir)).toHaveLength(1);
      expect(inspections(lines())).toEqual([]);
      expect(answering(lines())).toHaveLength(1);
      const { log, step } = pipStep(reportDir);
      expect(step).toMatch(/\.pip-ahead\/frontend\/pip_ahead\.py" "--inspect"$/);
      expect(log).toContain("wheelwright: pip was started before the build's plan");
    });

    it('asks it as always where the user’s site directory is on sys.path, and still builds with that pip', async () => {
      const home = tempDir('ww-asked-home-');
      const site = run(
        ['/usr/bin/python3', '-c', 'import site; print(site.getusersitepackages())'],
        {
          env: { ...process.env, HOME: home },
        },
      ).stdout.trim();
      mkdirSync(site, { recursive: true });
      const { dir, env, pkg, lines } = watched('usersite', { HOME: home });
      const { argv, outputDir, reportDir } = cliBuild(pkg, dir, 'usersite');
      const ran = await runAsync(argv, { env });
      expect(ran.status, `${ran.stdout}\n${ran.stderr}`).toBe(0);
      expect(readdirSync(outputDir)).toHaveLength(1);
      expect(inspections(lines())).toHaveLength(1);
      expect(answering(lines())).toHaveLength(1);
      expect(pipStep(reportDir).step).toMatch(/pip_ahead\.py" "--inspect"$/);
    });

    const py27 = pyenvPython('2.7');
    it.skipIf(!py27)(
      `refuses an interpreter it cannot build with as always, its early pip stopped${needs('2.7')}`,
      async () => {
        const { dir, env, pkg, lines } = watched('refused');
        const { argv, outputDir, reportDir } = cliBuild(pkg, dir, 'refused', {
          pythons: [py27!.executable],
        });
        const ran = await runAsync(argv, { env });
        expect(ran.status).toBe(1);
        expect(existsSync(outputDir)).toBe(false);
        const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
          builds: unknown[];
          unbuildable: { reason: string; requested: boolean }[];
        };
        expect(report.builds).toEqual([]);
        expect(report.unbuildable).toEqual([
          expect.objectContaining({
            reason: 'cannot build: Python 2.7 is not supported: build with Python 3.7 or newer',
            requested: true,
          }),
        ]);
        expect(inspections(lines())).toEqual([]);
        // asked once, by the pip started ahead, which ran nothing: no process of pip's followed
        expect(lines()).toEqual([expect.stringContaining('pip_ahead.py --inspect')]);
      },
    );

    it('starts another pip where the path is not the interpreter’s own name for itself', async () => {
      // a wrapper: the interpreter calls itself /usr/bin/python3, and that is what builds
      const { dir, env, pkg, lines } = watched('wrapper');
      const wrapper = path.join(dir, 'python-wrapper');
      writeFileSync(wrapper, '#!/bin/sh\nexec /usr/bin/python3 "$@"\n', { mode: 0o755 });
      const { argv, outputDir, reportDir } = cliBuild(pkg, dir, 'wrapper', { pythons: [wrapper] });
      const ran = await runAsync(argv, { env });
      expect(ran.status, `${ran.stdout}\n${ran.stderr}`).toBe(0);
      expect(readdirSync(outputDir)).toHaveLength(1);
      expect(inspections(lines())).toEqual([]);
      expect(answering(lines())).toHaveLength(1);
      const { log, step } = pipStep(reportDir);
      expect(step).toMatch(/"\/usr\/bin\/python3" "\S+\/cp311\/frontend\/pip_ahead\.py"$/);
      expect(log).toContain("wheelwright: pip was started before the build's plan");
    });
  });

  describe('a version from git (setuptools-scm)', () => {
    const git = (repo: string, ...args: string[]) => {
      const ran = run(['git', '-C', repo, ...args]);
      expect(ran.status, ran.stderr).toBe(0);
      return ran.stdout.trim();
    };
    const scmPackage = () => {
      const pkg = tempDir('ww-scm-');
      write(pkg, {
        'pyproject.toml':
          '[build-system]\nrequires = ["setuptools", "setuptools-scm"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "scmpkg"\ndynamic = ["version"]\n\n[tool.setuptools_scm]\n',
        'setup.py':
          'from setuptools import Extension, setup\n\nsetup(packages=["scmpkg"], ext_modules=[Extension("scmpkg._speed", ["scmpkg/_speed.c"])])\n',
        'scmpkg/__init__.py': '',
        'scmpkg/_speed.c': EXTENSION,
        '.gitignore': 'build/\n*.egg-info/\n',
      });
      git(pkg, 'init', '-q');
      git(pkg, 'add', '-A');
      git(pkg, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'one');
      git(pkg, 'tag', 'v1.2.3');
      return pkg;
    };
    /** What setuptools-scm itself says in the user's tree. */
    const versionInTree = (pkg: string) => {
      const ran = run(
        ['/usr/bin/python3', '-c', 'import setuptools_scm; print(setuptools_scm.get_version())'],
        {
          cwd: pkg,
        },
      );
      expect(ran.status, ran.stderr).toBe(0);
      return ran.stdout.trim();
    };
    const wheelVersion = (wheel: string) => path.basename(wheel).split('-')[1];

    it('builds the tag’s version on a tagged commit', async () => {
      const pkg = scmPackage();
      expect(versionInTree(pkg)).toBe('1.2.3');
      const { wheel } = await buildOne(pkg, 'scm-tag');
      expect(wheelVersion(wheel)).toBe('1.2.3');
      // the build read the user's repository and wrote nothing into it
      expect(git(pkg, 'status', '--porcelain')).toBe('');
    });

    it('builds the tag’s version from a git worktree too (.git is a file there)', async () => {
      const repo = scmPackage();
      const worktree = path.join(tempDir('ww-scm-worktree-'), 'checkout');
      git(repo, 'worktree', 'add', '-q', '--detach', worktree, 'v1.2.3');
      expect(versionInTree(worktree)).toBe('1.2.3');
      const { wheel } = await buildOne(worktree, 'scm-worktree');
      expect(wheelVersion(wheel)).toBe('1.2.3');
      expect(git(worktree, 'status', '--porcelain')).toBe('');
    });

    it('builds the same dirty version as the user’s tree', async () => {
      const pkg = scmPackage();
      writeFileSync(path.join(pkg, 'scmpkg', '__init__.py'), 'CHANGED = True\n');
      const expected = versionInTree(pkg);
      expect(expected).toMatch(/^1\.2\.4\.dev0\+g[0-9a-f]+\.d\d{8}$/);
      const { wheel } = await buildOne(pkg, 'scm-dirty');
      expect(wheelVersion(wheel)).toBe(expected);
      expect(readFileSync(path.join(pkg, 'scmpkg', '__init__.py'), 'utf8')).toBe(
        'CHANGED = True\n',
      );
    });
  });
});
