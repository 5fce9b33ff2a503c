import path from 'node:path';
import type { JournalRecord } from '../launcher/journal.js';

/**
 * How many bars each chart draws: enough to see the shape of a build, few enough to read at a
 * glance (and the job summary is limited to 1 MiB).
 */
export const TIMELINE_CAP = 20;
export const MEMORY_CAP = 12;

/** One chart of the summary: what it shows, how to read it, and its mermaid text. */
export interface Chart {
  title: string;
  note: string;
  mermaid: string;
}

const MIB = 1024 * 1024;

/** Mermaid reads `:` `;` `#` as syntax in a task name and `"` ends a quoted label. */
const label = (text: string) => text.replace(/[:;#"]/g, ' ').slice(0, 40);

const failed = (r: JournalRecord) => r.exitCode !== 0;

/** The distcc host a compile ran on, or the one that could not run it (then it ran here). */
function whereRan(r: JournalRecord): string[] {
  const name = (host: string) => host.replace(/:\d+$/, '');
  if (r.host !== undefined) return [`on ${name(r.host)}`];
  if (r.hostFailure) return [`here, ${name(r.hostFailure.host)} failed`];
  return [];
}

function taskName(r: JournalRecord): string {
  const what =
    r.kind === 'link'
      ? `link ${r.extension ?? path.basename(r.output ?? '?')}`
      : path.basename(r.source ?? r.output ?? '?');
  const marks = [
    r.attempt > 1 ? `retry ${r.attempt}` : '',
    r.signal ?? (failed(r) && r.exitCode !== null ? `exit ${r.exitCode}` : ''),
    r.cacheHit ? 'cached' : '',
    ...whereRan(r),
  ].filter(Boolean);
  return label(marks.length ? `${what} (${marks.join(', ')})` : what);
}

/** Mermaid's task tags, which set the bar's colour: red failed, blue a retry, grey cached. */
function tags(r: JournalRecord): string {
  const list = [failed(r) ? 'crit' : '', r.attempt > 1 ? 'active' : '', r.cacheHit ? 'done' : ''];
  return list.filter(Boolean).join(', ');
}

/**
 * A gantt of the compiles and links as they ran: a section per build, so overlapping builds and
 * the one slow file that held the rest up show at once. Failures and OOM retries are always
 * kept (they are why someone looks), then the longest.
 */
export function compileTimeline(journal: JournalRecord[], cap = TIMELINE_CAP): Chart | null {
  if (journal.length === 0) return null;
  const notable = (r: JournalRecord) => (failed(r) || r.attempt > 1 ? 1 : 0);
  const shown = [...journal]
    .sort((a, b) => notable(b) - notable(a) || b.wallMs - a.wallMs)
    .slice(0, cap);
  const start = (r: JournalRecord) => Date.parse(r.startedAt);
  const first = Math.min(...shown.map(start));
  const last = Math.max(...shown.map((r) => start(r) + r.wallMs));
  // Real times (not offsets from zero), so every reader's time zone shows a true clock.
  const lines = [
    'gantt',
    `  dateFormat x`,
    `  axisFormat ${last - first < 10_000 ? '%M:%S.%L' : '%H:%M:%S'}`,
    '  todayMarker off',
  ];
  const builds = [...new Set(journal.map((r) => r.build))];
  for (const build of builds) {
    const tasks = shown.filter((r) => r.build === build).sort((a, b) => start(a) - start(b));
    if (tasks.length === 0) continue;
    lines.push(`  section ${label(build)}`);
    for (const r of tasks) {
      const tagged = tags(r);
      // A zero-length bar is not drawn: a cache hit still shows as a sliver.
      const end = start(r) + Math.max(1, r.wallMs);
      lines.push(`  ${taskName(r)} :${tagged ? `${tagged}, ` : ''}${start(r)}, ${end}`);
    }
  }
  const which =
    shown.length < journal.length ? `the ${shown.length} longest of ${journal.length}` : 'all';
  return {
    title: 'Compiles and links over time',
    note: `a section per build; ${which}; red failed, blue retried after an OOM kill, grey from the cache`,
    mermaid: lines.join('\n'),
  };
}

/**
 * Each source's largest measured peak memory (over builds and attempts) as bars against the
 * estimate the plan scheduled it with as a line: where the line is below a bar, the plan was
 * short for that file.
 */
export function memoryChart(journal: JournalRecord[], cap = MEMORY_CAP): Chart | null {
  const bySource = new Map<string, { peak: number; estimate: number }>();
  for (const r of journal) {
    // a host's compile measured only its preprocessor here
    if (r.kind !== 'compile' || r.cacheHit || r.host || r.peakRssBytes <= 0 || !r.source) continue;
    const seen = bySource.get(r.source);
    bySource.set(r.source, {
      peak: Math.max(seen?.peak ?? 0, r.peakRssBytes),
      estimate: Math.max(seen?.estimate ?? 0, r.estimateBytes),
    });
  }
  if (bySource.size === 0) return null;
  const shown = [...bySource].sort(([, a], [, b]) => b.peak - a.peak).slice(0, cap);
  const names = shown.map(([source]) => path.basename(source));
  // Two sources of one name in different folders would share one bar: those keep their path.
  const labels = shown.map(([source], i) =>
    names.indexOf(names[i]!) === names.lastIndexOf(names[i]!) ? names[i]! : source,
  );
  const mib = (bytes: number) => Math.round(bytes / MIB);
  const top = Math.max(...shown.map(([, s]) => Math.max(mib(s.peak), mib(s.estimate))));
  const which =
    shown.length < bySource.size ? `the ${shown.length} largest of ${bySource.size}` : 'all';
  return {
    title: 'Peak memory per compiled source, MiB',
    note: `${which}; bars measured, line the plan's estimate`,
    // Horizontal, so file names read across; sized to its bars (mermaid's default is 700×500).
    mermaid: [
      '---',
      'config:',
      '  xyChart:',
      '    width: 700',
      `    height: ${120 + 40 * shown.length}`,
      '---',
      'xychart-beta horizontal',
      `  x-axis [${labels.map((l) => `"${label(l)}"`).join(', ')}]`,
      `  y-axis "MiB" 0 --> ${Math.ceil(top * 1.1) + 1}`,
      `  bar [${shown.map(([, s]) => mib(s.peak)).join(', ')}]`,
      `  line [${shown.map(([, s]) => mib(s.estimate)).join(', ')}]`,
    ].join('\n'),
  };
}

/** The charts as summary markdown: each title, then its fenced mermaid block. */
export function chartLines(journal: JournalRecord[]): string[] {
  const charts = [compileTimeline(journal), memoryChart(journal)];
  return charts.flatMap((c) =>
    c ? [`**${c.title}** (${c.note})`, '', '```mermaid', c.mermaid, '```', ''] : [],
  );
}
