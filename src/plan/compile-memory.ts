import type { CompileFlags, TranslationUnit } from './translation-unit.js';

export function estimateCompileBytes(unit: TranslationUnit, flags: CompileFlags): number {
  return 60 * 1024 * 1024 + unit.bytes * (flags.debug ? 70 : 60);
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
