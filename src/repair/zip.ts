import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Zips are read and written by the wheel's own interpreter's zipfile: no zip library to carry
 * in the bundle, the same reader verify unpacks with, and it keeps each entry's permission bits
 * and date (fflate's reader returns only the contents, so a repack with it would lose the
 * executable bits of scripts).
 */
const REPACK = `
import json, os, sys, zipfile
source, target, root, order = json.loads(sys.argv[1])
with zipfile.ZipFile(source) as old:
    infos = {i.filename: i for i in old.infolist()}
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
    for name in order:
        full = os.path.join(root, name)
        info = infos.get(name)
        if info is None:
            info = zipfile.ZipInfo.from_file(full, name)
            info.compress_type = zipfile.ZIP_DEFLATED
        else:
            info = zipfile.ZipInfo(name, info.date_time)
            info.external_attr = infos[name].external_attr
            info.compress_type = zipfile.ZIP_DEFLATED
        with open(full, "rb") as f:
            new.writestr(info, f.read())
`;

/** Unpacks a wheel into a directory. */
export async function unpackWheel(python: string, wheel: string, into: string): Promise<void> {
  await run(python, ['-m', 'zipfile', '-e', wheel, into]);
}

/** The names of a wheel's entries, in the order of the archive (directories excluded). */
export async function wheelEntries(python: string, wheel: string): Promise<string[]> {
  const { stdout } = await run(python, [
    '-c',
    'import json, sys, zipfile\nprint(json.dumps([i.filename for i in zipfile.ZipFile(sys.argv[1]).infolist() if not i.is_dir()]))',
    wheel,
  ]);
  return JSON.parse(stdout) as string[];
}

/**
 * Writes `target` from the files under `root`, in `order` (paths inside the wheel): entries the
 * source wheel had keep their permission bits and date, new ones take the file's own.
 */
export async function packWheel(
  python: string,
  source: string,
  target: string,
  root: string,
  order: string[],
): Promise<void> {
  await run(python, ['-c', REPACK, JSON.stringify([source, target, root, order])], {
    maxBuffer: 16 * 1024 * 1024,
  });
}
