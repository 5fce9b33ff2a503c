import { COMPILE_MEMORY_GROUPS } from './compile-memory-model.js';
import type { CompileFlags, TranslationUnit } from './translation-unit.js';

// Cython writes far more C than it reads: a .pyx whose C is not generated yet is planned as this
// many bytes of C per byte of Cython. A rough figure from packages' sources and their generated C;
// the first build's measurement replaces it.
const CYTHON_EXPANSION = 40;

/**
 * The compiler's peak memory for one translation unit, from the model fitted to measured compiles
 * (bench/compile-memory): for the file's language, kind and debug info, the lower of two lines
 * over the file's size (memory rises steeply up to a megabyte or two, then flattens), times the
 * group's safety factor (its worst miss when a file is left out of the fit), so it rarely falls
 * short. LTO moves work to the link and makes the compile cheaper: it is not discounted.
 */
export function estimateCompileBytes(unit: TranslationUnit, flags: CompileFlags): number {
  const bytes = unit.cython === 'source' ? unit.bytes * CYTHON_EXPANSION : unit.bytes;
  const cython = unit.cython !== null;
  const group =
    COMPILE_MEMORY_GROUPS.find(
      (g) => g.language === unit.language && g.cython === cython && g.debug === flags.debug,
    ) ??
    COMPILE_MEMORY_GROUPS.find((g) => g.language === unit.language && g.debug === flags.debug)!;
  const peak = Math.min(
    ...group.lines.map((line) => line.baseBytes + line.bytesPerSourceByte * bytes),
  );
  return Math.round(peak * group.safetyFactor);
}

export function estimateAll(
  units: TranslationUnit[],
  flags: CompileFlags,
): { file: string; estimateBytes: number }[] {
  return units.map((unit) => ({
    file: unit.file,
    estimateBytes: estimateCompileBytes(unit, flags),
  }));
}
