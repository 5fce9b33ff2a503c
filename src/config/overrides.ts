import type { TomlTable, TomlValue } from 'smol-toml';
import { InputError } from './input-error.js';

export type InheritRule = 'none' | 'append' | 'prepend';

/** One [[tool.cibuildwheel.overrides]] entry. */
export interface Override {
  select: string;
  options: TomlTable;
  inherit: Record<string, InheritRule>;
  where: string;
}

const isTable = (value: unknown): value is TomlTable =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Reads the overrides array as cibuildwheel does: each a table with `select`, `inherit` optional. */
export function readOverrides(value: TomlValue | undefined, where: string): Override[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new InputError(
      'package-dir',
      JSON.stringify(value),
      'expected an array of tables ([[tool.cibuildwheel.overrides]])',
      where,
    );
  return value.map((entry, n) => {
    const at = `${where}[${n}]`;
    if (!isTable(entry) || (typeof entry.select !== 'string' && !Array.isArray(entry.select)))
      throw new InputError(
        'package-dir',
        JSON.stringify(entry),
        'expected a table with select = "<build identifier pattern>"',
        at,
      );
    const { select, inherit = {}, ...options } = entry;
    if (
      !isTable(inherit) ||
      !Object.values(inherit).every((r) => r === 'none' || r === 'append' || r === 'prepend')
    )
      throw new InputError(
        'package-dir',
        JSON.stringify(inherit),
        "expected inherit to map options to 'none', 'append' or 'prepend'",
        `${at} inherit`,
      );
    return {
      select: Array.isArray(select) ? select.join(' ') : String(select),
      options,
      inherit: inherit as Record<string, InheritRule>,
      where: at,
    };
  });
}

// How two values of a key join under append/prepend, as cibuildwheel's option formats join them.
const JOIN: Record<string, string> = {
  'before-all': ' && ',
  'before-build': ' && ',
  'before-test': ' && ',
  'test-command': ' && ',
  'repair-wheel-command': ' && ',
  'test-extras': ',',
};

const asList = (value: TomlValue): TomlValue[] => (Array.isArray(value) ? value : [value]);

/** `before` then `after` under a rule; tables (environment, config-settings) merge key by key. */
export function inherit(
  key: string,
  before: TomlValue | undefined,
  after: TomlValue,
  rule: InheritRule,
): TomlValue {
  if (rule === 'none' || before === undefined) return after;
  const [first, second] = rule === 'append' ? [before, after] : [after, before];
  if (isTable(first) && isTable(second)) return { ...first, ...second };
  if (typeof first === 'string' && typeof second === 'string') {
    if (first === '') return second;
    if (second === '') return first;
    return `${first}${JOIN[key] ?? (key === 'environment' ? '\n' : ' ')}${second}`;
  }
  if (isTable(first) || isTable(second))
    throw new InputError(
      'package-dir',
      JSON.stringify(after),
      `inherit.${key} = '${rule}' joins a table only to a table: write ${key} in the same form (a table, or a string) in both places`,
      `[[tool.cibuildwheel.overrides]] ${key}`,
    );
  return [...asList(first), ...asList(second)];
}
