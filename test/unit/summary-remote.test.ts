import { describe, expect, test } from 'vitest';
import type { JournalSummary } from '../../src/launcher/journal-summary.js';
import type { RemoteState } from '../../src/launcher/remote-compile.js';
import type { BuildReport } from '../../src/report/build-report.js';
import { remoteLines, remoteMessages } from '../../src/report/remote-lines.js';

function report(remote: RemoteState | null, hosts: JournalSummary['hosts']): BuildReport {
  const launcher = {
    enabled: true as const,
    fallbacks: { count: 0, reasons: [] },
    remote,
    compiles: 10,
    links: 2,
    retries: 0,
    failed: 0,
    peakRssBytes: 0,
    peakSource: null,
    cpuMs: 0,
    cache: null,
    hosts,
  };
  // remoteLines reads only the launcher's part and the local slots
  return { jobs: 2, launcher } as unknown as BuildReport;
}

const up: RemoteState = {
  slots: 6,
  warning: null,
  hosts: [
    { host: 'a:3632', limit: 4, failures: 0, dropped: false, lastError: null },
    { host: 'b:3632', limit: 2, failures: 2, dropped: true, lastError: 'b:3632: refused' },
  ],
};

describe("the summary's distcc lines", () => {
  test('local and remote slots apart, and a row per host with what it did', () => {
    const lines = remoteLines(
      report(up, [
        { host: 'a:3632', compiles: 7, wallMs: 12_300, failures: 0 },
        { host: 'b:3632', compiles: 0, wallMs: 0, failures: 2 },
      ]),
    );
    expect(lines).toContain(
      'distcc: 2 local slots and 6 remote; 3 compiles here (cache hits and compiles a host could not do included), and every link.',
    );
    expect(lines).toContain('| `a:3632` | 4 | 7 | 12.3 s | 0 | up |');
    expect(lines).toContain(
      '| `b:3632` | 2 | 0 | 0.0 s | 2 | left out after 2 failures: b:3632: refused |',
    );
    expect(lines.join('\n')).not.toContain('⚠️');
  });

  test('every host down: a warning in the summary and in the log', () => {
    const down: RemoteState = { ...up, warning: 'every distcc host failed (…)' };
    const r = report(down, []);
    expect(remoteLines(r)).toContain('⚠️ **distcc: every distcc host failed (…)**');
    const given = { hosts: [], notes: ['--randomize: x'] };
    expect(remoteMessages(given, r)).toEqual([
      { level: 'info', line: 'distcc-hosts: --randomize: x' },
      { level: 'warning', line: 'distcc: every distcc host failed (…)' },
    ]);
  });

  test('nothing without distcc-hosts', () => {
    expect(remoteLines(report(null, []))).toEqual([]);
    expect(remoteMessages(null, report(null, []))).toEqual([]);
  });

  test('hosts given but no launcher to send compiles: a warning naming why', () => {
    const off = { launcher: { enabled: false, reason: 'no C compiler for the shim' } };
    expect(remoteMessages({ hosts: [], notes: [] }, off as unknown as BuildReport)).toEqual([
      {
        level: 'warning',
        line: 'distcc: distcc-hosts is set but the launcher did not start (no C compiler for the shim): every compile ran on this machine',
      },
    ]);
  });
});
