import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { CompilerCommand } from '../launcher/command.js';
import { parseSearchList, type SearchList } from './include-search.js';

const DEPFILE_WITH_VALUE = new Set(['-MF', '-MT', '-MQ']);
const DEPFILE_FLAGS = new Set(['-MD', '-MMD', '-MP']);

/** The compile's arguments without its output, `-c` and dependency options: what it preprocesses with. */
function preprocessingArgv(command: CompilerCommand): string[] {
  const argv: string[] = [];
  for (let i = 0; i < command.argv.length; i++) {
    const arg = command.argv[i]!;
    if (command.outputAt && i === command.outputAt.index) continue;
    if (
      arg === '-o' &&
      command.outputAt &&
      !command.outputAt.glued &&
      i + 1 === command.outputAt.index
    )
      continue;
    if (arg === '-c' || DEPFILE_FLAGS.has(arg)) continue;
    if (DEPFILE_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    argv.push(arg);
  }
  return argv;
}

/** The compile's command turned into one that preprocesses to stdout, writing no files. */
export const preprocessArgv = (command: CompilerCommand): string[] => [
  ...preprocessingArgv(command),
  '-E',
  '-o',
  '-',
];

// Options that change where the compiler looks for headers (with their values when separate):
// the search list is asked for once per set of these, not once per set of flags.
const SEARCH_OPTION =
  /^(-I|-iquote|-isystem|-idirafter|-iprefix|-iwithprefix|-isysroot|--sysroot|-nostdinc|-B|-m|-target|--target|-stdlib|-imultilib|-imultiarch|-x$)/;
const SEPARATE_VALUE = new Set([
  '-I',
  '-iquote',
  '-isystem',
  '-idirafter',
  '-iprefix',
  '-iwithprefix',
  '-iwithprefixbefore',
  '-isysroot',
  '--sysroot',
  '-B',
  '-target',
  '-imultilib',
  '-imultiarch',
  '-x',
]);

/** The compile's options that decide its include search list, preprocessing nothing verbosely. */
function searchListArgv(command: CompilerCommand): string[] {
  const args = command.argv.slice(command.compiler.length);
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (!SEARCH_OPTION.test(args[i]!)) continue;
    kept.push(args[i]!);
    if (SEPARATE_VALUE.has(args[i]!) && i + 1 < args.length) kept.push(args[++i]!);
  }
  const language = command.language === 'c++' ? 'c++' : 'c';
  return [...command.compiler, ...kept, '-E', '-v', '-x', language, '/dev/null', '-o', '/dev/null'];
}

/** The compiler behind the command, as its `--version` describes it. */
export interface CompilerIdentity {
  digest: string;
  /** GCC or Clang, whose dependency output and search list the direct key reads. */
  known: boolean;
}

const KNOWN_COMPILER = /Free Software Foundation|clang version/;

interface Ran {
  code: number | null;
  /** What it printed, as a SHA-256 and as text (the text only when asked: `gcc -E` prints megabytes). */
  digest: string;
  stdout: string;
  stderr: string;
}

function runCaptured(
  argv: string[],
  env: NodeJS.ProcessEnv,
  options: { cwd?: string; keepStdout?: boolean } = {},
): Promise<Ran | null> {
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    let stdout = '';
    let stderr = '';
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      if (options.keepStdout) stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve({ code, digest: hash.digest('hex'), stdout, stderr }));
  });
}

/**
 * Asks compilers what the keys need, each question once per run: who the compiler is (once per
 * compiler), where it searches for headers (once per compiler, flags, directory and language).
 */
export class CompilerProbe {
  private readonly identities = new Map<string, Promise<CompilerIdentity>>();
  private readonly searchLists = new Map<string, Promise<SearchList | null>>();

  identity(compiler: string, env: NodeJS.ProcessEnv): Promise<CompilerIdentity> {
    let known = this.identities.get(compiler);
    if (!known) {
      known = runCaptured([compiler, '--version'], env, { keepStdout: true }).then((ran) =>
        ran?.code === 0
          ? { digest: ran.digest, known: KNOWN_COMPILER.test(ran.stdout) }
          : { digest: compiler, known: false },
      );
      this.identities.set(compiler, known);
    }
    return known;
  }

  searchList(
    command: CompilerCommand,
    cwd: string,
    env: NodeJS.ProcessEnv,
  ): Promise<SearchList | null> {
    const argv = searchListArgv(command);
    const id = JSON.stringify([argv, cwd]);
    let list = this.searchLists.get(id);
    if (!list) {
      list = runCaptured(argv, env, { cwd }).then((ran) =>
        ran?.code === 0 ? parseSearchList(ran.stderr, cwd) : null,
      );
      this.searchLists.set(id, list);
    }
    return list;
  }

  /** The SHA-256 of the compile's preprocessed text; null when it does not preprocess. */
  async preprocessed(
    command: CompilerCommand,
    cwd: string,
    env: NodeJS.ProcessEnv,
  ): Promise<string | null> {
    const ran = await runCaptured(preprocessArgv(command), env, { cwd });
    return ran?.code === 0 ? ran.digest : null;
  }
}
