import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/launcher/command.js';
import { ObjectCache } from '../../src/launcher/object-cache.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-direct-keys-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let serial = 0;

/** A directory of files for one case, written long enough ago that no compile sees them change. */
async function tree(files: Record<string, string>): Promise<string> {
  const dir = path.join(scratch, `case-${++serial}`);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  await sleep(50);
  return dir;
}

/**
 * One compile as the coordinator serves it, with real gcc: the key planned, a hit taken, else the
 * compile run as the plan says, keyed and filed. Each call is a new run (a new ObjectCache).
 */
async function compile(root: string, cwd: string, argv: string[]) {
  const cache = new ObjectCache(path.join(root, 'objects'));
  const command = parseCommand(argv);
  const plan = await cache.keys.plan(command, cwd, process.env, path.join(root, `${++serial}.d`));
  if (plan.mode === 'direct' && plan.hit) return { hit: true, plan, fallback: null };
  const started = Date.now();
  execFileSync(
    cache.keys.compileArgv(plan, argv)[0]!,
    cache.keys.compileArgv(plan, argv).slice(1),
    {
      cwd,
    },
  );
  const keyed =
    plan.mode === 'direct'
      ? await cache.keys.keyCompiled(plan, command, cwd, process.env, started)
      : cache.keys.preprocessedKeyed(
          plan,
          await cache.keys.preprocessedKey(command, cwd, process.env),
        );
  if (
    keyed.key !== null &&
    plan.mode === 'preprocessed' &&
    (await cache.fetch(keyed.key, path.join(root, 'out.o')))
  )
    return { hit: true, plan, fallback: keyed.fallback };
  if (keyed.key)
    cache.store(keyed.key, path.join(cwd, command.output!), 'cp311/ext', 1, keyed.record);
  return { hit: false, plan, fallback: keyed.fallback };
}

describe('the direct key, compile by compile', () => {
  it('misses when a header appears next to a file that includes it in quotes', async () => {
    const dir = await tree({
      'src/unit.c': '#include "conf.h"\nint value(void) { return CONF; }\n',
      'inc/conf.h': '#define CONF 1\n',
    });
    const argv = ['gcc', '-Iinc', '-c', 'src/unit.c', '-o', 'unit.o'];
    expect((await compile(dir, dir, argv)).hit).toBe(false);
    expect((await compile(dir, dir, argv)).hit).toBe(true);
    writeFileSync(path.join(dir, 'src/conf.h'), '#define CONF 2\n');
    await sleep(50);
    expect((await compile(dir, dir, argv)).hit).toBe(false);
  });

  it("reads the dependency file the build asked for, and writes none of its own into the build's tree", async () => {
    const dir = await tree({
      'unit.c': '#include "unit.h"\nint value(void) { return UNIT; }\n',
      'unit.h': '#define UNIT 1\n',
    });
    const asked = ['gcc', '-MD', '-MF', 'deps/unit.d', '-c', 'unit.c', '-o', 'unit.o'];
    mkdirSync(path.join(dir, 'deps'));
    const first = await compile(dir, dir, asked);
    expect(first.plan).toMatchObject({ mode: 'direct', addDepfile: false });
    expect(readFileSync(path.join(dir, 'deps/unit.d'), 'utf8')).toMatch(
      /^unit\.o: unit\.c .*unit\.h$/m,
    );
    expect((await compile(dir, dir, asked)).hit).toBe(true);
    writeFileSync(path.join(dir, 'unit.h'), '#define UNIT 2\n');
    await sleep(50);
    expect((await compile(dir, dir, asked)).hit).toBe(false);

    const plain = ['gcc', '-O1', '-c', 'unit.c', '-o', 'plain.o'];
    expect(await compile(dir, dir, plain)).toMatchObject({
      hit: false,
      plan: { mode: 'direct', addDepfile: true },
    });
    expect((await compile(dir, dir, plain)).hit).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([
      'deps',
      'objects',
      'plain.o',
      'unit.c',
      'unit.h',
      'unit.o',
    ]);
  });

  it('keys by preprocessing a compile whose header uses __DATE__, and every later compile of it', async () => {
    const dir = await tree({
      'unit.c': '#include "stamp.h"\nconst char *stamp = STAMP;\n',
      'stamp.h': '#define STAMP __DATE__\n',
    });
    const argv = ['gcc', '-c', 'unit.c', '-o', 'unit.o'];
    const reason = 'a header uses __DATE__, __TIME__ or __TIMESTAMP__';
    const first = await compile(dir, dir, argv);
    expect(first).toMatchObject({ hit: false, plan: { mode: 'direct' }, fallback: reason });
    // the mark filed with the object sends the next run to preprocessing before it compiles;
    // __DATE__ is the same all day, so that key finds the object
    const second = await compile(dir, dir, argv);
    expect(second).toMatchObject({
      hit: true,
      plan: { mode: 'preprocessed', reason },
      fallback: reason,
    });
  });

  it('misses a source rewritten at the same size in a tree too new for the file facts to keep', async () => {
    const dir = await tree({ 'unit.c': 'int value(void) { return 1; }\n' });
    const argv = ['gcc', '-c', 'unit.c', '-o', 'unit.o'];
    expect((await compile(dir, dir, argv)).hit).toBe(false);
    expect((await compile(dir, dir, argv)).hit).toBe(true);
    writeFileSync(path.join(dir, 'unit.c'), 'int value(void) { return 2; }\n');
    expect((await compile(dir, dir, argv)).hit).toBe(false);
    expect((await compile(dir, dir, argv)).hit).toBe(true);
  });

  it('asks a compiler named ahead who it is once, before its first compile would', async () => {
    const dir = await tree({ 'unit.c': 'int value(void) { return 1; }\n' });
    const cc = path.join(dir, 'cc');
    const asked = path.join(dir, 'asked');
    writeFileSync(
      cc,
      `#!/bin/sh\n[ "$1" = --version ] && echo version >> "$(dirname "$0")/asked"\nexec gcc "$@"\n`,
    );
    chmodSync(cc, 0o755);
    const cache = new ObjectCache(path.join(dir, 'objects'));
    await cache.keys.identify(cc, process.env);
    expect(readFileSync(asked, 'utf8')).toBe('version\n');
    const command = parseCommand([cc, '-c', 'unit.c', '-o', 'unit.o']);
    const plan = await cache.keys.plan(command, dir, process.env, path.join(dir, 'unit.d'));
    expect(plan).toMatchObject({ mode: 'direct', hit: null });
    expect(readFileSync(asked, 'utf8')).toBe('version\n');
  });

  it('keys by preprocessing a compiler that is neither GCC nor Clang', async () => {
    const dir = await tree({ 'unit.c': 'int value(void) { return 1; }\n' });
    const cc = path.join(dir, 'mycc');
    writeFileSync(
      cc,
      '#!/bin/sh\n[ "$1" = --version ] && { echo "mycc 1.0"; exit 0; }\nexec gcc "$@"\n',
    );
    chmodSync(cc, 0o755);
    const { plan } = await compile(dir, dir, [cc, '-c', 'unit.c', '-o', 'unit.o']);
    expect(plan).toEqual({
      mode: 'preprocessed',
      base: null,
      reason: 'the compiler is not one wheelwright knows (neither GCC nor Clang)',
    });
    expect(existsSync(path.join(dir, 'unit.o'))).toBe(true);
  });
});
