import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run.js';
import { tempDirs } from '../helpers/verify-builds.js';
import { parseOptions } from '../../src/config/options.js';
import type { InputName } from '../../src/config/action-inputs.js';
import { buildWheels } from '../../src/pipeline.js';
import { LINUX_TAG } from '../helpers/machine.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';

// python3's tag as it says it is (cp311 in bookworm)
const CP = DEBIAN_PYTHON.id;

const temp = tempDirs();
afterAll(() => temp.removeAll());

/** The whole build from source, as the action runs it, on the example package for python3. */
async function buildExample(inputs: Partial<Record<InputName, string>>) {
  const dir = temp.make('ww-pypi-output-');
  const given: Partial<Record<InputName, string>> = {
    'package-dir': path.join(ROOT, 'example'),
    'python-versions': '/usr/bin/python3',
    'build-isolation': 'false',
    'output-dir': path.join(dir, 'out'),
    'report-dir': path.join(dir, 'report'),
    'cache-dir': path.join(dir, 'cache'),
    swap: 'off',
    ...inputs,
  };
  const options = parseOptions((name) => given[name], dir);
  const run = await buildWheels(options, { ...process.env, RUNNER_TEMP: dir }, '.', {
    onEvent: () => {},
  });
  return { run, json: JSON.parse(readFileSync(run.reportFile, 'utf8')) };
}

describe("whether PyPI would take the build's wheels, through the whole build", () => {
  it('with repair-command off: the linux_<arch> wheel is built, listed, and said to be refused', async () => {
    const { run, json } = await buildExample({ 'repair-command': '' });
    const [wheel] = run.report.wheels;
    expect(path.basename(wheel!).endsWith(`-${CP}-${CP}-${LINUX_TAG}.whl`)).toBe(true);
    expect(json.pypi).toEqual([
      {
        wheel,
        accepted: false,
        tag: LINUX_TAG,
        reason: `unsupported platform tag '${LINUX_TAG}'`,
        detail: expect.stringContaining('manylinux'),
      },
    ]);
    expect(json.repair).toBe(false);
    expect(json.shipped).toEqual([wheel]);
    expect(run.summary).toContain(`⛔ refuses it (\`${LINUX_TAG}\`)`);
    expect(run.summary).toContain('repair-command is off, so the `wheels` output lists it');
  });

  it('with a repair-command that keeps the tag: the wheel is left out of what the action hands on', async () => {
    // a repair that changes nothing: the wheel copied to {dest_dir} as it is
    const { run, json } = await buildExample({ 'repair-command': 'cp {wheel} {dest_dir}/' });
    expect(run.report.wheels).toHaveLength(1);
    expect(json.repair).toBe(true);
    expect(json.shipped).toEqual([]);
    expect(run.summary).toContain('it is left out of the `wheels` output');
  });
});
