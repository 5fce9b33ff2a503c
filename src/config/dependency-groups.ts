import type { TomlValue } from 'smol-toml';
import { InputError } from './input-error.js';

const normal = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/**
 * The requirements of PEP 735 dependency groups from pyproject.toml's [dependency-groups],
 * `{ include-group = "…" }` followed; an unknown group is an input error listing those there are.
 */
export function groupRequirements(
  groups: TomlValue | undefined,
  names: string[],
  where: string,
): string[] {
  const table =
    typeof groups === 'object' && groups !== null && !Array.isArray(groups)
      ? (groups as Record<string, TomlValue>)
      : {};
  const byName = new Map(Object.entries(table).map(([name, value]) => [normal(name), value]));
  const out: string[] = [];
  const visit = (name: string, seen: string[]) => {
    const entries = byName.get(normal(name));
    if (!Array.isArray(entries))
      throw new InputError(
        'test-requires',
        name,
        `not a group of [dependency-groups] in pyproject.toml; it has: ${[...byName.keys()].join(', ') || 'none'}`,
        where,
      );
    if (seen.includes(normal(name)))
      throw new InputError(
        'test-requires',
        name,
        `includes itself: ${[...seen, name].join(' → ')}`,
        where,
      );
    for (const entry of entries) {
      if (typeof entry === 'string') out.push(entry);
      else if (typeof entry === 'object' && entry !== null && 'include-group' in entry)
        visit(String((entry as Record<string, TomlValue>)['include-group']), [
          ...seen,
          normal(name),
        ]);
    }
  };
  for (const name of names) visit(name, []);
  return [...new Set(out)];
}
