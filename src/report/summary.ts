import path from 'node:path';
import { formatBytes } from '../config/size.js';
import type { Plan } from '../plan/plan.js';
import type { Probe } from '../probe/types.js';
import type { SwapOutcome } from '../provision/swap.js';
import type { Diagnosis } from '../diagnose/diagnosis.js';
import { OWN_STEPS } from '../diagnose/own-steps.js';
import type { JournalRecord } from '../launcher/journal.js';
import type { CacheSummary } from '../launcher/journal-summary.js';
import { remoteLines } from './remote-lines.js';
import { escapeCell as escape } from './escape-cell.js';
import type { BuildReport } from './build-report.js';
import { seconds } from './progress.js';
import { chartLines } from './charts.js';
import { machineRows } from './machine-table.js';

const SHOWN_ESTIMATES = 10;
const RESULT_MARKS = {
  built: '✅ built',
  failed: '❌ failed',
  cancelled: '⏹️ cancelled',
  rejected: '🚫 rejected',
};

/** Nothing silent: each cibuildwheel key not honoured, and each build whose tests test-skip skipped. */
function cibuildwheelLines(report: BuildReport): string[] {
  const { notes, testsSkipped } = report.cibuildwheel;
  const lines: string[] = [];
  if (testsSkipped.length) lines.push('', ...testsSkipped.map((t) => `- ${escape(t)}`));
  if (notes.length)
    lines.push(
      '',
      `**cibuildwheel settings not honoured (${notes.length})**`,
      '',
      ...notes.map((n) => `- ${escape(n)}`),
    );
  return lines;
}

function buildLines(report: BuildReport): string[] {
  const total = report.builds.length + report.unbuildable.length;
  const built = report.builds.filter((b) => b.wheel).length;
  const headline = report.cancelled
    ? `⏹️ **Cancelled** after ${seconds(report.durationMs)}: the running builds were stopped · ${built} of ${total} wheel${total === 1 ? '' : 's'} built before, kept unchecked`
    : report.failed.length === 0
      ? `✅ **${built} of ${total} wheel${total === 1 ? '' : 's'} built** in ${seconds(report.durationMs)}`
      : `❌ **${report.failed.length} of ${total} failed** (${report.failed.join(', ')}) · ${built} built in ${seconds(report.durationMs)}`;
  const lines = [
    headline,
    '',
    '| Python | Result | Wheel | PyPI | Time |',
    '|---|---|---|---|---:|',
  ];
  const verdicts = new Map(report.pypi.map((v) => [v.wheel, v]));
  for (const build of report.builds) {
    const wheel = build.wheel
      ? `\`${escape(path.basename(build.wheel))}\``
      : escape(build.error ?? '');
    const verdict = build.wheel ? verdicts.get(build.wheel) : undefined;
    const pypi = !verdict
      ? ''
      : verdict.accepted
        ? '✅ takes it'
        : `⛔ refuses it (\`${escape(verdict.tag)}\`)`;
    lines.push(
      `| ${escape(build.label)} (\`${build.id}\`) | ${RESULT_MARKS[build.status]} | ${wheel} | ${pypi} | ${seconds(build.durationMs)} |`,
    );
  }
  for (const u of report.unbuildable)
    lines.push(`| ${escape(u.name)} | ❌ not built | ${escape(u.reason)} | | |`);
  lines.push(...refusedLines(report));
  if (report.skipped.length) {
    lines.push(
      '',
      `<details><summary>Interpreters found but skipped (${report.skipped.length})</summary>`,
      '',
    );
    for (const s of report.skipped) lines.push(`- ${s.name}: ${s.reason}`);
    lines.push('', '</details>');
  }
  lines.push(...cibuildwheelLines(report));
  const launcher = report.launcher.enabled
    ? `the launcher ran ${report.launcher.compiles} compiles and ${report.launcher.links} links in ${report.jobs} shared slot${report.jobs === 1 ? '' : 's'}` +
      ` (largest: ${formatBytes(report.launcher.peakRssBytes)}${report.launcher.peakSource ? ` for \`${escape(report.launcher.peakSource)}\`` : ''}` +
      `${report.launcher.cache ? `; ${cacheLine(report.launcher.cache)}` : ''}` +
      `${report.launcher.retries ? `; ${report.launcher.retries} retried alone after an OOM kill` : ''})`
    : `the launcher was off (${escape(report.launcher.reason)}), so the ${report.jobs} jobs were split between builds`;
  const { launcher: l } = report;
  if (l.enabled && l.fallbacks.count > 0)
    lines.push(
      '',
      `⚠️ **${l.fallbacks.count} compile or link command${l.fallbacks.count === 1 ? '' : 's'} ran without the launcher** (${l.fallbacks.reasons.map(escape).join('; ')}): no slots, no per-extension objects and no measurements for them; see \`launcher-fallback.log\` in the report.`,
    );
  lines.push(...remoteLines(report));
  const builds = `${report.concurrentBuilds} build${report.concurrentBuilds === 1 ? '' : 's'} at once`;
  lines.push('', `${builds}; ${launcher}; full logs in the report's \`logs/\`.`, '');
  return lines;
}

/** What becomes of the wheels PyPI would refuse, and why it refuses them. */
function refusedLines(report: BuildReport): string[] {
  const refused = report.pypi.flatMap((v) => (v.accepted ? [] : [v]));
  if (refused.length === 0) return [];
  const count = `${refused.length} wheel${refused.length === 1 ? '' : 's'}`;
  const fate = report.repair
    ? `${refused.length === 1 ? 'it is' : 'they are'} left out of the \`wheels\` output (${refused.length === 1 ? 'it stays' : 'they stay'} in output-dir)`
    : `repair-command is off, so the \`wheels\` output lists ${refused.length === 1 ? 'it' : 'them'} all the same, and an upload to PyPI would stop at ${refused.length === 1 ? 'it' : 'the first'} with "400 Binary wheel … has an unsupported platform tag"`;
  const reasons = [...new Set(refused.map((v) => `${v.reason}: ${v.detail}`))];
  return [
    '',
    `⛔ **PyPI would refuse ${count}**: ${fate}.`,
    ...reasons.map((r) => `- ${escape(r)}`),
  ];
}

function cacheLine(cache: CacheSummary): string {
  const { hits, misses, bytes, savedMs, problems, preprocessed, fallbacks } = cache;
  const counted =
    hits === 0
      ? `object cache: ${misses} miss${misses === 1 ? '' : 'es'}, nothing served`
      : `object cache: ${hits} hit${hits === 1 ? '' : 's'} and ${misses} miss${misses === 1 ? '' : 'es'}, ${formatBytes(bytes)} served, ${seconds(savedMs)} of compiling saved`;
  const served =
    preprocessed === 0
      ? counted
      : `${counted}; ${preprocessed} keyed by preprocessing (${escape(fallbacks.map((f) => `${f.reason}: ${f.count}`).join('; '))})`;
  return problems.length === 0
    ? served
    : `${served}; ⚠️ ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} could not be read or written (${escape(problems[0]!)})`;
}

/** One diagnosis as markdown: title, class and confidence, what to do, the evidence. */
export function card(id: string, d: Diagnosis): string[] {
  // a failed own step shows its command and all the last lines it kept; other cards, the first five
  const shown = (OWN_STEPS as readonly string[]).includes(d.class) ? d.evidence.length : 5;
  const evidence = d.evidence
    .slice(0, shown)
    .map((e) => `${e.source}${e.line === undefined ? '' : `:${e.line}`}: ${e.text}`)
    .join('\n');
  return [
    `**${id}: ${escape(d.title)}** (\`${d.class}\`, ${d.confidence} confidence)`,
    '',
    `What to do: ${d.remedy}`,
    ...(evidence ? ['', '```', evidence, '```'] : []),
    '',
  ];
}

function cardLines(report: BuildReport): string[] {
  const lines: string[] = [];
  const advice: string[] = [];
  for (const build of report.builds) {
    for (const d of build.diagnoses) {
      if (build.status === 'built') advice.push(...card(build.id, d));
      else lines.push(...card(build.id, d));
    }
  }
  if (advice.length)
    lines.push(
      '<details><summary>Advice on the built wheels</summary>',
      '',
      ...advice,
      '</details>',
      '',
    );
  return lines;
}

function swapLine(swap: SwapOutcome): string {
  if (swap.added) {
    const { path: file, bytes, ms, method } = swap.added;
    return `**Swap added:** ${formatBytes(bytes)} at \`${escape(file)}\` in ${seconds(ms)} (${method})`;
  }
  return `**Swap:** ${escape(swap.reason.replace(/^swap: /, ''))}`;
}

/**
 * The job summary: the outcome first, then what ran when and how much memory it took (from the
 * launcher's journal), the decision, the machine, and why.
 */
export function renderSummary(
  probe: Probe,
  plan: Plan,
  report?: BuildReport,
  swap?: SwapOutcome,
  journal: JournalRecord[] = [],
): string {
  const lines = ['## wheelwright', ''];
  if (report) lines.push(...buildLines(report), ...cardLines(report));
  lines.push(...chartLines(journal));
  if (swap) lines.push(swapLine(swap), '');
  const largest = plan.largest
    ? ` · largest compile ~${formatBytes(plan.largest.estimateBytes)} (\`${plan.largest.file}\`)`
    : '';
  // through the launcher, smaller compiles share the budget beside the largest
  const count =
    report?.launcher.enabled && plan.slots > plan.jobs
      ? `${plan.jobs} of the largest compiles at once, up to ${plan.slots} smaller ones`
      : `${plan.jobs} compile${plan.jobs === 1 ? '' : 's'} at once`;
  lines.push(`**${count}** · budget ${formatBytes(plan.budgetBytes)}${largest}`, '');
  lines.push('| Machine | |', '|---|---|');
  for (const [label, value] of machineRows(probe)) lines.push(`| ${label} | ${escape(value)} |`);
  lines.push('', '**Why**', '');
  for (const reason of plan.reasons) lines.push(`- ${reason}`);
  if (plan.estimates.length > 0) {
    const shown = plan.estimates.slice(0, SHOWN_ESTIMATES);
    lines.push(
      '',
      `<details><summary>Largest compiles (estimated peak memory, ${shown.length} of ${plan.estimates.length})</summary>`,
      '',
    );
    lines.push('| Source | Estimate |', '|---|---:|');
    for (const e of shown)
      lines.push(`| \`${escape(e.file)}\` | ${formatBytes(e.estimateBytes)} |`);
    lines.push('', '</details>');
  }
  for (const note of probe.notes) lines.push('', `> ${note}`);
  return `${lines.join('\n')}\n`;
}
