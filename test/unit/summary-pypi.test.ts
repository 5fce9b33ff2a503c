import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/build/run-build.js';
import { makePlan } from '../../src/plan/plan.js';
import { makeReport } from '../../src/report/build-report.js';
import { renderSummary } from '../../src/report/summary.js';
import { probeWith } from '../helpers/probe.js';
import { renderGfm } from '../helpers/summary-page.js';

const build = (id: string, wheel: string | null): BuildResult => {
  const base = {
    id,
    label: `CPython ${id}`,
    executable: `/usr/bin/${id}`,
    durationMs: 1000,
    log: `/r/logs/${id}.log`,
    diagnoses: [],
  };
  return wheel
    ? { ...base, status: 'built', wheel, error: null }
    : { ...base, status: 'failed', wheel: null, error: 'pip wheel failed (exit 1)' };
};

const builds = [
  build('cp311', '/out/pkg-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'),
  build('cp312', '/out/pkg-1.0-cp312-cp312-linux_x86_64.whl'),
  build('cp313', null),
];

function reportWith(repair: boolean) {
  return makeReport({
    packageDir: '/ws/pkg',
    startedAt: '2026-12-07T03:00:00.000Z',
    durationMs: 5000,
    cancelled: false,
    jobs: 2,
    concurrentBuilds: 3,
    jobsPerBuild: 2,
    builds,
    repair,
    unresolved: [],
    launcher: { enabled: false, reason: 'not started' },
  });
}

function summaryOf(repair: boolean): string {
  const probe = probeWith({});
  const plan = makePlan({ probe, estimates: [], jobs: 'auto', memoryPerJob: 'auto', builds: 3 });
  return renderSummary(probe, plan, reportWith(repair));
}

describe('whether PyPI would take each wheel', () => {
  it('is in the report, per built wheel', () => {
    const report = reportWith(true);
    expect(report.pypi).toEqual([
      { wheel: builds[0]!.wheel, accepted: true },
      {
        wheel: builds[1]!.wheel,
        accepted: false,
        tag: 'linux_x86_64',
        reason: "unsupported platform tag 'linux_x86_64'",
        detail: expect.stringContaining('manylinux_2_N'),
      },
    ]);
  });

  it('with repair on, the wheels output leaves out what PyPI would refuse', () => {
    expect(reportWith(true).shipped).toEqual([builds[0]!.wheel]);
  });

  it('with repair off, the wheels output keeps every built wheel', () => {
    expect(reportWith(false).shipped).toEqual([builds[0]!.wheel, builds[1]!.wheel]);
  });

  it('shows in the summary: a column of the build table, and a line on the refused ones', () => {
    const markdown = summaryOf(true);
    const html = renderGfm(markdown);
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    expect(table).toMatch(/<th>PyPI<\/th>/);
    const rows = table.split('<tr>').slice(2);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<td>✅ takes it</td>');
    expect(rows[1]).toContain('<td>⛔ refuses it (<code>linux_x86_64</code>)</td>');
    expect(rows[2]).toMatch(
      /<td>❌ failed<\/td>\s*<td>pip wheel failed \(exit 1\)<\/td>\s*<td><\/td>/,
    );
    expect(markdown).toContain(
      '⛔ **PyPI would refuse 1 wheel**: it is left out of the `wheels` output (it stays in output-dir).',
    );
    expect(markdown).toMatch(/^- unsupported platform tag 'linux_x86_64': a linux_\* tag/m);
  });

  it('says with repair off that the refused wheels are listed and an upload would fail', () => {
    expect(summaryOf(false)).toContain(
      '⛔ **PyPI would refuse 1 wheel**: repair-command is off, so the `wheels` output lists it all the same',
    );
  });
});
