import type { RepairClass } from '../repair/cards.js';
import type { VerifyClass } from '../verify/verify-class.js';

/**
 * One failure explained: what happened, how sure, the lines that show it, and what to do. Its class
 * is a build log's (CLASSES) or, for a built wheel, one of repair's or verify's.
 */
export interface Diagnosis {
  class: DiagnosisClass | RepairClass | VerifyClass;
  confidence: 'high' | 'medium' | 'low';
  title: string /* one line */;
  evidence: {
    text: string;
    source: string /* 'log' | 'journal' | 'kernel' | file path */;
    line?: number;
  }[];
  concerns: { python?: string; extension?: string; file?: string; library?: string };
  remedy: string;
}

export type Confidence = Diagnosis['confidence'];

/**
 * The classes, strongest root cause first: when a log shows several, the earlier class is what
 * happened and the later ones are its echoes (an OOM kill before the assembler error it caused,
 * a missing header before the compile errors that follow it). The first three are wheelwright's
 * own steps failing, which its log records for certain (own-steps.ts).
 */
export const CLASSES = [
  'before-build',
  'repair-command',
  'test-command',
  'oom-killed',
  'memory-limit',
  'disk-full',
  'timeout',
  'network',
  'toolchain-broken',
  'python-incompatible',
  'missing-header',
  'missing-library',
  'parallel-race',
  'missing-shared-library',
  'silent-fallback',
  'compile-error',
  'unknown',
] as const;

export type DiagnosisClass = (typeof CLASSES)[number];
