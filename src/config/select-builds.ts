import type { Resolution } from '../build/interpreters.js';
import { buildIdentifier } from './build-identifiers.js';
import { judge, testSkipped, type Selectors } from './selectors.js';

export interface SelectedBuilds extends Resolution {
  /** Each selected interpreter's id whose tests test-skip skips, with the rule that does. */
  testSkips: Map<string, string>;
}

/**
 * Keeps the interpreters cibuildwheel's build, skip and enable select (python-versions has
 * already narrowed them); each one left out is listed as skipped, with its build identifier and
 * the rule. Null selectors (no cibuildwheel configuration) keep every one.
 */
export function selectBuilds(resolution: Resolution, selectors: Selectors | null): SelectedBuilds {
  const testSkips = new Map<string, string>();
  if (selectors === null) return { ...resolution, testSkips };
  const selected = [];
  const unbuildable = [...resolution.unbuildable];
  for (const interpreter of resolution.selected) {
    const identifier = buildIdentifier(interpreter);
    const verdict = judge(selectors, identifier);
    if (!verdict.build) {
      unbuildable.push({
        name: `${identifier} (${interpreter.label}, ${interpreter.executable})`,
        reason: `skipped by ${verdict.rule}`,
        requested: false,
      });
      continue;
    }
    selected.push(interpreter);
    const testRule = testSkipped(selectors, identifier);
    if (testRule) testSkips.set(interpreter.id, `${identifier}: tests skipped by ${testRule}`);
  }
  return { selected, unbuildable, testSkips };
}
