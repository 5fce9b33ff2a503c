import { valuesFor } from './cibuildwheel.js';
import { InputError } from './input-error.js';
import type { Options } from './options.js';
import { parsePairs } from './pairs.js';
import { shown, textOf, type Kind } from './pyproject.js';

const KIND: Record<string, Kind> = {
  environment: 'pairs',
  'test-environment': 'pairs',
  'config-settings': 'pairs',
  'test-requires': 'list',
  'test-extras': 'list',
  'test-sources': 'list',
};

/**
 * The options of the build for one identifier: the [[tool.cibuildwheel.overrides]] whose select
 * matches it applied (with their inherit rules) to what came from cibuildwheel's configuration.
 */
export function optionsFor(options: Options, identifier: string): Options {
  const cibw = options.cibuildwheel.settings;
  if (!cibw || cibw.overrides.length === 0) return options;
  const changed = valuesFor(cibw, identifier);
  if (changed.size === 0) return options;
  const own: Options = { ...options, cibuildwheel: { ...options.cibuildwheel } };
  const may = (input: string) => cibw.overridable.includes(input);
  for (const [key, { value, where }] of changed) {
    const kind = KIND[key] ?? 'commands';
    const text = textOf(kind, value, options.packageDir);
    if (text === null)
      throw new InputError('package-dir', shown(value), `not a value ${key} takes`, where);
    const words = text.split(/[\s,]+/).filter(Boolean);
    if (key === 'environment' && may('environment')) own.environment = text;
    if (key === 'config-settings' && may('config-settings'))
      own.configSettings = parsePairs('config-settings', text);
    if (key === 'before-build' && may('before-build')) own.beforeBuild = text || null;
    if (key === 'repair-wheel-command' && may('repair-command'))
      own.repairCommand = text.trim() === '' ? null : text;
    if (key === 'test-command' && may('test-command')) own.testCommand = text || null;
    if (key === 'test-requires' && may('test-requires')) own.testRequires = words;
    if (key === 'test-extras') own.cibuildwheel.testExtras = words;
    if (key === 'before-test') own.cibuildwheel.beforeTest = text || null;
    if (key === 'test-sources') own.cibuildwheel.testSources = words;
    if (key === 'test-environment') own.cibuildwheel.testEnvironment = text.trim() || null;
  }
  return own;
}
