import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * Copies the package for one build, so builds of several versions never share their outputs:
 * everything but the root's build outputs and environments and the caches at any depth; the
 * root's `.git` as a repository of the copy's own.
 */
export function copyTree(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => {
      if (source === from) return true;
      const atRoot = path.dirname(source) === from;
      const name = path.basename(source);
      if (atRoot && name === '.git') return false;
      return !(leftOutOfCopy(name, atRoot) && lstatSync(source).isDirectory());
    },
  });
  const dotGit = path.join(from, '.git');
  if (existsSync(dotGit)) copyRepository(dotGit, path.join(to, '.git'));
}
