import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDistccHosts } from '../../src/launcher/distcc-hosts.js';
import type { JournalRecord } from '../../src/launcher/journal.js';
import type { BuildReport } from '../../src/report/build-report.js';
import { cliBuild, readJournal } from '../helpers/cli-build.js';
import {
  hostsUnavailable,
  startDistccHosts,
  type DistccHostsUnderTest,
} from '../helpers/distcc-netns.js';
import { GENERATED_TWIN, MODULE_FUNCTIONS, packageOfModules } from '../helpers/packages.js';
import { ROOT, run, runAsync } from '../helpers/run.js';

const unavailable = hostsUnavailable();
const EXAMPLE = path.join(ROOT, 'example');
const MODULES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];

const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-distcc-'));
const started: DistccHostsUnderTest[] = [];
const packages: string[] = [];

async function hostsOf(...args: Parameters<typeof startDistccHosts>) {
  const hosts = await startDistccHosts(...args);
  started.push(hosts);
  return hosts;
}

function modules(bytes: number): string {
  const pkg = packageOfModules(MODULES, bytes);
  packages.push(pkg);
  return pkg;
}

async function build(pkg: string, name: string, extra: string[] = [], cacheDir?: string) {
  const { argv, reportDir, outputDir } = cliBuild(pkg, dir, name, {
    extra,
    ...(cacheDir ? { cacheDir } : {}),
  });
  const ran = await runAsync(argv);
  const report = JSON.parse(
    readFileSync(path.join(reportDir, 'report.json'), 'utf8'),
  ) as BuildReport;
  const wheels = readdirSync(outputDir).filter((f) => f.endsWith('.whl'));
  expect(wheels, ran.stderr).toHaveLength(1);
  return {
    ran,
    report,
    reportDir,
    wheel: path.join(outputDir, wheels[0]!),
    journal: readJournal(reportDir),
  };
}

const compiles = (journal: JournalRecord[]) => journal.filter((r) => r.kind === 'compile');

/**
 * A wheel's files with the build's paths taken out: an extension without its debug sections and
 * build ID (both carry the build directory), RECORD without those extensions' hashes.
 */
function wheelContent(wheel: string): Map<string, Buffer> {
  const unpacked = mkdtempSync(path.join(dir, 'unpacked-'));
  execFileSync('unzip', ['-q', wheel, '-d', unpacked]);
  const files = new Map<string, Buffer>();
  const walk = (at: string): string[] =>
    readdirSync(path.join(unpacked, at), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(at, e.name)) : [path.join(at, e.name)],
    );
  for (const file of walk('')) {
    const full = path.join(unpacked, file);
    if (file.endsWith('.so')) {
      execFileSync('objcopy', [
        '--strip-debug',
        '--remove-section=.note.gnu.build-id',
        full,
        `${full}.bare`,
      ]);
      files.set(file, readFileSync(`${full}.bare`));
    } else if (file.endsWith('/RECORD')) {
      const lines = readFileSync(full, 'utf8')
        .split('\n')
        .map((line) => (/\.so,/.test(line) ? line.replace(/,sha256=[^,]*/, '') : line));
      files.set(file, Buffer.from(lines.join('\n')));
    } else files.set(file, readFileSync(full));
  }
  return files;
}

function expectSameContent(wheel: string, local: string): void {
  const mine = wheelContent(wheel);
  const theirs = wheelContent(local);
  expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
  for (const [file, bytes] of mine) expect(bytes.equals(theirs.get(file)!), file).toBe(true);
}

/** Imports each module from the wheel and checks its answers against the Python twin. */
function expectModulesCompute(wheel: string): void {
  const unpacked = mkdtempSync(path.join(dir, 'import-'));
  execFileSync('unzip', ['-q', wheel, '-d', unpacked]);
  const code = `${GENERATED_TWIN}
import importlib
checked = 0
for name in ${JSON.stringify(MODULES)}:
    module = importlib.import_module(name)
    for i in range(${MODULE_FUNCTIONS}):
        for x in range(50):
            got = getattr(module, f"f{i}")(x)
            assert got == generated(name, i, x), (name, i, x, got)
            checked += 1
print(checked)
`;
  const ran = run(['/usr/bin/python3', '-c', code], { cwd: unpacked });
  expect(ran.stderr).toBe('');
  expect(Number(ran.stdout.trim())).toBe(MODULES.length * MODULE_FUNCTIONS * 50);
}

function expectExampleComputes(wheel: string): void {
  const unpacked = mkdtempSync(path.join(dir, 'import-'));
  execFileSync('unzip', ['-q', wheel, '-d', unpacked]);
  const ran = run(
    [
      '/usr/bin/python3',
      '-c',
      'import wheelwright_example as w\nfrom wheelwright_example import _stats, _vector\n' +
        'assert w.dot([1e16, 1.0, -1e16], [1, 1, 1]) == 1.0\nassert w.mean([0.1] * 10) == 0.1\n' +
        'print(_vector.flavour(), _stats.flavour())',
    ],
    { cwd: unpacked },
  );
  expect(ran.stderr).toBe('');
  expect(ran.stdout.trim()).toBe('vector stats');
}

describe.skipIf(unavailable)(
  `distcc hosts in network namespaces${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    afterAll(async () => {
      for (const hosts of started) await hosts.stop();
      const left = started.flatMap((hosts) => hosts.leftovers());
      for (const pkg of packages) rmSync(pkg, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
      expect(left, 'daemons, namespaces or veth pairs left behind').toEqual([]);
    });

    describe('two hosts up', () => {
      let hosts: DistccHostsUnderTest;
      beforeAll(async () => {
        hosts = await hostsOf(2, 1);
      });

      it.each([
        ['the bundled example', () => EXAMPLE, expectExampleComputes],
        ['a package of six generated extensions', () => modules(30_000), expectModulesCompute],
      ])(
        '%s: compiles go to both hosts, the wheel matches a local build, a rebuild is all cache hits',
        async (what, made, computes) => {
          const name = what.replace(/\W+/g, '-');
          const made1 = made();
          const pkg = () => made1;
          const before = hosts.names.map((_, i) => hosts.daemonCompiles(i).ok);
          const local = await build(pkg(), `${name}-local`);
          const cache = path.join(dir, `${name}-cache`);
          const extra = ['--distcc-hosts', hosts.specs.join(' ')];
          const remote = await build(pkg(), `${name}-remote`, extra, cache);
          expect(remote.ran.status, remote.ran.stderr).toBe(0);

          // the journal says where each compile ran, and each daemon's own log agrees
          const sent = compiles(remote.journal).filter((r) => r.host !== undefined);
          expect(new Set(sent.map((r) => r.host))).toEqual(new Set(hosts.names));
          hosts.names.forEach((host, i) =>
            expect(hosts.daemonCompiles(i).ok - before[i]!).toBe(
              sent.filter((r) => r.host === host).length,
            ),
          );
          expect(remote.journal.filter((r) => r.kind === 'link').every((r) => !r.host)).toBe(true);
          expect(remote.journal.every((r) => r.exitCode === 0 && !r.hostFailure)).toBe(true);
          // distcc preprocesses here: the dependency output the direct key reads is written here
          expect(sent.every((r) => r.cacheKey === 'direct')).toBe(true);
          const launcher = remote.report.launcher;
          if (!launcher.enabled) throw new Error('the launcher was off');
          expect(launcher.remote).toMatchObject({ slots: 2, warning: null });
          expect(launcher.hosts.reduce((sum, h) => sum + h.compiles, 0)).toBe(sent.length);

          expectSameContent(remote.wheel, local.wheel);
          computes(remote.wheel);

          // the remote results were stored: a rebuild takes every object from the cache, none remote
          const counted = hosts.names.map((_, i) => hosts.daemonCompiles(i).ok);
          const again = await build(pkg(), `${name}-again`, extra, cache);
          expect(again.ran.status, again.ran.stderr).toBe(0);
          expect(
            compiles(again.journal).every(
              (r) => r.cacheHit && r.cacheKey === 'direct' && r.host === undefined,
            ),
          ).toBe(true);
          expect(hosts.names.map((_, i) => hosts.daemonCompiles(i).ok)).toEqual(counted);
          expectSameContent(again.wheel, local.wheel);
        },
      );
    });

    it('a host killed mid-build: its compiles are compiled here, the build does not fail', async () => {
      const hosts = await hostsOf(2, 2);
      const pkg = modules(80_000);
      const local = await build(pkg, 'killed-local');
      const building = build(pkg, 'killed', ['--distcc-hosts', hosts.specs.join(' ')]);
      // kill host 0 while it holds a compile
      const deadline = Date.now() + 60_000;
      while (hosts.daemonCompiles(0).received === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(hosts.daemonCompiles(0).received).toBeGreaterThan(0);
      hosts.kill(0);
      const killed = await building;
      expect(killed.ran.status, killed.ran.stderr).toBe(0);

      const failures = compiles(killed.journal).filter((r) => r.hostFailure);
      expect(failures.length).toBeGreaterThan(0);
      for (const r of failures) {
        expect(r.hostFailure!.host).toBe(hosts.names[0]);
        expect(r.hostFailure!.error).toMatch(/^\S+: \S/);
        expect(r.host).toBeUndefined();
        expect(r.exitCode).toBe(0);
      }
      expect(killed.journal.every((r) => r.exitCode === 0)).toBe(true);
      // every source compiled once, here or on the host that lived
      expect(compiles(killed.journal)).toHaveLength(MODULES.length);
      expect(compiles(killed.journal).some((r) => r.host === hosts.names[1])).toBe(true);
      const launcher = killed.report.launcher;
      if (!launcher.enabled) throw new Error('the launcher was off');
      expect(launcher.remote?.hosts[0]?.failures).toBe(failures.length);
      expect(launcher.remote?.warning).toBeNull();
      expect(readFileSync(path.join(killed.reportDir, 'summary.md'), 'utf8')).toContain(
        `| \`${hosts.names[0]}\` |`,
      );
      expectSameContent(killed.wheel, local.wheel);
      expectModulesCompute(killed.wheel);
    });

    it('every host down: the build runs here and warns, it does not fail', async () => {
      const hosts = await hostsOf(2, 2, { daemons: false });
      const down = await build(modules(20_000), 'down', ['--distcc-hosts', hosts.specs.join(' ')]);
      expect(down.ran.status, down.ran.stderr).toBe(0);
      expect(down.ran.stderr).toContain('wheelwright: warning: distcc: every distcc host failed');
      expect(down.ran.stderr).toContain('Connection refused');
      expect(compiles(down.journal).every((r) => r.host === undefined && r.exitCode === 0)).toBe(
        true,
      );
      const failed = compiles(down.journal).filter((r) => r.hostFailure);
      // each host was tried twice (and by compiles it took before its second failure), then left out
      for (const host of hosts.names)
        expect(failed.filter((r) => r.hostFailure!.host === host).length).toBeGreaterThanOrEqual(2);
      const launcher = down.report.launcher;
      if (!launcher.enabled) throw new Error('the launcher was off');
      expect(launcher.remote?.hosts.every((h) => h.dropped)).toBe(true);
      expect(readFileSync(path.join(down.reportDir, 'summary.md'), 'utf8')).toContain(
        '⚠️ **distcc: every distcc host failed',
      );
      expectModulesCompute(down.wheel);
    });
  },
);

describe.skipIf(unavailable)('distcc-hosts against distcc itself', () => {
  const shown = (value: string) => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-distcc-show-'));
    mkdirSync(path.join(scratch, 'home'));
    try {
      const ran = run(['distcc', '--show-hosts'], {
        env: { ...process.env, DISTCC_HOSTS: value, DISTCC_DIR: scratch, HOME: scratch },
      });
      return !/ERROR|CRITICAL|Warning/.test(ran.stderr + ran.stdout);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  };
  const accepts = (value: string) => {
    try {
      return parseDistccHosts(value) !== null;
    } catch {
      return false;
    }
  };

  it.each([
    '10.0.0.1',
    '10.0.0.1/3',
    'b.lan:4000/2,lzo',
    'b/3:4000',
    '[fd00::5]:4000/2',
    '--randomize localhost/2 a/2 b,lzo',
    '--localslots=3 --localslots_cpp=8 a',
    'a/2 # a comment\nb/2',
  ])('both accept %j', (value) => {
    expect(accepts(value)).toBe(true);
    expect(shown(value)).toBe(true);
  });

  // (an empty list is distcc-hosts off, and distcc's 'no hosts')
  it.each(['a/0', 'a:abc', 'a,zzz', 'a,cpp', '', '# only a comment', 'a/x'])(
    'neither sends compiles with %j',
    (value) => {
      expect(accepts(value)).toBe(false);
      expect(shown(value)).toBe(false);
    },
  );

  // distcc takes these and ignores the part after the number, or port 0, or uses SSH or GSS-API:
  // wheelwright refuses them, by name, rather than failing at the first compile
  it.each(['a/4x', 'a:', 'user@a', 'a,auth'])('only distcc accepts %j', (value) => {
    expect(shown(value)).toBe(true);
    expect(accepts(value)).toBe(false);
  });
});
