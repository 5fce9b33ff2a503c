// Written here rather than taken from picomatch/braces: fnmatch's rules are a few lines, and those
// libraries are glob matchers for paths with options that differ from Python's fnmatch.

import type { EnableGroup } from './cibuildwheel-options.js';
import { admitsPython, type RequiresPython } from './requires-python.js';

/** `cp{311,312}-*` → `cp311-*`, `cp312-*`, nested braces too (bracex's expansion, less ranges). */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      if (commas.length === 0) break;
      const cuts = [open, ...commas, i];
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      return cuts
        .slice(1)
        .flatMap((end, k) => expandBraces(head + pattern.slice(cuts[k]! + 1, end) + tail));
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  // an unbalanced or comma-less brace is literal text, as in bracex
  return expandBraces(pattern.slice(open + 1)).map((rest) => pattern.slice(0, open + 1) + rest);
}

/** Python's fnmatch.translate: `*`, `?`, `[seq]`, `[!seq]`; everything else literal. */
export function fnmatchRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + (pattern[i + 1] === '!' ? 3 : 2));
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      body = body.startsWith('!') ? `^${body.slice(1)}` : body;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 's');
}

/** The first of space-separated patterns (braces expanded) that matches, as fnmatch matches. */
export function selectorMatches(patterns: string, identifier: string): string | null {
  for (const pattern of patterns.split(/\s+/).filter(Boolean)) {
    if (expandBraces(pattern).some((p) => fnmatchRegExp(p).test(identifier))) return pattern;
  }
  return null;
}

/** The group an identifier needs enabled before it is built, if any (cibuildwheel's BuildSelector). */
export function groupOf(identifier: string): EnableGroup | null {
  const python = identifier.split('-')[0]!;
  if (/^cp316/.test(python)) return 'cpython-prerelease';
  if (/^pp3\d$/.test(python) || python === 'pp310') return 'pypy-eol';
  if (python.startsWith('pp')) return 'pypy';
  if (python.startsWith('gp')) return 'graalpy';
  if (/^cp312-pyodide_/.test(identifier)) return 'pyodide-eol';
  return null;
}

export interface Selectors {
  build: string;
  skip: string;
  testSkip: string;
  enable: EnableGroup[];
  /** The project's requires-python: identifiers of Pythons outside it are skipped first. */
  requiresPython: RequiresPython | null;
  /** Where each was written, for the rule named when it skips: `pyproject.toml [tool.cibuildwheel] skip`. */
  where: Record<'build' | 'skip' | 'test-skip' | 'enable', string>;
}

export interface Verdict {
  build: boolean;
  /** Why not, naming the rule: `skip = "pp* *-musllinux*" (matched by pp*)`. */
  rule: string | null;
}

/** Whether cibuildwheel would build this identifier, and if not which rule says so. */
export function judge(selectors: Selectors, identifier: string): Verdict {
  const { where, requiresPython } = selectors;
  if (requiresPython) {
    // cibuildwheel reads the version from the identifier: cp313t-… is 3.13 (cp311d-… too)
    const python = /^[a-z]+(\d)(\d+)/.exec(identifier);
    if (python && !admitsPython(requiresPython)(Number(python[1]), Number(python[2])))
      return {
        build: false,
        rule: `${requiresPython.where} = "${requiresPython.spec}" (${python[1]}.${python[2]} is outside it)`,
      };
  }
  const group = groupOf(identifier);
  if (group && !selectors.enable.includes(group))
    return {
      build: false,
      rule: `${where.enable} does not hold '${group}' (cibuildwheel builds ${identifier.split('-')[0]} only then)`,
    };
  if (!selectorMatches(selectors.build, identifier))
    return { build: false, rule: `${where.build} = "${selectors.build}" does not match it` };
  const skipped = selectorMatches(selectors.skip, identifier);
  if (skipped)
    return { build: false, rule: `${where.skip} = "${selectors.skip}" (matched by ${skipped})` };
  return { build: true, rule: null };
}

/** The rule that skips this identifier's tests, or null when they run. */
export function testSkipped(selectors: Selectors, identifier: string): string | null {
  const matched = selectorMatches(selectors.testSkip, identifier);
  return matched
    ? `${selectors.where['test-skip']} = "${selectors.testSkip}" (matched by ${matched})`
    : null;
}
