import type { TomlTable, TomlValue } from 'smol-toml';
import type { CibwPlatform } from './build-identifiers.js';
import { closest } from './closest.js';
import { groupRequirements } from './dependency-groups.js';
import { InputError } from './input-error.js';
import { ENABLE_GROUPS, type EnableGroup, type Selectors } from './selectors.js';

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

const ON_RUNNER =
  'wheelwright builds on the runner itself (no container): to build inside a manylinux or musllinux image, give the reusable workflow that image as its manylinux-image input';

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
    how: `groups ${ENABLE_GROUPS.join(', ')}; CIBW_ENABLE adds to the file's`,
  },
  {
    key: 'archs',
    status: 'mapped',
    how: "only the runner's own architecture is built: auto, auto64 or native (or the runner's arch by name); any other value is an input error: use a runner of that architecture",
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
    how: 'pip or build (build[uv] and uv are refused: wheelwright builds with pip or build); a { name, args } table with args is an input error',
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
  { key: 'manylinux-*-image', status: 'mapped', how: ON_RUNNER },
  { key: 'musllinux-*-image', status: 'mapped', how: ON_RUNNER },
  { key: 'container-engine', status: 'mapped', how: ON_RUNNER },
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
    status: 'refused',
    how: 'set the variables in test-command: "VAR=value pytest …"',
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
    status: 'refused',
    how: 'not applied per identifier yet: put the setting in [tool.cibuildwheel] or its platform table',
  },
];

const KNOWN_KEYS = CIBW_OPTIONS.filter((o) => !o.key.includes('*')).map((o) => o.key);

const PLATFORM_TABLES = ['linux', 'macos', 'windows'] as const;
const FOREIGN_TABLES: Record<string, string> = {
  ios: 'iOS wheels are not built by wheelwright',
  android: 'Android wheels are not built by wheelwright',
  pyodide:
    'Pyodide wheels are not built by wheelwright: build them with cibuildwheel --platform pyodide',
};

const optionOf = (key: string): CibwOption | undefined =>
  CIBW_OPTIONS.find((o) =>
    o.key.includes('*')
      ? new RegExp(`^${o.key.replace('*', '[a-z0-9_]+')}$`).test(key)
      : o.key === key,
  );

export interface CibwValue {
  value: TomlValue;
  /** `pyproject.toml [tool.cibuildwheel.linux] skip`, `environment variable CIBW_SKIP`. */
  where: string;
}

export interface CibwSettings {
  /** The value of each option as cibuildwheel would take it for this platform (no overrides). */
  values: Map<string, CibwValue>;
  selectors: Selectors;
  testExtras: string[];
  /** Commands as cibuildwheel joins a list: with ` && `; null when unset or empty. */
  beforeAll: string | null;
  beforeTest: string | null;
  /** Paths relative to the package directory. */
  testSources: string[];
  /** The requirements test-groups names, from [dependency-groups]. */
  testGroupRequires: string[];
  /** Whether any cibuildwheel configuration exists: a [tool.cibuildwheel] key or a CIBW_* variable. */
  configured: boolean;
  /** One line for each key present that is mapped or refused, and each key unknown. */
  notes: string[];
}

const envName = (key: string) => `CIBW_${key.toUpperCase().replace(/-/g, '_')}`;

// build, skip, test-skip and enable take no CIBW_*_<PLATFORM> variable (cibuildwheel's env_plat=False)
const NO_PLATFORM_VARIABLE = new Set(['build', 'skip', 'test-skip', 'enable']);

const words = (value: TomlValue | undefined): string[] =>
  value === undefined
    ? []
    : Array.isArray(value)
      ? value.map(String)
      : String(value).split(/\s+/).filter(Boolean);

/**
 * Reads [tool.cibuildwheel] for one platform as cibuildwheel does, later wins: the table, its
 * platform table, CIBW_<KEY>, CIBW_<KEY>_<PLATFORM>.
 */
export function readCibuildwheel(
  table: TomlTable,
  platform: CibwPlatform,
  env: Record<string, string | undefined>,
  file = 'pyproject.toml',
  dependencyGroups?: TomlValue,
): CibwSettings {
  const values = new Map<string, CibwValue>();
  const notes: string[] = [];
  const layers: [TomlTable, string][] = [[table, `${file} [tool.cibuildwheel]`]];
  const own = table[platform];
  if (typeof own === 'object' && own !== null && !Array.isArray(own) && !(own instanceof Date))
    layers.push([own as TomlTable, `${file} [tool.cibuildwheel.${platform}]`]);
  const noted = new Set<string>();
  const note = (key: string, line: string) => {
    if (!noted.has(key)) notes.push(line);
    noted.add(key);
  };
  for (const [layer, where] of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if ((PLATFORM_TABLES as readonly string[]).includes(key)) continue;
      if (key in FOREIGN_TABLES) {
        note(key, `${where}.${key}: ignored; ${FOREIGN_TABLES[key]}`);
        continue;
      }
      const option = optionOf(key);
      if (!option) {
        const near = closest(key, KNOWN_KEYS);
        note(
          key,
          `${where} ${key}: not an option cibuildwheel documents; ignored${near ? ` (did you mean ${near}?)` : ''}`,
        );
        continue;
      }
      if (option.status !== 'honoured')
        note(
          key,
          `${where} ${key}: ${option.status === 'mapped' ? 'not needed' : 'not done'} by wheelwright: ${option.how}`,
        );
      values.set(key, { value, where: `${where} ${key}` });
    }
  }
  for (const option of CIBW_OPTIONS) {
    if (option.key.includes('*') || option.key === 'overrides') continue;
    const names = [envName(option.key)];
    if (!NO_PLATFORM_VARIABLE.has(option.key))
      names.push(`${envName(option.key)}_${platform.toUpperCase()}`);
    for (const name of names) {
      const text = env[name];
      if (text === undefined) continue;
      const before = values.get(option.key);
      // CIBW_ENABLE adds to the file's groups (cibuildwheel's env_rule=APPEND)
      const value =
        option.key === 'enable' && before
          ? [...words(before.value), ...words(text)].join(' ')
          : text;
      values.set(option.key, { value, where: `environment variable ${name}` });
      if (option.status !== 'honoured')
        note(
          option.key,
          `environment variable ${name}: ${option.status === 'mapped' ? 'not needed' : 'not done'} by wheelwright: ${option.how}`,
        );
    }
  }
  const text = (key: string) => words(values.get(key)?.value).join(' ');
  const commands = (key: string): string | null => {
    const value = values.get(key)?.value;
    if (value === undefined) return null;
    if (
      typeof value !== 'string' &&
      !(Array.isArray(value) && value.every((v) => typeof v === 'string'))
    )
      throw new InputError(
        'before-build',
        JSON.stringify(value),
        'expected a string or an array of strings (commands run one after another)',
        values.get(key)!.where,
      );
    return (Array.isArray(value) ? value.join(' && ') : value).trim() || null;
  };
  const enable = words(values.get('enable')?.value);
  const groups: EnableGroup[] = [];
  for (const group of enable) {
    if (group === 'all') groups.push(...ENABLE_GROUPS);
    else if ((ENABLE_GROUPS as readonly string[]).includes(group))
      groups.push(group as EnableGroup);
    else
      throw new InputError(
        'python-versions',
        group,
        `not an enable group; expected ${ENABLE_GROUPS.join(', ')} or all`,
        values.get('enable')!.where,
      );
  }
  const whereOf = (key: 'build' | 'skip' | 'test-skip' | 'enable') =>
    values.get(key)?.where ?? `cibuildwheel's default ${key}`;
  return {
    values,
    configured: values.size > 0 || Object.keys(table).length > 0,
    selectors: {
      build: text('build') || '*',
      skip: text('skip'),
      testSkip: text('test-skip'),
      enable: [...new Set(groups)],
      where: {
        build: whereOf('build'),
        skip: whereOf('skip'),
        'test-skip': whereOf('test-skip'),
        enable: whereOf('enable'),
      },
    },
    beforeAll: commands('before-all'),
    beforeTest: commands('before-test'),
    testSources: words(values.get('test-sources')?.value),
    testGroupRequires: groupRequirements(
      dependencyGroups,
      words(values.get('test-groups')?.value),
      values.get('test-groups')?.where ?? '',
    ),
    testExtras: words(values.get('test-extras')?.value)
      .flatMap((e) => e.split(','))
      .filter(Boolean),
    notes,
  };
}
