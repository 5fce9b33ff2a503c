import { describe, expect, test } from 'vitest';
import { CLASSES } from '../../src/diagnose/index.js';
import { classify } from '../../src/diagnose/index.js';
import { readCorpus, type CorpusLog, type CorpusPart } from '../helpers/diagnose-corpus.js';

// Real-world logs from public bug reports, one directory per class: `fitted/` holds the logs the
// rules were written from, `held-out/` the logs gathered after the rules were frozen
// (test/fixtures/diagnose/held-out/README.md). Both figures are printed; the held-out one is the
// honest one.

const BAR = { overall: 0.9, perClass: 0.75, classMinimum: 5, heldOutMinimum: 40 };

interface Scored {
  entry: CorpusLog;
  got: string;
}

interface Accuracy {
  right: number;
  total: number;
  byClass: { class: string; right: number; total: number }[];
}

function score(part: CorpusPart): Scored[] {
  return readCorpus(part).map((entry) => ({ entry, got: classify({ log: entry.log })[0]!.class }));
}

function accuracy(results: Scored[]): Accuracy {
  const byClass = new Map<string, { right: number; total: number }>();
  for (const { entry, got } of results) {
    const tally = byClass.get(entry.label) ?? { right: 0, total: 0 };
    tally.total++;
    if (got === entry.label) tally.right++;
    byClass.set(entry.label, tally);
  }
  return {
    right: results.filter((r) => r.got === r.entry.label).length,
    total: results.length,
    byClass: [...byClass].map(([label, tally]) => ({ class: label, ...tally })),
  };
}

const percent = (right: number, total: number): string =>
  `${total ? Math.round((100 * right) / total) : 0}%`;

function report(part: CorpusPart, a: Accuracy): void {
  console.log(`${part}: ${a.right}/${a.total} main classes right (${percent(a.right, a.total)})`);
  console.table(
    a.byClass
      .filter((c) => c.total >= BAR.classMinimum)
      .map((c) => ({ ...c, accuracy: percent(c.right, c.total) })),
  );
}

function meetsBar(a: Accuracy): void {
  expect(a.right / a.total, 'overall').toBeGreaterThanOrEqual(BAR.overall);
  for (const c of a.byClass.filter((c) => c.total >= BAR.classMinimum))
    expect(c.right / c.total, c.class).toBeGreaterThanOrEqual(BAR.perClass);
}

function wellFormed(results: Scored[]): void {
  for (const { entry } of results) {
    expect(entry.source, entry.name).toMatch(/^https:\/\//);
    expect(CLASSES as readonly string[], `${entry.label}/${entry.name}`).toContain(entry.label);
  }
}

describe('the fitted corpus (the logs the rules were written from)', () => {
  const results = score('fitted');

  test('every log names its source and each class has at least five', () => {
    wellFormed(results);
    const a = accuracy(results);
    for (const c of a.byClass) expect(c.total, c.class).toBeGreaterThanOrEqual(BAR.classMinimum);
  });

  test('accuracy is at least 90% overall and 75% in every class', () => {
    const a = accuracy(results);
    report('fitted', a);
    meetsBar(a);
  });

  test('every miss is explained in its fixture (a MISS: line), and only misses are', () => {
    for (const { entry, got } of results) {
      const where = `${entry.label}/${entry.name} classified as ${got}`;
      if (got === entry.label) expect(entry.miss, where).toBeNull();
      else expect(entry.miss, where).not.toBeNull();
    }
  });
});

describe('the held-out corpus (gathered after the rules were frozen)', () => {
  const results = score('held-out');

  test('every log names its source and the date it was added', () => {
    wellFormed(results);
    for (const { entry } of results) expect(entry.added, entry.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('accuracy is printed, overall and per class', () => {
    const a = accuracy(results);
    report('held-out', a);
    expect(a.total).toBe(results.length);
  });

  // Issue 15 is open: of rounds 16-28 only round 16 met the whole bar (ROUNDS.md). Expected to
  // fail until a round meets it; then vitest reports it as failing, and `.fails` comes off. While
  // a round is being gathered (held-out/ empty or under the minimum) it fails on the count, which
  // `.fails` expects too.
  test.fails(`meets the bar of issue 15 with at least ${BAR.heldOutMinimum} logs`, () => {
    const a = accuracy(results);
    expect(a.total).toBeGreaterThanOrEqual(BAR.heldOutMinimum);
    meetsBar(a);
  });
});
