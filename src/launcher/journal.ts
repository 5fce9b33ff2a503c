/**
 * One line of the launcher's journal: one compile or link as it really ran. The plan's memory
 * model learns from `peakRssBytes`; diagnosis reads `signal`, `exitCode` and `attempt`.
 */
export interface JournalRecord {
  kind: 'compile' | 'link';
  /** The build (interpreter id) it belongs to. */
  build: string;
  argv: string[];
  cwd: string;
  /** The source file compiled, relative to the build's package copy when inside it. */
  source: string | null;
  output: string | null;
  /** The extension module the object or link belongs to, when known. */
  extension: string | null;
  flagsHash: string;
  exitCode: number | null;
  signal: string | null;
  /** Peak resident memory of the largest process of the compile's tree (wait4 rusage). */
  peakRssBytes: number;
  estimateBytes: number;
  wallMs: number;
  cpuMs: number;
  cacheHit: boolean;
  /** On a hit: the object's size, and the compile time it stood for when it was made. */
  cacheBytes?: number;
  cacheSavedMs?: number;
  /**
   * With the cache on, how the object was keyed: `direct` (arguments, source and the manifest of
   * headers it read) or `preprocessed` (its preprocessed text), and why it fell back to that.
   */
  cacheKey?: 'direct' | 'preprocessed';
  cacheFallback?: string;
  /** The distcc host it was compiled on (`name:port`); absent when compiled here. */
  host?: string;
  /** A host that could not do this compile, and its error: the compile then ran here. */
  hostFailure?: { host: string; error: string; wallMs: number };
  /** 1 for the first try; a compile retried after an OOM kill has 2 and up. */
  attempt: number;
  startedAt: string;
}
