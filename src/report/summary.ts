import { formatBytes } from '../config/size.js';
import type { Plan } from '../plan/plan.js';
import type { Probe } from '../probe/types.js';
import { machineRows } from './machine-table.js';

const escape = (text: string) => text.replace(/\|/g, '\\|');
const SHOWN_ESTIMATES = 10;

/** The job summary: the decision first, then the machine, then why. */
export function renderSummary(probe: Probe, plan: Plan): string {
  const lines = ['## wheelwright', ''];
  const largest = plan.largest
    ? ` · largest compile ~${formatBytes(plan.largest.estimateBytes)} (\`${plan.largest.file}\`)`
    : '';
  lines.push(
    `**${plan.jobs} compile${plan.jobs === 1 ? '' : 's'} at once** · budget ${formatBytes(plan.budgetBytes)}${largest}`,
    '',
  );
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
