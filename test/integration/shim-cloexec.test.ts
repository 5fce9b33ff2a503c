import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIM_SOURCE } from '../../src/launcher/shim-source.js';
import { testLauncher, type TestLauncher } from '../helpers/launcher.js';
import { run, runAsync } from '../helpers/run.js';

// macOS has no SOCK_CLOEXEC: there the shim sets FD_CLOEXEC with fcntl. SHIM_FCNTL_CLOEXEC
// takes that path here, and both shims run a real compile through the coordinator; the compiler
// they run must not inherit the shim's connection (a compiler that outlived the shim would keep
// the coordinator waiting for the connection to close).

describe("the shim's connection is closed on exec, with SOCK_CLOEXEC and with fcntl", () => {
  let launched: TestLauncher;
  let dir = '';
  const shims: Record<string, string> = {};
  beforeAll(async () => {
    launched = await testLauncher('/usr/bin/python3', { jobs: 1, budgetBytes: 1024 ** 3 });
    dir = mkdtempSync(path.join(os.tmpdir(), 'ww-cloexec-'));
    // the control: the fcntl path with the flag left out, whose compiler inherits the connection
    const leaking = SHIM_SOURCE.replace('F_SETFD, FD_CLOEXEC', 'F_SETFD, 0');
    expect(leaking).not.toBe(SHIM_SOURCE);
    for (const [name, flags, code] of [
      ['sock', [], SHIM_SOURCE],
      ['fcntl', ['-DSHIM_FCNTL_CLOEXEC'], SHIM_SOURCE],
      ['leaking', ['-DSHIM_FCNTL_CLOEXEC'], leaking],
    ] as const) {
      const source = path.join(dir, `shim-${name}.c`);
      writeFileSync(source, code);
      shims[name] = path.join(dir, `shim-${name}`);
      const built = run(['gcc', '-Wall', '-Werror', '-O2', ...flags, '-o', shims[name]!, source]);
      expect(built.status, built.stderr).toBe(0);
    }
    // the "compiler": notes its open descriptors, then compiles
    writeFileSync(
      path.join(dir, 'cc-fds'),
      `#!/bin/sh\nls -l /proc/$$/fd > "$WW_FD_LOG"\nexec gcc "$@"\n`,
    );
    chmodSync(path.join(dir, 'cc-fds'), 0o755);
    writeFileSync(path.join(dir, 'unit.c'), 'int unit(void) { return 1; }\n');
  });
  afterAll(async () => {
    await launched.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Compiles through `shim` (or directly): the compiler's sockets past stdio, by fd number. */
  async function compile(name: string, shim: string[]) {
    const log = path.join(dir, `${name}.fds`);
    const object = `unit-${name}.o`;
    const compiled = await runAsync(
      [...shim, path.join(dir, 'cc-fds'), '-c', 'unit.c', '-o', object],
      { cwd: dir, env: { ...launched.envFor(dir), WW_FD_LOG: log } },
    );
    // `lrwx------ 1 root root 64 … 11 -> socket:[584976]`
    const sockets = readFileSync(log, 'utf8')
      .split('\n')
      .map((line) => / (\d+) -> socket:/.exec(line)?.[1])
      .filter((fd) => fd !== undefined && Number(fd) > 2);
    return { compiled, object, sockets };
  }

  it.each(['sock', 'fcntl'])(
    '%s: compiles through the coordinator, and the compiler holds no socket of the shim',
    async (name) => {
      // what every child of this process holds anyway (the test runner's own channel)
      const direct = await compile(`${name}-direct`, []);
      const { compiled, object, sockets } = await compile(name, [shims[name]!]);
      expect(compiled.status, compiled.stderr).toBe(0);
      expect(compiled.stderr).not.toContain('wheelwright-shim');
      expect(existsSync(path.join(dir, object))).toBe(true);
      const record = launched.launcher.coordinator.journal.find((r) => r.argv.includes(object))!;
      expect(record.exitCode).toBe(0);
      expect(record.peakRssBytes).toBeGreaterThan(0);
      expect(sockets).toEqual(direct.sockets);
    },
  );

  it('holds one more socket without the flag: the check above can fail', async () => {
    const direct = await compile('leaking-direct', []);
    const { compiled, sockets } = await compile('leaking', [shims.leaking!]);
    expect(compiled.status, compiled.stderr).toBe(0);
    expect(sockets.length).toBe(direct.sockets.length + 1);
  });
});
