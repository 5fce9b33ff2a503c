// Data only, no imports: scripts/generate.js reads this file to write the README's table of
// cibuildwheel options, so the table and the code that reads the options cannot drift apart.

/**
 * cibuildwheel's `enable` groups (cibuildwheel 4.2's EnableGroup): builds that only run when their
 * group is enabled, whatever `build` says.
 */
export const ENABLE_GROUPS = [
  'cpython-prerelease',
  'graalpy',
  'pypy',
  'pypy-eol',
  'pyodide-eol',
  'pyodide-prerelease',
] as const;
export type EnableGroup = (typeof ENABLE_GROUPS)[number];

/**
 * What wheelwright does with a cibuildwheel option: `honoured` with cibuildwheel's meaning,
 * `mapped` onto something of wheelwright's that does the same job differently, `refused`: not
 * done, and `how` says what to do instead. Every refused or mapped key present is named in the log.
 */
export type CibwStatus = 'honoured' | 'mapped' | 'refused';

export interface CibwOption {
  /** The key as written in [tool.cibuildwheel]; `*` stands for any text (manylinux-*-image). */
  key: string;
  status: CibwStatus;
  /** For the README and the log: what wheelwright does with it, or what to do instead. */
  how: string;
  /** The wheelwright input it sets, when it is one. */
  input?: string;
}

/** Every option cibuildwheel 4.2 documents (docs/options.md), in its order. */
export const CIBW_OPTIONS: readonly CibwOption[] = [
  {
    key: 'build',
    status: 'honoured',
    how: 'selects build identifiers (fnmatch, {a,b}); python-versions narrows further',
  },
  {
    key: 'skip',
    status: 'honoured',
    how: 'skips build identifiers; each one skipped is listed in the summary with the pattern',
  },
  {
    key: 'test-skip',
    status: 'honoured',
    how: 'builds but does not test the identifiers it matches',
  },
  {
    key: 'enable',
    status: 'honoured',
    how: `groups ${ENABLE_GROUPS.join(', ')}, or all; CIBW_ENABLE adds to the file's`,
  },
  {
    key: 'archs',
    status: 'honoured',
    how: "on Linux and Windows only the runner's own architecture is built (auto, native, all, auto64 on a 64-bit runner, or its name); on macOS the first of native, auto, x86_64, arm64 or universal2 listed, given to the build as ARCHFLAGS (-arch x86_64 -arch arm64 for universal2) and checked in every Mach-O's slices; other architectures listed are named as not built, and archs with nothing buildable is an input error",
  },
  {
    key: 'platform',
    status: 'mapped',
    how: "the runner's platform is built; choose another with runs-on",
  },
  { key: 'output-dir', status: 'mapped', how: 'use the output-dir input' },
  {
    key: 'build-frontend',
    status: 'honoured',
    input: 'build-frontend',
    how: "pip, build, build[uv] (python -m build --installer=uv when isolated) or uv (uv build --python=...), with args (a { name, args } table or 'build; args: ...') passed after wheelwright's own; the uv ones need uv on PATH, else an input error naming how to install it; with them the test environment's installs are uv pip install, as cibuildwheel's",
  },
  {
    key: 'config-settings',
    status: 'honoured',
    input: 'config-settings',
    how: 'passed to the frontend as --config-settings',
  },
  {
    key: 'environment',
    status: 'honoured',
    input: 'environment',
    how: 'table or string, $VAR expanded against the build environment',
  },
  {
    key: 'environment-pass',
    status: 'mapped',
    how: 'nothing to do: builds run on the runner, so every variable already reaches them',
  },
  {
    key: 'before-all',
    status: 'honoured',
    how: 'runs once on the runner before any build, from the package directory ({project}, {package}); when it fails no version is built',
  },
  {
    key: 'before-build',
    status: 'honoured',
    input: 'before-build',
    how: "runs in each build's copy of the tree, {project} and {package} filled in",
  },
  {
    key: 'xbuild-tools',
    status: 'refused',
    how: 'iOS/Android cross builds are not made by wheelwright',
  },
  {
    key: 'repair-wheel-command',
    status: 'honoured',
    input: 'repair-command',
    how: '{wheel}, {dest_dir} and {delocate_archs} filled in; "" keeps wheels as built',
  },
  {
    key: 'manylinux-*-image',
    status: 'mapped',
    how: "the reusable workflow's manylinux-image auto (its default) runs the Linux legs of that architecture in this image (the linux table's first); the action itself builds where it runs",
  },
  {
    key: 'musllinux-*-image',
    status: 'refused',
    how: 'no musllinux wheels: the runner runs JavaScript actions in an Alpine container only on x64, and wheelwright is not built for musl; build them with cibuildwheel',
  },
  {
    key: 'container-engine',
    status: 'mapped',
    how: 'wheelwright builds where it runs (no container of its own): to build in a manylinux image, use the reusable workflow, whose manylinux-image input names the image',
  },
  {
    key: 'dependency-versions',
    status: 'refused',
    how: 'wheelwright does not pin the build tools: pin them in [build-system] requires or a before-build pip install -c constraints.txt',
  },
  {
    key: 'test-command',
    status: 'honoured',
    input: 'test-command',
    how: 'runs from a temporary directory against the installed wheel; a list is joined with &&',
  },
  {
    key: 'before-test',
    status: 'honoured',
    how: "runs in each wheel's test environment before its tests, from the package directory",
  },
  {
    key: 'test-sources',
    status: 'honoured',
    how: 'copied from the package directory into the temporary directory test-command runs from',
  },
  {
    key: 'test-requires',
    status: 'honoured',
    input: 'test-requires',
    how: 'installed into the test environment before test-command',
  },
  {
    key: 'test-extras',
    status: 'honoured',
    how: 'the wheel is installed with these extras for test-command',
  },
  {
    key: 'test-groups',
    status: 'honoured',
    how: 'the requirements of these [dependency-groups] (PEP 735) are installed with test-requires',
  },
  {
    key: 'test-environment',
    status: 'honoured',
    how: 'table or string, $VAR expanded: the variables of before-test, the test installs and test-command',
  },
  {
    key: 'test-runtime',
    status: 'refused',
    how: 'only for iOS/Android/Pyodide, which wheelwright does not build',
  },
  {
    key: 'audit-requires',
    status: 'refused',
    how: 'run abi3audit as a step after wheelwright; wheelwright verifies each wheel itself (verify)',
  },
  {
    key: 'audit-command',
    status: 'refused',
    how: 'run it as a step after wheelwright; wheelwright verifies each wheel itself (verify)',
  },
  {
    key: 'build-verbosity',
    status: 'mapped',
    how: "each build's full log is always kept in report-dir and shown on failure",
  },
  {
    key: 'pyodide-version',
    status: 'refused',
    how: 'Pyodide wheels are not built by wheelwright: build them with cibuildwheel --platform pyodide',
  },
  {
    key: 'xbuild-files',
    status: 'refused',
    how: 'iOS/Android cross builds are not made by wheelwright',
  },
  {
    key: 'overrides',
    status: 'honoured',
    how: 'select (with {a,b}) and inherit applied per build identifier for environment, before-build, config-settings, repair-wheel-command, test-command, before-test, test-requires, test-extras, test-sources and test-environment; any other option in an override is named as not applied',
  },
];
