import path from 'node:path';
import { quote } from 'shell-quote';

/**
 * The shell that runs users' commands (before-build, repair-command, test-command): their
 * syntax is POSIX sh, as cibuildwheel's is. Linux and macOS have /bin/sh. Windows has none;
 * GitHub's Windows images carry Git for Windows, whose bash is what a workflow's `shell: bash`
 * runs there (GitHub's "Workflow syntax", jobs.<job_id>.steps[*].shell), at
 * %ProgramFiles%\Git\bin\bash.exe: that bash is used, so the same commands work. Without it
 * (a self-hosted runner with no Git for Windows) cmd.exe runs them, with its own syntax.
 */
export type Shell = { kind: 'posix'; program: string } | { kind: 'cmd'; program: string };

/** Which shell runs commands on `platform`, given what exists there. */
export function findShell(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  exists: (file: string) => boolean,
): Shell {
  if (platform !== 'win32') return { kind: 'posix', program: '/bin/sh' };
  const programFiles = [env.ProgramFiles, env.ProgramW6432, 'C:\\Program Files'].filter(
    (dir): dir is string => Boolean(dir),
  );
  for (const dir of programFiles) {
    const bash = path.win32.join(dir, 'Git', 'bin', 'bash.exe');
    if (exists(bash)) return { kind: 'posix', program: bash };
  }
  return { kind: 'cmd', program: env.ComSpec ?? 'C:\\Windows\\System32\\cmd.exe' };
}

export interface ShellInvocation {
  argv: string[];
  /**
   * Node's spawn quotes each argument for the MSVC runtime's rules; cmd.exe does not follow
   * them, so its command line is passed as it is (spawn's windowsVerbatimArguments).
   */
  verbatim: boolean;
}

/** The argv that runs `command` in `shell`. */
export function shellInvocation(shell: Shell, command: string): ShellInvocation {
  if (shell.kind === 'posix') return { argv: [shell.program, '-c', command], verbatim: false };
  // /d: no AutoRun commands from the registry; /s /c "…": the outer quotes are stripped and the
  // rest is run as it is
  return { argv: [shell.program, '/d', '/s', '/c', `"${command}"`], verbatim: true };
}

/** Quotes a value (a path) put into a command for `shell`. */
export function quoteFor(shell: Shell): (value: string) => string {
  if (shell.kind === 'posix') return (value) => quote([value]);
  // Windows paths cannot hold `"`; %VAR% still expands inside quotes in cmd.exe, and `%` is
  // legal in a path: doubled it is not a variable in a batch file but is on a command line, so
  // such a path is refused rather than mangled
  return (value) => {
    if (value.includes('"') || value.includes('%'))
      throw new Error(`cannot pass ${value} to cmd.exe: it holds " or %`);
    return `"${value}"`;
  };
}

/** Whether an argv from shellInvocation runs cmd.exe, whose command line goes as it is. */
export const isVerbatim = (argv: string[]) => /(?:^|[\\/])cmd(?:\.exe)?$/i.test(argv[0] ?? '');

/** The user's command in an argv from shellInvocation (any platform's), or null for another argv. */
export function commandInShell(argv: string[]): string | null {
  if (argv.length === 3 && argv[1] === '-c' && /(?:^|[\\/])(?:sh|bash)(?:\.exe)?$/i.test(argv[0]!))
    return argv[2]!;
  const [, d, s, c, quoted] = argv;
  if (argv.length === 5 && isVerbatim(argv) && d === '/d' && s === '/s' && c === '/c')
    return quoted!.replace(/^"([\s\S]*)"$/, '$1');
  return null;
}
