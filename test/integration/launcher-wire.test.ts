import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testLauncher, type TestLauncher } from '../helpers/launcher.js';
import { runAsync } from '../helpers/run.js';

describe("the shim's messages to and from the coordinator", () => {
  let launched: TestLauncher;
  let dir = '';
  beforeAll(async () => {
    launched = await testLauncher('/usr/bin/python3', { jobs: 1, budgetBytes: 1024 ** 3 });
    dir = mkdtempSync(path.join(os.tmpdir(), 'ww-wire-'));
  });
  afterAll(async () => {
    await launched.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('carry a command many times longer than the shim reads at once, whole and in order', async () => {
    // about 20 KB of arguments: the "run" reply spans several of the shim's 4 KB reads
    const defines = Array.from({ length: 300 }, (_, i) => `-DWW_D${i}=${'x'.repeat(48)}${i}`);
    const checks = [0, 137, 299]
      .map((i) => `#if !defined(WW_D${i})\n#error WW_D${i} did not arrive\n#endif\n`)
      .join('');
    writeFileSync(path.join(dir, 'wire.c'), `${checks}int wire(void) { return 1; }\n`);
    const args = [...defines, '-c', 'wire.c', '-o', 'wire.o'];
    // $CC is the launcher's compiler command; the arguments are passed as "$@", unsplit
    const compiled = await runAsync(['/bin/sh', '-c', '$CC "$@"', 'sh', ...args], {
      cwd: dir,
      env: launched.envFor(dir),
    });
    expect(compiled.status, compiled.stderr).toBe(0);
    expect(compiled.stderr).not.toContain('wheelwright-shim');
    expect(existsSync(path.join(dir, 'wire.o'))).toBe(true);
    const record = launched.launcher.coordinator.journal.find((r) => r.source === 'wire.c')!;
    expect(record.argv.slice(-args.length)).toEqual(args);
    expect(record.exitCode).toBe(0);
  });
});
