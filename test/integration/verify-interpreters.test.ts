import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run.js';
import { buildWheel, tempDirs } from '../helpers/verify-builds.js';
import { verifyWheel } from '../../src/verify/verify-wheel.js';

const temp = tempDirs();
afterAll(() => temp.removeAll());

describe("verify installs and imports each wheel with its own interpreter's virtual environment", () => {
  it.each(['/usr/bin/python3.11-dbg', '/usr/bin/pypy3'])(
    '%s: the example passes',
    async (python) => {
      const dir = temp.make('ww-verify-example-');
      const built = buildWheel(path.join(ROOT, 'example'), python, dir);
      const result = await verifyWheel({
        wheel: built.wheel,
        python,
        buildLog: built.log,
        workDir: path.join(dir, 'verify'),
      });
      expect(result.extensions.map((e) => e.module)).toEqual([
        'wheelwright_example._stats',
        'wheelwright_example._vector',
      ]);
      expect(result.imports.map((o) => [o.module, o.ok])).toEqual([
        ['wheelwright_example', true],
        ['wheelwright_example._stats', true],
        ['wheelwright_example._vector', true],
      ]);
      expect(result.missingExtensions).toEqual([]);
      expect(result.extensions.flatMap((e) => e.libraries).every((l) => l.place === 'system')).toBe(
        true,
      );
      expect(result.passed).toBe(true);
    },
  );
});
