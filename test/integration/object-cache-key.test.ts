import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/launcher/command.js';
import { ObjectCache } from '../../src/launcher/object-cache.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-cache-key-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function script(dir: string, name: string, body: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
  chmodSync(path.join(dir, name), 0o755);
}

describe("the object cache's key", () => {
  it('names the compiler behind a wrapper by its own version, so upgrading it behind ccache is a miss', async () => {
    // `wrap` stands for ccache or distcc: it runs the rest of its command line
    script(path.join(scratch, 'bin'), 'wrap', 'exec "$@"');
    // two releases of one compiler, each a real gcc that says which release it is
    for (const release of ['12.2.0', '13.1.0'])
      script(
        path.join(scratch, release),
        'mycc',
        `[ "$1" = --version ] && { echo "mycc ${release}"; exit 0; }\nexec gcc "$@"`,
      );
    writeFileSync(path.join(scratch, 'unit.c'), 'int answer(void) { return 42; }\n');
    const command = parseCommand(['wrap', 'mycc', '-O2', '-c', 'unit.c', '-o', 'unit.o']);
    expect(command.compiler).toEqual(['wrap', 'mycc']);
    const keyWith = (release: string) =>
      new ObjectCache(path.join(scratch, 'objects')).keys.preprocessedKey(command, scratch, {
        PATH: [path.join(scratch, 'bin'), path.join(scratch, release), '/usr/bin', '/bin'].join(
          ':',
        ),
      });
    const [old, upgraded, again] = await Promise.all([
      keyWith('12.2.0'),
      keyWith('13.1.0'),
      keyWith('12.2.0'),
    ]);
    expect(old).toMatch(/^[0-9a-f]{64}$/);
    expect(upgraded).not.toBe(old);
    expect(again).toBe(old);
  });
});
