// Generated from action.yml by scripts/generate.js: edit action.yml, then run npm run generate.
export const ACTION_INPUTS = [
  {
    name: 'package-dir',
    default: '.',
    description:
      'Directory of the Python package to build (the one holding pyproject.toml, setup.py or setup.cfg), relative to the workspace or absolute.',
  },
  {
    name: 'python-versions',
    default: '',
    description:
      'Interpreters to build for, separated by commas or spaces: versions (3.12, 3.13t for free-threaded), implementation-qualified names (pypy3.10, cp311, pp310) or paths to interpreters. Empty builds for every Python found on the runner.',
  },
  {
    name: 'output-dir',
    default: 'wheelhouse',
    description:
      'Directory the built wheels are written to, relative to the workspace or absolute.',
  },
  {
    name: 'jobs',
    default: 'auto',
    description:
      "How many compiles may run at once across all Python versions: auto (from the memory and CPUs the runner really has and each file's estimated compiler memory) or a whole number of at least 1.",
  },
  {
    name: 'distcc-hosts',
    default: '',
    description:
      "distccd hosts to send compiles to, in distcc's own host syntax separated by spaces: `HOST`, `HOST/LIMIT`, `HOST:PORT/LIMIT`, each optionally `,lzo` (e.g. `10.0.0.5/8 10.0.0.6:3632/4,lzo`). distcc runs in plain mode: each file is preprocessed here and compiled on a host with the same compiler, so the hosts need no headers; links stay here. Remote compiles take the hosts' slots (their limits summed), not local memory slots; a compile a host cannot do is compiled here, a host that fails twice is left out, and with every host down the build runs here with a warning. Needs `distcc` installed; run the hosts only on private networks with `--allow` (see the README). Empty sends nothing.",
  },
  {
    name: 'memory-per-job',
    default: 'auto',
    description:
      'Memory to reserve for each compile: auto (estimated per file from its size, language and flags) or a size such as 512M, 1.5G, 2GiB or plain bytes.',
  },
  {
    name: 'swap',
    default: 'auto',
    description:
      'Swap to add before the build when memory is short: auto (only when the plan needs it), off, or a size such as 2G.',
  },
  {
    name: 'swap-cleanup',
    default: 'true',
    description:
      "Remove the swap this run added in the action's post step, after every other step, also when the job failed or was cancelled (true), or leave it in place (false).",
  },
  {
    name: 'build-frontend',
    default: 'pip',
    description:
      "How each wheel is built: pip (pip wheel --no-deps), build (python -m build --wheel), build[uv] (python -m build --wheel --installer=uv), uv (uv build --wheel; both need uv on PATH), or backend: the project's PEP 517 build backend ([build-system] build-backend and backend-path, else setuptools' legacy backend) called directly in one process, as distribution packagers do, which saves pip's start-up and a second run of setup.py per build. backend installs nothing, so it needs build-isolation false and the [build-system] requires installed in every interpreter; a requested interpreter that lacks one fails before building, naming what to install. All but backend take arguments for their command line as cibuildwheel writes them, with shell quoting: 'pip; args: --no-build-isolation'.",
  },
  {
    name: 'build-isolation',
    default: 'true',
    description:
      'Build in an isolated environment with the build requirements installed from the index (true), or with what the interpreter already has (false).',
  },
  {
    name: 'config-settings',
    default: '',
    description:
      'Settings passed to the build backend, as KEY=VALUE pairs separated by spaces or new lines (quote a value that holds spaces); a key may repeat.',
  },
  {
    name: 'environment',
    default: '',
    description:
      "Extra variables for the build, as KEY=VALUE pairs separated by spaces or new lines (quote a value that holds spaces); $NAME in a value is replaced by that variable of the build's environment, e.g. PATH=$PATH:/opt/tool/bin.",
  },
  {
    name: 'before-build',
    default: '',
    description:
      "A shell command run once per interpreter before its build, in that build's copy of the package; python, python3 and $PYTHON there are the interpreter being built for.",
  },
  {
    name: 'verify',
    default: 'true',
    description:
      "Check each built wheel before it counts as built: its extensions' shared libraries resolve the way users' loaders will resolve them, its tag's policy holds, and it installs and imports in a fresh virtual environment (true); a broken wheel is moved out of output-dir into the report's rejected/. Or skip the checks (false).",
  },
  {
    name: 'fail-fast',
    default: 'false',
    description:
      "Stop the other versions' builds as soon as one fails (true), or let them finish (false).",
  },
  {
    name: 'report-dir',
    default: 'wheelwright-report',
    description:
      "Directory for the build report (report.json, summary.md) and each version's full log (logs/), relative to the workspace or absolute.",
  },
  {
    name: 'cache-dir',
    default: '',
    description:
      "Directory for what wheelwright keeps between runs: the object cache, the compiler shim and each source file's measured compiler memory (the next plan's estimates). Empty means $XDG_CACHE_HOME/wheelwright, else ~/.cache/wheelwright.",
  },
  {
    name: 'repair-command',
    default: 'auto',
    description:
      "How each built wheel is repaired before it is verified. `auto`: on Linux wheelwright's own repair bundles the libraries the manylinux policy does not allow into `<name>.libs/`, rewrites the extensions with patchelf and tags the wheel `manylinux_2_N` (the most compatible its symbols allow); on macOS `delocate-wheel --require-archs {delocate_archs} -w {dest_dir} -v {wheel}`, on Windows `delvewheel repair -w {dest_dir} {wheel}`, each installed into a private environment when not on PATH. `off` or empty keeps each wheel as built. Any other text is a shell command, e.g. `auditwheel repair -w {dest_dir} {wheel}`, where {wheel} is the built wheel and {dest_dir} where the repaired wheel must go.",
  },
  {
    name: 'test-command',
    default: '',
    description:
      "A shell command run with each wheel installed in a fresh virtual environment of its own Python (python there is that environment's; pip is in it when test-requires, test-extras or before-test is given), from a temporary directory; {project} and {package} stand for the package directory. A failure fails that version.",
  },
  {
    name: 'test-requires',
    default: '',
    description:
      'Packages installed into the test environment before test-command, separated by spaces.',
  },
  {
    name: 'cache',
    default: 'true',
    description:
      'Reuse compiled objects by content (compiler, flags, source and every header it read; see the README) from cache-dir, kept in one group per extension of each Python build; in the action each group is its own Actions cache entry, restored before the build and saved after only when its objects changed (true); restored but never saved (restore-only: for builds whose writes should not reach other workflows, such as pull requests); or compile everything and cache nothing (off, or false). An object restored from the Actions cache goes into the wheel: release builds should not restore what less trusted workflows could save (see the README). An unavailable or failing cache service is a warning, never a failure.',
  },
  {
    name: 'artifact-prefix',
    default: '',
    description:
      "Upload the wheels, report.json, summary.md and every version's log as one artifact named <prefix>-<os>-<arch>, e.g. wheelwright-linux-x64. Empty uploads nothing.",
  },
  {
    name: 'retention-days',
    default: '0',
    description: "Days to keep that artifact, 1 to 90; 0 keeps the repository's setting.",
  },
  {
    name: 'macosx-deployment-target',
    default: '',
    description:
      "The oldest macOS the wheels support, N or N.M (e.g. 11.0), given to macOS builds as MACOSX_DEPLOYMENT_TARGET: the compiler writes it as each binary's minimum and the wheel's macosx_N_M tag is taken from it. Empty takes each interpreter's own (sysconfig.get_config_var('MACOSX_DEPLOYMENT_TARGET')); arm64 builds take at least 11.0, the first macOS for arm64. Ignored on Linux and Windows.",
  },
  {
    name: 'archs',
    default: '',
    description:
      "The architecture to build for: native or auto (the runner's own), x86_64, arm64, or universal2 (one wheel holding both, macOS only). On macOS any of them builds on either runner: it becomes the builds' ARCHFLAGS (-arch x86_64 -arch arm64 for universal2) and the wheel's platform tag, and verify checks that each binary has every slice the tag names. On Linux and Windows only the runner's own architecture builds: choose the runner (runs-on). Empty takes [tool.cibuildwheel] archs (or CIBW_ARCHS), else native.",
  },
] as const;
export type InputName = (typeof ACTION_INPUTS)[number]['name'];
export const ACTION_OUTPUTS = [
  {
    name: 'wheels',
    description:
      "The paths of the built wheels PyPI would take, one per line (a wheel tagged linux_* is left out; the summary and report.json's `pypi` say why); every built wheel when repair-command is off.",
  },
  {
    name: 'failed',
    description: 'The versions whose build failed, separated by spaces; empty when all were built.',
  },
  { name: 'report', description: 'The path of report.json, the build report.' },
  {
    name: 'failure-class',
    description:
      'The main diagnosis class of the first build that failed or was rejected, as wheelwright diagnose names it (oom-killed, memory-limit, parallel-race, missing-header, before-build, test-command and the others); unbuildable when the only failures are versions that could not be built at all; empty when all were built.',
  },
  {
    name: 'swap-added',
    description: 'The swap file this run added (removed again by the post step), or empty.',
  },
  { name: 'jobs', description: 'The number of compiles planned to run at once.' },
  {
    name: 'slots',
    description:
      'How many compiles the launcher may run at once; above jobs when memory bounds jobs, for smaller compiles that fit the budget together while the largest run alone.',
  },
  {
    name: 'memory-effective',
    description:
      'Memory (bytes) a build may really use now, the smallest of what the machine and its cgroups allow.',
  },
  {
    name: 'memory-budget',
    description: 'Memory (bytes) the plan lets all running compiles use together.',
  },
  { name: 'memory-per-job', description: 'Memory (bytes) planned for each running compile.' },
  { name: 'cpus', description: 'CPUs the build may use (online, affinity and cgroup quota).' },
  {
    name: 'largest-source',
    description:
      'The source file with the largest estimated compiler memory, relative to package-dir.',
  },
  {
    name: 'plan',
    description:
      'The whole plan as JSON (jobs, slots, budget, per-job memory, largest file, reasons).',
  },
  {
    name: 'probe',
    description: 'The whole probe as JSON (memory, swap, per-process limits, CPUs, disk).',
  },
] as const;
export type OutputName = (typeof ACTION_OUTPUTS)[number]['name'];
