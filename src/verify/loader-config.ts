/**
 * What the system's dynamic loader searches besides a binary's own paths: its cache
 * (`ldconfig -p`, i.e. /etc/ld.so.cache) and its default directories (`ld.so --help`). Parsed
 * from the tools' own output, so the answer is the loader's, not a guess at its configuration.
 */
export interface CacheEntry {
  name: string;
  /**
   * The cache's flags, e.g. `libc6,x86-64`. Kept for the record: the resolver tells an i386
   * entry from an x86-64 one by reading the file's own class and machine, as the loader's
   * open_verify does.
   */
  flags: string;
  path: string;
}

export interface LoaderConfig {
  cache: CacheEntry[];
  /** The default ("system search path") directories, in search order. */
  defaultDirs: string[];
}

/** Lines like `\tlibz.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libz.so.1`. */
export function parseLdconfigList(text: string): CacheEntry[] {
  const entries: CacheEntry[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s+(\S+) \(([^)]*)\)(?: => (.+))?$/.exec(line);
    if (match?.[3]) entries.push({ name: match[1]!, flags: match[2]!, path: match[3].trim() });
  }
  return entries;
}

/** `ld.so --help` (glibc 2.33 and later) lists `  /usr/lib (system search path)`. */
export function parseLoaderHelp(text: string): string[] {
  return [...text.matchAll(/^\s+(\/\S*) \(system search path\)$/gm)].map((m) => m[1]!);
}

/** The defaults glibc is built with, for a loader too old (before 2.33) to list them. */
export function fallbackDefaultDirs(bits: 32 | 64): string[] {
  return bits === 64 ? ['/lib64', '/usr/lib64', '/lib', '/usr/lib'] : ['/lib', '/usr/lib'];
}
