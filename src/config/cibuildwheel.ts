import type { TomlTable, TomlValue } from 'smol-toml';
import type { CibwPlatform } from './build-identifiers.js';
import { closest } from './closest.js';
import { groupRequirements } from './dependency-groups.js';
import { inherit, readOverrides, type Override } from './overrides.js';
import { selectorMatches } from './selectors.js';
import { InputError } from './input-error.js';
import { nativeMacArch, type MacArch } from '../platform/macos-build-env.js';
import {
  CIBW_OPTIONS,
  ENABLE_GROUPS,
  type CibwOption,
  type EnableGroup,
} from './cibuildwheel-options.js';
import type { Selectors } from './selectors.js';
import { parsePairs } from './pairs.js';
import { admitsPython, type RequiresPython } from './requires-python.js';
import { shown, textOf } from './pyproject.js';

/** The options an override may change for one build: each build reads them on its own. */
export const PER_BUILD = new Set([
  'environment',
  'before-build',
  'config-settings',
  'repair-wheel-command',
  'test-command',
  'before-test',
  'test-requires',
  'test-extras',
  'test-sources',
  'test-environment',
]);

/**
 * The values the overrides whose select matches this identifier change, after their inherit
 * rules; a CIBW_* variable still wins over them. Empty when no override applies.
 */
export function valuesFor(cibw: CibwSettings, identifier: string): Map<string, CibwValue> {
  const changed = new Map<string, CibwValue>();
  for (const override of cibw.overrides) {
    if (!selectorMatches(override.select, identifier)) continue;
    for (const [key, value] of Object.entries(override.options)) {
      if (!PER_BUILD.has(key) || cibw.fromEnvironment.includes(key)) continue;
      const before = (changed.get(key) ?? cibw.values.get(key))?.value;
      changed.set(key, {
        value: inherit(key, before, value, override.inherit[key] ?? 'none'),
        where: `${override.where} (select = "${override.select}") ${key}`,
      });
    }
  }
  return changed;
}

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
  /** cibuildwheel 3's test-environment as KEY=VALUE text: the test steps' variables. */
  testEnvironment: string | null;
  /** Paths relative to the package directory. */
  testSources: string[];
  /** The requirements test-groups names, from [dependency-groups]. */
  testGroupRequires: string[];
  /** [[tool.cibuildwheel.overrides]], applied per build identifier by valuesFor. */
  overrides: Override[];
  /** The wheelwright inputs an override may change: those no input, variable or [tool.wheelwright] set. */
  overridable: string[];
  /** Options a CIBW_* variable set: those beat every override, as in cibuildwheel. */
  fromEnvironment: string[];
  /** What archs builds on macOS: the runner's own unless x86_64, arm64 or universal2 is asked. */
  macosArch: MacArch;
  /** Whether any cibuildwheel configuration exists: a [tool.cibuildwheel] key or a CIBW_* variable. */
  configured: boolean;
  /** One line for each key present that is mapped or refused, and each key unknown. */
  notes: string[];
}

// What cibuildwheel calls the runner's own architecture, per platform and Node's process.arch.
const NATIVE_ARCH: Record<CibwPlatform, Record<string, string>> = {
  linux: {
    x64: 'x86_64',
    arm64: 'aarch64',
    ia32: 'i686',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
  },
  macos: { x64: 'x86_64', arm64: 'arm64' },
  windows: { x64: 'AMD64', arm64: 'ARM64', ia32: 'x86' },
};

/**
 * archs asks for architectures; this runner builds its own only. The others are named in a note
 * (lxml, cython and astropy list several on Linux); when none is the runner's, nothing could be
 * built, which is an input error. On macOS one build makes any of x86_64, arm64 and universal2
 * (clang compiles each slice with -arch), so the first of those asked is built.
 */
function checkArchs(
  archs: CibwValue | undefined,
  platform: CibwPlatform,
  machine: string,
): { note: string | null; macosArch: MacArch } {
  const native = NATIVE_ARCH[platform][machine] ?? machine;
  const nativeMac = nativeMacArch(machine);
  if (archs === undefined) return { note: null, macosArch: nativeMac };
  const is64 = /64|s390x/.test(machine);
  const asked = words(archs.value);
  const fitsNative = (arch: string) =>
    arch === 'auto' ||
    arch === 'native' ||
    arch === 'all' ||
    arch === native ||
    (arch === 'auto64' && is64) ||
    (arch === 'auto32' && !is64);
  const macos = platform === 'macos';
  const fits = (arch: string) => fitsNative(arch) || (macos && MAC_ARCHS.includes(arch));
  const built = asked.find(fits);
  if (built === undefined)
    throw new InputError(
      'package-dir',
      asked.join(' '),
      macos
        ? `expected native, auto, x86_64, arm64 or universal2 (one build per run on macOS)`
        : `wheelwright builds only for the runner's own architecture (${native}): write archs = "auto" or "native", or build these wheels on a runner of that architecture (runs-on)`,
      archs.where,
    );
  const macosArch = MAC_ARCHS.includes(built) ? (built as MacArch) : nativeMac;
  const others = macos
    ? asked.filter((arch) => arch !== built && !(fitsNative(arch) && fitsNative(built)))
    : asked.filter((arch) => !fits(arch) && !['auto32', 'auto64'].includes(arch));
  const why = macos
    ? `wheelwright makes one build per interpreter on macOS, here ${macosArch}; build the others in another job (archs = "universal2" gives one wheel for both)`
    : `wheelwright builds for the runner's own architecture (${native}) only; build the others on runners of those architectures (runs-on)`;
  return {
    note: others.length ? `${archs.where}: ${others.join(', ')} not built here: ${why}` : null,
    macosArch,
  };
}

const MAC_ARCHS: string[] = ['x86_64', 'arm64', 'universal2'];

const envName = (key: string) => `CIBW_${key.toUpperCase().replace(/-/g, '_')}`;

// build, skip, test-skip and enable take no CIBW_*_<PLATFORM> variable (cibuildwheel's env_plat=False)
const NO_PLATFORM_VARIABLE = new Set(['build', 'skip', 'test-skip', 'enable']);

const words = (value: TomlValue | undefined): string[] =>
  value === undefined
    ? []
    : Array.isArray(value)
      ? value.map(String)
      : String(value).split(/\s+/).filter(Boolean);

/** Where readCibuildwheel's values come from besides the table and the environment. */
export interface CibwContext {
  /** The file named in messages. */
  file?: string;
  /** The document's [dependency-groups], for test-groups. */
  dependencyGroups?: TomlValue;
  /** Node's process.arch of the runner. */
  machine?: string;
  /** The project's requires-python (findRequiresPython), which skips identifiers outside it. */
  requiresPython?: RequiresPython | null;
  /** Where wheelwright's own archs was given (input, variable, [tool.wheelwright]), which wins. */
  archsGiven?: string | null;
}

type Note = (key: string, line: string) => void;

const notDone = (option: CibwOption) =>
  `${option.status === 'mapped' ? 'not needed' : 'not done'} by wheelwright: ${option.how}`;

/** The table's keys, then its platform table's: each value with where it was written. */
function fileValues(
  table: TomlTable,
  platform: CibwPlatform,
  file: string,
  values: Map<string, CibwValue>,
  note: Note,
): void {
  const layers: [TomlTable, string][] = [[table, `${file} [tool.cibuildwheel]`]];
  const own = table[platform];
  if (typeof own === 'object' && own !== null && !Array.isArray(own) && !(own instanceof Date))
    layers.push([own as TomlTable, `${file} [tool.cibuildwheel.${platform}]`]);
  for (const [layer, where] of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if ((PLATFORM_TABLES as readonly string[]).includes(key) || key === 'overrides') continue;
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
      if (option.status !== 'honoured') note(key, `${where} ${key}: ${notDone(option)}`);
      values.set(key, { value, where: `${where} ${key}` });
    }
  }
}

/** CIBW_<KEY>, then CIBW_<KEY>_<PLATFORM>, over what the file says. */
function environmentValues(
  env: Record<string, string | undefined>,
  platform: CibwPlatform,
  values: Map<string, CibwValue>,
  note: Note,
): void {
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
        note(option.key, `environment variable ${name}: ${notDone(option)}`);
    }
  }
}

/** A command option's text, a list joined as cibuildwheel joins it; null when unset or empty. */
function commandsOf(values: Map<string, CibwValue>, key: string): string | null {
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
}

function enableGroups(enable: CibwValue | undefined): EnableGroup[] {
  const groups: EnableGroup[] = [];
  for (const group of words(enable?.value)) {
    if (group === 'all') groups.push(...ENABLE_GROUPS);
    else if ((ENABLE_GROUPS as readonly string[]).includes(group))
      groups.push(group as EnableGroup);
    else
      throw new InputError(
        'python-versions',
        group,
        `not an enable group; expected ${ENABLE_GROUPS.join(', ')} or all`,
        enable!.where,
      );
  }
  return [...new Set(groups)];
}

function selectorsOf(
  values: Map<string, CibwValue>,
  requiresPython: RequiresPython | null,
): Selectors {
  const text = (key: string) => words(values.get(key)?.value).join(' ');
  const whereOf = (key: 'build' | 'skip' | 'test-skip' | 'enable') =>
    values.get(key)?.where ?? `cibuildwheel's default ${key}`;
  // a specifier that is not PEP 440 is refused now, not at the first identifier judged
  if (requiresPython) admitsPython(requiresPython);
  return {
    build: text('build') || '*',
    skip: text('skip'),
    testSkip: text('test-skip'),
    enable: enableGroups(values.get('enable')),
    requiresPython,
    where: {
      build: whereOf('build'),
      skip: whereOf('skip'),
      'test-skip': whereOf('test-skip'),
      enable: whereOf('enable'),
    },
  };
}

/**
 * test-environment as KEY=VALUE text (a table or a string, as environment), checked now so that
 * a malformed one names where it was written.
 */
function testEnvironmentOf(value: CibwValue | undefined): string | null {
  if (value === undefined) return null;
  const text = textOf('pairs', value.value, '.');
  if (text === null)
    throw new InputError(
      'environment',
      shown(value.value),
      'expected a table of KEY = value, or a string of KEY=VALUE pairs',
      value.where,
    );
  try {
    parsePairs('environment', text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError('environment', error.value, error.accepted, value.where);
  }
  return text.trim() || null;
}

/**
 * Reads [tool.cibuildwheel] for one platform as cibuildwheel does, later wins: the table, its
 * platform table, CIBW_<KEY>, CIBW_<KEY>_<PLATFORM>.
 */
export function readCibuildwheel(
  table: TomlTable,
  platform: CibwPlatform,
  env: Record<string, string | undefined>,
  context: CibwContext = {},
): CibwSettings {
  const { file = 'pyproject.toml', machine = process.arch, requiresPython = null } = context;
  const values = new Map<string, CibwValue>();
  const notes: string[] = [];
  const noted = new Set<string>();
  const note: Note = (key, line) => {
    if (!noted.has(key)) notes.push(line);
    noted.add(key);
  };
  fileValues(table, platform, file, values, note);
  environmentValues(env, platform, values, note);
  const overrides = readOverrides(table.overrides, `${file} [[tool.cibuildwheel.overrides]]`);
  for (const override of overrides)
    for (const key of Object.keys(override.options))
      if (!PER_BUILD.has(key))
        note(
          `overrides ${key}`,
          `${override.where} ${key}: not applied per build identifier by wheelwright (only ${[...PER_BUILD].join(', ')} are); set it in [tool.cibuildwheel] or its platform table`,
        );
  const fromEnvironment = [
    ...new Set(
      CIBW_OPTIONS.filter((o) => values.get(o.key)?.where.startsWith('environment variable')).map(
        (o) => o.key,
      ),
    ),
  ];
  const archsValue = values.get('archs');
  const { archsGiven = null } = context;
  // wheelwright's archs wins: cibuildwheel's is then neither checked nor built from
  const archs = archsGiven
    ? {
        note: archsValue ? `${archsValue.where}: not used: ${archsGiven} wins` : null,
        macosArch: nativeMacArch(machine),
      }
    : checkArchs(archsValue, platform, machine);
  if (archs.note) notes.push(archs.note);
  const list = (key: string) => words(values.get(key)?.value);
  const configured =
    values.size > 0 ||
    Object.keys(table).length > 0 ||
    env.CIBW_PROJECT_REQUIRES_PYTHON !== undefined;
  return {
    values,
    macosArch: archs.macosArch,
    overrides,
    fromEnvironment,
    overridable: CIBW_OPTIONS.flatMap((o) => (o.input ? [o.input] : [])),
    configured,
    // without cibuildwheel's configuration its selectors do not apply, nor does requires-python
    selectors: selectorsOf(values, configured ? requiresPython : null),
    beforeAll: commandsOf(values, 'before-all'),
    beforeTest: commandsOf(values, 'before-test'),
    testEnvironment: testEnvironmentOf(values.get('test-environment')),
    testSources: list('test-sources'),
    testGroupRequires: groupRequirements(
      context.dependencyGroups,
      list('test-groups'),
      values.get('test-groups')?.where ?? '',
    ),
    testExtras: list('test-extras')
      .flatMap((e) => e.split(','))
      .filter(Boolean),
    notes,
  };
}
