import { execFileSync } from 'node:child_process';
import {
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { chmod, copyFile, mkdir, readdir, readlink, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { leftOutOfCopy } from '../config/package-dir.js';

/** The repository directory a `.git` file (a worktree's or a submodule's) points to. */
function gitDirOf(dotGit: string): string {
  if (statSync(dotGit).isDirectory()) return dotGit;
  const match = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
  if (!match) throw new Error(`${dotGit} is neither a directory nor a "gitdir:" file`);
  return path.resolve(path.dirname(dotGit), match[1]!);
}

// In a repository directory: what other worktrees and large-file storage keep, never read by a
// version lookup, and the objects, which the copy reaches through `alternates` instead.
const NOT_COPIED = new Set(['objects', 'worktrees', 'lfs']);

/**
 * A repository of the copy's own at `to` (`<copy>/.git`) with the user's refs, HEAD and index, its
 * objects read in place through `objects/info/alternates` (objects never change once written, and
 * git only adds new ones to the copy's own directory). Git in the copy then sees the same commit,
 * tags and changed files as in the user's tree, so a version computed from it is the same, dirty
 * trees included, and nothing the build runs can write into the user's repository.
 */
function copyRepository(dotGit: string, to: string): void {
  const gitDir = gitDirOf(dotGit);
  // A worktree's own directory holds its HEAD and index; the rest is in the common directory.
  const commonFile = path.join(gitDir, 'commondir');
  const common = existsSync(commonFile)
    ? path.resolve(gitDir, readFileSync(commonFile, 'utf8').trim())
    : gitDir;
  cpSync(common, to, {
    recursive: true,
    filter: (source) => path.dirname(source) !== common || !NOT_COPIED.has(path.basename(source)),
  });
  for (const own of ['HEAD', 'index']) {
    const file = path.join(gitDir, own);
    if (gitDir !== common && existsSync(file)) cpSync(file, path.join(to, own));
  }
  mkdirSync(path.join(to, 'objects', 'info'), { recursive: true });
  writeFileSync(
    path.join(to, 'objects', 'info', 'alternates'),
    `${path.join(common, 'objects')}\n`,
  );
  // A submodule's repository names its worktree relative to where it lay: here, the copy is it.
  try {
    execFileSync(
      'git',
      ['config', '--file', path.join(to, 'config'), '--unset-all', 'core.worktree'],
      {
        stdio: 'ignore',
      },
    );
  } catch {
    // not set (git exits 5), or no git: then no version tool can read the repository anyway
  }
}

/** Where a symbolic link in the package points from the copy: a relative target as it resolves in the package. */
async function linkTarget(link: string): Promise<string> {
  const target = await readlink(link);
  return path.isAbsolute(target) ? target : path.resolve(path.dirname(link), target);
}

/** Waits for every one of `work` (none is left running), then throws the first failure. */
async function settleAll(work: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((done) => done.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Copies the package for one build, so builds of several versions never share their outputs:
 * everything but the root's build outputs and environments and the caches at any depth; the
 * root's `.git` as a repository of the copy's own. Files keep their modes (the copy asks for a
 * clone where the file system makes them), directories theirs once their contents are in.
 */
export async function copyTree(from: string, to: string): Promise<void> {
  const files: [string, string][] = [];
  const modes: [string, number][] = [];
  // asynchronous throughout, so that a copy made ahead leaves the main thread to the run
  const walk = async (dir: string, into: string, atRoot: boolean): Promise<void> => {
    await mkdir(into);
    modes.push([into, (await stat(dir)).mode]);
    const below: Promise<void>[] = [];
    let refused: Error | null = null;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      // the root's .git (a directory, or a worktree's or submodule's gitdir file) comes after
      if (atRoot && entry.name === '.git') continue;
      const source = path.join(dir, entry.name);
      const target = path.join(into, entry.name);
      if (entry.isDirectory()) {
        if (!leftOutOfCopy(entry.name, atRoot)) below.push(walk(source, target, false));
      } else if (entry.isFile()) files.push([source, target]);
      else if (entry.isSymbolicLink())
        below.push(linkTarget(source).then((link) => symlink(link, target)));
      else
        refused ??= new Error(`cannot copy ${source}: not a file, a directory or a symbolic link`);
    }
    // what was started ends before the copy fails: nothing may write into it once it has
    await settleAll(below);
    if (refused) throw refused;
  };
  await walk(from, to, true);
  // Every file is queued at once: libuv's threads (four unless UV_THREADPOOL_SIZE says otherwise)
  // copy them while the main thread is busy elsewhere, even in a synchronous call.
  await settleAll(
    files.map(([source, target]) => copyFile(source, target, constants.COPYFILE_FICLONE)),
  );
  const dotGit = path.join(from, '.git');
  if (existsSync(dotGit)) copyRepository(dotGit, path.join(to, '.git'));
  // innermost first: a directory without write permission is filled before it gets its mode
  for (const [dir, mode] of modes.reverse()) await chmod(dir, mode);
}

/** A copy of the package made while the run is still finding its builds, for the first build to take. */
export interface CopyAhead {
  /** Moves the finished copy to `to`; false when it was taken already or could not be made. */
  take(to: string): Promise<boolean>;
  /** Settles once nothing writes into the copy any more. */
  settled: Promise<void>;
}

/** Starts copying the package into `dir` now (see copyTree). */
export function copyAhead(from: string, dir: string): CopyAhead {
  const copied = copyTree(from, dir).then(
    () => true,
    () => false,
  );
  let taken = false;
  return {
    async take(to) {
      if (taken) return false;
      taken = true;
      if (!(await copied)) return false;
      renameSync(dir, to);
      return true;
    },
    settled: copied.then(() => undefined),
  };
}
