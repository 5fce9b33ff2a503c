import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ACTION_INPUTS } from '../../src/config/action-inputs.js';

const EXAMPLE = path.resolve(import.meta.dirname, '..', '..', 'example');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    { ...process.env },
    (t) => (stdout += t),
    (t) => (stderr += t),
  );
  return { code, stdout, stderr };
}

describe('wheelwright CLI', () => {
  it('offers every action input as a flag of the same name', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const input of ACTION_INPUTS) expect(help.stdout).toContain(`--${input.name}`);
  });

  it('plans the example package as JSON', async () => {
    const ran = await cli('plan', EXAMPLE, '--json');
    expect(ran.stderr).toBe('');
    const plan = JSON.parse(ran.stdout);
    expect(plan.jobs).toBeGreaterThanOrEqual(1);
    expect(plan.estimates.map((e: { file: string }) => e.file).sort()).toEqual([
      'src/common/kahan.c',
      'src/wheelwright_example/_stats.c',
      'src/wheelwright_example/_vector.c',
    ]);
    expect(Object.keys(plan)).toEqual(
      expect.arrayContaining(['jobs', 'perJobBytes', 'budgetBytes', 'largest', 'reasons']),
    );
  });

  it('honours --jobs and --memory-per-job', async () => {
    expect(JSON.parse((await cli('plan', EXAMPLE, '--json', '--jobs', '3')).stdout).jobs).toBe(3);
    expect(
      JSON.parse((await cli('plan', EXAMPLE, '--json', '--memory-per-job', '1G')).stdout)
        .perJobBytes,
    ).toBe(1024 ** 3);
  });

  it.each([
    [
      ['plan', EXAMPLE, '--memory-per-job', 'abc'],
      "wheelwright: --memory-per-job: 'abc' is not accepted; expected 'auto' or a positive size: 512M, 1.5G, 2GiB or plain bytes",
    ],
    [
      ['plan', EXAMPLE, '--jobs', '0'],
      "wheelwright: --jobs: '0' is not accepted; expected 'auto' or a whole number from 1 to 4096, e.g. 2",
    ],
    [
      ['plan', EXAMPLE, '--jobs=-3'],
      "wheelwright: --jobs: '-3' is not accepted; expected 'auto' or a whole number from 1 to 4096, e.g. 2",
    ],
    [
      ['build', EXAMPLE, '--swap', 'sometimes'],
      "wheelwright: --swap: 'sometimes' is not accepted; expected 'auto', 'off' or a positive size",
    ],
    [
      ['plan', '/nonexistent/pkg'],
      "wheelwright: --package-dir: '/nonexistent/pkg' is not accepted; no such directory (/nonexistent/pkg)",
    ],
    [['plan', EXAMPLE, '--colour'], "wheelwright: Unknown option '--colour'"],
    [
      ['build-it'],
      "wheelwright: unknown command 'build-it'; expected build, plan, probe, diagnose, swap or verify",
    ],
    [
      ['build', EXAMPLE, '--build-frontend', 'poetry'],
      "wheelwright: --build-frontend: 'poetry' is not accepted; expected 'pip', 'build', 'build[uv]', 'uv' or 'backend'",
    ],
    [
      ['build', EXAMPLE, '--build-frontend', 'backend'],
      "wheelwright: --build-frontend: 'backend' is not accepted; not with build-isolation 'true': 'backend' calls the project's build backend in the interpreter itself and installs nothing; set build-isolation to 'false'",
    ],
    [
      ['build', EXAMPLE, '--build-isolation', 'no'],
      "wheelwright: --build-isolation: 'no' is not accepted; expected 'true' or 'false'",
    ],
    [
      ['build', EXAMPLE, '--environment', 'CFLAGS=-O2 ; rm -rf /'],
      "wheelwright: --environment: ';' is not accepted; expected KEY=VALUE pairs",
    ],
  ])('rejects %j with one clear line and exit 2', async (argv, line) => {
    const ran = await cli(...argv);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.startsWith(line)).toBe(true);
    expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a directory that holds no Python package', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'ww-empty-'));
    mkdirSync(path.join(empty, 'src'));
    writeFileSync(path.join(empty, 'src', 'x.c'), 'int x;');
    const ran = await cli('plan', empty);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(
      'expected a directory holding pyproject.toml, setup.py or setup.cfg',
    );
  });

  it.each([
    [
      '--jobs',
      '-3',
      "wheelwright: --jobs: '-3' is not accepted; expected 'auto' or a whole number",
    ],
    [
      '--swap',
      '-2G',
      "wheelwright: --swap: '-2G' is not accepted; expected 'auto', 'off' or a positive size",
    ],
  ])('gives %s %s to the input’s own check, which names the value', async (flag, value, line) => {
    const ran = await cli('plan', EXAMPLE, flag, value);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(line);
  });

  it('prints its version, the package’s', async () => {
    const ran = await cli('--version');
    expect(ran.code).toBe(0);
    const { version } = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
    );
    expect(ran.stdout).toBe(`wheelwright ${version}\n`);
  });
});
