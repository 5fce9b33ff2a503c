import type { TranslationUnit } from './translation-unit.js';

/**
 * What a package's headers cost the compiler beyond what the memory model assumes, learned from
 * its compiles as they finish. The model sees a source's bytes or calls, not what it includes: a
 * 10 KB pygame file that includes SDL2's headers is 2.6 MB after the preprocessor and needs
 * ~110 MiB, where the model plans ~65 MiB. Every hand-written file of a package that includes the
 * same big headers misses by about the same amount, so each finished compile's excess (its
 * measured peak over the model's line, at least zero) is kept, and a later compile of the same
 * language and debug setting is planned with the median of them: a file that includes less
 * (pygame's `bitmask.c`, none of SDL2) or one whose own code the model misjudges pulls the median
 * less than it would the smallest or the largest (bench/compile-memory/RESULTS.md, "Round 4").
 * Only hand-written C teaches it: the model's Cython lines are fitted over whole files, headers
 * included, and Cython's C is often over-estimated, which would hide the headers' excess. The
 * excess raises Cython's estimates too: its C includes the same headers.
 */
export class HeaderExcess {
  private readonly excesses = new Map<string, number[]>();

  /** A finished compile: its measured peak and the model's line for it (before the factor). */
  learn(
    unit: Pick<TranslationUnit, 'language' | 'cython'>,
    debug: boolean,
    peakBytes: number,
    modelBytes: number,
  ): void {
    if (unit.cython !== null) return;
    const key = `${unit.language} ${debug}`;
    const sorted = this.excesses.get(key) ?? [];
    const excess = Math.max(0, peakBytes - modelBytes);
    const at = sorted.findIndex((e) => e > excess);
    sorted.splice(at === -1 ? sorted.length : at, 0, excess);
    this.excesses.set(key, sorted);
  }

  /** The bytes to add to the model's line for a compile of this language and debug setting. */
  bytes(language: TranslationUnit['language'], debug: boolean): number {
    const sorted = this.excesses.get(`${language} ${debug}`);
    if (!sorted?.length) return 0;
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  }
}
