import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/config/input-error.js';
import { admitsPython, findRequiresPython } from '../../src/config/requires-python.js';
import { judge } from '../../src/config/selectors.js';

// Specifiers as projects write them (and the corners of PEP 440 a final release meets).
const SPECS = [
  '>=3.9',
  '>=3.8, <3.13',
  '>=3.10,!=3.11.*',
  '~=3.9',
  '~=3.9.0',
  '==3.*',
  '==3.11.*',
  '!=3.12.*,>=3.8',
  '<=3.11',
  '>3.10',
  '<3.12',
  '>=3.13.0b1',
  '>=3.12.0rc1,<4',
  '>=3.9.post1',
  '==3.11',
  '>=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*, !=3.5.*',
  '>= 3.10',
  '',
];
const PYTHONS: [number, number][] = [
  [2, 7],
  ...Array.from({ length: 11 }, (_, i) => [3, 6 + i] as [number, number]),
];

describe('requires-python', () => {
  it("admits what Debian's packaging admits for every X.Y.99, as cibuildwheel asks it", () => {
    // the reference: packaging's SpecifierSet, which cibuildwheel itself calls
    const script = `
import json, sys
from packaging.specifiers import SpecifierSet
from packaging.version import Version
specs, pythons = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(json.dumps([[SpecifierSet(s).contains(Version(f"{a}.{b}.99")) for a, b in pythons] for s in specs]))
`;
    const expected = JSON.parse(
      execFileSync(
        '/usr/bin/python3',
        ['-c', script, JSON.stringify(SPECS), JSON.stringify(PYTHONS)],
        { encoding: 'utf8' },
      ),
    ) as boolean[][];
    const ours = SPECS.map((spec) => {
      const admits = admitsPython({ spec, where: 'test' });
      return PYTHONS.map(([major, minor]) => admits(major, minor));
    });
    expect(ours).toEqual(expected);
  });

  it.each([
    ['>=3.9 <3.12', 'no comparison operator'],
    ['>=three', 'three is not a version'],
    ['>=3.9.*', '.* only follows == and !='],
    ['~=3', '~= needs at least two parts'],
  ])('refuses %s, naming where it was written and what is accepted', (spec, why) => {
    let error: unknown;
    try {
      admitsPython({ spec, where: 'pyproject.toml [project] requires-python' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).lineFor('cli')).toContain(
      `pyproject.toml [project] requires-python: '${spec}' is not accepted; `,
    );
    expect((error as InputError).accepted).toContain(why);
    expect((error as InputError).accepted).toContain('expected clauses such as >=3.9');
  });

  it('is taken from where cibuildwheel takes it, first found wins', () => {
    const none = { env: {}, project: undefined, setupCfg: null, setupPy: null };
    expect(findRequiresPython(none)).toBeNull();
    const setupPy = 'from setuptools import setup\nsetup(name="x", python_requires=">=3.7")\n';
    expect(findRequiresPython({ ...none, setupPy })).toEqual({
      spec: '>=3.7',
      where: 'setup.py python_requires',
    });
    const setupCfg =
      '[metadata]\nname = x\n\n[options]\npackages = find:\npython_requires = >=3.8\n';
    expect(findRequiresPython({ ...none, setupPy, setupCfg })).toEqual({
      spec: '>=3.8',
      where: 'setup.cfg [options] python_requires',
    });
    // a python_requires outside [options] is not the one
    expect(
      findRequiresPython({ ...none, setupCfg: '[tool:x]\npython_requires = >=2\n' }),
    ).toBeNull();
    const project = { name: 'x', 'requires-python': '>=3.9' };
    expect(findRequiresPython({ ...none, setupPy, setupCfg, project })).toEqual({
      spec: '>=3.9',
      where: 'pyproject.toml [project] requires-python',
    });
    const env = { CIBW_PROJECT_REQUIRES_PYTHON: '>=3.10' };
    expect(findRequiresPython({ env, setupPy, setupCfg, project })).toEqual({
      spec: '>=3.10',
      where: 'environment variable CIBW_PROJECT_REQUIRES_PYTHON',
    });
  });

  it('skips identifiers outside it before any other rule, and names the rule', () => {
    const where = {
      build: 'b',
      skip: 's',
      'test-skip': 't',
      enable: 'e',
    };
    const selectors = {
      build: '*',
      skip: '',
      testSkip: '',
      enable: [],
      requiresPython: { spec: '>=3.10', where: 'pyproject.toml [project] requires-python' },
      where,
    };
    expect(judge(selectors, 'cp39-manylinux_x86_64')).toEqual({
      build: false,
      rule: 'pyproject.toml [project] requires-python = ">=3.10" (3.9 is outside it)',
    });
    // the free-threaded and debug flags do not hide the version
    expect(judge(selectors, 'cp313t-manylinux_x86_64').build).toBe(true);
    expect(judge(selectors, 'cp39d-manylinux_x86_64').build).toBe(false);
    expect(judge(selectors, 'pp39-manylinux_x86_64').rule).toContain('3.9 is outside it');
    expect(judge(selectors, 'cp310-win_amd64')).toEqual({ build: true, rule: null });
  });
});
