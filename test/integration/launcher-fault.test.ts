import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallbackLogFile } from '../../src/launcher/launcher.js';
import { testLauncher, type TestLauncher } from '../helpers/launcher.js';
import { runAsync } from '../helpers/run.js';

describe('a coordinator that fails while serving a compile', () => {
  let launched: TestLauncher;
  let dir = '';
  beforeAll(async () => {
    // one slot: a slot the fault kept would hang the next compile
    launched = await testLauncher('/usr/bin/python3', { jobs: 1, budgetBytes: 1024 ** 3 });
    dir = mkdtempSync(path.join(os.tmpdir(), 'ww-fault-'));
  });
  afterAll(async () => {
    await launched.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const compile = (name: string) => {
    writeFileSync(path.join(dir, `${name}.c`), `int ${name}(void) { return 1; }\n`);
    return runAsync(['/bin/sh', '-c', '$CC "$@"', 'sh', '-c', `${name}.c`, '-o', `${name}.o`], {
      cwd: dir,
      env: launched.envFor(dir),
    });
  };

  it('has the shim compile as given, notes why, and serves the next compile', async () => {
    // where the coordinator keeps each object's variant: gone, so publishing the object fails
    const objects = path.join(launched.dir, 'objects');
    rmSync(objects, { recursive: true });
    const faulted = await compile('first');
    expect(faulted.status, faulted.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'first.o'))).toBe(true);
    expect(readFileSync(fallbackLogFile(launched.dir), 'utf8')).toMatch(
      /^the coordinator failed \(ENOENT: no such file or directory, rename .*\): \S+\n$/,
    );

    mkdirSync(objects);
    const served = await compile('second');
    expect(served.status, served.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'second.o'))).toBe(true);
    const records = launched.launcher.coordinator.journal.filter((r) => r.kind === 'compile');
    expect(records.map((r) => [r.source, r.exitCode])).toEqual([
      ['first.c', 0],
      ['second.c', 0],
    ]);
  });

  it('drops a connection whose message is malformed, and serves the next compile', async () => {
    const env = launched.envFor(dir);
    // the coordinator ends the connection itself (else this waits until the test times out)
    await new Promise<void>((resolve) => {
      const socket = net.connect(env.WHEELWRIGHT_SOCKET!, () => socket.write('-1\0garbage\0'));
      socket.on('error', () => {});
      socket.on('close', () => resolve());
    });
    const served = await compile('after');
    expect(served.status, served.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'after.o'))).toBe(true);
  });
});
