import { COMPILE_MEMORY_GROUPS } from './compile-memory-model.js';
import type { CompileFlags, TranslationUnit } from './translation-unit.js';

// Cython writes far more C than it reads: a .pyx whose C is not generated yet is planned as about
// 120 KB of boilerplate plus 90 bytes of C per byte of Cython. On the seven non-trivial .pyx files
// of bench/compile-memory (3 KB to 142 KB, Cython 0.29.32) that is within -14 % to +17 % of the C
// Cython wrote; the first build's measurement replaces it anyway.
const CYTHON_BASE_BYTES = 120_000;
const CYTHON_EXPANSION = 90;

/**
 * The model's line for one translation unit, before its safety factor: for the file's language,
 * kind and debug info, the lower of two lines fitted to measured compiles (bench/compile-memory;
 * memory rises steeply up to a megabyte or two, then flattens), and the group's safety factor (its
 * worst miss when a file is left out of the fit). C that Cython generated is measured in its calls
 * where they were counted (each an inline helper or a C-API macro expanded where it stands), and
 * with -g in its string literals too (each constant's array and object get debug information), else
 * in bytes by the group's byte lines, as is other C. LTO moves work to the link and makes the
 * compile cheaper: it is not discounted.
 */
export function compileMemoryLine(
  unit: TranslationUnit,
  flags: CompileFlags,
): { peakBytes: number; safetyFactor: number } {
  const bytes =
    unit.cython === 'source' ? CYTHON_BASE_BYTES + unit.bytes * CYTHON_EXPANSION : unit.bytes;
  const cython = unit.cython !== null;
  const group =
    COMPILE_MEMORY_GROUPS.find(
      (g) => g.language === unit.language && g.cython === cython && g.debug === flags.debug,
    ) ??
    COMPILE_MEMORY_GROUPS.find((g) => g.language === unit.language && g.debug === flags.debug)!;
  const { codeCalls, codeStrings = 0 } = unit;
  if (codeCalls !== undefined && 'callLines' in group) {
    return {
      peakBytes: Math.min(
        ...group.callLines.map(
          (line) =>
            line.baseBytes + line.bytesPerCall * codeCalls + line.bytesPerString * codeStrings,
        ),
      ),
      safetyFactor: group.callSafetyFactor,
    };
  }
  return {
    peakBytes: Math.min(
      ...group.lines.map((line) => line.baseBytes + line.bytesPerSourceByte * bytes),
    ),
    safetyFactor: group.safetyFactor,
  };
}

/**
 * The compiler's peak memory for one translation unit: the model's line, plus what the package's
 * headers are known to cost beyond what the model assumes (`headerBytes`, header-excess.ts), times
 * the safety factor, so it rarely falls short.
 */
export function estimateCompileBytes(
  unit: TranslationUnit,
  flags: CompileFlags,
  headerBytes = 0,
): number {
  const { peakBytes, safetyFactor } = compileMemoryLine(unit, flags);
  return Math.round((peakBytes + headerBytes) * safetyFactor);
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
