import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testLauncher, type TestLauncher } from '../helpers/launcher.js';
import { packageWithTables } from '../helpers/packages.js';
import { peakRssBytes } from '../helpers/cli-build.js';
import { runAsync } from '../helpers/run.js';

describe("the launcher's journal", () => {
  let launched: TestLauncher;
  let pkg = '';
  beforeAll(async () => {
    launched = await testLauncher('/usr/bin/python3', { jobs: 2, budgetBytes: 8 * 1024 ** 3 });
    pkg = packageWithTables(['mid'], 1_000_000);
  });
  afterAll(async () => {
    await launched.dispose();
    rmSync(pkg, { recursive: true, force: true });
  });

  it("records a compile's peak memory within 10% of /usr/bin/time's figure for the same compile", async () => {
    const env = launched.envFor(pkg);
    // $CC is the launcher's compiler command; the script itself is fixed text
    const compiled = await runAsync(['/bin/sh', '-c', '$CC -O2 -fPIC -c src/mid.c -o mid.o'], {
      cwd: pkg,
      env,
    });
    expect(compiled.status, compiled.stderr).toBe(0);
    const record = launched.launcher.coordinator.journal.find((r) => r.source === 'src/mid.c')!;
    expect(record).toMatchObject({
      kind: 'compile',
      exitCode: 0,
      signal: null,
      attempt: 1,
      cacheHit: false,
    });

    const compiler = launched.interpreter.compilers.cc!.split(' ')[0]!;
    const reference = peakRssBytes(
      [compiler, '-O2', '-fPIC', '-c', 'src/mid.c', '-o', 'timed.o'],
      pkg,
    );
    expect(reference).toBeGreaterThan(100 * 1024 ** 2);
    expect(Math.abs(record.peakRssBytes - reference) / reference).toBeLessThan(0.1);
    expect(record.cpuMs).toBeGreaterThan(0);
    expect(record.wallMs).toBeGreaterThanOrEqual(record.cpuMs * 0.5);
    expect(path.isAbsolute(record.cwd)).toBe(true);
  });

  it('compiles directly, and says so, when the coordinator cannot be reached', async () => {
    const env = { ...launched.envFor(pkg), WHEELWRIGHT_SOCKET: '/nonexistent/launcher.sock' };
    const compiled = await runAsync(['/bin/sh', '-c', '$CC -O0 -c src/mid.c -o direct.o'], {
      cwd: pkg,
      env,
    });
    expect(compiled.status).toBe(0);
    expect(compiled.stderr).toContain(
      'wheelwright-shim: the coordinator is not reachable; compiling without wheelwright',
    );
  });
});
