import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Candidate } from '../build/discover.js';

const run = promisify(execFile);

export interface LauncherEntry {
  /** The launcher's tag: `3.12`, `3.13t`, `3.9-64`, `ContinuumAnalytics/Anaconda39-64`. */
  tag: string;
  path: string;
  /** The one `py` runs without arguments (marked `*`). */
  default: boolean;
}

/**
 * The interpreters `py -0p` lists: the Python launcher for Windows enumerates the PEP 514
 * registry entries (HKCU and HKLM `Software\Python\<company>\<tag>\InstallPath`), so this is
 * how interpreters installed by python.org's installer (or registered by others) are found.
 * Two output forms exist: the launcher of Python 3.11+ writes ` -V:3.12 *        C:\…\python.exe`,
 * older ones ` -3.9-64 *       C:\…\python.exe` under a heading line. Lines without an absolute
 * Windows path (headings, "No Installed Pythons Found!") are not entries.
 */
export function parsePyLauncherList(output: string): LauncherEntry[] {
  const entries: LauncherEntry[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s*-(?:V:)?(\S+)\s+(\*\s+)?((?:[A-Za-z]:\\|\\\\).*?)\s*$/.exec(line);
    if (match) entries.push({ tag: match[1]!, path: match[3]!, default: match[2] !== undefined });
  }
  return entries;
}

/** The `py` launcher's interpreters on Windows; none elsewhere or without a launcher. */
export async function pyLauncherCandidates(platform: NodeJS.Platform): Promise<Candidate[]> {
  if (platform !== 'win32') return [];
  try {
    const { stdout } = await run('py', ['-0p'], { timeout: 20_000 });
    return parsePyLauncherList(stdout).map((e) => ({
      path: e.path,
      foundIn: `py launcher (${e.tag})`,
    }));
  } catch {
    // no py.exe: setup-python's interpreters are found in the tool cache and on PATH
    return [];
  }
}
