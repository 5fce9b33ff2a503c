import type { Diagnosis } from '../diagnose/diagnosis.js';
import type { ImportFailure } from './import-errors.js';

/** The classes of verify's cards: what is wrong with a built wheel, or worth a note about it. */
export type VerifyClass =
  | 'wheel-not-installable'
  | 'extension-unreadable'
  | 'missing-shared-library'
  | 'library-outside-wheel'
  | 'macos-minimum-newer-than-tag'
  | 'macos-arch-slice-missing'
  | 'symbol-version-too-new'
  | 'library-not-allowed-by-policy'
  | 'compiled-module-missing'
  | 'macos-tag-older-than-target'
  | 'wheel-module-missing'
  | Exclude<ImportFailure['class'], 'python-module-missing'>
  | NoteClass;

/**
 * The classes that are notes, not faults: PyPI would refuse the wheel's platform tag (a wheel
 * built with repair off, kept on purpose), the import test could not run here, or the import
 * needs a module of the environment that verify does not install. Each leaves the wheel good for
 * its users.
 */
export type NoteClass =
  'platform-tag-not-accepted-by-pypi' | 'import-test-not-run' | 'python-module-unavailable';

/** One of verify's cards: a diagnosis whose class says what verify found. */
export interface VerifyCard extends Diagnosis {
  class: VerifyClass;
}

/**
 * The note classes (NoteClass), as a set to test any diagnosis's class against: a wheel whose
 * cards are all of these classes ships; every other class says it is broken, and it stays out of
 * the uploaded set.
 */
export const NOT_BLOCKING: ReadonlySet<Diagnosis['class']> = new Set<NoteClass>([
  'platform-tag-not-accepted-by-pypi',
  'import-test-not-run',
  'python-module-unavailable',
]);
