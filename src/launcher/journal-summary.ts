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
  /** The object cache's part, when it was on. */
  cache: CacheSummary | null;
  /** Compiles per distcc host; empty when none was sent to a host. */
  hosts: HostSummary[];
}

export interface HostSummary {
  /** `name:port` */
  host: string;
  /** Compiles it did, and the wall time they took (preprocessing here included). */
  compiles: number;
  wallMs: number;
  /** Compiles it could not do, each compiled here instead. */
  failures: number;
}

export interface CacheSummary {
  /** Compiles served from the cache. */
  hits: number;
  /** Compiles it had no entry for (each then compiled and was stored). */
  misses: number;
  /** Bytes of objects served. */
  bytes: number;
  /** What the served objects took to compile when they were made. */
  savedMs: number;
  /** Entries it could not read or write (the build went on without them). */
  problems: string[];
  /**
   * Compiles keyed by their preprocessed text because the direct key could not be trusted for
   * them, and each reason with its count, most frequent first.
   */
  preprocessed: number;
  fallbacks: { reason: string; count: number }[];
}

/** `cacheProblems`: what the object cache could not read or write; null when it was off. */
export function summarizeJournal(
  journal: JournalRecord[],
  cacheProblems: string[] | null,
): JournalSummary {
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
    cache: cacheProblems ? summarizeCache(journal, cacheProblems) : null,
    hosts: summarizeHosts(journal),
  };
}

function summarizeHosts(journal: JournalRecord[]): HostSummary[] {
  const hosts = new Map<string, HostSummary>();
  const of = (host: string) =>
    hosts.get(host) ?? hosts.set(host, { host, compiles: 0, wallMs: 0, failures: 0 }).get(host)!;
  for (const r of journal) {
    if (r.host !== undefined) {
      of(r.host).compiles += 1;
      of(r.host).wallMs += r.wallMs;
    }
    if (r.hostFailure) of(r.hostFailure.host).failures += 1;
  }
  return [...hosts.values()];
}

function summarizeCache(journal: JournalRecord[], problems: string[]): CacheSummary {
  const hits = journal.filter((r) => r.cacheHit);
  const fallbacks = new Map<string, number>();
  for (const r of journal)
    if (r.kind === 'compile' && r.attempt === 1 && r.cacheKey === 'preprocessed')
      fallbacks.set(r.cacheFallback ?? '', (fallbacks.get(r.cacheFallback ?? '') ?? 0) + 1);
  return {
    preprocessed: [...fallbacks.values()].reduce((sum, n) => sum + n, 0),
    fallbacks: [...fallbacks]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count),
    hits: hits.length,
    misses: journal.filter((r) => r.kind === 'compile' && r.attempt === 1 && !r.cacheHit).length,
    bytes: hits.reduce((sum, r) => sum + (r.cacheBytes ?? 0), 0),
    savedMs: hits.reduce((sum, r) => sum + (r.cacheSavedMs ?? 0), 0),
    problems,
  };
}

/** Commands the shim ran without the coordinator (it was unreachable), from its fallback log. */
export interface FallbackSummary {
  count: number;
  /** Each distinct reason, in the order first seen. */
  reasons: string[];
}

export function summarizeFallbacks(log: string): FallbackSummary {
  // each line: `<why>: <program>`
  const lines = log.split('\n').filter(Boolean);
  return {
    count: lines.length,
    reasons: [...new Set(lines.map((line) => line.slice(0, line.lastIndexOf(': ')) || line))],
  };
}
