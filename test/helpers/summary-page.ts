import { createRequire } from 'node:module';
import { Marked } from 'marked';

const require = createRequire(import.meta.url);

/** Mermaid's browser bundle and GitHub's markdown styles, from node_modules: no network. */
export const MERMAID_JS = require.resolve('mermaid/dist/mermaid.min.js');
export const GITHUB_CSS = require.resolve('github-markdown-css/github-markdown-light.css');

/** The text of each ```mermaid block, in order. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The summary as GitHub-flavoured markdown renders it (tables, raw HTML such as <details>). */
export const renderGfm = (markdown: string): string =>
  new Marked({ gfm: true }).parse(markdown, { async: false });

/**
 * The summary as a page the way GitHub shows it: GitHub's markdown styles, and each mermaid
 * block as a `<pre class="mermaid">` for mermaid to draw (GitHub draws them the same way, in
 * a frame of its own). Scripts and styles are added by the caller from the files above.
 */
export function summaryPage(markdown: string): string {
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code({ text, lang }) {
        return lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(text)}</pre>\n` : false;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><title>wheelwright summary</title></head>
<body><article class="markdown-body" style="box-sizing:border-box;max-width:980px;padding:24px">${body}</article></body></html>`;
}
