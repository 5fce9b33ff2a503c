import { describe, expect, test } from 'vitest';
import type { Diagnosis } from '../../src/diagnose/diagnosis.js';
import type { JournalRecord } from '../../src/launcher/journal.js';
import { ANNOTATION_CAP, annotationsFor } from '../../src/report/annotations.js';
import type { BuildReport } from '../../src/report/build-report.js';
import { compileTimeline, memoryChart, TIMELINE_CAP } from '../../src/report/charts.js';
import type { BuildResult } from '../../src/build/run-build.js';

const T0 = Date.parse('2026-01-01T12:00:00Z');
const MIB = 1024 * 1024;

function record(fields: Partial<JournalRecord> & { source: string }): JournalRecord {
  return {
    kind: 'compile',
    build: 'cp311',
    argv: [],
    cwd: '/w',
    output: null,
    extension: null,
    flagsHash: 'h',
    exitCode: 0,
    signal: null,
    peakRssBytes: 40 * MIB,
    estimateBytes: 50 * MIB,
    wallMs: 100,
    cpuMs: 90,
    cacheHit: false,
    attempt: 1,
    startedAt: new Date(T0).toISOString(),
    ...fields,
  };
}

describe('the compile timeline', () => {
  test('keeps an OOM kill and its retry among the longest, marked, in a section per build', () => {
    const journal = [
      ...Array.from({ length: 30 }, (_, i) =>
        record({
          source: `src/f${i}.c`,
          build: i % 2 ? 'cp312' : 'cp311',
          wallMs: 1000 + i,
          startedAt: new Date(T0 + i * 100).toISOString(),
        }),
      ),
      record({ source: 'src/huge.c', signal: 'SIGKILL', exitCode: null, wallMs: 5 }),
      record({
        source: 'src/huge.c',
        attempt: 2,
        wallMs: 9,
        startedAt: new Date(T0 + 50).toISOString(),
      }),
    ];
    const chart = compileTimeline(journal)!;
    const tasks = chart.mermaid.split('\n').filter((l) => /, \d+$/.test(l));
    expect(tasks).toHaveLength(TIMELINE_CAP);
    expect(chart.note).toContain(`the ${TIMELINE_CAP} longest of 32`);
    expect(chart.mermaid).toContain(`  huge.c (SIGKILL) :crit, ${T0}, ${T0 + 5}`);
    expect(chart.mermaid).toContain(`  huge.c (retry 2) :active, ${T0 + 50}, ${T0 + 59}`);
    // The longest are kept: f29 down to f12, and none of the shortest.
    expect(chart.mermaid).toContain('f29.c');
    expect(chart.mermaid).not.toContain('f11.c');
    const sections = chart.mermaid.match(/section \w+/g);
    expect(sections).toEqual(['section cp311', 'section cp312']);
  });

  test('names that mermaid would read as syntax are cleaned', () => {
    const chart = compileTimeline([record({ source: 'src/a:b#c;d.c' })])!;
    expect(chart.mermaid).toMatch(/^ {2}a b c d\.c :\d+, \d+$/m);
  });

  test('says where each compile ran: on a host, or here after a host failed', () => {
    const chart = compileTimeline([
      record({ source: 'src/a.c', host: '10.0.0.5:3632' }),
      record({
        source: 'src/b.c',
        hostFailure: { host: '10.0.0.6:3632', error: 'connection refused', wallMs: 3 },
      }),
      record({ source: 'src/c.c' }),
    ])!;
    expect(chart.mermaid).toMatch(/^ {2}a\.c \(on 10\.0\.0\.5\) :/m);
    expect(chart.mermaid).toMatch(/^ {2}b\.c \(here, 10\.0\.0\.6 failed\) :/m);
    expect(chart.mermaid).toMatch(/^ {2}c\.c :/m);
    // a host's compile measured only its preprocessor here: no bar of its own in the memory chart
    const memory = memoryChart([
      record({ source: 'src/a.c', host: '10.0.0.5:3632' }),
      record({ source: 'src/c.c' }),
    ])!;
    expect(memory.mermaid).toContain('c.c');
    expect(memory.mermaid).not.toContain('a.c');
  });

  test('no journal (the launcher was off): no chart', () => {
    expect(compileTimeline([])).toBeNull();
    expect(memoryChart([])).toBeNull();
  });
});

describe('the memory chart', () => {
  test("each source's largest peak against its estimate, cache hits and links left out", () => {
    const chart = memoryChart([
      record({ source: 'src/a.c', peakRssBytes: 100 * MIB, estimateBytes: 80 * MIB }),
      record({ source: 'src/a.c', build: 'cp312', peakRssBytes: 120 * MIB }),
      record({ source: 'src/b.c', peakRssBytes: 20 * MIB, estimateBytes: 30 * MIB }),
      record({ source: 'other/b.c', peakRssBytes: 10 * MIB, estimateBytes: 30 * MIB }),
      record({ source: 'src/cached.c', cacheHit: true, peakRssBytes: 0 }),
      record({ source: 'ignored', kind: 'link', peakRssBytes: 500 * MIB }),
    ])!;
    expect(chart.mermaid).toContain('x-axis ["a.c", "src/b.c", "other/b.c"]');
    expect(chart.mermaid).toContain('bar [120, 20, 10]');
    expect(chart.mermaid).toContain('line [80, 30, 30]');
    expect(chart.mermaid).toContain('y-axis "MiB" 0 --> 133');
  });
});

const diagnosis = (evidence: string[], title = 'A header is missing: x.h'): Diagnosis => ({
  class: 'missing-header',
  confidence: 'high',
  title,
  evidence: evidence.map((text, i) => ({ text, source: 'log', line: i + 1 })),
  concerns: {},
  remedy: 'install x-dev',
});

function reportOf(builds: Partial<BuildResult>[]): BuildReport {
  return {
    packageDir: '/ws/pkg',
    builds: builds.map((b) => ({ status: 'failed', diagnoses: [], ...b })),
  } as unknown as BuildReport;
}

describe('annotations from the failure cards', () => {
  test('one per source line, naming every build that hit it; system headers left out', () => {
    const evidence = [
      'src/a.c:3:10: fatal error: x.h: No such file or directory',
      '/usr/include/python3.11/Python.h:12:2: error: oops',
      '../elsewhere.c:1:1: error: outside the package',
      'src/b.c:7: error: no column',
    ];
    const { annotations, leftOut } = annotationsFor(
      reportOf([
        { id: 'cp311', diagnoses: [diagnosis(evidence)] },
        { id: 'cp312', diagnoses: [diagnosis(evidence.slice(0, 1))] },
        { id: 'cp313', status: 'built', diagnoses: [diagnosis(['src/c.c:1:1: error: advice'])] },
      ]),
      '/ws',
    );
    expect(leftOut).toBe(0);
    expect(annotations).toEqual([
      {
        file: 'pkg/src/a.c',
        line: 3,
        column: 10,
        title: 'A header is missing: x.h (cp311, cp312)',
        message:
          'src/a.c:3:10: fatal error: x.h: No such file or directory\n\nWhat to do: install x-dev',
      },
      expect.objectContaining({ file: 'pkg/src/b.c', line: 7 }),
    ]);
    expect(annotations[1]).not.toHaveProperty('column');
  });

  test(`at most ${ANNOTATION_CAP}, and how many were left out`, () => {
    const errors = Array.from({ length: 14 }, (_, i) => `src/a.c:${i + 1}:1: error: e${i}`);
    const { annotations, leftOut } = annotationsFor(
      reportOf([{ id: 'cp311', diagnoses: [diagnosis(errors)] }]),
      '/ws',
    );
    expect(annotations).toHaveLength(ANNOTATION_CAP);
    expect(leftOut).toBe(14 - ANNOTATION_CAP);
  });
});
