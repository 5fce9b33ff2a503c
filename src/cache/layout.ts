import { createHash } from 'node:crypto';
import path from 'node:path';

/** What the cache directory holds for one package. */
export interface CacheLayout {
  /** Short and stable: a digest of the package's directory, whose source paths keys are relative to. */
  packageId: string;
  /** Small files every run rewrites: the memory history and the list of object groups. */
  meta: string;
  history: string;
  /** The object groups the last save wrote, with their keys: what main restores next time. */
  manifest: string;
  /** Object groups, one directory per build and extension: `objects/<build>/<extension>/`. */
  objects: string;
}

/**
 * Everything is kept per package: source paths are only unique within one, and pruning one
 * package's object groups must never touch another's in a cache directory they share.
 */
export function cacheLayout(cacheDir: string, packageDir: string): CacheLayout {
  const packageId = createHash('sha256').update(packageDir).digest('hex').slice(0, 12);
  const root = path.join(cacheDir, 'packages', packageId);
  const meta = path.join(root, 'meta');
  return {
    packageId,
    meta,
    history: path.join(meta, 'memory-history.json'),
    manifest: path.join(meta, 'cache-groups.json'),
    objects: path.join(root, 'objects'),
  };
}
