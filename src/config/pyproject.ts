import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TomlError, type TomlTable, type TomlValue } from 'smol-toml';
import { ACTION_INPUTS, type InputName } from './action-inputs.js';
import { InputError } from './input-error.js';
import type { InputSource } from './options.js';
import { cibwPlatform } from './build-identifiers.js';
import { readCibuildwheel, type CibwSettings } from './cibuildwheel.js';
import { CIBW_OPTIONS } from './cibuildwheel-options.js';
import { closest } from './closest.js';
import { findRequiresPython } from './requires-python.js';
import { FRONTEND_ACCEPTED, frontendTableText, parseBuildFrontend } from './build-frontend.js';

/** How a TOML value becomes the text an input takes. */
export type Kind = 'text' | 'path' | 'word-or-number' | 'boolean' | 'list' | 'commands' | 'pairs';

const KINDS: Record<string, Kind> = {
  'output-dir': 'path',
  'report-dir': 'path',
  'cache-dir': 'path',
  jobs: 'word-or-number',
  'memory-per-job': 'word-or-number',
  swap: 'word-or-number',
  'retention-days': 'word-or-number',
  'swap-cleanup': 'boolean',
  'build-isolation': 'boolean',
  verify: 'boolean',
  'fail-fast': 'boolean',
  cache: 'boolean',
  'python-versions': 'list',
  'test-requires': 'list',
  'distcc-hosts': 'list',
  'before-build': 'commands',
  'repair-command': 'commands',
  'test-command': 'commands',
  environment: 'pairs',
  'config-settings': 'pairs',
};

const EXPECTED: Record<Kind, string> = {
  text: 'expected a string',
  path: 'expected a string: a path, relative to the directory of pyproject.toml',
  'word-or-number': 'expected a string or a whole number',
  boolean: 'expected true or false',
  list: 'expected a string or an array of strings',
  commands: 'expected a string or an array of strings (commands run one after another)',
  pairs: 'expected a table of KEY = value, or a string of KEY=VALUE pairs',
};

// The [tool.cibuildwheel] options that set a wheelwright input (cibuildwheel.ts holds them all).
const CIBUILDWHEEL: Record<string, string> = Object.fromEntries(
  CIBW_OPTIONS.filter((o) => o.input !== undefined).map((o) => [o.key, o.input!]),
);

// package-dir is where pyproject.toml is found, so pyproject.toml cannot move it.
const FROM_PYPROJECT = new Set<string>(
  ACTION_INPUTS.map((i) => i.name as string)
    .filter((name) => name !== 'package-dir')
    .concat(Object.values(CIBUILDWHEEL)),
);

export type Layer = 'input' | 'environment' | 'tool.wheelwright' | 'tool.cibuildwheel';

export interface Origin {
  layer: Layer;
  /** Where the value was written, for messages; null for the input or flag itself. */
  where: string | null;
}

interface Setting {
  text: string;
  where: string;
}

export interface PyprojectSettings {
  /** The file read, or null when the package has none. */
  file: string | null;
  wheelwright: Map<string, Setting>;
  cibuildwheel: Map<string, Setting>;
  /** Keys of [tool.wheelwright] that are no input, for a note: a typo should not pass in silence. */
  ignored: string[];
  /** All of [tool.cibuildwheel] and CIBW_*, as cibuildwheel reads them for this platform. */
  cibw: CibwSettings;
}

export const isTable = (value: TomlValue | undefined): value is TomlTable =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export const shown = (value: TomlValue): string =>
  typeof value === 'string' ? value : JSON.stringify(value, (_, v: unknown) => v);

const scalar = (value: TomlValue): string | null =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
      ? String(value)
      : null;

// Double quotes keep $NAME expandable, as cibuildwheel's environment values are.
const quoted = (text: string): string => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

function pairsText(table: TomlTable): string | null {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(table)) {
    // config-settings may repeat a key: cibuildwheel writes that as an array.
    for (const item of Array.isArray(value) ? value : [value]) {
      const text = scalar(item);
      if (text === null) return null;
      pairs.push(`${key}=${quoted(text)}`);
    }
  }
  return pairs.join('\n');
}

function strings(value: TomlValue): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
}

/** The text form of one value, or null when its TOML type does not fit. */
export function textOf(kind: Kind, value: TomlValue, baseDir: string): string | null {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'path':
      return typeof value === 'string' && value !== '' ? path.resolve(baseDir, value) : null;
    case 'word-or-number':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))
        ? String(value)
        : typeof value === 'bigint'
          ? String(value)
          : null;
    case 'boolean':
      return typeof value === 'boolean' || typeof value === 'string' ? String(value) : null;
    case 'list':
      return strings(value)?.join(' ') ?? null;
    case 'commands':
      return strings(value)?.join(' && ') ?? null;
    case 'pairs':
      return typeof value === 'string' ? value : isTable(value) ? pairsText(value) : null;
  }
}

// cibuildwheel's build-frontend may be a table { name = "build", args = [...] }: it becomes the
// string form cibuildwheel also reads, checked here so that an error names the file and key.
function frontendOf(value: TomlValue, where: string): TomlValue {
  const args = isTable(value) ? (value.args ?? []) : [];
  const name = isTable(value) ? value.name : value;
  const words = strings(args);
  if (typeof name !== 'string' || words === null || (isTable(value) && !Array.isArray(args)))
    return value;
  const text = isTable(value) ? frontendTableText(name, words) : name;
  parseBuildFrontend(text, where);
  return text;
}

const WHEELWRIGHT_KEYS = ACTION_INPUTS.map((i) => i.name as string);

function settingsOf(
  table: TomlValue | undefined,
  section: 'wheelwright' | 'cibuildwheel',
  baseDir: string,
  ignored: string[],
  cibw?: CibwSettings,
): Map<string, Setting> {
  const settings = new Map<string, Setting>();
  if (table === undefined && cibw === undefined) return settings;
  if (table !== undefined && !isTable(table))
    throw new InputError(
      'package-dir',
      shown(table),
      'expected a table',
      `pyproject.toml [tool.${section}]`,
    );
  const entries: [string, TomlValue, string][] =
    section === 'wheelwright'
      ? Object.entries((table ?? {}) as TomlTable).map(([key, raw]) => [
          key,
          raw,
          `pyproject.toml [tool.wheelwright] ${key}`,
        ])
      : [...(cibw?.values ?? [])].map(([key, { value, where }]) => [key, value, where]);
  for (const [key, raw, where] of entries) {
    if (section === 'wheelwright' && !WHEELWRIGHT_KEYS.includes(key)) {
      const near = closest(key, WHEELWRIGHT_KEYS);
      throw new InputError(
        'package-dir',
        key,
        `not an input of wheelwright${near ? `; did you mean ${near}?` : ''} (the inputs: ${WHEELWRIGHT_KEYS.join(', ')})`,
        `${baseDir}${path.sep}pyproject.toml [tool.wheelwright]`,
      );
    }
    const name = section === 'wheelwright' ? key : CIBUILDWHEEL[key];
    if (name === undefined) continue;
    if (!FROM_PYPROJECT.has(name)) {
      ignored.push(where);
      continue;
    }
    const value =
      section === 'cibuildwheel' && key === 'build-frontend' ? frontendOf(raw, where) : raw;
    const kind = KINDS[name] ?? 'text';
    const text = textOf(kind, value, baseDir);
    if (text === null) {
      // Until an input exists in action.yml, its errors are reported under package-dir's name;
      // the line the user reads starts with `where` either way.
      const input = (
        ACTION_INPUTS.some((i) => i.name === name) ? name : 'package-dir'
      ) as InputName;
      throw new InputError(
        input,
        shown(raw),
        kind === 'text' && key === 'build-frontend' ? FRONTEND_ACCEPTED : EXPECTED[kind],
        where,
      );
    }
    settings.set(name, { text, where });
  }
  return settings;
}

/** A TOML file's document; a syntax error is an InputError pointing at the file's line. */
export function readToml(file: string): TomlTable {
  const text = readFileSync(file, 'utf8');
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const line = text.split(/\r?\n/)[error.line - 1]?.trim() ?? '';
    const reason = error.message.split('\n')[0]!;
    throw new InputError(
      'package-dir',
      line,
      `it is not valid TOML: ${reason}`,
      `${file} line ${error.line}`,
    );
  }
}

/** Reads [tool.wheelwright] and the [tool.cibuildwheel] keys wheelwright shares, as input text. */
export function readPyproject(
  packageDir: string,
  env: Record<string, string | undefined> = {},
  platform: NodeJS.Platform = process.platform,
  archsGiven: string | null = null,
): PyprojectSettings {
  const file = path.join(packageDir, 'pyproject.toml');
  const ignored: string[] = [];
  const document = existsSync(file) ? readToml(file) : {};
  const tool = isTable(document.tool) ? document.tool : {};
  if (tool.cibuildwheel !== undefined && !isTable(tool.cibuildwheel))
    throw new InputError(
      'package-dir',
      shown(tool.cibuildwheel),
      'expected a table',
      'pyproject.toml [tool.cibuildwheel]',
    );
  // CIBW_* variables count without a pyproject.toml too, as they do for cibuildwheel
  const textOr = (name: string) => {
    const where = path.join(packageDir, name);
    return existsSync(where) ? readFileSync(where, 'utf8') : null;
  };
  const ownArchs =
    archsGiven ??
    (isTable(tool.wheelwright) && tool.wheelwright.archs !== undefined
      ? 'pyproject.toml [tool.wheelwright] archs'
      : null);
  const cibw = readCibuildwheel(tool.cibuildwheel ?? {}, cibwPlatform(platform) ?? 'linux', env, {
    archsGiven: ownArchs,
    dependencyGroups: document['dependency-groups'],
    requiresPython: findRequiresPython({
      env,
      project: document.project,
      setupCfg: textOr('setup.cfg'),
      setupPy: textOr('setup.py'),
    }),
  });
  return {
    file: existsSync(file) ? file : null,
    wheelwright: settingsOf(tool.wheelwright, 'wheelwright', packageDir, ignored),
    cibuildwheel: settingsOf(tool.cibuildwheel, 'cibuildwheel', packageDir, ignored, cibw),
    ignored,
    cibw,
  };
}

/** `WHEELWRIGHT_JOBS` for `jobs`. */
const environmentName = (name: string): string =>
  `WHEELWRIGHT_${name.toUpperCase().replace(/-/g, '_')}`;

export interface LayeredInputs {
  source: InputSource;
  /** Where each value that is set came from; an input not listed takes its default. */
  origins: Map<InputName, Origin>;
  pyproject: PyprojectSettings;
  /** The same error, naming where the value was written when that was not the input itself. */
  locate(error: InputError): InputError;
}

/**
 * One source of input text from every place a value may be written, first found wins: the input
 * or flag, the environment variable WHEELWRIGHT_<NAME>, [tool.wheelwright], the [tool.cibuildwheel]
 * keys of the same meaning. What none sets is left to parseOptions's defaults.
 */
export function layerInputs(
  explicit: InputSource,
  env: Record<string, string | undefined>,
  cwd: string,
): LayeredInputs {
  const given = (value: string | undefined) =>
    value === undefined || value.trim() === '' ? undefined : value;
  // An empty repair-command written as the input or flag turns repair off, as cibuildwheel's
  // empty repair-wheel-command does; every other empty input is unset.
  const explicitly = (name: InputName, value: string | undefined) =>
    name === 'repair-command' && value?.trim() === '' ? value : given(value);
  const origins = new Map<InputName, Origin>();
  const values = new Map<InputName, string>();
  const packageDir =
    given(explicit('package-dir')) ?? given(env[environmentName('package-dir')]) ?? '.';
  const archsGiven = given(explicit('archs'))
    ? 'the archs input (--archs)'
    : given(env[environmentName('archs')])
      ? `environment variable ${environmentName('archs')}`
      : null;
  const pyproject = readPyproject(path.resolve(cwd, packageDir), env, process.platform, archsGiven);
  for (const { name } of ACTION_INPUTS) {
    const variable = environmentName(name);
    const layers: [Layer, string | undefined, string | null][] = [
      ['input', explicitly(name, explicit(name)), null],
      ['environment', given(env[variable]), `environment variable ${variable}`],
      ['tool.wheelwright', ...settingOf(pyproject.wheelwright.get(name))],
      ['tool.cibuildwheel', ...settingOf(pyproject.cibuildwheel.get(name))],
    ];
    const found = layers.find(([, value]) => value !== undefined);
    if (!found) continue;
    values.set(name, found[1]!);
    origins.set(name, { layer: found[0], where: found[2] });
  }
  // An override in [tool.cibuildwheel] may change per build only what nothing above it set.
  const overridable = ACTION_INPUTS.map((i) => i.name as string).filter((name) =>
    [undefined, 'tool.cibuildwheel'].includes(origins.get(name as InputName)?.layer),
  );
  return {
    source: (name) => values.get(name),
    origins,
    pyproject: { ...pyproject, cibw: { ...pyproject.cibw, overridable } },
    locate(error) {
      const where = error.where ?? origins.get(error.input)?.where;
      return where && where !== error.where
        ? new InputError(error.input, error.value, error.accepted, where)
        : error;
    },
  };
}

const settingOf = (setting: Setting | undefined): [string | undefined, string | null] =>
  setting ? [setting.text, setting.where] : [undefined, null];

/**
 * The runner passes every input's action.yml default as if the user had written it, so an input
 * equal to its default must count as unset, or pyproject.toml and WHEELWRIGHT_* could never apply.
 * The cost: writing the default value in the workflow does not override pyproject.toml.
 */
export function withoutDefaults(source: InputSource): InputSource {
  const defaults = new Map<InputName, string>(ACTION_INPUTS.map((i) => [i.name, i.default]));
  return (name) => {
    const value = source(name);
    return value?.trim() === defaults.get(name) ? undefined : value;
  };
}
