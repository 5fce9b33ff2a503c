import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/build/run-build.js';
import { makeReport } from '../../src/report/build-report.js';
import { pypiRefusal } from '../../src/report/pypi.js';

describe('what PyPI takes, by platform tag', () => {
  it('takes manylinux, musllinux, macOS, Windows and pure wheels, and refuses linux_x86_64', () => {
    for (const taken of [
      'p-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'p-1.0-cp311-cp311-manylinux1_x86_64.manylinux_2_5_x86_64.whl',
      'p-1.0-cp312-cp312-musllinux_1_2_aarch64.whl',
      'p-1.0-cp312-cp312-macosx_11_0_universal2.whl',
      'p-1.0-cp312-cp312-win_amd64.whl',
      'p-1.0-py3-none-any.whl',
      'p-1.0-cp311-cp311-linux_armv7l.whl',
    ])
      expect(pypiRefusal(taken), taken).toBeNull();
    expect(pypiRefusal('/o/p-1.0-cp311-cp311-linux_x86_64.whl')).toMatch(
      /^platform tag linux_x86_64: PyPI takes Linux wheels only as manylinux or musllinux/,
    );
    expect(pypiRefusal('p-1.0-cp311-cp311-freebsd_14_0_amd64.whl')).toBe(
      'platform tag freebsd_14_0_amd64 is not one PyPI takes',
    );
  });

  it('lists only wheels PyPI takes as the ones to publish, unless repair is off', () => {
    const build = (wheel: string): BuildResult => ({
      id: wheel,
      label: wheel,
      executable: '/usr/bin/python3',
      status: 'built',
      wheel,
      durationMs: 1,
      log: '/l',
      error: null,
      diagnoses: [],
    });
    const report = (repairOff: boolean) =>
      makeReport({
        packageDir: '/p',
        startedAt: '',
        durationMs: 1,
        jobs: 1,
        concurrentBuilds: 1,
        jobsPerBuild: 1,
        builds: [build('/o/a-1-cp311-cp311-linux_x86_64.whl'), build('/o/b-1-py3-none-any.whl')],
        unresolved: [],
        launcher: { enabled: false, reason: 'test' },
        repairOff,
      });
    expect(report(false).wheels).toEqual(['/o/b-1-py3-none-any.whl']);
    expect(report(false).notForPypi).toMatchObject([
      { wheel: '/o/a-1-cp311-cp311-linux_x86_64.whl' },
    ]);
    expect(report(true).wheels).toHaveLength(2);
    expect(report(true).notForPypi).toHaveLength(1);
  });
});
