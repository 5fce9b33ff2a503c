// The statistical models the backtest tried beside the rules: multinomial naive Bayes over each
// log's word and word-pair presence, and TF-IDF cosine nearest neighbours over the same tokens.
// Hand-written: npm's ml-naivebayes and ml-logistic-regression take dense numeric matrices, and a
// vocabulary of ~5,500 tokens over ~1,200 logs is a sparse bag of words, a dozen lines here.

export interface LabeledText {
  label: string;
  log: string;
}

// Progress bars and base64 blobs: only a line's start can be words.
const MAX_LINE = 400;

// Paths, URLs, hex, versions and other numbers collapsed, so two logs of one failure share words.
const normalise = (line: string): string =>
  line
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' URL ')
    .replace(/0x[0-9a-f]+/g, ' HEX ')
    .replace(/\b[0-9a-f]{8,}\b/g, ' HEX ')
    .replace(/(?:[a-z]:)?(?:[\\/][\w.+@~-]+){2,}[\\/]?/g, ' PATH ')
    .replace(/\b\d+(?:\.\d+)+\w*/g, ' VER ')
    .replace(/\d+/g, ' NUM ');

/** A log's words and word pairs, once each (presence, not counts: logs repeat their noise). */
export function tokens(log: string): Set<string> {
  const out = new Set<string>();
  for (const line of log.split(/\r?\n/)) {
    const words = normalise(line.slice(0, MAX_LINE)).match(/[a-z_][a-z0-9_+]*|[A-Z]+/g) ?? [];
    words.forEach((word, i) => {
      out.add(word);
      if (i > 0) out.add(`${words[i - 1]} ${word}`);
    });
  }
  return out;
}

export interface Guess {
  class: string;
  /** NB: the posterior of the class; kNN: the mean cosine similarity of the neighbours voting. */
  score: number;
}

function documentFrequency(docs: Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of doc) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** Naive Bayes, Laplace-smoothed, class priors from the corpus; tokens in < minLogs logs pruned. */
export function naiveBayes(corpus: LabeledText[], minLogs = 2): (log: string) => Guess {
  const docs = corpus.map((d) => tokens(d.log));
  const vocabulary = new Set(
    [...documentFrequency(docs)].filter(([, n]) => n >= minLogs).map(([t]) => t),
  );
  const classes = [...new Set(corpus.map((d) => d.label))].sort();
  const model = classes.map((c) => {
    const mine = docs.filter((_, i) => corpus[i]!.label === c);
    const counts = new Map<string, number>();
    let total = 0;
    for (const doc of mine)
      for (const t of doc)
        if (vocabulary.has(t)) {
          counts.set(t, (counts.get(t) ?? 0) + 1);
          total++;
        }
    const denominator = Math.log(total + vocabulary.size);
    return {
      label: c,
      prior: Math.log(mine.length / corpus.length),
      likelihood: (t: string) => Math.log((counts.get(t) ?? 0) + 1) - denominator,
    };
  });
  return (log) => {
    const known = [...tokens(log)].filter((t) => vocabulary.has(t));
    const scores = model.map((m) => known.reduce((s, t) => s + m.likelihood(t), m.prior));
    const max = Math.max(...scores);
    const best = scores.indexOf(max);
    const z = scores.reduce((a, s) => a + Math.exp(s - max), 0);
    return { class: model[best]!.label, score: 1 / z };
  };
}

/** TF-IDF cosine nearest neighbours, k of them voting by similarity. */
export function nearestNeighbours(corpus: LabeledText[], k: number, minLogs = 2): (log: string) => Guess {
  const docs = corpus.map((d) => tokens(d.log));
  const idf = new Map<string, number>();
  for (const [t, n] of documentFrequency(docs))
    if (n >= minLogs) idf.set(t, Math.log(corpus.length / n));
  const vector = (doc: Set<string>): Map<string, number> => {
    const v = new Map<string, number>();
    for (const t of doc) if (idf.get(t)) v.set(t, idf.get(t)!);
    const norm = Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0)) || 1;
    for (const [t, x] of v) v.set(t, x / norm);
    return v;
  };
  const vectors = docs.map(vector);
  return (log) => {
    const q = vector(tokens(log));
    const near = vectors
      .map((v, i) => ({
        label: corpus[i]!.label,
        similarity: [...q].reduce((s, [t, x]) => s + x * (v.get(t) ?? 0), 0),
      }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, k);
    const votes = new Map<string, number>();
    for (const n of near) votes.set(n.label, (votes.get(n.label) ?? 0) + n.similarity);
    const [label, sum] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
    return { class: label, score: sum / k };
  };
}
