import { InputError } from '../config/input-error.js';
import { parseOptions } from '../config/options.js';
import { actionInputs, fail, info, setOutputs, writeSummary } from '../github/action.js';
import { planPackage } from '../pipeline.js';
import { renderSummary } from '../report/summary.js';

/** The action's main step: probe, plan, outputs and the job summary. */
export async function runMain(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const options = parseOptions(actionInputs, workspace);
    const { probe, plan } = planPackage(options, process.env, actionInputs('package-dir') || '.');
    for (const reason of plan.reasons) info(reason);
    setOutputs({
      jobs: plan.jobs,
      'memory-effective': probe.memory.effectiveBytes,
      'memory-budget': plan.budgetBytes,
      'memory-per-job': plan.perJobBytes,
      cpus: probe.cpus.effective,
      'largest-source': plan.largest?.file ?? '',
      plan: JSON.stringify(plan),
      probe: JSON.stringify(probe),
    });
    await writeSummary(renderSummary(probe, plan));
  } catch (error) {
    fail(
      error instanceof InputError
        ? error.lineFor('action')
        : String((error as Error).stack ?? error),
    );
  }
}
