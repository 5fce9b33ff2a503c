/**
 * Every object a build's compiles produced, by the path the build asked for. One path can have
 * several variants when two extensions compile a shared source with different flags; each
 * variant lives at its own path that nothing rewrites, so a link (and lto1, which reopens
 * objects later) reads exactly what it was given.
 */
export class Variants {
  private readonly byPath = new Map<string, { flagsHash: string; file: string }[]>();

  record(objectPath: string, flagsHash: string, file: string): void {
    const list = this.byPath.get(objectPath) ?? [];
    list.push({ flagsHash, file });
    this.byPath.set(objectPath, list);
  }

  /**
   * The variant each object of a link should be: the one compiled with the link's own flags.
   * setuptools compiles all sources of one extension with the same flags, so the objects that
   * exist in one variant only tell which flags this extension used.
   */
  forLink(objectPaths: string[]): Map<string, string> {
    const known = objectPaths.filter((p) => this.byPath.has(p));
    const votes = new Map<string, number>();
    for (const p of known) {
      const hashes = new Set(this.byPath.get(p)!.map((v) => v.flagsHash));
      if (hashes.size === 1) {
        const [only] = hashes;
        votes.set(only!, (votes.get(only!) ?? 0) + 1);
      }
    }
    const own = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    const chosen = new Map<string, string>();
    for (const p of known) {
      const list = this.byPath.get(p)!;
      const match = [...list].reverse().find((v) => v.flagsHash === own) ?? list[list.length - 1]!;
      chosen.set(p, match.file);
    }
    return chosen;
  }
}
