import path from 'node:path';
import type { BuildReport } from './build-report.js';

/** An error annotation on one source line, its file relative to the workspace. */
export interface Annotation {
  file: string;
  line: number;
  column?: number;
  title: string;
  message: string;
}

/**
 * GitHub shows at most 10 error annotations per step and drops the rest silently; the step's own
 * failure is one of them.
 */
export const ANNOTATION_CAP = 9;

/** A compiler's `file:line[:column]: [fatal] error: …` (gcc, clang). */
const COMPILER_ERROR =
  /^(?<file>[^\s:][^:]*):(?<line>\d+):(?:(?<column>\d+):)?\s*(?:fatal )?error:/;

/**
 * The failed builds' evidence lines that point into the package's own sources, as annotations,
 * root cause first. A line shown by several builds (every Python version hits the same missing
 * header) or by several of a build's cards is annotated once, naming all of them. Paths outside
 * the package (system headers) have no place in the workspace to point at and are left out.
 */
export function annotationsFor(
  report: BuildReport,
  workspace: string,
  cap = ANNOTATION_CAP,
): { annotations: Annotation[]; leftOut: number } {
  const byPlace = new Map<string, Annotation & { builds: string[] }>();
  for (const build of report.builds) {
    if (build.status === 'built') continue;
    for (const d of build.diagnoses) {
      for (const e of d.evidence) {
        const m = COMPILER_ERROR.exec(e.text)?.groups;
        if (!m) continue;
        const inPackage = path.resolve(report.packageDir, m.file!);
        if (path.relative(report.packageDir, inPackage).startsWith('..')) continue;
        const file = path.relative(workspace, inPackage);
        const place = `${file}:${m.line}`;
        const seen = byPlace.get(place);
        if (seen) {
          if (!seen.builds.includes(build.id)) seen.builds.push(build.id);
          continue;
        }
        byPlace.set(place, {
          file,
          line: Number(m.line),
          ...(m.column ? { column: Number(m.column) } : {}),
          title: d.title,
          message: `${e.text}\n\nWhat to do: ${d.remedy}`,
          builds: [build.id],
        });
      }
    }
  }
  const all = [...byPlace.values()].map(({ builds, ...a }) => ({
    ...a,
    title: `${a.title} (${builds.join(', ')})`,
  }));
  return { annotations: all.slice(0, cap), leftOut: Math.max(0, all.length - cap) };
}
