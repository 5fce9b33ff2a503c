import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { buildWheel, tempDirs, VERIFY_FIXTURES } from '../helpers/verify-builds.js';
import { NOT_BLOCKING } from '../../src/verify/cards.js';
import { verifyWheel, type VerifyResult } from '../../src/verify/verify-wheel.js';

const temp = tempDirs();
afterAll(() => temp.removeAll());

const verified = new Map<string, Promise<VerifyResult>>();

/** Builds the fixture for `python` and verifies the wheel as the build would, once per pair. */
function builtAndVerified(fixture: string, python: string): Promise<VerifyResult> {
  const key = `${fixture}\0${python}`;
  if (!verified.has(key)) {
    const dir = temp.make('ww-verify-modules-');
    const built = buildWheel(path.join(VERIFY_FIXTURES, fixture), python, dir);
    verified.set(
      key,
      verifyWheel({
        wheel: built.wheel,
        python,
        buildLog: built.log,
        workDir: path.join(dir, 'verify'),
      }),
    );
  }
  return verified.get(key)!;
}

const imports = (python: string, module: string) =>
  run([python, '-I', '-c', `import ${module}`]).status === 0;

describe('an extension that imports a Python module the environment lacks', () => {
  it.each(['/usr/bin/python3', '/usr/bin/pypy3'])(
    '%s: the wheel passes, with a note naming the module and the extension',
    async (python) => {
      const result = await builtAndVerified('optional-import', python);
      const hasTk = imports(python, 'tkinter');
      // the import test really ran each extension, and the absent module really failed it
      expect(result.imports.map((o) => [o.module, o.ok])).toEqual([
        ['wwoptional', true],
        ['wwoptional._absent', false],
        ['wwoptional._tk', hasTk],
      ]);
      const notes = result.diagnoses.filter((d) => d.class === 'python-module-unavailable');
      expect(notes.map((d) => d.concerns.extension)).toEqual([
        'wwoptional._absent',
        ...(hasTk ? [] : ['wwoptional._tk']),
      ]);
      expect(notes[0]!.title).toBe(
        'import wwoptional._absent needs _wheelwright_absent_dep, which this environment lacks (not a fault of the wheel)',
      );
      expect(notes[0]!.evidence[0]!.text).toMatch(/No module named '_wheelwright_absent_dep'/);
      if (!hasTk) expect(notes[1]!.title).toMatch(/^import wwoptional\._tk needs (_)?tkinter,/);
      // only notes: the wheel stays
      expect(result.diagnoses.every((d) => NOT_BLOCKING.has(d.class))).toBe(true);
      expect(result.passed).toBe(true);
    },
  );

  it('says whether the module is of the standard library, where the interpreter knows (3.10+)', async () => {
    const result = await builtAndVerified('optional-import', '/usr/bin/python3');
    const absent = result.imports.find((o) => o.module === 'wwoptional._absent')!;
    expect(absent.stdlib).toBe(false);
    expect(
      result.diagnoses.find((d) => d.concerns.extension === 'wwoptional._absent')!.remedy,
    ).toMatch(/^_wheelwright_absent_dep is not part of the standard library: a dependency/);
    if (!imports('/usr/bin/python3', 'tkinter')) {
      const tk = result.imports.find((o) => o.module === 'wwoptional._tk')!;
      expect(tk.stdlib).toBe(true);
      expect(
        result.diagnoses.find((d) => d.concerns.extension === 'wwoptional._tk')!.remedy,
      ).toMatch(/^tkinter is part of the standard library, .*python3-tk/);
    }
  });
});

describe("an extension that imports a module of the wheel's own package which the wheel lacks", () => {
  it.each(['/usr/bin/python3', '/usr/bin/pypy3'])('%s: the wheel is rejected', async (python) => {
    const result = await builtAndVerified('own-module-missing', python);
    expect(result.passed).toBe(false);
    const blocking = result.diagnoses.filter((d) => !NOT_BLOCKING.has(d.class));
    expect(blocking.map((d) => [d.class, d.concerns.extension])).toEqual([
      ['wheel-module-missing', 'wwown._core'],
    ]);
    expect(blocking[0]!.title).toBe(
      'import wwown._core fails: the wheel has no wwown._not_shipped, a module of its own',
    );
  });
});
