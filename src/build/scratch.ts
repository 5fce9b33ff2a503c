import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** A directory wheelwright will not build in: another user owns it, or it is not a directory. */
export class UnsafeDirectoryError extends Error {
  constructor(
    readonly dir: string,
    reason: string,
  ) {
    super(`refusing ${dir}: ${reason}`);
    this.name = 'UnsafeDirectoryError';
  }
}

/** A user's name from /etc/passwd, else `uid N`. */
function userName(uid: number): string {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [name, , id] = line.split(':');
      if (id === String(uid) && name) return `${name} (uid ${uid})`;
    }
  } catch {
    // no passwd file (macOS keeps users elsewhere)
  }
  return `uid ${uid}`;
}

/**
 * Makes `dir` if needed and refuses it unless it is a real directory (not a symbolic link) owned
 * by this user: whoever owns a directory can swap what the build reads and runs there (the
 * shim, the objects, the sources). `what` names it in the error.
 */
export function checkOwnDirectory(dir: string, what: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory())
    throw new UnsafeDirectoryError(dir, `${what} is not a directory (a symbolic link?)`);
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid)
    throw new UnsafeDirectoryError(
      dir,
      `${what} is owned by ${userName(stat.uid)}, not by this user, ${userName(uid)}: remove it or choose another`,
    );
}

const basePath = (root: string) => path.join(root, `wheelwright-${process.getuid?.() ?? 'user'}`);

/**
 * This user's private directory under `root`, `wheelwright-<uid>`, mode 0700: what is made in it
 * nobody else can create first, replace or read. Its name is known in advance (a stable scratch
 * path keeps compile commands, and so the object cache's keys, the same from run to run); it is
 * safe because it is refused unless this user owns it, and `root` (/tmp, RUNNER_TEMP) is sticky
 * or private, so nobody else can rename it away: tmux's /tmp/tmux-<uid> works the same way.
 */
export function privateBase(root: string): string {
  const base = basePath(root);
  checkOwnDirectory(base, 'the scratch directory');
  chmodSync(base, 0o700);
  return base;
}

/** Whether a process with this id runs (one of another user counts: it cannot be signalled). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ownerFile = (dir: string) => `${dir}.pid`;

/** A directory of this run's own, marked with its process id until released. */
export interface Claimed {
  dir: string;
  /** Removes the directory and its mark. */
  release(): void;
}

/** Marks `dir` as this run's; false when another run's mark is there first. */
function mark(dir: string): boolean {
  try {
    writeFileSync(ownerFile(dir), `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function claimed(dir: string): Claimed {
  return {
    dir,
    release() {
      rmSync(dir, { recursive: true, force: true });
      rmSync(ownerFile(dir), { force: true });
    },
  };
}

/**
 * Removes what runs that died left in `base` (killed, they could not clean up): each directory
 * whose mark names a process that no longer runs, and the mark. Directories of running
 * processes stay. Returns the directories removed.
 */
function removeLeftovers(base: string): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(base)) {
    if (!name.endsWith('.pid')) continue;
    const mark = path.join(base, name);
    const pid = Number(readFileSync(mark, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) continue;
    const dir = mark.slice(0, -'.pid'.length);
    rmSync(dir, { recursive: true, force: true });
    rmSync(mark, { force: true });
    removed.push(dir);
  }
  return removed;
}

/** What dead runs left under `root` (scratch directories, sockets): the post step's sweep. */
export function sweepLeftovers(root: string): string[] {
  const base = basePath(root);
  return existsSync(base) ? removeLeftovers(privateBase(root)) : [];
}

/**
 * A fresh scratch directory for the package's builds, in this user's private base under `root`:
 * at a stable path (`<hash of the package path>`) so that compile commands, and the paths in what
 * they produce, are the same from run to run; when another run of the same package holds it, at
 * a path of its own. Leftovers of dead runs are removed first.
 */
export function claimScratch(root: string, packageDir: string): Claimed {
  const base = privateBase(root);
  removeLeftovers(base);
  const stable = path.join(
    base,
    createHash('sha256').update(packageDir).digest('hex').slice(0, 12),
  );
  if (!mark(stable)) return claimPrivate(root, `${path.basename(stable)}-`);
  rmSync(stable, { recursive: true, force: true });
  mkdirSync(stable, { mode: 0o700 });
  return claimed(stable);
}

/** A private directory of this run's own under `root`, for what needs no stable path. */
export function claimPrivate(root: string, prefix: string): Claimed {
  const dir = mkdtempSync(path.join(privateBase(root), prefix));
  mark(dir);
  return claimed(dir);
}
