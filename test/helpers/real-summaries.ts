import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Scratch, SYSTEM_PYTHON, TRIVIAL_MODULE, setupPy } from './diagnose-builds.js';
import { cliBuild } from './cli-build.js';
import { ROOT, run } from './run.js';

/** What one real `wheelwright build` left: its exit status, summary markdown and report. */
export interface RealSummary {
  status: number | null;
  markdown: string;
  packageDir: string;
  reportDir: string;
}

/**
 * Runs the CLI's main job on `packageDir` without build isolation (no index here), without the
 * object cache (every compile really runs, so the charts have bars) and with a cache directory
 * of its own (no memory history of other runs in the plan), and reads its summary.
 */
export function buildSummary(
  scratch: Scratch,
  packageDir: string,
  pythons: string[] = [SYSTEM_PYTHON],
): RealSummary {
  const { argv, reportDir } = cliBuild(packageDir, scratch.dir('ww-summary-'), 'summary', {
    pythons,
    extra: ['--cache', 'false'],
  });
  const ran = run(argv);
  const markdown = readFileSync(path.join(reportDir, 'summary.md'), 'utf8');
  return { status: ran.status, markdown, packageDir, reportDir };
}

/** The bundled example: two extensions sharing a source file, built for each of `pythons`. */
export const exampleSummary = (scratch: Scratch, pythons?: string[]): RealSummary =>
  buildSummary(scratch, path.join(ROOT, 'example'), pythons);

/**
 * A package that fails the way people's do: one extension includes a header of a library that
 * is not installed (libxml2), another has an error in its own code.
 */
export function failingSummary(scratch: Scratch): RealSummary {
  const pkg = scratch.package({
    'src/needsxml.c': `#include <Python.h>\n#include <libxml/xmlversion.h>\n${TRIVIAL_MODULE('needsxml')}`,
    'src/typo.c': `#include <Python.h>\nint broken(void) { return undefined_name; }\n${TRIVIAL_MODULE('typo')}`,
    'setup.py': setupPy({ needsxml: ['src/needsxml.c'], typo: ['src/typo.c'] }),
  });
  return buildSummary(scratch, pkg);
}
