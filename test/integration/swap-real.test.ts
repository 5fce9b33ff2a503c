import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasMemoryCgroup, needsMemoryCgroup, withMemoryCgroup } from '../helpers/memory-cgroup.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { swapForbiddenBy } from '../../src/provision/cgroup-swap.js';
import { hostSwapBytes, needsNoHostSwap, pageSize } from '../helpers/machine.js';
import { packageWithGeneratedC } from '../helpers/packages.js';
import { run } from '../helpers/run.js';
import { bundleSwapCli } from '../helpers/bundle.js';
import { activeSwaps, makeSwapScratch, type SwapScratch } from '../helpers/swap-scratch.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const SWAP_NAME = /\/wheelwright-swap-[0-9a-f]{16}$/;

let cli: ReturnType<typeof bundleSwapCli>;
let scratch: SwapScratch;
beforeAll(() => {
  cli = bundleSwapCli();
});
afterAll(() => cli?.dispose());
beforeEach(() => {
  scratch = makeSwapScratch();
});
afterEach(() => scratch.cleanUp());

const swap = (args: string[], env: NodeJS.ProcessEnv = scratch.env) =>
  run([...cli.argv, ...args], { env, cwd: '/' });
const isOn = (file: string) => activeSwaps().some((s) => s.path === file);
const recorded = () =>
  JSON.parse(readFileSync(path.join(scratch.stateDir, 'swap.json'), 'utf8')).swaps.map(
    (r: { path: string }) => r.path,
  );

describe('wheelwright swap on this machine, for real', () => {
  it('adds 256M, which /proc/swaps shows, and removes exactly that', () => {
    const ran = swap(['add', '256M', '--swap-dir', scratch.swapDir, '--json']);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    const outcome = JSON.parse(ran.stdout);
    expect(outcome).toMatchObject({
      requested: 256 * MiB,
      added: { bytes: 256 * MiB, method: 'fallocate' },
      level: 'info',
      notes: [],
      stateFile: path.join(scratch.stateDir, 'swap.json'),
    });
    const file: string = outcome.added.path;
    expect(path.dirname(file)).toBe(scratch.swapDir);
    expect(file).toMatch(SWAP_NAME);
    expect(outcome.added.ms).toBeGreaterThan(0);
    expect(outcome.reason).toBe(
      `swap: added 256 MiB as ${file} (fallocate, ${outcome.added.ms} ms): as asked`,
    );
    const active = activeSwaps().find((s) => s.path === file);
    // the kernel keeps the first page for the swap header
    expect(active).toMatchObject({ type: 'file', sizeBytes: 256 * MiB - pageSize() });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(recorded()).toEqual([file]);

    const removed = swap(['remove', '--json']);
    expect(removed.stderr).toBe('');
    expect(removed.status).toBe(0);
    expect(JSON.parse(removed.stdout)).toEqual({
      stateFile: path.join(scratch.stateDir, 'swap.json'),
      removed: [{ path: file, bytes: 256 * MiB, was: 'active' }],
      failed: [],
    });
    expect(isOn(file)).toBe(false);
    expect(existsSync(file)).toBe(false);
    expect(recorded()).toEqual([]);
  });

  it('leaves alone swap it did not add', () => {
    const other = path.join(scratch.swapDir, 'other-swapfile');
    execFileSync('fallocate', ['-l', '64M', other]);
    execFileSync('chmod', ['600', other]);
    execFileSync('mkswap', [other], { stdio: 'ignore' });
    execFileSync('swapon', [other]);
    const added = JSON.parse(swap(['add', '128M', '--swap-dir', scratch.swapDir, '--json']).stdout)
      .added.path;
    expect(isOn(added) && isOn(other)).toBe(true);

    const removed = swap(['remove']);
    expect(removed.status).toBe(0);
    expect(removed.stdout).toBe(`swap: removed ${added} (128 MiB; it was on)\n`);
    expect(isOn(added)).toBe(false);
    expect(isOn(other)).toBe(true);
    expect(swap(['remove']).stdout).toMatch(/^swap: nothing to remove: .* lists no swap\n$/);
  });

  it('removes the swap after the process that added it was killed (SIGKILL)', async () => {
    // The process adds swap and stays alive, as the action's does until its post step.
    const child = spawn(
      cli.argv[0]!,
      [...cli.argv.slice(1), 'add', '256M', '--swap-dir', scratch.swapDir, '--json'],
      {
        env: { ...scratch.env, WHEELWRIGHT_TEST_HOLD: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const ended = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_, signal) => resolve(signal)),
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    let file: string | undefined;
    try {
      for (let waited = 0; file === undefined; waited += 50) {
        if (waited > 30_000) throw new Error(`no outcome after 30 s; stdout: ${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (stdout.endsWith('}\n')) file = JSON.parse(stdout).added.path;
      }
    } finally {
      child.kill('SIGKILL');
    }
    expect(await ended).toBe('SIGKILL');
    expect(file).toMatch(SWAP_NAME);
    expect(isOn(file!)).toBe(true);

    const removed = swap(['remove', '--json']);
    expect(removed.status).toBe(0);
    expect(JSON.parse(removed.stdout).removed).toEqual([
      { path: file, bytes: 256 * MiB, was: 'active' },
    ]);
    expect(isOn(file!)).toBe(false);
    expect(existsSync(file!)).toBe(false);
  });

  it('passes over a tmpfs directory, says why, and puts the swap on disk', () => {
    const tmpfs = path.join(scratch.root, 'tmpfs');
    mkdirSync(tmpfs);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64M', 'tmpfs', tmpfs]);
    try {
      const ran = swap(['add', '256M', '--swap-dir', tmpfs]);
      expect(ran.stderr).toBe('');
      expect(ran.status).toBe(0);
      const [first, ...notes] = ran.stdout.trimEnd().split('\n');
      const file = /^swap: added 256 MiB as (\S+) \(fallocate, \d+ ms\): as asked$/.exec(
        first!,
      )?.[1];
      expect(path.dirname(file!)).toBe(scratch.tmpDir);
      expect(notes).toEqual([
        `  ${tmpfs} is on tmpfs: it keeps its files in memory: swapon refuses swap files there, and swap kept in memory would free none`,
        `  the swap file goes to ${scratch.tmpDir} instead`,
      ]);
      expect(isOn(file!)).toBe(true);
      expect(readdirSync(tmpfs)).toEqual([]);
      expect(swap(['remove']).status).toBe(0);
      expect(isOn(file!)).toBe(false);
    } finally {
      execFileSync('umount', [tmpfs]);
    }
  });

  /** A sparse 3 GiB ext2 image mounted under the scratch root: room beside the 2 GiB margin. */
  function mountExt2(options: string[] = []): string {
    const image = path.join(scratch.root, 'ext2.img');
    const mnt = path.join(scratch.root, 'ext2');
    mkdirSync(mnt);
    execFileSync('truncate', ['-s', '3G', image]);
    execFileSync('mkfs.ext2', ['-q', '-F', image]);
    execFileSync('mount', ['-o', ['loop', ...options].join(','), image, mnt]);
    return mnt;
  }

  it('writes the file in full where fallocate is not supported (ext2)', () => {
    const mnt = mountExt2();
    const ran = swap(['add', '256M', '--swap-dir', mnt, '--json']);
    expect(ran.stderr).toBe('');
    const outcome = JSON.parse(ran.stdout);
    expect(outcome.added).toMatchObject({ bytes: 256 * MiB, method: 'write' });
    expect(path.dirname(outcome.added.path)).toBe(mnt);
    expect(isOn(outcome.added.path)).toBe(true);
    expect(swap(['remove']).status).toBe(0);
    expect(readdirSync(mnt)).toEqual(['lost+found']);
  });

  it("reports a failed step with the command's own message, and leaves nothing behind", () => {
    const mnt = mountExt2(['ro']);
    const ran = swap(['add', '256M', '--swap-dir', mnt, '--json']);
    expect(ran.status).toBe(1);
    const outcome = JSON.parse(ran.stdout);
    expect(outcome).toMatchObject({ added: null, level: 'warning' });
    expect(outcome.reason).toMatch(
      new RegExp(
        `^swap: none added: dd failed: dd: failed to open '${mnt}/wheelwright-swap-[0-9a-f]{16}': Read-only file system$`,
      ),
    );
    expect(ran.stderr).toBe(`wheelwright: warning: ${outcome.reason}\n`);
    // the intent was recorded before the first step, and forgotten when it failed
    expect(recorded()).toEqual([]);
    expect(activeSwaps().filter((s) => s.path.startsWith(scratch.root))).toEqual([]);
  });

  it('without root or sudo: warns what was needed, adds nothing, exits 1', () => {
    const user = `ww-swap-${randomBytes(3).toString('hex')}`;
    execFileSync('useradd', ['--system', '--no-create-home', user]);
    try {
      const before = activeSwaps();
      const ran = run(['runuser', '-u', user, '--', ...cli.argv, 'add', '256M', '--json'], {
        env: { PATH: scratch.env.PATH, TMPDIR: scratch.tmpDir },
        cwd: '/',
      });
      expect(ran.status).toBe(1);
      const uid = execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim();
      const reason = `swap: none added: adding swap needs root (for mkswap and swapon), and wheelwright runs as uid ${uid} without sudo that works without a password (sudo -n: ${existsSync('/usr/bin/sudo') ? 'sudo: a password is required' : 'sudo is not installed'})`;
      expect(JSON.parse(ran.stdout)).toMatchObject({ added: null, level: 'warning', reason });
      expect(ran.stderr).toBe(`wheelwright: warning: ${reason}\n`);
      expect(activeSwaps()).toEqual(before);
      expect(readdirSync(scratch.tmpDir)).toEqual([]);
    } finally {
      execFileSync('userdel', [user]);
    }
  });

  it('through sudo -n without root: adds the swap and removes it again', () => {
    const user = `ww-sudo-${randomBytes(3).toString('hex')}`;
    const sudoers = `/etc/sudoers.d/${user}`;
    execFileSync('useradd', ['--system', '--no-create-home', user]);
    try {
      writeFileSync(sudoers, `${user} ALL=(root) NOPASSWD: ALL\n`, { mode: 0o440 });
      // inside the scratch tree, whose clean-up turns its swap off and deletes it if this fails
      const tmp = mkdtempSync(path.join(scratch.tmpDir, 'ww-sudo-'));
      chmodSync(tmp, 0o777);
      const env = { PATH: scratch.env.PATH, TMPDIR: tmp, WHEELWRIGHT_SWAP_DIR: tmp };
      const as = (args: string[]) =>
        run(['runuser', '-u', user, '--', ...cli.argv, ...args], { env, cwd: '/' });
      const added = as(['add', '256M', '--json']);
      expect(added.status, added.stderr).toBe(0);
      const file = JSON.parse(added.stdout).added.path as string;
      expect(file.startsWith(`${tmp}/wheelwright-swap-`)).toBe(true);
      expect(activeSwaps().map((s) => s.path)).toContain(file);
      const removed = as(['remove', '--json']);
      expect(removed.status, removed.stderr).toBe(0);
      expect(activeSwaps().map((s) => s.path)).not.toContain(file);
      expect(existsSync(file)).toBe(false);
    } finally {
      rmSync(sudoers, { force: true });
      execFileSync('userdel', [user]);
    }
  });

  it.skipIf(!hasMemoryCgroup())(
    `adds nothing where the cgroup may not use swap (v1 memsw = memory limit, v2 memory.swap.max = 0)${needsMemoryCgroup()}`,
    async () => {
      await withMemoryCgroup({ memoryBytes: 512 * MiB, memswBytes: 512 * MiB }, async (cgroup) => {
        const ran = await cgroup.run(
          [...cli.argv, 'add', '256M', '--swap-dir', scratch.swapDir, '--json'],
          scratch.env,
        );
        expect(ran.status).toBe(1);
        const outcome = JSON.parse(ran.stdout);
        expect(outcome).toMatchObject({ added: null, level: 'warning' });
        expect(outcome.reason).toBe(
          `swap: none added: ${swapForbiddenBy(cgroup.version)}, so this process may not use swap and swap added to the machine would not help its compiles`,
        );
        expect(readdirSync(scratch.swapDir)).toEqual([]);
      });
    },
  );

  it.skipIf(hostSwapBytes() > 0 || !hasMemoryCgroup())(
    `auto adds what a compile too big for a 400 MiB cgroup needs, and nothing outside it${needsNoHostSwap()}${needsMemoryCgroup()}`,
    async () => {
      const pkg = packageWithGeneratedC(5_000_000);
      try {
        const outside = swap(['add', 'auto', pkg, '--swap-dir', scratch.swapDir, '--json']);
        expect(outside.status).toBe(0);
        expect(JSON.parse(outside.stdout)).toMatchObject({ added: null, level: 'info' });
        expect(JSON.parse(outside.stdout).reason).toMatch(
          /^swap: not needed: the \d+ compiles? planned at once needs? ~.* within the .* budget$/,
        );

        await withMemoryCgroup({ memoryBytes: 400 * MiB, swappable: true }, async (cgroup) => {
          const ran = await cgroup.run(
            [
              ...cli.argv,
              'add',
              'auto',
              pkg,
              '--python',
              DEBIAN_PYTHON.minor,
              '--swap-dir',
              scratch.swapDir,
              '--json',
            ],
            scratch.env,
          );
          expect(ran.stderr).toBe('');
          expect(ran.status).toBe(0);
          const outcome = JSON.parse(ran.stdout);
          // what the plan says is missing, rounded up to whole GiB, at least one (swap-decision.ts);
          // the summary prints the shortfall rounded to a tenth
          const over = /, ([\d.]+) (MiB|GiB) over the \d+ MiB budget$/.exec(outcome.reason);
          expect(over, outcome.reason).not.toBeNull();
          const short = Number(over![1]) * (over![2] === 'GiB' ? GiB : MiB);
          const added: number = outcome.added.bytes;
          expect(added % GiB).toBe(0);
          expect(added).toBeGreaterThanOrEqual(Math.max(GiB, short - 0.05 * GiB));
          expect(added).toBeLessThan(Math.max(GiB, short) + 1.05 * GiB);
          expect(outcome.reason).toMatch(
            new RegExp(
              `^swap: added ${added / GiB}\\.0 GiB as .* \\(fallocate, \\d+ ms\\): the 1 compile planned at once needs ~[\\d.]+ (MiB|GiB), [\\d.]+ (MiB|GiB) over the \\d+ MiB budget$`,
            ),
          );
          expect(isOn(outcome.added.path)).toBe(true);
        });
        expect(swap(['remove']).status).toBe(0);
      } finally {
        rmSync(pkg, { recursive: true, force: true });
      }
    },
  );
});
