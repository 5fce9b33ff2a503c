// Writes what is derived from action.yml: the typed list of inputs and outputs the code uses,
// and the README's tables. With --check it only reports what is stale, so CI catches drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import prettier from 'prettier';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
const action = parse(readFileSync(new URL('action.yml', root), 'utf8'));
const check = process.argv.includes('--check');

const inputs = Object.entries(action.inputs).map(([name, spec]) => ({
  name,
  default: String(spec.default ?? ''),
  description: spec.description.trim(),
}));
const outputs = Object.entries(action.outputs).map(([name, spec]) => ({
  name,
  description: spec.description.trim(),
}));

const source = await prettier.format(
  `// Generated from action.yml by scripts/generate.js: edit action.yml, then run npm run generate.
export const ACTION_INPUTS = ${JSON.stringify(inputs)} as const;
export type InputName = (typeof ACTION_INPUTS)[number]['name'];
export const ACTION_OUTPUTS = ${JSON.stringify(outputs)} as const;
export type OutputName = (typeof ACTION_OUTPUTS)[number]['name'];
`,
  { ...(await prettier.resolveConfig(new URL('src/config/x.ts', root))), parser: 'typescript' },
);

/** @param {string} text */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** @param {string} header @param {string[]} rows */
const table = (header, rows) => [header, header.replace(/[^|]+/g, '---'), ...rows].join('\n');
const inputsTable = table(
  '| input | default | meaning |',
  inputs.map(
    (i) =>
      `| \`${i.name}\` | ${i.default === '' ? '(empty)' : `\`${i.default}\``} | ${cell(i.description)} |`,
  ),
);
const outputsTable = table(
  '| output | meaning |',
  outputs.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
);

// The cibuildwheel options as the code that reads them lists them (a file of data, no imports).
const optionsModule = ts.transpileModule(
  readFileSync(new URL('src/config/cibuildwheel-options.ts', root), 'utf8'),
  { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } },
).outputText;
/** @type {{ CIBW_OPTIONS: { key: string, status: string, how: string, input?: string }[] }} */
const { CIBW_OPTIONS } = await import(
  `data:text/javascript;base64,${Buffer.from(optionsModule).toString('base64')}`
);
const cibuildwheelTable = table(
  '| cibuildwheel option | wheelwright | what it does here, or what to do instead |',
  CIBW_OPTIONS.map(
    (o) =>
      `| \`${o.key}\` | ${o.status}${o.input ? ` (input \`${o.input}\`)` : ''} | ${cell(o.how)} |`,
  ),
);

/** @param {string} text @param {string} marker @param {string} body */
function between(text, marker, body) {
  const pattern = new RegExp(`(<!-- ${marker}:start -->\\n)[\\s\\S]*?(<!-- ${marker}:end -->)`);
  if (!pattern.test(text))
    throw new Error(`README.md lacks the <!-- ${marker}:start/end --> markers`);
  return text.replace(pattern, `$1${body}\n$2`);
}
const readmePath = new URL('README.md', root);
const readme = readFileSync(readmePath, 'utf8');
const newReadme = between(
  between(between(readme, 'inputs', inputsTable), 'outputs', outputsTable),
  'cibuildwheel-options',
  cibuildwheelTable,
);

/**
 * A module carrying a source file of another language in the bundle, as one string.
 * @param {string} from the file, relative to the repository
 * @param {string} name the constant's name
 */
const carried = async (from, name) =>
  prettier.format(
    `// Generated from ${from} by scripts/generate.js: edit ${from.split('/').at(-1)}, then run npm run generate.
export const ${name} = ${JSON.stringify(readFileSync(new URL(from, root), 'utf8'))};
`,
    { ...(await prettier.resolveConfig(new URL('src/config/x.ts', root))), parser: 'typescript' },
  );
// The launcher's native shim is compiled on the runner from this source; the Python programs
// run on the build's interpreters (each is linted as Python by test/unit/python-programs.test.ts).
const shimSource = await carried('src/launcher/shim.c', 'SHIM_SOURCE');
const backendScript = await carried('src/build/build_wheel.py', 'BACKEND_SCRIPT');
const pipAheadScript = await carried('src/build/pip_ahead.py', 'PIP_AHEAD_SCRIPT');
const inspectScript = await carried('src/build/inspect_interpreter.py', 'INSPECT_SCRIPT');
const repackScript = await carried('src/repair/repack_wheel.py', 'REPACK_SCRIPT');
const installScript = await carried('src/verify/install_wheel.py', 'INSTALL_SCRIPT');
const importScript = await carried('src/verify/import_each.py', 'IMPORT_SCRIPT');

// The plan's compile-memory model: the coefficients fitted in bench/compile-memory (fit.py).
/**
 * @typedef {{ base_bytes: number, slope_bytes_per_source_byte: number }} FittedLine
 * @typedef {{ base_bytes: number, slope_bytes_per_call: number, slope_bytes_per_string?: number }} FittedCallLine
 * @typedef {{ lines: FittedCallLine[], suggested_safety_factor: number }} FittedCalls
 * @typedef {{ lang: string, cython: boolean, debug: boolean, lines: FittedLine[], suggested_safety_factor: number, calls?: FittedCalls }} FittedGroup
 */
const fitted = JSON.parse(readFileSync(new URL('bench/compile-memory/model.json', root), 'utf8'));
const modelSource = await prettier.format(
  `// Generated from bench/compile-memory/model.json by scripts/generate.js: refit there, then run npm run generate.
export const COMPILE_MEMORY_GROUPS = ${JSON.stringify(
    fitted.groups.map((/** @type {FittedGroup} */ g) => ({
      language: g.lang,
      cython: g.cython,
      debug: g.debug,
      lines: g.lines.map((l) => ({
        baseBytes: l.base_bytes,
        bytesPerSourceByte: l.slope_bytes_per_source_byte,
      })),
      safetyFactor: g.suggested_safety_factor,
      ...(g.calls && {
        callLines: g.calls.lines.map((l) => ({
          baseBytes: l.base_bytes,
          bytesPerCall: l.slope_bytes_per_call,
          bytesPerString: l.slope_bytes_per_string ?? 0,
        })),
        callSafetyFactor: g.calls.suggested_safety_factor,
      }),
    })),
  )} as const;
`,
  { ...(await prettier.resolveConfig(new URL('src/config/x.ts', root))), parser: 'typescript' },
);

/** @type {[URL, string][]} */
const targets = [
  [new URL('src/plan/compile-memory-model.ts', root), modelSource],
  [new URL('src/launcher/shim-source.ts', root), shimSource],
  [new URL('src/build/backend-script.ts', root), backendScript],
  [new URL('src/build/pip-ahead-script.ts', root), pipAheadScript],
  [new URL('src/build/inspect-script.ts', root), inspectScript],
  [new URL('src/repair/repack-script.ts', root), repackScript],
  [new URL('src/verify/install-script.ts', root), installScript],
  [new URL('src/verify/import-script.ts', root), importScript],
  [new URL('src/config/action-inputs.ts', root), source],
  [readmePath, newReadme],
];
let stale = 0;
for (const [url, text] of targets) {
  let current = '';
  try {
    current = readFileSync(url, 'utf8');
  } catch {
    // a missing file is stale like any other
  }
  if (current === text) continue;
  if (check) {
    console.error(`stale: ${url.pathname} (run npm run generate)`);
    stale += 1;
  } else {
    writeFileSync(url, text);
  }
}
process.exit(stale ? 1 : 0);
