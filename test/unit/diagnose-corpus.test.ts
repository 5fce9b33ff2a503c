import { describe, expect, test } from 'vitest';
import { classify } from '../../src/diagnose/index.js';
import { readCorpus } from '../helpers/diagnose-corpus.js';

// Real-world logs from public bug reports, one directory per class (test/fixtures/diagnose/corpus).

const corpus = readCorpus();
const results = corpus.map((entry) => ({ entry, got: classify({ log: entry.log })[0]!.class }));

describe('the labeled corpus of real-world logs', () => {
  test('every log names its source and each class has at least five', () => {
    for (const { entry } of results) expect(entry.source, entry.name).toMatch(/^https:\/\//);
    const counts = new Map<string, number>();
    for (const { entry } of results) counts.set(entry.label, (counts.get(entry.label) ?? 0) + 1);
    for (const [label, count] of counts) expect(count, label).toBeGreaterThanOrEqual(5);
  });

  test('accuracy is at least 90% overall and 75% in every class', () => {
    const byClass = new Map<string, { right: number; total: number }>();
    for (const { entry, got } of results) {
      const tally = byClass.get(entry.label) ?? { right: 0, total: 0 };
      tally.total++;
      if (got === entry.label) tally.right++;
      byClass.set(entry.label, tally);
    }
    const rows = [...byClass].map(([label, { right, total }]) => ({
      class: label,
      right,
      total,
      accuracy: `${Math.round((100 * right) / total)}%`,
    }));
    const right = results.filter((r) => r.got === r.entry.label).length;
    console.table(rows);
    console.log(
      `overall: ${right}/${results.length} (${Math.round((100 * right) / results.length)}%)`,
    );
    expect(right / results.length).toBeGreaterThanOrEqual(0.9);
    for (const row of rows) expect(row.right / row.total, row.class).toBeGreaterThanOrEqual(0.75);
  });

  test('every miss is explained in its fixture (a MISS: line), and only misses are', () => {
    for (const { entry, got } of results) {
      const where = `${entry.label}/${entry.name} classified as ${got}`;
      if (got === entry.label) expect(entry.miss, where).toBeNull();
      else expect(entry.miss, where).not.toBeNull();
    }
  });
});
