import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWheel, tempDirs, VERIFY_FIXTURES } from '../helpers/verify-builds.js';
import { verifyWheel } from '../../src/verify/verify-wheel.js';

// Python 3.11 removed the thread state's frame: the optional extension fails to compile there.
const PYTHON = '/usr/bin/python3';
const temp = tempDirs();
afterAll(() => temp.removeAll());

describe('verify on a wheel that silently fell back to pure Python', () => {
  it('reports the compiled module the build announced and the wheel lacks, with the compile error', async () => {
    const dir = temp.make('ww-verify-fallback-');
    const built = buildWheel(path.join(VERIFY_FIXTURES, 'fallback'), PYTHON, dir);
    expect(built.status).toBe('built');
    const result = await verifyWheel({
      wheel: built.wheel,
      python: PYTHON,
      buildLog: built.log,
      workDir: path.join(dir, 'verify'),
    });
    // nothing else notices: the package imports, through its fallback
    expect(result.extensions).toEqual([]);
    expect(result.imports).toEqual([expect.objectContaining({ module: 'wwfallback', ok: true })]);

    expect(result.missingExtensions.map((e) => e.module)).toEqual(['wwfallback._speedups']);
    const card = result.diagnoses.find((d) => d.class === 'compiled-module-missing')!;
    expect(card.concerns).toEqual({ python: PYTHON, extension: 'wwfallback._speedups' });
    const evidence = card.evidence.map((e) => e.text).join('\n');
    expect(evidence).toContain("building 'wwfallback._speedups' extension");
    expect(evidence).toMatch(/error: .*has no member named .frame/);
    expect(evidence).toContain('building extension "wwfallback._speedups" failed');
    expect(card.evidence.every((e) => e.source === built.log && e.line! > 0)).toBe(true);
    expect(result.passed).toBe(false);
  });
});
