// PEP 440 specifiers written here rather than taken from a library: cibuildwheel only ever asks
// whether the final release X.Y.99 is in the set (selector.py), and for one final release the
// specification's rules (pre-releases, local versions, post-release exclusions) reduce to the
// comparisons below.

import { InputError } from './input-error.js';

/** The project's supported Pythons as cibuildwheel reads them, and where that was written. */
export interface RequiresPython {
  spec: string;
  /** `pyproject.toml [project] requires-python`, `environment variable CIBW_PROJECT_REQUIRES_PYTHON`. */
  where: string;
}

interface Version {
  release: number[];
  /** Before the release (a, b, rc or dev) or after it (post): what orders it against a final. */
  suffix: 'pre' | 'post' | null;
  local: boolean;
}

const VERSION =
  /^v?(?:\d+!)?(\d+(?:\.\d+)*)((?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?)((?:-\d+|[-_.]?(?:post|rev|r)[-_.]?\d*)?)((?:[-_.]?dev[-_.]?\d*)?)(\+[a-z0-9.]+)?$/i;
const CLAUSE = /^(~=|===|==|!=|<=|>=|<|>)\s*(\S+)$/;

function versionOf(text: string): Version | null {
  const match = VERSION.exec(text);
  if (!match) return null;
  const [, release, pre, post, dev, local] = match;
  return {
    release: release!.split('.').map(Number),
    suffix: pre || (dev && !post) ? 'pre' : post ? 'post' : null,
    local: local !== undefined,
  };
}

/** How the final release `release` orders against `version`: -1, 0 or 1. */
function compare(release: number[], version: Version): number {
  const length = Math.max(release.length, version.release.length);
  for (let i = 0; i < length; i++) {
    const a = release[i] ?? 0;
    const b = version.release[i] ?? 0;
    if (a !== b) return a < b ? -1 : 1;
  }
  return version.suffix === 'pre' ? 1 : version.suffix === 'post' ? -1 : 0;
}

const prefixOf = (release: number[], prefix: number[]) =>
  prefix.every((part, i) => (release[i] ?? 0) === part);

type Clause = (release: number[]) => boolean;

function clauseOf(text: string, spec: string, where: string): Clause {
  const bad = (why: string) =>
    new InputError(
      'python-versions',
      spec,
      `'${text}' is not a PEP 440 version specifier (${why}); expected clauses such as >=3.9, <3.14, ~=3.10, !=3.11.*, separated by commas`,
      where,
    );
  const match = CLAUSE.exec(text);
  if (!match) throw bad('no comparison operator');
  const [, operator, written] = match as unknown as [string, string, string];
  if (operator === '===') return (release) => release.join('.') === written;
  const wildcard = written.endsWith('.*');
  if (wildcard && operator !== '==' && operator !== '!=') throw bad('.* only follows == and !=');
  const version = versionOf(wildcard ? written.slice(0, -2) : written);
  if (version === null) throw bad(`${written} is not a version`);
  if (wildcard) {
    const matches = (release: number[]) => prefixOf(release, version.release);
    return operator === '==' ? matches : (release) => !matches(release);
  }
  const equal = (release: number[]) => compare(release, version) === 0 && !version.local;
  switch (operator) {
    case '==':
      return equal;
    case '!=':
      return (release) => !equal(release);
    case '<=':
      return (release) => compare(release, version) <= 0;
    case '>=':
      return (release) => compare(release, version) >= 0;
    case '<':
      return (release) => compare(release, version) < 0;
    case '>':
      return (release) => compare(release, version) > 0;
    default: {
      // ~=V is >=V together with ==V-without-its-last-part.*
      if (version.release.length < 2) throw bad('~= needs at least two parts, as in ~=3.9');
      const prefix = version.release.slice(0, -1);
      return (release) => compare(release, version) >= 0 && prefixOf(release, prefix);
    }
  }
}

/**
 * Whether a requires-python admits a Python of this major and minor version, as cibuildwheel
 * decides: it asks for the release `major.minor.99`. A specifier that is not PEP 440 is an
 * input error naming where it was written.
 */
export function admitsPython(requires: RequiresPython): (major: number, minor: number) => boolean {
  const clauses = requires.spec
    .split(',')
    .map((clause) => clause.trim())
    .filter(Boolean)
    .map((clause) => clauseOf(clause, requires.spec, requires.where));
  return (major, minor) => clauses.every((clause) => clause([major, minor, 99]));
}

/** `[options]`'s python_requires in a setup.cfg, as configparser reads it (`=` or `:`). */
function setupCfgValue(text: string): string | null {
  let section = '';
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) section = header[1]!.trim();
    else if (section === 'options') {
      const entry = /^python_requires\s*[=:]\s*(.*)$/.exec(line);
      if (entry) return entry[1]!.trim() || null;
    }
  }
  return null;
}

/** The literal string of setup.py's `python_requires=` keyword. */
function setupPyValue(text: string): string | null {
  return /\bpython_requires\s*=\s*(['"])([^'"\n]*)\1/.exec(text)?.[2] ?? null;
}

/**
 * Where cibuildwheel takes requires-python from, first found wins (cibuildwheel's
 * projectfiles.get_requires_python_str): CIBW_PROJECT_REQUIRES_PYTHON, pyproject.toml's
 * [project] requires-python, setup.cfg's [options] python_requires, setup.py's
 * python_requires= keyword. cibuildwheel reads setup.py's syntax tree and counts only a call at
 * the top level; here the first literal `python_requires="…"` counts wherever it is written.
 */
export function findRequiresPython(sources: {
  env: Record<string, string | undefined>;
  project: unknown;
  setupCfg: string | null;
  setupPy: string | null;
}): RequiresPython | null {
  const variable = sources.env.CIBW_PROJECT_REQUIRES_PYTHON;
  if (variable)
    return { spec: variable, where: 'environment variable CIBW_PROJECT_REQUIRES_PYTHON' };
  const project = sources.project;
  if (typeof project === 'object' && project !== null && 'requires-python' in project)
    return {
      spec: String((project as Record<string, unknown>)['requires-python']),
      where: 'pyproject.toml [project] requires-python',
    };
  const cfg = sources.setupCfg === null ? null : setupCfgValue(sources.setupCfg);
  if (cfg !== null) return { spec: cfg, where: 'setup.cfg [options] python_requires' };
  const py = sources.setupPy === null ? null : setupPyValue(sources.setupPy);
  return py === null ? null : { spec: py, where: 'setup.py python_requires' };
}
