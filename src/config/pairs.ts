import { parse } from 'shell-quote';
import type { InputName } from './action-inputs.js';
import { InputError } from './input-error.js';

// A variable name for environment; config settings may be anything before the first `=`
// (setuptools takes `--build-option=--cpp_ext`).
const KEYS = { variable: /^([A-Za-z_]\w*)=([\s\S]*)$/, setting: /^([^=\s]+)=([\s\S]*)$/ };

/**
 * Reads `KEY=VALUE` pairs separated by spaces or new lines, with shell quoting for values that
 * hold spaces. `$NAME` is replaced from `env`; without `env` it stays as written.
 */
export function parsePairs(
  input: InputName,
  text: string,
  env?: Record<string, string | undefined>,
): [string, string][] {
  const tokens = parse(
    text,
    env ? (name: string) => env[name] ?? '' : (name: string) => `$${name}`,
  );
  return tokens.map((token) => {
    const pair =
      typeof token === 'string'
        ? KEYS[input === 'environment' ? 'variable' : 'setting'].exec(token)
        : null;
    if (!pair) {
      const shown =
        typeof token === 'string' ? token : 'op' in token ? token.op : JSON.stringify(token);
      throw new InputError(
        input,
        shown,
        'expected KEY=VALUE pairs separated by spaces or new lines, e.g. CFLAGS="-O2 -g" DEBUG=1',
      );
    }
    return [pair[1]!, pair[2]!];
  });
}
