import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run.js';

export const CORPUS_ROOT = path.join(ROOT, 'test', 'fixtures', 'diagnose');

/**
 * The two parts of the labeled corpus: the logs the rules were written from, and the logs
 * gathered after the rules were frozen (see held-out/README.md).
 */
export type CorpusPart = 'fitted' | 'held-out';

/** One real-world log of the labeled corpus: its class is the directory it sits in. */
export interface CorpusLog {
  label: string;
  name: string;
  source: string;
  /** When the log was added to the corpus (an `ADDED:` header line); null for the first logs. */
  added: string | null;
  /** Why the classifier gets this one wrong, when it does (a `MISS:` header line). */
  miss: string | null;
  log: string;
}

/** Header lines (`SOURCE: url`, `ADDED: date`, `MISS: why`) come first; the excerpt follows. */
export function readCorpus(part: CorpusPart): CorpusLog[] {
  const dir = path.join(CORPUS_ROOT, part);
  if (!existsSync(dir)) return [];
  const labels = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
  return labels
    .map((d) => d.name)
    .flatMap((label) =>
      readdirSync(path.join(dir, label))
        .filter((name) => name.endsWith('.log'))
        .map((name) => {
          const lines = readFileSync(path.join(dir, label, name), 'utf8').split('\n');
          const header: Record<string, string> = {};
          while (lines.length && /^(SOURCE|ADDED|MISS): /.test(lines[0]!)) {
            const [key, ...rest] = lines.shift()!.split(': ');
            header[key!] = rest.join(': ');
          }
          return {
            label,
            name,
            source: header.SOURCE ?? '',
            added: header.ADDED ?? null,
            miss: header.MISS ?? null,
            log: lines.join('\n'),
          };
        }),
    );
}
