import { parse, quote } from 'shell-quote';
import type { Frontend } from '../build/interpreter.js';
import { InputError } from './input-error.js';

/** A frontend and the arguments passed on to it, as cibuildwheel's `{ name, args }`. */
export interface FrontendChoice {
  name: Frontend;
  args: string[];
}

const FRONTENDS: Frontend[] = ['pip', 'build', 'build[uv]', 'uv', 'backend'];

export const FRONTEND_ACCEPTED =
  "expected 'pip', 'build', 'build[uv]', 'uv' or 'backend', optionally with arguments for all but backend as cibuildwheel writes them ('build; args: --foo --bar', or in pyproject.toml { name = \"build\", args = [\"--foo\"] })";

/** cibuildwheel's TOML table `{ name, args }` in the string form it also reads, `name; args: a b`. */
export function frontendTableText(name: string, args: string[]): string {
  return args.length === 0 ? name : `${name}; args: ${quote(args)}`;
}

// The words of one `;`-separated field, split as cibuildwheel's shlex does (posix quoting, no
// comments, no variable expansion); any other shell operator cannot be meant as an argument.
function fieldsOf(text: string, where?: string): string[][] {
  const fields: string[][] = [[]];
  for (const token of parse(text, (name: string) => `$${name}`)) {
    if (typeof token === 'string') fields.at(-1)!.push(token);
    else if ('op' in token && token.op === ';') fields.push([]);
    else if ('op' in token && token.op === 'glob') fields.at(-1)!.push(token.pattern);
    else if ('comment' in token) fields.at(-1)!.push(`#${token.comment}`);
    else
      throw new InputError(
        'build-frontend',
        text,
        `'${token.op}' is not a frontend argument; ${FRONTEND_ACCEPTED}`,
        where,
      );
  }
  return fields.filter((field) => field.length > 0);
}

/**
 * Reads build-frontend as cibuildwheel's parse_key_value_string does with `name` positional and
 * `args` named: `build`, `pip; args: --no-build-isolation`, `args: -v; name: build`.
 */
export function parseBuildFrontend(text: string, where?: string): FrontendChoice {
  const found: Record<'name' | 'args', string[]> = { name: [], args: [] };
  fieldsOf(text, where).forEach((field, index) => {
    const [first, ...rest] = field as [string, ...string[]];
    const colon = first.indexOf(':');
    if (colon === -1 && index > 0)
      throw new InputError(
        'build-frontend',
        text,
        `'${field.join(' ')}' is neither name: nor args:; ${FRONTEND_ACCEPTED}`,
        where,
      );
    const key = colon === -1 ? 'name' : first.slice(0, colon);
    if (key !== 'name' && key !== 'args')
      throw new InputError(
        'build-frontend',
        text,
        `unknown field '${key}:'; ${FRONTEND_ACCEPTED}`,
        where,
      );
    const value = colon === -1 ? first : first.slice(colon + 1);
    found[key].push(...(value ? [value] : []), ...rest);
  });
  const name = found.name.join(' ');
  if (!FRONTENDS.includes(name as Frontend))
    throw new InputError('build-frontend', text, FRONTEND_ACCEPTED, where);
  if (name === 'backend' && found.args.length > 0)
    throw new InputError(
      'build-frontend',
      text,
      "'backend' takes no args: it calls the project's PEP 517 backend itself, with no command line to pass them to; pass backend options as config-settings, or use 'pip', 'build' or 'uv' with args",
      where,
    );
  return { name: name as Frontend, args: found.args };
}
