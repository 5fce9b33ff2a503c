import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run.js';

interface Workflow {
  jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
}

/** The cache value the reusable workflow gives the action, exactly as written in the file. */
function cacheValue(): string {
  const workflow = parse(
    readFileSync(path.join(ROOT, '.github', 'workflows', 'wheels.yml'), 'utf8'),
  ) as Workflow;
  const steps = Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) => step.uses === './.wheelwright-action');
  expect(steps).toHaveLength(1);
  const value = steps[0]!.with?.cache;
  expect(typeof value).toBe('string');
  return value as string;
}

const dictionary = (entries: Record<string, string>) =>
  new data.Dictionary(
    ...Object.entries(entries).map(([key, value]) => ({ key, value: new data.StringData(value) })),
  );

/**
 * The value as GitHub gives it to the action: the whole field is one expression, evaluated by
 * GitHub's own evaluator (@actions/expressions, from actions/languageservices) and turned into
 * the input's string.
 */
function evaluate(
  field: string,
  github: { event_name: string; ref: string },
  inputs: { cache: string },
): string {
  const whole = /^\$\{\{(.*)\}\}$/s.exec(field);
  expect(whole, field).not.toBeNull();
  const lexed = new Lexer(whole![1]!).lex();
  const expression = new Parser(lexed.tokens, ['github', 'inputs'], []).parse();
  const context = new data.Dictionary(
    { key: 'github', value: dictionary(github) },
    { key: 'inputs', value: dictionary(inputs) },
  );
  return new Evaluator(expression, context).evaluate().coerceString();
}

// Each event as GitHub sets github.ref for it (a release's ref is its tag; pull_request_target
// runs on the base branch).
const EVENTS = {
  'a release event': { event_name: 'release', ref: 'refs/tags/v1.2.0' },
  'a tag push': { event_name: 'push', ref: 'refs/tags/v1.2.0' },
  'workflow_dispatch on a tag': { event_name: 'workflow_dispatch', ref: 'refs/tags/v1.2.0' },
  'a pull request': { event_name: 'pull_request', ref: 'refs/pull/7/merge' },
  pull_request_target: { event_name: 'pull_request_target', ref: 'refs/heads/main' },
  'a push to a branch': { event_name: 'push', ref: 'refs/heads/main' },
  'workflow_dispatch on a branch': { event_name: 'workflow_dispatch', ref: 'refs/heads/main' },
  'a schedule': { event_name: 'schedule', ref: 'refs/heads/main' },
};

// auto: no restored object goes into a release's wheels; pull requests (whose code anyone can
// write) restore but never save; everything else reads and writes.
const AUTO: Record<keyof typeof EVENTS, string> = {
  'a release event': 'off',
  'a tag push': 'off',
  'workflow_dispatch on a tag': 'off',
  'a pull request': 'restore-only',
  pull_request_target: 'restore-only',
  'a push to a branch': 'true',
  'workflow_dispatch on a branch': 'true',
  'a schedule': 'true',
};

describe("the reusable workflow's cache expression, evaluated as GitHub evaluates it", () => {
  const field = cacheValue();
  const cases = Object.entries(EVENTS) as [keyof typeof EVENTS, (typeof EVENTS)['a tag push']][];

  it.each(cases)('with cache: auto, %s gets the mode for it', (name, github) => {
    expect(evaluate(field, github, { cache: 'auto' })).toBe(AUTO[name]);
  });

  it.each(cases)('with any other cache value, %s gets that value as given', (_, github) => {
    for (const cache of ['true', 'restore-only', 'off', 'false'])
      expect(evaluate(field, github, { cache }), cache).toBe(cache);
  });

  it('evaluates a changed expression differently (the evaluator reads the file’s text)', () => {
    const release = EVENTS['a release event'];
    expect(evaluate(field.replace("&& 'off'", "&& 'true'"), release, { cache: 'auto' })).toBe(
      'true',
    );
  });
});
