import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface LabeledLog {
  label: string;
  name: string;
  log: string;
}

/** A corpus part's logs at any path (a commit's copy), headers dropped as readCorpus drops them. */
export function readCorpusAt(dir: string): LabeledLog[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(dir, d.name))
        .filter((name) => name.endsWith('.log'))
        .map((name) => {
          const lines = readFileSync(path.join(dir, d.name, name), 'utf8').split('\n');
          while (lines.length && /^(SOURCE|ADDED|MISS): /.test(lines[0]!)) lines.shift();
          return { label: d.name, name, log: lines.join('\n') };
        }),
    );
}
