import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INSPECT_SCRIPT } from '../../src/build/inspect-script.js';
import { PIP_AHEAD_SCRIPT } from '../../src/build/pip-ahead-script.js';
import { DEBIAN_PYPY } from '../helpers/debian-pythons.js';
import { needs, pyenvPython } from '../helpers/pythons.js';

// pip_ahead.py as a build runs it: from a directory of its own, started in another (the build's),
// told where the copy is and pip's arguments on its standard input, with Debian's python3 and pip.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-pip-ahead-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const script = path.join(scratch, 'frontend', 'pip_ahead.py');
mkdirSync(path.dirname(script));
writeFileSync(script, PIP_AHEAD_SCRIPT);
writeFileSync(path.join(path.dirname(script), 'inspect_interpreter.py'), INSPECT_SCRIPT);
const python = '/usr/bin/python3';

let serial = 0;
function tree(files: Record<string, string>): string {
  const dir = path.join(scratch, `tree-${++serial}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const ahead = (input: string) =>
  spawnSync(python, [script], { cwd: scratch, input, encoding: 'utf8', timeout: 60_000 });
const go = (cwd: string, argv: string[]) => `${JSON.stringify({ cwd, argv })}\n`;

describe('pip started ahead of the copy', () => {
  it('runs nothing when told the copy was not made, or when its input ends', () => {
    for (const input of ['\n', '']) {
      const ran = ahead(input);
      expect(ran.status).toBe(1);
      expect(ran.stderr).toContain('the copy of the package was not made; pip did not run');
    }
  });

  it('runs `python -m pip ARGS` in the copy once told: a relative path is the copy', () => {
    const pkg = tree({
      'setup.py':
        'from setuptools import setup\nsetup(name="ahead", version="1.0", py_modules=["ahead"])\n',
      'ahead.py': 'VALUE = 1\n',
    });
    const out = path.join(scratch, 'out');
    const argv = ['wheel', '--no-deps', '--no-build-isolation', '--no-index', '-w', out, '.'];
    const ran = ahead(go(pkg, argv));
    expect(ran.status, `${ran.stdout}\n${ran.stderr}`).toBe(0);
    expect(readdirSync(out)).toEqual(['ahead-1.0-py3-none-any.whl']);
  });

  it('sets the variables that come with the line before pip runs', () => {
    const pkg = tree({
      'setup.py':
        'import os\nassert os.environ["WW_AHEAD_LATE"] == "late é", os.environ.get("WW_AHEAD_LATE")\nfrom setuptools import setup\nsetup(name="late", version="1.0", py_modules=["late"])\n',
      'late.py': '',
    });
    const out = path.join(scratch, 'out-late');
    const argv = ['wheel', '--no-deps', '--no-build-isolation', '--no-index', '-w', out, '.'];
    const line = `${JSON.stringify({ cwd: pkg, argv, env: { WW_AHEAD_LATE: 'late é' } })}\n`;
    const ran = ahead(line);
    expect(ran.status, `${ran.stdout}\n${ran.stderr}`).toBe(0);
    expect(readdirSync(out)).toEqual(['late-1.0-py3-none-any.whl']);
  });

  it('fails as `python -m pip` fails where pip cannot be imported', () => {
    const broken = tree({ 'pip/__init__.py': 'raise ImportError("a broken pip")\n' });
    const pkg = tree({ 'setup.py': '' });
    const env = { ...process.env, PYTHONPATH: broken };
    const plain = spawnSync(python, ['-m', 'pip', '--version'], {
      cwd: pkg,
      env,
      encoding: 'utf8',
    });
    expect(plain.status).not.toBe(0);
    expect(plain.stderr).toContain('a broken pip');
    const ran = spawnSync(python, [script], {
      cwd: scratch,
      env,
      input: go(pkg, ['--version']),
      encoding: 'utf8',
    });
    expect([ran.status, ran.stderr]).toEqual([plain.status, plain.stderr]);
  });

  it('runs the copy’s own pip where the copy holds one, as `python -m pip` there does', () => {
    // pip's own tree: `python -m pip` finds pip in the working directory first
    const pkg = tree({
      'pip/__init__.py': '',
      'pip/__main__.py': 'import sys\nsys.stderr.write("the tree\'s pip\\n")\nsys.exit(3)\n',
    });
    const plain = spawnSync(python, ['-m', 'pip', '--version'], { cwd: pkg, encoding: 'utf8' });
    expect([plain.status, plain.stderr]).toEqual([3, "the tree's pip\n"]);
    const ran = ahead(go(pkg, ['--version']));
    expect([ran.status, ran.stdout, ran.stderr]).toEqual([3, '', "the tree's pip\n"]);
  });
});

// --inspect: the inspection's answer on file descriptor 3 first, then pip as always; wheelwright
// asks the interpreter itself (`python -c INSPECT_SCRIPT`, PYTHONNOUSERSITE=1) where none comes.
describe('pip started ahead, answering the interpreter’s inspection first', () => {
  const answering = (interpreter: string, input: string, env: NodeJS.ProcessEnv = process.env) => {
    const ran = spawnSync(interpreter, [script, '--inspect'], {
      cwd: scratch,
      input,
      env,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    return { status: ran.status, stderr: String(ran.stderr), answer: String(ran.output[3]) };
  };
  const asked = (interpreter: string, cwd: string, env: NodeJS.ProcessEnv = process.env) => {
    const ran = spawnSync(interpreter, ['-c', INSPECT_SCRIPT], {
      cwd,
      env: { ...env, PYTHONNOUSERSITE: '1' },
      encoding: 'utf8',
    });
    expect(ran.status, ran.stderr).toBe(0);
    return JSON.parse(ran.stdout) as Record<string, unknown>;
  };
  const py37 = pyenvPython('3.7');
  const py27 = pyenvPython('2.7');
  const interpreters = [
    ['Debian’s python3', python],
    [`Debian’s PyPy${DEBIAN_PYPY ? '' : ' (skipped: none here)'}`, DEBIAN_PYPY?.executable],
    [`pyenv’s 3.7${needs('3.7')}`, py37?.executable],
    [`pyenv’s 2.7, which wheelwright refuses${needs('2.7')}`, py27?.executable],
  ] as const;

  for (const [name, interpreter] of interpreters) {
    it.skipIf(!interpreter)(`answers what the inspection says: ${name}`, () => {
      // a directory named like a module beside the asking process: the inspection answers for
      // the interpreter, not for the directory it was asked from
      const cwd = tree({ 'build/__init__.py': '', 'wheel/x.py': '' });
      const expected = asked(interpreter!, cwd);
      const ran = answering(interpreter!, '\n');
      expect(JSON.parse(ran.answer)).toEqual(expected);
      expect(ran.stderr).toContain('the copy of the package was not made; pip did not run');
    });
  }

  it('then runs pip as told, in the copy', () => {
    const pkg = tree({
      'setup.py':
        'from setuptools import setup\nsetup(name="answered", version="1.0", py_modules=["answered"])\n',
      'answered.py': '',
    });
    const out = path.join(scratch, 'out-answered');
    const argv = ['wheel', '--no-deps', '--no-build-isolation', '--no-index', '-w', out, '.'];
    const ran = answering(python, go(pkg, argv));
    expect(ran.status, ran.stderr).toBe(0);
    expect(JSON.parse(ran.answer)).toMatchObject({ executable: python });
    expect(readdirSync(out)).toEqual(['answered-1.0-py3-none-any.whl']);
  });

  it('answers nothing where the user’s site directory is on sys.path (it is not when asked)', () => {
    const home = path.join(scratch, 'home');
    const site = spawnSync(python, ['-c', 'import site; print(site.getusersitepackages())'], {
      env: { ...process.env, HOME: home },
      encoding: 'utf8',
    }).stdout.trim();
    expect(site.startsWith(home)).toBe(true);
    mkdirSync(site, { recursive: true });
    const env = { ...process.env, HOME: home };
    expect(answering(python, '\n', env).answer).toBe('');
    // without the user's site, as when asked: the answer is the inspection's
    const without = answering(python, '\n', { ...env, PYTHONNOUSERSITE: '1' });
    expect(JSON.parse(without.answer)).toEqual(asked(python, scratch, env));
  });
});
