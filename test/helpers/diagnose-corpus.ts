import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run.js';

export const CORPUS = path.join(ROOT, 'test', 'fixtures', 'diagnose', 'corpus');

/** One real-world log of the labeled corpus: its class is the directory it sits in. */
export interface CorpusLog {
  label: string;
  name: string;
  source: string;
  /** Why the classifier gets this one wrong, when it does (a `MISS:` header line). */
  miss: string | null;
  log: string;
}

/** Header lines (`SOURCE: url`, `MISS: why`) come first; the log excerpt follows unchanged. */
export function readCorpus(): CorpusLog[] {
  const labels = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory());
  return labels
    .map((d) => d.name)
    .flatMap((label) =>
      readdirSync(path.join(CORPUS, label))
        .filter((name) => name.endsWith('.log'))
        .map((name) => {
          const lines = readFileSync(path.join(CORPUS, label, name), 'utf8').split('\n');
          let source = '';
          let miss: string | null = null;
          while (lines.length && /^(SOURCE|MISS): /.test(lines[0]!)) {
            const [key, ...rest] = lines.shift()!.split(': ');
            if (key === 'SOURCE') source = rest.join(': ');
            else miss = rest.join(': ');
          }
          return { label, name, source, miss, log: lines.join('\n') };
        }),
    );
}
