import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { swapCommand } from '../../src/cli/swap-command.js';

async function swap(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await swapCommand(
    args,
    env,
    (t) => (stdout += t),
    (t) => (stderr += t),
  );
  return { code, stdout, stderr };
}

describe('wheelwright swap: bad input', () => {
  it.each([
    [
      ['add', 'abc'],
      "wheelwright: swap add SIZE: 'abc' is not accepted; expected 'auto' or a size of at least 1 MiB: 512M, 1.5G, 2GiB or plain bytes (K/M/G/T and KiB/MiB/GiB/TiB are 1024-based, KB/MB/GB/TB 1000-based)",
    ],
    [
      ['add', '100K'],
      "wheelwright: swap add SIZE: '100K' is not accepted; expected 'auto' or a size of at least 1 MiB",
    ],
    [['add'], "wheelwright: swap add: a SIZE or 'auto' is needed, e.g. swap add 2G"],
    [['add', '1G', 'x', 'y'], "wheelwright: swap add: unexpected argument 'y'"],
    [
      ['add', '1G', 'pkg'],
      "wheelwright: swap add 1G: 'pkg' is read only by swap add auto, which sizes swap by the package's plan",
    ],
    [
      ['add', '1G', '--jobs', '2'],
      "wheelwright: swap add 1G: --jobs is read only by swap add auto, which sizes swap by the package's plan",
    ],
    [
      ['add', '1G', '--swap-dir', ''],
      "wheelwright: --swap-dir: '' is not accepted; expected a directory path",
    ],
    [
      ['add', 'auto', '--jobs', '0'],
      "wheelwright: --jobs: '0' is not accepted; expected 'auto' or a whole number from 1 to 4096, e.g. 2",
    ],
    [
      ['add', 'auto', '/nonexistent/pkg'],
      "wheelwright: --package-dir: '/nonexistent/pkg' is not accepted; no such directory (/nonexistent/pkg)",
    ],
    [['remove', 'now'], "wheelwright: swap remove: unexpected argument 'now'; it takes none"],
    [
      ['frob'],
      "wheelwright: swap: 'frob' is not accepted; expected add SIZE|auto or remove (see wheelwright swap --help)",
    ],
    [[], "wheelwright: swap: '' is not accepted; expected add SIZE|auto or remove"],
    [['add', '1G', '--bogus'], "wheelwright: swap: Unknown option '--bogus'"],
  ])('%j stops with one line and status 2', async (args, line) => {
    const ran = await swap(args);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.startsWith(line)).toBe(true);
    expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints its help', async () => {
    const ran = await swap(['--help']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^usage: wheelwright swap add SIZE\|auto \[DIR\]/);
    expect(ran.stdout).toContain(
      'exit status: 0 done or nothing needed, 1 swap wanted but not added',
    );
  });

  it('has nothing to remove when its state file lists nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-swap-cmd-'));
    try {
      const env = { WHEELWRIGHT_STATE_DIR: path.join(dir, 'state') };
      const ran = await swap(['remove'], env);
      expect(ran).toEqual({
        code: 0,
        stdout: `swap: nothing to remove: ${dir}/state/swap.json lists no swap\n`,
        stderr: '',
      });
      expect(JSON.parse((await swap(['remove', '--json'], env)).stdout)).toEqual({
        stateFile: `${dir}/state/swap.json`,
        removed: [],
        failed: [],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
