import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/build/after-build.js';
import { findCandidates } from '../../src/build/discover.js';
import { withRaisedLimits } from '../../src/build/frontend.js';
import { launcherUnavailable } from '../../src/launcher/launcher-platform.js';
import { ownStepFailure } from '../../src/diagnose/own-steps.js';
import { parsePyLauncherList } from '../../src/platform/py-launcher.js';
import { prependPath, pythonStandIns } from '../../src/platform/env-path.js';
import {
  findShell,
  isVerbatim,
  quoteFor,
  shellInvocation,
  type Shell,
} from '../../src/platform/shell.js';
import { venvExecutable, venvScripts } from '../../src/platform/venv-paths.js';
import { run } from '../helpers/run.js';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'wheelwright-layout-'));
  scratch.push(root);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
  }
  return root;
}

describe('interpreter discovery per platform, on layouts made as directory trees', () => {
  it("finds setup-python's Windows layout: python.exe straight in <version>\\<arch>", () => {
    const root = tree([
      'hostedtoolcache/Python/3.12.8/x64/python.exe',
      'hostedtoolcache/Python/3.12.8/x64/pythonw.exe',
      'hostedtoolcache/Python/3.13.1/x64-freethreaded/python3.13t.exe',
      'hostedtoolcache/PyPy/3.10.16/x64/pypy3.exe',
      // the Linux layout's bin/ is not where Windows' python.exe is
      'hostedtoolcache/Python/3.11.9/x64/bin/python3.11',
      // the Store's stand-in on PATH opens the Store, not Python
      'WindowsApps/python.exe',
      'Git/usr/bin/python3',
    ]);
    const env = {
      RUNNER_TOOL_CACHE: path.join(root, 'hostedtoolcache'),
      PATH: [path.join(root, 'WindowsApps'), path.join(root, 'Git/usr/bin')].join(';'),
    };
    const found = findCandidates(env, 'win32').map((c) => [path.relative(root, c.path), c.foundIn]);
    expect(found).toEqual([
      ['hostedtoolcache/Python/3.12.8/x64/python.exe', 'tool cache'],
      ['hostedtoolcache/Python/3.13.1/x64-freethreaded/python3.13t.exe', 'tool cache'],
      ['hostedtoolcache/PyPy/3.10.16/x64/pypy3.exe', 'tool cache'],
    ]);
  });

  it("finds the Linux tool cache's bin/ and a manylinux image's /opt/python, not .exe files", () => {
    const root = tree([
      'hostedtoolcache/Python/3.12.8/x64/bin/python3.12',
      'hostedtoolcache/Python/3.12.8/x64/python.exe',
      'opt/python/cp311-cp311/bin/python3',
      'home/.pyenv/versions/3.10.4/bin/python3.10',
    ]);
    const env = {
      RUNNER_TOOL_CACHE: path.join(root, 'hostedtoolcache'),
      PATH: '',
      HOME: path.join(root, 'home'),
    };
    const found = findCandidates(env, 'linux', path.join(root, 'opt/python')).map((c) => [
      path.relative(root, c.path),
      c.foundIn,
    ]);
    expect(found).toEqual([
      ['opt/python/cp311-cp311/bin/python3', 'manylinux'],
      ['hostedtoolcache/Python/3.12.8/x64/bin/python3.12', 'tool cache'],
      ['home/.pyenv/versions/3.10.4/bin/python3.10', 'pyenv'],
    ]);
  });

  it("reads the py launcher's list in both its forms (PEP 514 registry entries)", () => {
    // the forms py.exe prints (written here from its documented format, not captured on Windows)
    const current = [
      ' -V:3.13t         C:\\Program Files\\Python313\\python3.13t.exe',
      ' -V:3.12 *        C:\\Users\\runneradmin\\AppData\\Local\\Programs\\Python\\Python312\\python.exe',
      ' -V:ContinuumAnalytics/Anaconda39-64 C:\\ProgramData\\Anaconda3\\python.exe',
      '',
    ].join('\r\n');
    expect(parsePyLauncherList(current)).toEqual([
      { tag: '3.13t', path: 'C:\\Program Files\\Python313\\python3.13t.exe', default: false },
      {
        tag: '3.12',
        path: 'C:\\Users\\runneradmin\\AppData\\Local\\Programs\\Python\\Python312\\python.exe',
        default: true,
      },
      {
        tag: 'ContinuumAnalytics/Anaconda39-64',
        path: 'C:\\ProgramData\\Anaconda3\\python.exe',
        default: false,
      },
    ]);
    const older =
      'Installed Pythons found by py Launcher for Windows\n -3.9-64 *       C:\\Python39\\python.exe\n -3.8-32         C:\\Python38-32\\python.exe\n';
    expect(parsePyLauncherList(older).map((e) => [e.tag, e.path, e.default])).toEqual([
      ['3.9-64', 'C:\\Python39\\python.exe', true],
      ['3.8-32', 'C:\\Python38-32\\python.exe', false],
    ]);
    expect(parsePyLauncherList('No Installed Pythons Found!\n')).toEqual([]);
  });
});

describe("users' commands in each platform's shell", () => {
  const gitBash = 'C:\\Program Files\\Git\\bin\\bash.exe';
  it('uses /bin/sh on Linux and macOS, Git for Windows’ bash on Windows, cmd.exe without it', () => {
    expect(findShell('linux', {}, () => false)).toEqual({ kind: 'posix', program: '/bin/sh' });
    expect(findShell('darwin', {}, () => false)).toEqual({ kind: 'posix', program: '/bin/sh' });
    expect(findShell('win32', { ProgramFiles: 'C:\\Program Files' }, (f) => f === gitBash)).toEqual(
      { kind: 'posix', program: gitBash },
    );
    expect(findShell('win32', { ComSpec: 'C:\\WINDOWS\\system32\\cmd.exe' }, () => false)).toEqual({
      kind: 'cmd',
      program: 'C:\\WINDOWS\\system32\\cmd.exe',
    });
  });

  it('builds the argv and quotes placeholders for each shell', () => {
    const command = 'delvewheel repair -w {dest_dir} {wheel}';
    const values = {
      dest_dir: 'D:\\a\\_temp\\repaired out',
      wheel: "D:\\a\\it's\\w-1.0-cp312-cp312-win_amd64.whl",
    };
    const bash: Shell = { kind: 'posix', program: gitBash };
    const filled = fillPlaceholders(command, values, quoteFor(bash));
    // what bash hands delvewheel: the paths whole, backslashes and quote kept (run by sh here)
    const printed = run([
      '/bin/sh',
      '-c',
      fillPlaceholders("printf '%s\\n' {dest_dir} {wheel}", values, quoteFor(bash)),
    ]);
    expect(printed.stdout).toBe(`${values.dest_dir}\n${values.wheel}\n`);
    expect(shellInvocation(bash, filled)).toEqual({
      argv: [gitBash, '-c', filled],
      verbatim: false,
    });
    expect(shellInvocation({ kind: 'posix', program: '/bin/sh' }, 'make')).toEqual({
      argv: ['/bin/sh', '-c', 'make'],
      verbatim: false,
    });

    const cmd: Shell = { kind: 'cmd', program: 'C:\\Windows\\System32\\cmd.exe' };
    const inCmd = fillPlaceholders(command, values, quoteFor(cmd));
    expect(inCmd).toBe(
      `delvewheel repair -w "D:\\a\\_temp\\repaired out" "D:\\a\\it's\\w-1.0-cp312-cp312-win_amd64.whl"`,
    );
    const invocation = shellInvocation(cmd, inCmd);
    expect(invocation).toEqual({
      argv: ['C:\\Windows\\System32\\cmd.exe', '/d', '/s', '/c', `"${inCmd}"`],
      verbatim: true,
    });
    expect(isVerbatim(invocation.argv)).toBe(true);
    expect(isVerbatim([gitBash, '-c', 'x'])).toBe(false);
    expect(() => quoteFor(cmd)('C:\\100%done\\x.whl')).toThrow(/cannot pass .* to cmd\.exe/);
  });

  it('runs the build itself without /bin/sh on Windows (no ulimit there)', () => {
    const argv = ['C:\\py\\python.exe', '-m', 'build'];
    expect(withRaisedLimits(argv, 'win32')).toEqual(argv);
    expect(withRaisedLimits(argv, 'linux').slice(0, 2)).toEqual(['/bin/sh', '-c']);
  });
});

describe('virtual environment paths', () => {
  it('are Scripts\\python.exe on Windows and bin/python elsewhere', () => {
    expect(venvExecutable('C:\\w\\venv', 'python', 'win32')).toBe(
      'C:\\w\\venv\\Scripts\\python.exe',
    );
    expect(venvScripts('C:\\w\\venv', 'win32')).toBe('C:\\w\\venv\\Scripts');
    expect(venvExecutable('/w/venv', 'python', 'darwin')).toBe('/w/venv/bin/python');
    expect(venvExecutable('/w/venv', 'delocate-wheel', 'linux')).toBe('/w/venv/bin/delocate-wheel');
  });
});

describe('the launcher per platform', () => {
  it('is not used on Windows, saying why and how the jobs reach the builds instead', () => {
    expect(launcherUnavailable('win32')).toMatch(
      /MSVC .*ignores CC\/CXX.*CMAKE_BUILD_PARALLEL_LEVEL/,
    );
    expect(launcherUnavailable('linux')).toBeNull();
    expect(launcherUnavailable('darwin')).toBeNull();
  });
});

describe("a failed command's log line, in each shell", () => {
  it("gives back the user's command for the diagnosis", () => {
    const failed = (argv: string[]) =>
      ownStepFailure([
        `$ ${argv.map((a) => JSON.stringify(a)).join(' ')}`,
        'make: *** No rule to make target',
        'wheelwright: before-build failed (exit 2)',
      ])?.command;
    const command = 'make -C {project} deps';
    for (const shell of [
      { kind: 'posix', program: '/bin/sh' },
      { kind: 'posix', program: 'C:\\Program Files\\Git\\bin\\bash.exe' },
      { kind: 'cmd', program: 'C:\\Windows\\System32\\cmd.exe' },
    ] as const)
      expect(failed(shellInvocation(shell, command).argv), shell.program).toBe(command);
    expect(failed(['/usr/bin/python3', '-m', 'pip'])).toBe('/usr/bin/python3 -m pip');
  });
});

describe('PATH and python for the commands around a build', () => {
  it("changes Windows' Path, not a second PATH beside it", () => {
    const windows = prependPath(
      { Path: 'C:\\Windows\\system32', TEMP: 'C:\\t' },
      ['C:\\v\\Scripts'],
      'win32',
    );
    expect(windows).toEqual({ Path: 'C:\\v\\Scripts;C:\\Windows\\system32', TEMP: 'C:\\t' });
    expect(prependPath({ PATH: '/usr/bin' }, ['/v/bin'], 'linux')).toEqual({
      PATH: '/v/bin:/usr/bin',
    });
    expect(prependPath({}, ['/v/bin'], 'darwin')).toEqual({ PATH: '/v/bin' });
  });

  it("makes python and python3 scripts for Git's bash on Windows, symlinks elsewhere", () => {
    expect(pythonStandIns('/usr/bin/python3', 'linux')).toEqual([
      { name: 'python', symlinkTo: '/usr/bin/python3' },
      { name: 'python3', symlinkTo: '/usr/bin/python3' },
    ]);
    // the Windows form's script, run here by sh with this machine's interpreter in it
    const dir = tree([]);
    for (const standIn of pythonStandIns('/usr/bin/python3', 'win32'))
      writeFileSync(path.join(dir, standIn.name), standIn.script!, { mode: 0o755 });
    const ran = run(['/bin/sh', '-c', 'python3 -c "import sys; print(sys.argv[1:])" a "b c"'], {
      env: { PATH: `${dir}:/usr/bin:/bin` },
    });
    expect(ran.stdout).toBe("['a', 'b c']\n");
    expect(
      pythonStandIns('C:\\hostedtoolcache\\windows\\Python\\3.12.8\\x64\\python.exe', 'win32')[0]!
        .script,
    ).toBe(
      '#!/bin/sh\nexec \'C:\\hostedtoolcache\\windows\\Python\\3.12.8\\x64\\python.exe\' "$@"\n',
    );
  });
});
