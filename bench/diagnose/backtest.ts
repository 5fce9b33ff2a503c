// Would a statistical model trained on the fitted corpus, beside the rules, have raised the
// held-out figure? For each round 9–15: the rules as they were at its freeze commit, models
// trained only on fitted/ as it was there, all run on that round's held-out logs. The method
// (model, combination, threshold) is chosen on rounds 9–12 only; 13–15 are reported with it.
// Run from the repository's root (about 20 s):
//   npx vite-node bench/diagnose/backtest.ts [LOG OF A BUILD THAT WENT THROUGH…]
// (without logs: went-through/, real builds of example/ here; RESULTS.md says how they were made)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify } from '../../src/diagnose/index.js';
import { readCorpusAt, type LabeledLog } from './corpus-at.js';
import { naiveBayes, nearestNeighbours, type Guess, type LabeledText } from './model.js';

// Each round's freeze commit (ROUNDS.md's heading) and the commit that recorded its measurement
// (its held-out/ as measured; git log -- test/fixtures/diagnose/held-out).
const ROUNDS = [
  { round: 9, freeze: 'a7109a7', measured: '2daebc0' },
  { round: 10, freeze: '367ef72', measured: '1c4f8ac' },
  { round: 11, freeze: 'f31f2dc', measured: 'b2d4f24' },
  { round: 12, freeze: '7eccaf1', measured: 'f95dc86' },
  { round: 13, freeze: 'ee487f0', measured: 'ff9a280' },
  { round: 14, freeze: 'f0bf61d', measured: '9143101' },
  { round: 15, freeze: 'e7663dc', measured: '9a86c83' },
];
const CHOOSE_ON = [9, 10, 11, 12];
const REPORT_ON = [13, 14, 15];
const ROOT = path.resolve(import.meta.dirname, '../..');
const FITTED = path.join(ROOT, 'test/fixtures/diagnose/fitted');
type Classify = typeof classify;
type Model = (log: string) => Guess;

interface Scored {
  round: number;
  entry: LabeledLog;
  rules: string;
  confidence: string;
  guesses: Record<string, Guess>;
}

const MODELS: Record<string, (corpus: LabeledText[]) => Model> = {
  nb: (c) => naiveBayes(c),
  knn1: (c) => nearestNeighbours(c, 1),
  knn3: (c) => nearestNeighbours(c, 3),
};
const THRESHOLDS: Record<string, number[]> = {
  nb: [0, 0.5, 0.9, 0.99],
  knn1: [0, 0.2, 0.3, 0.4, 0.5],
  knn3: [0, 0.2, 0.3, 0.4, 0.5],
};

/** A combination: the model's class replaces the rules' when `when` holds and it scores enough. */
interface Combination {
  name: string;
  model: string;
  threshold: number;
  lowToo: boolean;
}
const COMBINATIONS: Combination[] = Object.entries(THRESHOLDS).flatMap(([model, ts]) =>
  ts.flatMap((threshold) =>
    [false, true].map((lowToo) => ({
      name: `${model}, when the rules say unknown${lowToo ? ' or low' : ''}, score ≥ ${threshold}`,
      model,
      threshold,
      lowToo,
    })),
  ),
);
const decide = (c: Combination | null, s: Scored): string => {
  if (!c) return s.rules;
  const g = s.guesses[c.model]!;
  const asked = s.rules === 'unknown' || (c.lowToo && s.confidence === 'low');
  return asked && g.score >= c.threshold ? g.class : s.rules;
};
const right = (c: Combination | null, rows: Scored[]): number =>
  rows.filter((s) => decide(c, s) === s.entry.label).length;

function extract(commit: string, what: string, into: string): void {
  mkdirSync(into, { recursive: true });
  const tar = execFileSync('git', ['archive', commit, what], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', into], { input: tar });
}

const work = mkdtempSync(path.join(tmpdir(), 'diagnose-backtest-'));
try {
  const scored: Scored[] = [];
  for (const { round, freeze, measured } of ROUNDS) {
    const dir = path.join(work, `r${round}`);
    extract(freeze, 'src', `${dir}/frozen`);
    extract(freeze, 'test/fixtures/diagnose/fitted', `${dir}/frozen`);
    extract(measured, 'test/fixtures/diagnose/held-out', `${dir}/measured`);
    const { classify: rules } = (await import(`${dir}/frozen/src/diagnose/index.ts`)) as {
      classify: Classify;
    };
    const fitted = readCorpusAt(`${dir}/frozen/test/fixtures/diagnose/fitted`);
    const models = Object.entries(MODELS).map(([name, train]) => [name, train(fitted)] as const);
    for (const entry of readCorpusAt(`${dir}/measured/test/fixtures/diagnose/held-out`)) {
      const [main] = rules({ log: entry.log });
      scored.push({
        round,
        entry,
        rules: main!.class,
        confidence: main!.confidence,
        guesses: Object.fromEntries(models.map(([name, m]) => [name, m(entry.log)])),
      });
    }
  }
  const inRounds = (rs: number[]) => scored.filter((s) => rs.includes(s.round));
  const figure = (c: Combination | null, rs: number[]) =>
    `${right(c, inRounds(rs))}/${inRounds(rs).length}`;
  const perRound = (c: Combination | null, rs: number[]) =>
    rs.map((r) => `${right(c, inRounds([r]))}/${inRounds([r]).length}`).join(' ');

  console.log('## Every combination: rounds 9–12 (choice) | rounds 13–15 (report)\n');
  console.log('| combination | 9–12 | per round | 13–15 | per round |\n| --- | --- | --- | --- | --- |');
  for (const c of [null, ...COMBINATIONS])
    console.log(
      `| ${c?.name ?? 'rules alone'} | ${figure(c, CHOOSE_ON)} | ${perRound(c, CHOOSE_ON)} | ${figure(c, REPORT_ON)} | ${perRound(c, REPORT_ON)} |`,
    );
  // The best on 9–12; on a tie the first listed (the simpler: unknown only, the lower threshold).
  const chosen = COMBINATIONS.reduce((best, c) =>
    right(c, inRounds(CHOOSE_ON)) > right(best, inRounds(CHOOSE_ON)) ? c : best,
  );
  console.log(`\nchosen on 9–12: ${chosen.name}\n`);
  console.log('| round | logs | rules alone | rules + model | rules said unknown | model right there | per class (rules → rules + model / logs) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const { round } of ROUNDS) {
    const rows = inRounds([round]);
    const asked = rows.filter((s) => s.rules === 'unknown');
    const classes = [...new Set(rows.map((s) => s.entry.label))].sort();
    const perClass = classes.map((label) => {
      const mine = rows.filter((s) => s.entry.label === label);
      return `${label} ${right(null, mine)}→${right(chosen, mine)}/${mine.length}`;
    });
    console.log(
      `| ${round} | ${rows.length} | ${right(null, rows)} | ${right(chosen, rows)} | ${asked.length} | ${right(chosen, asked)} | ${perClass.join(', ')} |`,
    );
  }

  // False accusations, with the chosen model and today's rules: the fitted logs whose truth is
  // that no known cause shows (unknown) or that the build fell back (silent-fallback), each left
  // out of the training in turn; the unit tests' logs on which the rules decline a class; and
  // logs of builds that went through.
  const today = readCorpusAt(FITTED);
  const verdict = (label: string, log: string, model: Model): string => {
    const rules = classify({ log })[0]!.class;
    const guess = rules === 'unknown' ? model(log) : null;
    const said = guess && guess.score >= chosen.threshold ? guess.class : rules;
    return `rules ${rules}, rules + model ${said}${said === label || said === 'unknown' ? '' : ' (accuses)'}`;
  };
  console.log('\n## Leave-one-out on fitted/unknown and fitted/silent-fallback\n');
  for (const entry of today.filter((e) => e.label === 'unknown' || e.label === 'silent-fallback'))
    console.log(
      `- ${entry.label}/${entry.name}: ${verdict(entry.label, entry.log, MODELS[chosen.model]!(today.filter((e) => e !== entry)))}`,
    );
  const full = MODELS[chosen.model]!(today);
  console.log('\n## The unit tests\' near misses the rules answer without this class (near-misses.json)\n');
  const nearMisses = JSON.parse(
    readFileSync(path.join(import.meta.dirname, 'near-misses.json'), 'utf8'),
  ) as string[];
  for (const log of nearMisses)
    console.log(`- \`${log.split('\n').find((l) => l.trim())!.slice(0, 70)}\`: ${verdict('', log, full)}`);
  console.log('\n## Logs of builds that went through\n');
  const wentThrough = path.join(import.meta.dirname, 'went-through');
  const successes = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(wentThrough).map((f) => path.join(wentThrough, f));
  for (const file of successes)
    console.log(`- ${path.basename(file)}: ${verdict('none', readFileSync(file, 'utf8'), full)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
