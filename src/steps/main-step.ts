import { readFileSync } from 'node:fs';
import { InputError } from '../config/input-error.js';
import { parseOptions } from '../config/options.js';
import {
  actionInputs,
  fail,
  group,
  info,
  report,
  saveState,
  setOutputs,
  STATE,
  writeSummary,
} from '../github/action.js';
import { runMainJob } from '../pipeline.js';
import { allBuilt } from '../report/build-report.js';
import { progressLine } from '../report/progress.js';

const readLog = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '(no log was written)';
  }
};

/** The action's main step: probe, plan, build every version, outputs and the job summary. */
export async function runMain(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const options = parseOptions(actionInputs, workspace);
    const finished: { id: string; log: string; line: string }[] = [];
    const job = await runMainJob(
      options,
      process.env,
      actionInputs('package-dir') || '.',
      (event) => {
        const line = progressLine(event);
        info(line);
        if (event.type === 'end')
          finished.push({ id: event.result.id, log: event.result.log, line });
      },
      (swapPath) => saveState(STATE.swapAdded, options.swapCleanup ? swapPath : ''),
    );
    report(job.swap.level, job.swap.reason);
    for (const note of job.swap.notes) info(`swap: ${note}`);
    for (const build of finished) await group(build.line, async () => info(readLog(build.log)));
    for (const reason of job.plan.reasons) info(reason);
    const { probe, plan } = job;
    const built = job.report;
    setOutputs({
      jobs: plan.jobs,
      'memory-effective': probe.memory.effectiveBytes,
      'memory-budget': plan.budgetBytes,
      'memory-per-job': plan.perJobBytes,
      cpus: probe.cpus.effective,
      'largest-source': plan.largest?.file ?? '',
      plan: JSON.stringify(plan),
      probe: JSON.stringify(probe),
      wheels: built.wheels.join('\n'),
      failed: built.failed.join(' '),
      report: job.reportFile,
      'swap-added': job.swap.added?.path ?? '',
    });
    await writeSummary(job.summary);
    if (!allBuilt(built)) {
      fail(
        built.builds.length === 0 && built.failed.length === 0
          ? 'no interpreter that can build was found'
          : `not built: ${built.failed.join(', ')}`,
      );
    }
  } catch (error) {
    fail(
      error instanceof InputError
        ? error.lineFor('action')
        : String((error as Error).stack ?? error),
    );
  }
}
