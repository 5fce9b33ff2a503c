import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEBIAN_DEBUG } from '../helpers/debian-pythons.js';
import { launchChromium } from '../helpers/chromium.js';
import { Scratch, SYSTEM_PYTHON } from '../helpers/diagnose-builds.js';
import { ROOT } from '../helpers/run.js';
import { exampleSummary, failingSummary, type RealSummary } from '../helpers/real-summaries.js';
import { GITHUB_CSS, MERMAID_JS, mermaidBlocks, summaryPage } from '../helpers/summary-page.js';

// Real summaries opened in headless Chromium with mermaid's own bundle, as GitHub shows them:
// mermaid's parser accepts every block, and the table and the drawn charts are visible.
// WHEELWRIGHT_SCREENSHOT=docs/summary.png also writes the README's screenshot there.

const scratch = new Scratch();
/** The README's example: three interpreters, so the gantt has a section each. */
const PYTHONS = [SYSTEM_PYTHON, DEBIAN_DEBUG.executable, '/usr/bin/pypy3'];
let browser: Browser;
let built: RealSummary;
let failed: RealSummary;

beforeAll(async () => {
  browser = await launchChromium();
  built = exampleSummary(scratch, PYTHONS);
  failed = failingSummary(scratch);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  scratch.removeAll();
});

/** The summary's page with mermaid loaded, every request refused: all it needs is inline. */
async function open(markdown: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1012, height: 800 } });
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(summaryPage(markdown));
  await page.addStyleTag({ path: GITHUB_CSS });
  await page.addScriptTag({ path: MERMAID_JS });
  return { page, requests };
}

/** mermaid.parse of each text: null when it parses, else the parser's message. */
const parseAll = (page: Page, texts: string[]) =>
  page.evaluate(async (blocks) => {
    const { mermaid } = globalThis as unknown as {
      mermaid: { parse: (text: string) => Promise<unknown> };
    };
    const errors: (string | null)[] = [];
    for (const text of blocks) {
      try {
        await mermaid.parse(text);
        errors.push(null);
      } catch (error) {
        errors.push(String((error as Error).message ?? error));
      }
    }
    return errors;
  }, texts);

const draw = (page: Page) =>
  page.evaluate(async () => {
    const { mermaid } = globalThis as unknown as {
      mermaid: {
        initialize: (config: object) => void;
        run: (options: object) => Promise<void>;
      };
    };
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    await mermaid.run({ querySelector: 'pre.mermaid' });
  });

describe('the job summary in Chromium', () => {
  test('mermaid parses every chart of both summaries, and rejects a broken one', async () => {
    const { page } = await open('');
    const blocks = [...mermaidBlocks(built.markdown), ...mermaidBlocks(failed.markdown)];
    expect(blocks).toHaveLength(4);
    expect(await parseAll(page, blocks)).toEqual([null, null, null, null]);
    // A quote inside a label, which the charts strip from file names, is what it would reject.
    const [broken] = await parseAll(page, ['xychart-beta\n  x-axis ["a"b.c"]\n  bar [1]']);
    expect(broken).toMatch(/Parse error/);
    await page.close();
  });

  for (const which of ['built', 'failed'] as const) {
    test(`the ${which} summary: its table and its charts are visible`, async () => {
      const summary = which === 'built' ? built : failed;
      const { page, requests } = await open(summary.markdown);
      await draw(page);
      const table = page.locator('table').first();
      await expect.poll(() => table.isVisible()).toBe(true);
      expect(await table.locator('tbody tr').count()).toBe(which === 'built' ? 3 : 1);

      const charts = page.locator('pre.mermaid');
      expect(await charts.count()).toBe(2);
      for (const chart of await charts.all()) {
        const svg = chart.locator('svg');
        expect(await svg.isVisible()).toBe(true);
        const box = (await svg.boundingBox())!;
        expect(box.width).toBeGreaterThan(300);
        expect(box.height).toBeGreaterThan(100);
      }
      // One bar per task in the gantt, one per source in the memory chart.
      const tasks = mermaidBlocks(summary.markdown)[0]!.match(/ :[^\n]*\d+, \d+$/gm)!.length;
      expect(await charts.nth(0).locator('rect.task').count()).toBe(tasks);
      const sources = which === 'built' ? 3 : 2;
      expect(await charts.nth(1).locator('g.bar-plot-0 rect').count()).toBe(sources);
      if (which === 'failed')
        expect(await charts.nth(0).locator('rect.task[class*="crit"]').count()).toBe(2);

      const png = await page.screenshot({ fullPage: true });
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const target = process.env.WHEELWRIGHT_SCREENSHOT;
      if (which === 'built' && target) writeFileSync(path.resolve(ROOT, target), png);
      expect(requests).toEqual([]);
      await page.close();
    });
  }
});
