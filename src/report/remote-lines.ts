import type { DistccHosts } from '../launcher/distcc-hosts.js';
import type { BuildReport } from './build-report.js';
import { escapeCell as escape } from './escape-cell.js';
import { seconds } from './progress.js';

/**
 * What the log says about distcc beside the summary: its notes on the host list, its warning, and
 * that no compile was sent when the launcher (which sends them) did not start.
 */
export function remoteMessages(
  hosts: DistccHosts | null,
  report: BuildReport,
): { level: 'info' | 'warning'; line: string }[] {
  if (!hosts) return [];
  const l = report.launcher;
  const warning = l.enabled
    ? l.remote?.warning
    : `distcc-hosts is set but the launcher did not start (${l.reason}): every compile ran on this machine`;
  return [
    ...hosts.notes.map((note) => ({ level: 'info' as const, line: `distcc-hosts: ${note}` })),
    ...(warning ? [{ level: 'warning' as const, line: `distcc: ${warning}` }] : []),
  ];
}

/**
 * The summary's lines on distcc: local and remote slots apart, what each host compiled and in
 * how long, what came back here and why; a warning when no host was of use.
 */
export function remoteLines(report: BuildReport): string[] {
  const l = report.launcher;
  if (!l.enabled || !l.remote) return [];
  const lines = [''];
  if (l.remote.warning) lines.push(`⚠️ **distcc: ${escape(l.remote.warning)}**`, '');
  if (l.remote.hosts.length === 0) return lines;
  const local = l.compiles - l.hosts.reduce((sum, h) => sum + h.compiles, 0);
  lines.push(
    `distcc: ${report.jobs} local slot${report.jobs === 1 ? '' : 's'} and ${l.remote.slots} remote; ` +
      `${local} compile${local === 1 ? '' : 's'} here (cache hits and compiles a host could not do included), and every link.`,
    '',
    '| host | slots | compiles | time | compiled here instead | state |',
    '|---|---|---|---|---|---|',
  );
  for (const state of l.remote.hosts) {
    const ran = l.hosts.find((h) => h.host === state.host);
    const condition = state.dropped
      ? `left out after ${state.failures} failures: ${escape(state.lastError ?? '')}`
      : state.failures
        ? `up (${escape(state.lastError ?? '')})`
        : 'up';
    lines.push(
      `| \`${state.host}\` | ${state.limit} | ${ran?.compiles ?? 0} | ${seconds(ran?.wallMs ?? 0)} | ${ran?.failures ?? 0} | ${condition} |`,
    );
  }
  return lines;
}
