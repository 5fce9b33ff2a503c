import type { JournalRecord } from './journal.js';

export interface JournalSummary {
  compiles: number;
  links: number;
  /** Compiles run again after the kernel killed them for memory. */
  retries: number;
  failed: number;
  peakRssBytes: number;
  peakSource: string | null;
  cpuMs: number;
  /** Compiles served from the object cache. */
  cacheHits: number;
}

export function summarizeJournal(journal: JournalRecord[]): JournalSummary {
  const peak = journal.reduce<JournalRecord | null>(
    (best, r) => (best === null || r.peakRssBytes > best.peakRssBytes ? r : best),
    null,
  );
  return {
    compiles: journal.filter((r) => r.kind === 'compile' && r.attempt === 1).length,
    links: journal.filter((r) => r.kind === 'link' && r.attempt === 1).length,
    retries: journal.filter((r) => r.attempt > 1).length,
    failed: journal.filter((r) => r.exitCode !== 0).length,
    peakRssBytes: peak?.peakRssBytes ?? 0,
    peakSource: peak ? (peak.source ?? peak.output) : null,
    cpuMs: journal.reduce((sum, r) => sum + r.cpuMs, 0),
    cacheHits: journal.filter((r) => r.cacheHit).length,
  };
}
