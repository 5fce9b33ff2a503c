import { describe, expect, it } from 'vitest';
import { parse } from 'smol-toml';
import { buildIdentifier } from '../../src/config/build-identifiers.js';
import { readCibuildwheel, valuesFor } from '../../src/config/cibuildwheel.js';
import { CIBW_OPTIONS } from '../../src/config/cibuildwheel-options.js';
import { InputError } from '../../src/config/input-error.js';
import { expandBraces, judge, selectorMatches, testSkipped } from '../../src/config/selectors.js';

const info = (over: Partial<Parameters<typeof buildIdentifier>[0]>) => ({
  implementation: 'cpython',
  version: [3, 11, 2] as [number, number, number],
  freeThreaded: false,
  debug: false,
  platform: 'linux-x86_64',
  soabi: 'cpython-311-x86_64-linux-gnu',
  extSuffix: '.cpython-311-x86_64-linux-gnu.so',
  ...over,
});

describe('buildIdentifier', () => {
  it.each([
    [{}, 'cp311-manylinux_x86_64'],
    [{ soabi: 'cpython-312-x86_64-linux-musl', version: [3, 12, 1] }, 'cp312-musllinux_x86_64'],
    [{ platform: 'linux-aarch64' }, 'cp311-manylinux_aarch64'],
    [
      {
        implementation: 'pypy',
        version: [3, 10, 13],
        soabi: 'pypy310-pp73',
        extSuffix: '.pypy310-pp73-x86_64-linux-gnu.so',
      },
      'pp310-manylinux_x86_64',
    ],
    [
      { version: [3, 13, 0], freeThreaded: true, platform: 'macosx-11.0-arm64' },
      'cp313t-macosx_arm64',
    ],
    [{ platform: 'macosx-10.9-universal2' }, 'cp311-macosx_universal2'],
    [{ platform: 'win-amd64', soabi: null }, 'cp311-win_amd64'],
    [{ platform: 'win32', soabi: null }, 'cp311-win32'],
    [{ platform: 'win-arm64', soabi: null }, 'cp311-win_arm64'],
    [{ debug: true }, 'cp311d-manylinux_x86_64'],
  ] as const)('names %j %s', (over, id) => {
    expect(buildIdentifier(info(over as never))).toBe(id);
  });
});

describe('selectors', () => {
  it('expands braces as bracex does, nested too', () => {
    expect(expandBraces('cp3{10,11}-*')).toEqual(['cp310-*', 'cp311-*']);
    expect(expandBraces('{cp,pp}3{9,1{0,1}}-*')).toEqual([
      'cp39-*',
      'cp310-*',
      'cp311-*',
      'pp39-*',
      'pp310-*',
      'pp311-*',
    ]);
    expect(expandBraces('cp{311}-*')).toEqual(['cp{311}-*']);
  });

  it('matches as fnmatch does: *, ?, [seq], [!seq]', () => {
    expect(selectorMatches('cp3?-*', 'cp39-manylinux_x86_64')).toBe('cp3?-*');
    expect(selectorMatches('cp3?-*', 'cp311-manylinux_x86_64')).toBeNull();
    expect(selectorMatches('*-manylinux_[ax]*', 'cp311-manylinux_x86_64')).toBe(
      '*-manylinux_[ax]*',
    );
    expect(selectorMatches('*-manylinux_[!x]*', 'cp311-manylinux_x86_64')).toBeNull();
    expect(selectorMatches('cp311-* *-musllinux*', 'cp312-musllinux_x86_64')).toBe('*-musllinux*');
    expect(selectorMatches('cp311.*', 'cp311-manylinux_x86_64')).toBeNull();
  });

  const where = {
    build: 'pyproject.toml [tool.cibuildwheel] build',
    skip: 'pyproject.toml [tool.cibuildwheel] skip',
    'test-skip': 'pyproject.toml [tool.cibuildwheel] test-skip',
    enable: "cibuildwheel's default enable",
  };

  it('names the rule that skips an identifier', () => {
    const selectors = {
      build: 'cp3*',
      skip: 'pp* *-musllinux*',
      testSkip: 'cp312-*',
      enable: [],
      requiresPython: null,
      where,
    };
    expect(judge(selectors, 'cp311-manylinux_x86_64')).toEqual({ build: true, rule: null });
    expect(judge(selectors, 'cp311-musllinux_x86_64')).toEqual({
      build: false,
      rule: 'pyproject.toml [tool.cibuildwheel] skip = "pp* *-musllinux*" (matched by *-musllinux*)',
    });
    expect(judge({ ...selectors, enable: ['pypy'] }, 'pp311-manylinux_x86_64').rule).toBe(
      'pyproject.toml [tool.cibuildwheel] build = "cp3*" does not match it',
    );
    expect(testSkipped(selectors, 'cp312-manylinux_x86_64')).toBe(
      'pyproject.toml [tool.cibuildwheel] test-skip = "cp312-*" (matched by cp312-*)',
    );
    expect(testSkipped(selectors, 'cp311-manylinux_x86_64')).toBeNull();
  });

  it('builds PyPy, GraalPy and pre-release CPython only when their group is enabled', () => {
    const all = { build: '*', skip: '', testSkip: '', enable: [], requiresPython: null, where };
    expect(judge(all, 'pp311-manylinux_x86_64').rule).toBe(
      "cibuildwheel's default enable does not hold 'pypy' (cibuildwheel builds pp311 only then)",
    );
    expect(judge(all, 'pp310-manylinux_x86_64').rule).toContain("'pypy-eol'");
    expect(judge(all, 'pp39-manylinux_x86_64').rule).toContain("'pypy-eol'");
    expect(judge(all, 'cp316-manylinux_x86_64').rule).toContain("'cpython-prerelease'");
    expect(judge(all, 'cp313t-manylinux_x86_64').build).toBe(true);
    expect(judge({ ...all, enable: ['pypy'] }, 'pp311-manylinux_x86_64').build).toBe(true);
    expect(judge({ ...all, enable: ['pypy'] }, 'pp310-manylinux_x86_64').build).toBe(false);
    expect(judge({ ...all, enable: ['pypy-eol'] }, 'pp310-manylinux_x86_64').build).toBe(true);
  });
});

const read = (
  toml: string,
  env: Record<string, string> = {},
  platform: 'linux' | 'macos' | 'windows' = 'linux',
) => readCibuildwheel((parse(toml).tool as { cibuildwheel: never }).cibuildwheel, platform, env);

// psutil 5.9.4's table, as released
const PSUTIL = `
[tool.cibuildwheel]
skip = ["pp*", "*-musllinux*"]
test-extras = "test"
test-command = [
  "env PYTHONWARNINGS=always PYTHONUNBUFFERED=1 PSUTIL_DEBUG=1 PSUTIL_SCRIPTS_DIR={project}/scripts python {project}/psutil/tests/runner.py",
  "env PYTHONWARNINGS=always PYTHONUNBUFFERED=1 PSUTIL_DEBUG=1 PSUTIL_SCRIPTS_DIR={project}/scripts python {project}/psutil/tests/test_memleaks.py",
]

[tool.cibuildwheel.macos]
archs = ["x86_64", "arm64"]

[tool.cibuildwheel.windows]
build = "cp37-*"
environment = { CFLAGS = "/WX" }
`;

describe('readCibuildwheel', () => {
  it("reads psutil's table for Linux: its skip, its extras, and not the other platforms' tables", () => {
    const cibw = read(PSUTIL);
    expect(cibw.selectors).toMatchObject({ build: '*', skip: 'pp* *-musllinux*', testSkip: '' });
    expect(cibw.testExtras).toEqual(['test']);
    expect(cibw.values.has('archs')).toBe(false);
    expect(cibw.values.has('environment')).toBe(false);
    expect(cibw.notes).toEqual([]);
  });

  it('takes the platform table over the main one, on its platform only', () => {
    const windows = read(PSUTIL, {}, 'windows');
    expect(windows.selectors.build).toBe('cp37-*');
    expect(windows.selectors.where.build).toBe('pyproject.toml [tool.cibuildwheel.windows] build');
    expect(windows.values.get('environment')?.value).toEqual({ CFLAGS: '/WX' });
    // psutil asks macOS for both architectures: one build per interpreter makes the first, the other is named
    const macos = readCibuildwheel(
      (parse(PSUTIL).tool as { cibuildwheel: never }).cibuildwheel,
      'macos',
      {},
      { machine: 'arm64' },
    );
    expect(macos.macosArch).toBe('x86_64');
    expect(macos.notes).toEqual([
      'pyproject.toml [tool.cibuildwheel.macos] archs: arm64 not built here: wheelwright makes one build per interpreter on macOS, here x86_64; build the others in another job (archs = "universal2" gives one wheel for both)',
    ]);
  });

  it.each([
    ['arm64', 'archs = "universal2"', 'universal2'],
    ['arm64', 'archs = "x86_64"', 'x86_64'],
    ['x64', 'archs = "arm64"', 'arm64'],
    ['arm64', 'archs = "native"', 'arm64'],
    ['x64', 'archs = "auto"', 'x86_64'],
    ['x64', '', 'x86_64'],
  ] as const)('on a macOS %s runner, %s builds %s', (machine, line, arch) => {
    const table = (parse(`[tool.cibuildwheel]\n${line}\n`).tool as { cibuildwheel: never })
      .cibuildwheel;
    const cibw = readCibuildwheel(table ?? {}, 'macos', {}, { machine });
    expect(cibw.macosArch).toBe(arch);
    expect(cibw.notes).toEqual([]);
  });

  it('takes CIBW_ARCHS_MACOS on macOS, as a workflow without [tool.cibuildwheel] sets it', () => {
    const cibw = readCibuildwheel(
      {},
      'macos',
      { CIBW_ARCHS_MACOS: 'universal2' },
      { machine: 'arm64' },
    );
    expect(cibw.macosArch).toBe('universal2');
  });

  it('refuses a macOS archs with nothing it can build, naming what is accepted', () => {
    const table = (parse('[tool.cibuildwheel]\narchs = "ppc"\n').tool as { cibuildwheel: never })
      .cibuildwheel;
    expect(() => readCibuildwheel(table, 'macos', {}, { machine: 'arm64' })).toThrow(
      "'ppc' is not accepted; expected native, auto, x86_64, arm64 or universal2",
    );
  });

  it.each([
    ['linux', 'x64', 'archs = "auto64"', null],
    ['linux', 'x64', 'archs = ["x86_64"]', null],
    ['linux', 'arm64', 'archs = "aarch64 native"', null],
    ['windows', 'x64', 'archs = "AMD64"', null],
    ['linux', 'x64', 'archs = ["x86_64", "aarch64"]', null],
    ['linux', 'x64', 'archs = "auto32"', "'auto32' is not accepted"],
    [
      'linux',
      'x64',
      'archs = ["aarch64", "ppc64le"]',
      "'aarch64 ppc64le' is not accepted; wheelwright builds only for the runner's own architecture (x86_64)",
    ],
    ['windows', 'x64', 'archs = "ARM64"', "'ARM64' is not accepted"],
  ] as const)('on %s %s, %s: %s', (platform, machine, line, refusal) => {
    const table = (parse(`[tool.cibuildwheel]\n${line}\n`).tool as { cibuildwheel: never })
      .cibuildwheel;
    const reading = () => readCibuildwheel(table, platform, {}, { machine });
    if (refusal === null) expect(reading().values.has('archs')).toBe(true);
    else expect(reading).toThrow(refusal);
  });

  it('takes CIBW_<KEY> over the file and CIBW_<KEY>_<PLATFORM> over both; CIBW_ENABLE adds', () => {
    const toml =
      '[tool.cibuildwheel]\ntest-command = "a"\nenable = ["pypy"]\n[tool.cibuildwheel.linux]\ntest-command = "b"\n';
    expect(read(toml).values.get('test-command')).toEqual({
      value: 'b',
      where: 'pyproject.toml [tool.cibuildwheel.linux] test-command',
    });
    expect(read(toml, { CIBW_TEST_COMMAND: 'c' }).values.get('test-command')?.value).toBe('c');
    expect(
      read(toml, {
        CIBW_TEST_COMMAND: 'c',
        CIBW_TEST_COMMAND_LINUX: 'd',
        CIBW_TEST_COMMAND_MACOS: 'e',
      }).values.get('test-command'),
    ).toEqual({ value: 'd', where: 'environment variable CIBW_TEST_COMMAND_LINUX' });
    expect(read(toml, { CIBW_ENABLE: 'pypy-eol' }).selectors.enable).toEqual(['pypy', 'pypy-eol']);
    // build and skip have no platform variable in cibuildwheel
    expect(read(toml, { CIBW_SKIP_LINUX: 'cp*' }).selectors.skip).toBe('');
    expect(read(toml, { CIBW_SKIP: 'cp*' }).selectors.skip).toBe('cp*');
  });

  it('rejects an enable group cibuildwheel does not have, listing those it has', () => {
    let error: unknown;
    try {
      read('[tool.cibuildwheel]\nenable = ["cpython-freethreading"]\n');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).lineFor('cli')).toBe(
      "pyproject.toml [tool.cibuildwheel] enable: 'cpython-freethreading' is not accepted; not an enable group; expected cpython-prerelease, graalpy, pypy, pypy-eol, pyodide-eol, pyodide-prerelease or all",
    );
  });

  // Each option wheelwright does not honour is named, with what to do instead.
  it.each(
    CIBW_OPTIONS.filter((o) => o.status !== 'honoured').map((o) => [
      o.key.replace('*', 'x86_64'),
      o.how,
    ]),
  )('names %s with what to do instead', (key, how) => {
    const cibw = read(`[tool.cibuildwheel]\n"${key}" = "x"\n`);
    expect(cibw.notes).toHaveLength(1);
    expect(cibw.notes[0]).toMatch(
      new RegExp(
        `^pyproject\\.toml \\[tool\\.cibuildwheel\\] ${key.replace(/[-]/g, '\\-')}: not (needed|done) by wheelwright: `,
      ),
    );
    expect(cibw.notes[0]).toContain(how);
  });

  it('names each refused key once, from a variable too, and keys cibuildwheel does not know', () => {
    const cibw = read(
      '[tool.cibuildwheel]\naudit-command = "x"\nbuild-verbositi = 1\n[tool.cibuildwheel.linux]\naudit-command = "y"\n[tool.cibuildwheel.pyodide]\nbuild = "*"\n',
      { CIBW_DEPENDENCY_VERSIONS: 'z', CIBW_AUDIT_COMMAND: 'w' },
    );
    expect(cibw.notes).toEqual([
      expect.stringMatching(
        /^pyproject\.toml \[tool\.cibuildwheel\] audit-command: not done by wheelwright: run it as a step after wheelwright/,
      ),
      'pyproject.toml [tool.cibuildwheel] build-verbositi: not an option cibuildwheel documents; ignored (did you mean build-verbosity?)',
      'pyproject.toml [tool.cibuildwheel].pyodide: ignored; Pyodide wheels are not built by wheelwright: build them with cibuildwheel --platform pyodide',
      expect.stringMatching(
        /^environment variable CIBW_DEPENDENCY_VERSIONS: not done by wheelwright: wheelwright does not pin/,
      ),
    ]);
  });
});

describe('test-environment', () => {
  it('reads a table or a string as environment is read; CIBW_TEST_ENVIRONMENT wins', () => {
    expect(
      read('[tool.cibuildwheel]\ntest-environment = { A = "1", B = "$A x" }\n').testEnvironment,
    ).toBe('A="1"\nB="$A x"');
    expect(read('[tool.cibuildwheel]\ntest-environment = "A=1 B=2"\n').testEnvironment).toBe(
      'A=1 B=2',
    );
    expect(
      read('[tool.cibuildwheel]\ntest-environment = "A=1"\n', { CIBW_TEST_ENVIRONMENT: 'C=3' })
        .testEnvironment,
    ).toBe('C=3');
    expect(read('[tool.cibuildwheel]\nbuild = "*"\n').testEnvironment).toBeNull();
  });

  it('refuses a malformed one, naming where it was written', () => {
    expect(() => read('[tool.cibuildwheel]\ntest-environment = "A=1 nonsense"\n')).toThrow(
      "pyproject.toml [tool.cibuildwheel] test-environment: 'nonsense' is not accepted; expected KEY=VALUE pairs",
    );
    expect(() => read('[tool.cibuildwheel]\ntest-environment = 3\n')).toThrow(
      "pyproject.toml [tool.cibuildwheel] test-environment: '3' is not accepted; expected a table",
    );
  });
});

describe('commands and test groups', () => {
  it('joins a list of commands with && as cibuildwheel does, and reads test-sources', () => {
    const cibw = read(
      '[tool.cibuildwheel]\nbefore-all = ["yum install -y x", "make deps"]\nbefore-test = "pip list"\ntest-sources = ["tests", "conftest.py"]\n',
    );
    expect(cibw.beforeAll).toBe('yum install -y x && make deps');
    expect(cibw.beforeTest).toBe('pip list');
    expect(cibw.testSources).toEqual(['tests', 'conftest.py']);
  });

  it('installs the requirements of PEP 735 groups, following include-group', () => {
    const document = parse(`
[dependency-groups]
base = ["pytest>=7"]
Test_All = [{ include-group = "base" }, "hypothesis"]

[tool.cibuildwheel]
test-groups = ["test-all"]
`);
    const tool = document.tool as { cibuildwheel: never };
    const cibw = readCibuildwheel(
      tool.cibuildwheel,
      'linux',
      {},
      { dependencyGroups: document['dependency-groups'] },
    );
    expect(cibw.testGroupRequires).toEqual(['pytest>=7', 'hypothesis']);
  });

  it('names a test group that [dependency-groups] lacks, with those it has', () => {
    const document = parse(
      '[dependency-groups]\ntest = ["pytest"]\n[tool.cibuildwheel]\ntest-groups = "tests"\n',
    );
    let error: unknown;
    try {
      readCibuildwheel(
        (document.tool as { cibuildwheel: never }).cibuildwheel,
        'linux',
        {},
        { dependencyGroups: document['dependency-groups'] },
      );
    } catch (caught) {
      error = caught;
    }
    expect((error as InputError).lineFor('cli')).toBe(
      "pyproject.toml [tool.cibuildwheel] test-groups: 'tests' is not accepted; not a group of [dependency-groups] in pyproject.toml; it has: test",
    );
  });
});

describe('overrides', () => {
  // cython's and lxml's shape: inherit.environment = "append" per architecture
  const CYTHON = `
[tool.cibuildwheel]
test-command = "base"
environment = { CFLAGS = "-O3", AR = "gcc-ar" }

[[tool.cibuildwheel.overrides]]
select = "*x86_64"
inherit.environment = "append"
environment.CYTHON_LIMITED_API = "true"

[[tool.cibuildwheel.overrides]]
select = "cp3{11,12}-*"
test-command = "override"
inherit.before-test = "prepend"
before-test = "first"
manylinux-x86_64-image = "manylinux2014"
`;

  it('applies each matching override per identifier, with its inherit rule', () => {
    const cibw = read(`${CYTHON}\n[tool.cibuildwheel.linux]\nbefore-test = "second"\n`);
    const x86 = valuesFor(cibw, 'cp311-manylinux_x86_64');
    expect(x86.get('environment')?.value).toEqual({
      CFLAGS: '-O3',
      AR: 'gcc-ar',
      CYTHON_LIMITED_API: 'true',
    });
    expect(x86.get('test-command')).toEqual({
      value: 'override',
      where:
        'pyproject.toml [[tool.cibuildwheel.overrides]][1] (select = "cp3{11,12}-*") test-command',
    });
    expect(x86.get('before-test')?.value).toBe('first && second');
    const arm = valuesFor(cibw, 'cp313-manylinux_aarch64');
    expect(arm.size).toBe(0);
    expect(valuesFor(cibw, 'pp311-manylinux_x86_64').has('test-command')).toBe(false);
  });

  it('lets CIBW_* variables win over overrides, as cibuildwheel does', () => {
    const cibw = read(CYTHON, { CIBW_TEST_COMMAND: 'from-env' });
    expect(valuesFor(cibw, 'cp311-manylinux_x86_64').has('test-command')).toBe(false);
  });

  it('names an option an override sets that is not applied per build', () => {
    expect(read(CYTHON).notes).toEqual([
      expect.stringMatching(
        /^pyproject\.toml \[\[tool\.cibuildwheel\.overrides\]\]\[1\] manylinux-x86_64-image: not applied per build identifier by wheelwright/,
      ),
    ]);
  });

  it('refuses to append a string to a table, naming the form to write', () => {
    const cibw = read(
      '[tool.cibuildwheel]\nenvironment = "A=1"\n[[tool.cibuildwheel.overrides]]\nselect = "*"\ninherit.environment = "append"\nenvironment = { B = "2" }\n',
    );
    expect(() => valuesFor(cibw, 'cp311-manylinux_x86_64')).toThrow(
      "inherit.environment = 'append' joins a table only to a table",
    );
  });
});
