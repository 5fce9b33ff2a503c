import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBIAN_DEBUG, DEBIAN_PYTHON } from '../helpers/debian-pythons.js';
import { pyenvPython } from '../helpers/pythons.js';
import { runAsync } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { testWheel } from '../../src/build/after-build.js';
import type { BuildResult } from '../../src/build/run-build.js';
import { importTest } from '../../src/verify/import-test.js';

const temp = tempDirs();
afterAll(() => temp.removeAll());

// A wheel with every part a wheel may have: the root (platlib: Root-Is-Purelib is false), each
// .data directory, a `#!python` script, console and GUI entry points (one with a dotted callable).
const WHEEL_SCRIPT = `
import base64, hashlib, os, sys, zipfile
out = sys.argv[1]
info = "layout_probe-1.0.dist-info"
data = "layout_probe-1.0.data"
members = [
    ("layout_probe/__init__.py", "def main():\\n    print('console ok')\\nclass ns:\\n    @staticmethod\\n    def run():\\n        print('dotted ok')\\n", 0o644),
    ("layout_probe/gui.py", "def main():\\n    print('gui ok')\\n", 0o644),
    (data + "/purelib/layout_pure/__init__.py", "PURE = 1\\n", 0o644),
    (data + "/platlib/layout_plat/__init__.py", "PLAT = 1\\n", 0o644),
    (data + "/scripts/probe-script", "#!python\\nimport layout_pure, sys\\nprint('data script ok', sys.prefix)\\n", 0o755),
    (data + "/scripts/plain.sh", "#!/bin/sh\\necho plain\\n", 0o755),
    (data + "/scripts/not-executable", "#!python\\nprint('no x bit')\\n", 0o644),
    (data + "/data/share/layout-probe/notes.txt", "notes\\n", 0o644),
    (data + "/headers/probe.h", "#define PROBE 1\\n", 0o644),
    (info + "/METADATA", "Metadata-Version: 2.1\\nName: layout-probe\\nVersion: 1.0\\n", 0o644),
    (info + "/WHEEL", "Wheel-Version: 1.0\\nGenerator: wheelwright-test\\nRoot-Is-Purelib: false\\nTag: py3-none-any\\n", 0o644),
    (info + "/entry_points.txt", "[console_scripts]\\nprobe-cli = layout_probe:main\\nprobe-dotted = layout_probe:ns.run\\n\\n[gui_scripts]\\nprobe-gui = layout_probe.gui:main\\n", 0o644),
]
record = []
wheel = os.path.join(out, "layout_probe-1.0-py3-none-any.whl")
with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as z:
    for name, text, mode in members:
        item = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
        item.external_attr = (0o100000 | mode) << 16
        z.writestr(item, text)
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append("%s,sha256=%s,%d" % (name, digest, len(text.encode())))
    z.writestr(info + "/RECORD", "\\n".join(record + [info + "/RECORD,,"]) + "\\n")
print(wheel)
`;

async function ok(argv: string[]): Promise<string> {
  const ran = await runAsync(argv, { cwd: os.tmpdir() });
  if (ran.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${ran.stdout}${ran.stderr}`);
  return ran.stdout;
}

/** Every file under `root`, relative, without bytecode caches. */
function files(root: string): Set<string> {
  return new Set(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
      .filter((f) => !f.split(path.sep).includes('__pycache__')),
  );
}

const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => !b.has(x)));
const executable = (file: string) => (statSync(file).mode & 0o111) !== 0;
const sha256 = (file: string) =>
  `sha256=${createHash('sha256').update(readFileSync(file)).digest('base64url')}`;

function recordOf(venv: string, installed: Set<string>): Map<string, string> {
  const record = [...installed].find((f) => f.endsWith('.dist-info/RECORD'))!;
  const rows = readFileSync(path.join(venv, record), 'utf8').trim().split('\n');
  return new Map(rows.map((row) => [row.split(',')[0]!, row.split(',')[1]!]));
}

// pip writes these of its own; the generated entry-point scripts differ from pip's only in
// the quotes of their template, and are run below instead
const PIP_ONLY = /\.dist-info\/(REQUESTED|direct_url\.json)$/;
const REWRITTEN = /\.dist-info\/(RECORD|INSTALLER)$|^bin\/probe-(cli|dotted|gui)$/;

const PYTHONS = [
  '/usr/bin/python3',
  DEBIAN_DEBUG.executable,
  '/usr/bin/pypy3',
  // pyenv's oldest and newest here, where it has them (found, not named by patch version)
  ...['3.6', '3.13'].flatMap((minor) => pyenvPython(minor)?.executable ?? []),
];

describe('verify unpacks the wheel into a venv without pip, where pip would put each part', () => {
  it.each(PYTHONS)(
    '%s',
    async (python) => {
      const dir = temp.make('ww-verify-install-');
      const wheel = (await ok(['/usr/bin/python3', '-c', WHEEL_SCRIPT, dir])).trim();

      const tested = await importTest({
        python,
        wheel,
        modules: ['layout_probe', 'layout_pure', 'layout_plat'],
        workDir: path.join(dir, 'ours'),
      });
      expect(tested.installError).toBeNull();
      expect(tested.outcomes.map((o) => [o.module, o.ok])).toEqual([
        ['layout_probe', true],
        ['layout_pure', true],
        ['layout_plat', true],
      ]);
      const ours = tested.venv!;
      // no pip in it: the environment is the interpreter's bare venv plus the wheel
      expect(existsSync(path.join(ours, 'bin', 'pip'))).toBe(false);

      const bare = path.join(dir, 'bare');
      await ok([python, '-m', 'venv', '--without-pip', bare]);
      const byPip = path.join(dir, 'pip');
      await ok([python, '-m', 'venv', byPip]);
      const before = files(byPip);
      const pipPython = path.join(byPip, 'bin', 'python');
      await ok([
        pipPython,
        '-m',
        'pip',
        'install',
        '--no-index',
        '--no-deps',
        '--no-compile',
        '--disable-pip-version-check',
        wheel,
      ]);
      const pipInstalled = new Set(
        [...minus(files(byPip), before)].filter((f) => !PIP_ONLY.test(f)),
      );
      const ourInstalled = minus(files(ours), files(bare));

      expect([...ourInstalled].sort()).toEqual([...pipInstalled].sort());
      // the parts are where they must be, not only where pip's happen to be
      const site = [...ourInstalled].find((f) => f.endsWith('layout_probe/__init__.py'))!;
      expect(site).toMatch(/^lib\/(python|pypy)3\.\d+\/site-packages\/layout_probe\/__init__\.py$/);
      for (const part of [
        'bin/probe-script',
        'bin/probe-cli',
        'bin/probe-gui',
        'share/layout-probe/notes.txt',
      ])
        expect(ourInstalled).toContain(part);
      const header = /^include\/site\/python3\.\d+\/layout-probe\/probe\.h$/;
      expect([...ourInstalled].filter((f) => header.test(f))).toHaveLength(1);

      for (const file of ourInstalled) {
        const mine = path.join(ours, file);
        const theirs = path.join(byPip, file);
        expect([file, executable(mine)]).toEqual([file, executable(theirs)]);
        if (REWRITTEN.test(file)) continue;
        const text = readFileSync(theirs, 'utf8').replaceAll(byPip, ours);
        expect([file, readFileSync(mine, 'utf8')]).toEqual([file, text]);
      }

      // RECORD lists what pip's lists, with the hashes of the files as written
      const record = recordOf(ours, ourInstalled);
      const pipRecord = recordOf(byPip, pipInstalled);
      const recordPaths = (r: Map<string, string>) =>
        [...r.keys()].filter((f) => !PIP_ONLY.test(f)).sort();
      expect(recordPaths(record)).toEqual(recordPaths(pipRecord));
      const lib = path.dirname(path.dirname(path.join(ours, site)));
      for (const [file, hash] of record)
        if (hash) expect([file, hash]).toEqual([file, sha256(path.join(lib, file))]);

      // the scripts run: entry points (a dotted callable too) and the rewritten #!python one
      const bin = path.join(ours, 'bin');
      expect(await ok([path.join(bin, 'probe-cli')])).toBe('console ok\n');
      expect(await ok([path.join(bin, 'probe-dotted')])).toBe('dotted ok\n');
      expect(await ok([path.join(bin, 'probe-script')])).toBe(`data script ok ${ours}\n`);
    },
    300_000,
  );
});

// a requirement for test-requires, served from a local directory (there is no index here)
const REQUIREMENT_SCRIPT = `
import os, sys, zipfile
out = sys.argv[1]
info = "extra_req-2.0.dist-info"
with zipfile.ZipFile(os.path.join(out, "extra_req-2.0-py3-none-any.whl"), "w") as z:
    z.writestr("extra_req.py", "VALUE = 2\\n")
    z.writestr(info + "/METADATA", "Metadata-Version: 2.1\\nName: extra-req\\nVersion: 2.0\\n")
    z.writestr(info + "/WHEEL", "Wheel-Version: 1.0\\nGenerator: wheelwright-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
    z.writestr(info + "/RECORD", "")
`;

describe('test-command runs on the unpacked wheel; pip comes in only for what needs it', () => {
  async function tested(requires: string[], command: string) {
    const dir = temp.make('ww-test-command-');
    const wheel = (await ok(['/usr/bin/python3', '-c', WHEEL_SCRIPT, dir])).trim();
    const links = path.join(dir, 'links');
    mkdirSync(links);
    await ok(['/usr/bin/python3', '-c', REQUIREMENT_SCRIPT, links]);
    const log = path.join(dir, 'build.log');
    writeFileSync(log, '');
    const built: BuildResult = {
      id: DEBIAN_PYTHON.id,
      label: `CPython ${DEBIAN_PYTHON.minor}`,
      executable: '/usr/bin/python3',
      status: 'built',
      wheel,
      durationMs: 0,
      log,
      error: null,
      diagnoses: [],
    };
    const env = { PATH: process.env.PATH, PIP_NO_INDEX: '1', PIP_FIND_LINKS: links };
    const result = await testWheel(
      built,
      { command, requires, packageDir: dir },
      path.join(dir, 'test'),
      path.join(dir, 'rejected'),
      env,
    );
    return { result, log: readFileSync(log, 'utf8') };
  }

  it('without test-requires: the wheel is there, pip is not', async () => {
    const { result, log } = await tested(
      [],
      'python -c "import layout_probe, layout_plat; print(\'tested\')" && ! python -m pip --version && probe-cli',
    );
    expect([result.status, result.error]).toEqual(['built', null]);
    expect(log).toMatch(/-m" "venv" "--without-pip"[^\n]*\n\n\$ [^\n]*<install-script.ts>/);
    expect(log).toContain('No module named pip');
    expect(log).toContain('console ok');
    expect(log).not.toContain('ensurepip');
  }, 120_000);

  it('with test-requires: pip is added and installs them', async () => {
    const { result, log } = await tested(
      ['extra-req'],
      'python -c "import extra_req, layout_probe; assert extra_req.VALUE == 2"',
    );
    expect([result.status, result.error]).toEqual(['built', null]);
    expect(log).toContain('ensurepip');
    expect(log).toContain('Successfully installed extra-req-2.0');
  }, 300_000);
});

describe('a module that kills its interpreter while it is imported', () => {
  it('is failed by name with the signal, and the modules after it are imported in a new process', async () => {
    const dir = temp.make('ww-verify-crash-');
    const wheel = (
      await ok([
        '/usr/bin/python3',
        '-c',
        [
          'import os, sys, zipfile',
          'info = "crashy-1.0.dist-info"',
          'members = {"crashy_a.py": "A = 1\\n", "crashy_b.py": "import os\\nos.abort()\\n",',
          '           "crashy_c.py": "C = 1\\n", info + "/METADATA": "Metadata-Version: 2.1\\nName: crashy\\nVersion: 1.0\\n",',
          '           info + "/WHEEL": "Wheel-Version: 1.0\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"}',
          'wheel = os.path.join(sys.argv[1], "crashy-1.0-py3-none-any.whl")',
          'with zipfile.ZipFile(wheel, "w") as z:',
          '    for name, text in members.items(): z.writestr(name, text)',
          '    z.writestr(info + "/RECORD", "")',
          'print(wheel)',
        ].join('\n'),
        dir,
      ])
    ).trim();
    const tested = await importTest({
      python: '/usr/bin/python3',
      wheel,
      modules: ['crashy_a', 'crashy_b', 'crashy_c'],
      workDir: path.join(dir, 'work'),
    });
    expect(tested.installError).toBeNull();
    expect(tested.outcomes.map((o) => [o.module, o.ok, o.error])).toEqual([
      ['crashy_a', true, null],
      ['crashy_b', false, 'the process was killed by SIGABRT while importing crashy_b'],
      ['crashy_c', true, null],
    ]);
    expect(readFileSync(tested.log, 'utf8')).toContain(
      'FAILED: import crashy_b: the process was killed by SIGABRT',
    );
  });
});
