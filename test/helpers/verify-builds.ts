import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliBuild } from './cli-build.js';
import { ROOT, run } from './run.js';

export const VERIFY_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'verify');

/** Temporary directories made by a test file, removed by `removeAll` in its afterAll. */
export function tempDirs() {
  const made: string[] = [];
  return {
    make(prefix: string): string {
      const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    /** A directory another helper made, removed with the rest. */
    adopt(dir: string): void {
      made.push(dir);
    },
    removeAll(): void {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function ok(argv: string[], cwd?: string): void {
  const ran = run(argv, cwd ? { cwd } : {});
  if (ran.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${ran.stdout}${ran.stderr}`);
}

/** Builds libwwfoo.so.1 (SONAME libwwfoo.so.1, with its -l symlink and header) into `prefix`. */
export function buildLibFoo(prefix: string): string {
  const lib = path.join(prefix, 'lib');
  mkdirSync(lib, { recursive: true });
  mkdirSync(path.join(prefix, 'include'), { recursive: true });
  copyFileSync(
    path.join(VERIFY_FIXTURES, 'libfoo', 'wwfoo.h'),
    path.join(prefix, 'include', 'wwfoo.h'),
  );
  ok([
    'gcc',
    '-shared',
    '-fPIC',
    '-Wl,-soname,libwwfoo.so.1',
    '-o',
    path.join(lib, 'libwwfoo.so.1'),
    path.join(VERIFY_FIXTURES, 'libfoo', 'wwfoo.c'),
  ]);
  symlinkSync('libwwfoo.so.1', path.join(lib, 'libwwfoo.so'));
  return lib;
}

export interface BuiltWheel {
  wheel: string;
  log: string;
  status: string;
}

/** Builds the package with wheelwright's own CLI, for one interpreter, with extra build variables. */
export function buildWheel(
  packageDir: string,
  python: string,
  into: string,
  environment: Record<string, string> = {},
): BuiltWheel {
  const pairs = Object.entries(environment).map(([k, v]) => `${k}=${v}`);
  // these tests verify the wheel themselves, step by step: the build does not
  const { argv, reportDir } = cliBuild(packageDir, into, 'verify', {
    pythons: [python],
    extra: pairs.length ? ['--environment', pairs.join('\n')] : [],
  });
  const ran = run(argv);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
  const build = report.builds[0];
  if (!build?.wheel) throw new Error(`the build failed:\n${ran.stdout}${ran.stderr}`);
  return { wheel: build.wheel, log: build.log, status: build.status };
}
