import { classify, type KernelEvidence, type MemoryContext } from '../diagnose/index.js';
import type { JournalRecord } from '../launcher/journal.js';
import { readIfPresent } from '../probe/read-file.js';
import { NOT_BLOCKING } from '../verify/verify-class.js';
import type { BuildResult } from './run-build.js';

/**
 * Every failure, of the build or of the checks after it, gets its explanation from its log, the
 * launcher's journal and the kernel. A failed test-command may follow a verify that passed with
 * notes: those stay, after the cause.
 */
export function explainFailures(
  results: BuildResult[],
  evidence: {
    journal: JournalRecord[];
    kernel: KernelEvidence;
    memory: MemoryContext;
  },
): BuildResult[] {
  return results.map((result) =>
    result.status === 'failed' && result.diagnoses.every((d) => NOT_BLOCKING.has(d.class))
      ? {
          ...result,
          diagnoses: [
            ...classify({
              log: readIfPresent(result.log) ?? '',
              python: result.label,
              journal: evidence.journal.filter((r) => r.build === result.id),
              kernel: evidence.kernel,
              memory: evidence.memory,
            }),
            ...result.diagnoses,
          ],
        }
      : result,
  );
}
