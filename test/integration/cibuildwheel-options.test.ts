import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupOf } from '../../src/config/selectors.js';
import { DEBIAN_PYPY, DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { ARCH } from '../helpers/machine.js';
import { CLI, ROOT, run, runAsync } from '../helpers/run.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-cibw-options-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PYPY = '/usr/bin/pypy3';
// The identifiers built here, from what Debian's interpreters say they are (bookworm: cp311 and
// pp39), and the enable group cibuildwheel needs for that PyPy (pypy-eol for 3.10 and older).
if (!DEBIAN_PYPY) throw new Error(`these tests build with Debian's PyPy too: ${PYPY} is missing`);
const CP = DEBIAN_PYTHON.id;
const { id: PP, minor: PP_MINOR } = DEBIAN_PYPY;
const PP_GROUP = groupOf(`${PP}-manylinux_${ARCH}`)!;

// The extension of test/fixtures/cibuildwheel-package, whose setup.py also insists that
// before-build's `touch {project}/marker` reached the very tree it builds from.
function makePackage(name: string, cibuildwheel: string, project = ''): string {
  const dir = path.join(scratch, name);
  mkdirSync(path.join(dir, 'tests'), { recursive: true });
  writeFileSync(
    path.join(dir, 'tests', 'check_installed.py'),
    'import cibwonly, os\nassert "site-packages" in cibwonly.__file__, cibwonly.__file__\n',
  );
  cpSync(
    path.join(ROOT, 'test', 'fixtures', 'cibuildwheel-package', 'src'),
    path.join(dir, 'src'),
    {
      recursive: true,
    },
  );
  writeFileSync(
    path.join(dir, 'setup.py'),
    `import os
from setuptools import Extension, setup

assert os.path.exists("marker"), "before-build's {project}/marker is not in " + os.getcwd()
assert os.path.exists("before-all-ran"), "before-all did not run before this build"

setup(ext_modules=[Extension("cibwonly", ["src/cibwonly.c"], include_dirs=["."],
      define_macros=[("FLAVOUR", '"%s"' % os.environ["CIBW_ONLY_FLAVOUR"])])])
`,
  );
  writeFileSync(
    path.join(dir, 'pyproject.toml'),
    `[build-system]
requires = ["setuptools", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "cibwonly"
version = "1.0"
${project}

[project.optional-dependencies]
test = ["cibwextra"]

[dependency-groups]
base = ["cibwextra"]
check = [{ include-group = "base" }]

${cibuildwheel}`,
  );
  return dir;
}

// test-extras must bring `cibwextra`: a wheel of it in a local find-links directory (no index here).
function extraWheelDir(): string {
  const source = path.join(scratch, 'cibwextra');
  mkdirSync(path.join(source, 'cibwextra'), { recursive: true });
  writeFileSync(path.join(source, 'cibwextra', '__init__.py'), 'PRESENT = True\n');
  writeFileSync(
    path.join(source, 'setup.py'),
    'from setuptools import setup\nsetup(name="cibwextra", version="1.0", packages=["cibwextra"])\n',
  );
  const links = path.join(scratch, 'links');
  const built = run(
    [
      '/usr/bin/python3',
      '-m',
      'pip',
      'wheel',
      '--no-deps',
      '--no-build-isolation',
      '-w',
      links,
      source,
    ],
    { cwd: source },
  );
  if (built.status !== 0) throw new Error(built.stdout + built.stderr);
  return links;
}

async function build(dir: string, pythons: string[], extraEnv: Record<string, string> = {}) {
  const reportDir = path.join(dir, 'report');
  // the runner's own CIBW_* variables would change what these tests read
  const outside = Object.entries(process.env).filter(([name]) => !name.startsWith('CIBW_'));
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(outside),
    WHEELWRIGHT_BUILD_ISOLATION: 'false',
    WHEELWRIGHT_PYTHON_VERSIONS: pythons.join(' '),
    PIP_NO_INDEX: '1',
    PIP_FIND_LINKS: extraWheelDir(),
    ...extraEnv,
  };
  const ran = await runAsync(
    [
      process.execPath,
      CLI,
      'build',
      dir,
      '--output-dir',
      path.join(dir, 'out'),
      '--report-dir',
      reportDir,
    ],
    { env },
  );
  const reportFile = path.join(reportDir, 'report.json');
  const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
  return {
    ran,
    report,
    summary: report ? readFileSync(path.join(reportDir, 'summary.md'), 'utf8') : '',
  };
}

describe('[tool.cibuildwheel] shaped like real projects', () => {
  it("psutil 5.9.4's table: skip drops PyPy by its rule, test-extras installed, a list test-command, placeholders, before-all, before-test, test-sources", async () => {
    const dir = makePackage(
      'psutil-shaped',
      `[tool.cibuildwheel]
skip = ["pp*", "*-musllinux*"]
test-extras = "test"
before-all = "touch {project}/before-all-ran"
before-test = "python -c 'import sys; print(sys.prefix)' > {project}/before-test-prefix"
test-sources = ["tests"]
build-verbosity = 1
before-build = ["touch {project}/marker", "python -c \\"open('generated.h', 'w').write('#define GREETING \\\\\\"hello\\\\\\"\\\\n')\\""]
environment = { CIBW_ONLY_FLAVOUR = "from-the-table" }
test-command = [
  "python -c 'import cibwextra; assert cibwextra.PRESENT'",
  "python -c 'import cibwonly; assert cibwonly.flavour() == \\"from-the-table\\", cibwonly.flavour()'",
  "test -f {project}/pyproject.toml && test -f {package}/setup.py",
  "python tests/check_installed.py",
]

[tool.cibuildwheel.macos]
archs = ["x86_64", "arm64"]

[tool.cibuildwheel.windows]
build = "cp37-*"
environment = { CIBW_ONLY_FLAVOUR = "windows" }
`,
    );
    // Without its group enabled cibuildwheel would not consider Debian's PyPy at all (the first
    // check below); CIBW_ENABLE adds the group, and then psutil's skip is the rule that drops it.
    const without = await build(dir, ['/usr/bin/python3', PYPY]);
    expect(without.ran.status, without.ran.stdout + without.ran.stderr).toBe(0);
    expect(without.report.skipped.map((s: { reason: string }) => s.reason)).toContain(
      `skipped by cibuildwheel's default enable does not hold '${PP_GROUP}' (cibuildwheel builds ${PP} only then)`,
    );
    rmSync(path.join(dir, 'before-all-ran'));
    const { ran, report, summary } = await build(dir, ['/usr/bin/python3', PYPY], {
      CIBW_ENABLE: PP_GROUP,
    });
    expect(existsSync(path.join(dir, 'before-all-ran'))).toBe(true);
    // before-test ran in the test environment, not in the interpreter that built
    expect(readFileSync(path.join(dir, 'before-test-prefix'), 'utf8')).toMatch(/test-venv|verify/);
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(report.builds.map((b: { id: string; status: string }) => [b.id, b.status])).toEqual([
      [CP, 'built'],
    ]);
    const skipped = report.skipped.find((s: { name: string }) =>
      s.name.startsWith(`${PP}-manylinux_${ARCH}`),
    );
    expect(skipped?.reason).toBe(
      'skipped by pyproject.toml [tool.cibuildwheel] skip = "pp* *-musllinux*" (matched by pp*)',
    );
    expect(summary).toContain(`${PP}-manylinux_${ARCH} (PyPy ${PP_MINOR}`);
    const log = readFileSync(report.builds[0].log, 'utf8');
    expect(log).toContain('installing'); // the steps are logged
    expect(log).toMatch(/cibwonly-1\.0-[^"]*\.whl\[test\]/);
    expect(log).toContain('Successfully installed cibwextra-1.0');
    expect(log).toContain('import cibwextra; assert cibwextra.PRESENT');
    expect(log).toContain('python tests/check_installed.py');
    // build-verbosity is named, in the log and the summary, with why nothing is needed
    const note =
      "pyproject.toml [tool.cibuildwheel] build-verbosity: not needed by wheelwright: each build's full log is always kept";
    expect(ran.stderr).toContain(`wheelwright: ${note}`);
    expect(report.cibuildwheel.notes).toEqual([expect.stringContaining(note)]);
    expect(summary).toContain('build-verbosity: not needed by wheelwright');
    // the macOS and Windows tables stayed on their platforms
    expect(ran.stderr).not.toContain('archs');
  });

  it('enable, a platform table, CIBW_* over the file, test-skip per identifier, test-groups, an override with inherit', async () => {
    const dir = makePackage(
      'pypy-enabled',
      `[tool.cibuildwheel]
enable = ["${PP_GROUP}"]
before-all = "touch before-all-ran"
test-groups = ["check"]
before-build = "touch {project}/marker && echo '#define GREETING \\"hi\\"' > {package}/generated.h"
environment = { CIBW_ONLY_FLAVOUR = "$CIBW_TEST_FLAVOUR", EXPECTED_FLAVOUR = "$CIBW_TEST_FLAVOUR" }
test-command = "exit 3"

[tool.cibuildwheel.linux]
test-skip = "cp*"

# numpy's and cython's shape: per-identifier settings, lxml's inherit
[[tool.cibuildwheel.overrides]]
select = "${PP}-*"
inherit.environment = "append"
environment = { CIBW_ONLY_FLAVOUR = "pypy-override", EXPECTED_FLAVOUR = "pypy-override" }
`,
    );
    const { ran, report, summary } = await build(dir, ['/usr/bin/python3', PYPY], {
      CIBW_TEST_FLAVOUR: 'expanded',
      CIBW_TEST_COMMAND: 'exit 4',
      CIBW_TEST_COMMAND_LINUX:
        'python -c \'import cibwonly, os; print("flavour:", cibwonly.flavour()); assert cibwonly.flavour() == os.environ["EXPECTED_FLAVOUR"]\' && python -c \'import cibwextra\'',
    });
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(ran.stderr).toContain(
      'wheelwright: test-command from environment variable CIBW_TEST_COMMAND_LINUX',
    );
    const ids = report.builds.map((b: { id: string; status: string }) => [b.id, b.status]);
    expect(ids).toEqual([
      [CP, 'built'],
      [PP, 'built'],
    ]);
    expect(report.cibuildwheel.testsSkipped).toEqual([
      `${CP}-manylinux_${ARCH}: tests skipped by pyproject.toml [tool.cibuildwheel.linux] test-skip = "cp*" (matched by cp*)`,
    ]);
    expect(summary).toContain(`${CP}-manylinux_${ARCH}: tests skipped by`);
    const pypyLog = readFileSync(report.builds[1].log, 'utf8');
    // the override's environment reached PyPy's build and its tests; CPython's kept the table's
    expect(pypyLog).toContain('flavour: pypy-override');
    const cpLog = readFileSync(report.builds[0].log, 'utf8');
    expect(cpLog).not.toContain('flavour:');
  });

  it("h5py's build-frontend table: pip with args, passed to pip wheel after wheelwright's own", async () => {
    const pipLog = path.join(scratch, 'pip-args.log');
    const dir = makePackage(
      'frontend-args',
      `[tool.cibuildwheel]
build-frontend = { name = "pip", args = ["--no-build-isolation", "--log", ${JSON.stringify(pipLog)}] }
before-all = "touch {project}/before-all-ran"
before-build = "touch {project}/marker && python -c \\"open('generated.h', 'w').write('#define GREETING 1\\\\n')\\""
environment = { CIBW_ONLY_FLAVOUR = "args" }
`,
    );
    const { ran, report } = await build(dir, ['/usr/bin/python3']);
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(report.builds.map((b: { status: string }) => b.status)).toEqual(['built']);
    const log = readFileSync(report.builds[0].log, 'utf8');
    expect(log).toMatch(
      new RegExp(
        `"wheel" .*"--no-build-isolation" "--log" ${JSON.stringify(JSON.stringify(pipLog)).slice(1, -1)} "--wheel-dir"`,
      ),
    );
    // pip itself obeyed the argument: its log file names the package it built
    expect(readFileSync(pipLog, 'utf8')).toContain('cibwonly');
  });

  it('requires-python skips what it leaves out, by its rule; test-environment reaches before-test and test-command', async () => {
    const dir = makePackage(
      'requires-python',
      `[tool.cibuildwheel]
enable = ["${PP_GROUP}"]
before-all = "touch {project}/before-all-ran"
before-build = "touch {project}/marker && echo '#define GREETING 1' > {package}/generated.h"
environment = { CIBW_ONLY_FLAVOUR = "plain" }
# matplotlib's shape (cibuildwheel 3): variables for the tests only, $VAR expanded
test-environment = { TEST_MARK = "mark-$CIBW_TEST_FLAVOUR", PYTHONSAFEPATH = "1" }
before-test = 'echo "before-test saw $TEST_MARK"'
test-command = "python {project}/check_env.py"
`,
      `requires-python = ">=${DEBIAN_PYTHON.minor}"`,
    );
    writeFileSync(
      path.join(dir, 'check_env.py'),
      'import os, sys\nassert os.environ["TEST_MARK"] == "mark-expanded", os.environ.get("TEST_MARK")\nassert sys.flags.safe_path\nprint("test saw", os.environ["TEST_MARK"])\n',
    );
    const { ran, report, summary } = await build(dir, ['/usr/bin/python3', PYPY], {
      CIBW_TEST_FLAVOUR: 'expanded',
    });
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    expect(report.builds.map((b: { id: string; status: string }) => [b.id, b.status])).toEqual([
      [CP, 'built'],
    ]);
    const skipped = report.skipped.find((s: { name: string }) => s.name.startsWith(`${PP}-`));
    expect(skipped?.reason).toBe(
      `skipped by pyproject.toml [project] requires-python = ">=${DEBIAN_PYTHON.minor}" (${PP_MINOR} is outside it)`,
    );
    expect(summary).toContain(
      `requires-python = ">=${DEBIAN_PYTHON.minor}" (${PP_MINOR} is outside it)`,
    );
    const log = readFileSync(report.builds[0].log, 'utf8');
    expect(log).toContain('before-test saw mark-expanded');
    expect(log).toContain('test saw mark-expanded');
    // the build itself did not get the tests' variables
    expect(ran.stderr).not.toContain('test-environment');
  });

  it('build[uv] without uv on PATH: an input error naming what to install, nothing built', async () => {
    const dir = makePackage('uv-absent', '[tool.cibuildwheel]\nbuild-frontend = "build[uv]"\n');
    const { ran } = await build(dir, ['/usr/bin/python3']);
    expect(ran.status, ran.stdout + ran.stderr).toBe(2);
    expect(ran.stderr).toContain(
      "'build[uv]' builds through uv, and uv is not on PATH: install it first (in a workflow, the step uses: astral-sh/setup-uv;",
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('before-all that fails: no version is built, each says why', async () => {
    const dir = makePackage(
      'before-all-fails',
      '[tool.cibuildwheel]\nbefore-all = "echo preparing; exit 7"\n',
    );
    const { ran, report } = await build(dir, ['/usr/bin/python3', PYPY], {
      CIBW_ENABLE: PP_GROUP,
    });
    expect(ran.status).toBe(1);
    expect(report.builds).toEqual([]);
    expect(report.unbuildable.map((u: { reason: string }) => u.reason)).toEqual([
      expect.stringMatching(/^before-all failed \(exit 7\); its output: .*before-all\.log$/),
      expect.stringMatching(/^before-all failed \(exit 7\)/),
    ]);
    expect(readFileSync(path.join(dir, 'report', 'before-all.log'), 'utf8')).toContain('preparing');
  });
});
