import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annotationsFor } from '../../src/report/annotations.js';
import type { BuildReport } from '../../src/report/build-report.js';
import { Scratch } from '../helpers/diagnose-builds.js';
import { exampleSummary, failingSummary, type RealSummary } from '../helpers/real-summaries.js';
import { mermaidBlocks, renderGfm } from '../helpers/summary-page.js';
import { LINUX_TAG } from '../helpers/machine.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';

// Real summaries of real builds (the CLI from dist/), rendered as GitHub-flavoured markdown.
// Whether each mermaid block parses is checked by mermaid itself in Chromium
// (test/integration/summary-chromium.test.ts): its parser needs a DOM.

const scratch = new Scratch();
let built: RealSummary;
let failed: RealSummary;

beforeAll(() => {
  built = exampleSummary(scratch);
  failed = failingSummary(scratch);
}, 300_000);
afterAll(() => scratch.removeAll());

/** Markdown tables: a header row followed by its `|---|` delimiter row. */
const markdownTables = (markdown: string) => markdown.match(/^\|[-:|]+\|$/gm)?.length ?? 0;

describe('the summary of a real build, as GitHub renders it', () => {
  test('every table renders as an HTML table, the outcome first', () => {
    expect(built.status).toBe(0);
    const html = renderGfm(built.markdown);
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBe(markdownTables(built.markdown));
    expect(tables).toBeGreaterThanOrEqual(2);
    const firstTable = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    expect(firstTable).toMatch(/<th>Python<\/th>/);
    const { id, minor } = DEBIAN_PYTHON;
    expect(firstTable).toMatch(
      new RegExp(`<td>CPython ${minor.replace('.', '\\.')}[^<]*\\(<code>${id}</code>\\)</td>`),
    );
    expect(html.indexOf('wheels built')).toBeLessThan(html.indexOf('<table>'));
    // built with repair off (test/helpers/cli-build.ts): the wheel stays linux_<arch>, and says so
    expect(firstTable).toContain(`⛔ refuses it (<code>${LINUX_TAG}</code>)`);
    expect(Buffer.byteLength(built.markdown)).toBeLessThan(1024 * 1024);
  });

  test('a gantt of the compiles and a chart of their memory, as mermaid blocks', () => {
    const blocks = mermaidBlocks(built.markdown);
    // A diagram's type is its first line after the front matter that configures it.
    const types = blocks.map((b) => b.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')[0]);
    expect(types).toEqual(['gantt', 'xychart-beta horizontal']);
    const [gantt, memory] = blocks as [string, string];
    expect(gantt).toContain(`section ${DEBIAN_PYTHON.id}`);
    // The example: kahan.c compiled for each of its two extensions, their own sources, 2 links.
    expect(gantt.match(/kahan\.c :/g)).toHaveLength(2);
    expect(gantt.match(/link wheelwright_example\._\w+ :/g)).toHaveLength(2);
    expect(gantt).not.toContain('crit');
    expect(memory).toMatch(/^ {2}x-axis \["[^"]+", "[^"]+", "[^"]+"\]$/m);
    expect(memory).toContain('"kahan.c"');
    expect(memory.match(/^ {2}bar \[\d+, \d+, \d+\]$/m)).not.toBeNull();
    const html = renderGfm(built.markdown);
    expect(html.match(/<code class="language-mermaid">/g)).toHaveLength(2);
  });
});

describe('the summary of a real failed build', () => {
  test('leads with the failure and its cards; the failed compiles are red in the gantt', () => {
    expect(failed.status).not.toBe(0);
    const html = renderGfm(failed.markdown);
    expect(html.indexOf('failed')).toBeLessThan(html.indexOf('<table>'));
    expect(html).toContain('A header is missing: libxml/xmlversion.h');
    expect(html).toContain('<code>apt-get install libxml2-dev</code>');
    expect(html.match(/<table>/g)?.length).toBe(markdownTables(failed.markdown));
    const [gantt] = mermaidBlocks(failed.markdown);
    expect(gantt).toMatch(/needsxml\.c \(exit 1\) :crit, \d+, \d+/);
    expect(gantt).toMatch(/typo\.c \(exit 1\) :crit, \d+, \d+/);
  });

  test('its cards become annotations on the offending lines, relative to the workspace', () => {
    const report = JSON.parse(
      readFileSync(path.join(failed.reportDir, 'report.json'), 'utf8'),
    ) as BuildReport;
    const workspace = path.dirname(failed.packageDir);
    const pkg = path.basename(failed.packageDir);
    const { annotations, leftOut } = annotationsFor(report, workspace);
    expect(leftOut).toBe(0);
    expect(annotations.map((a) => [a.file, a.line, a.column])).toEqual(
      expect.arrayContaining([
        [`${pkg}/src/needsxml.c`, 2, 10],
        [`${pkg}/src/typo.c`, 2, 27],
      ]),
    );
    expect(annotations).toHaveLength(2);
    const header = annotations.find((a) => a.file.endsWith('needsxml.c'))!;
    // The root cause's card names it, not the generic compile error that echoes it.
    expect(header.title).toBe(`A header is missing: libxml/xmlversion.h (${DEBIAN_PYTHON.id})`);
    expect(header.message).toContain('apt-get install libxml2-dev');
  });
});
