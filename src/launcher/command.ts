import { createHash } from 'node:crypto';
import path from 'node:path';

interface CommandBase {
  argv: string[];
  /** The words that name programs: `gcc`, or a wrapper and the compiler (`ccache gcc`). */
  compiler: string[];
  /** Where the output is named in argv: `-o PATH` (index of PATH), `-oPATH`, or not at all. */
  outputAt: { index: number; glued: boolean } | null;
  debug: boolean;
  lto: boolean;
  /** What makes two compiles of one source differ: every argument but the output, source and depfile options. */
  flagsHash: string;
}

/** One translation unit compiled to an object (`-c`, one source). */
export interface CompileCommand extends CommandBase {
  kind: 'compile';
  /** The translation unit, as written on the command line. */
  source: string;
  language: 'c' | 'c++';
  /** The output as written (`-o`), or the compiler's default. */
  output: string;
  objectIndices: [];
}

/** A shared library (an extension module) linked from objects. */
export interface LinkCommand extends CommandBase {
  kind: 'link';
  source: null;
  language: null;
  /** The output as written (`-o`), if it is. */
  output: string | null;
  /** Objects the link reads, as indices into argv. */
  objectIndices: number[];
}

/** Anything else the compiler driver is asked (a preprocess, a version query, a program). */
export interface OtherCommand extends CommandBase {
  kind: 'other';
  source: null;
  language: null;
  output: string | null;
  objectIndices: [];
}

export type CompilerCommand = CompileCommand | LinkCommand | OtherCommand;

const SOURCE_LANGUAGES: Record<string, 'c' | 'c++'> = {
  '.c': 'c',
  '.cc': 'c++',
  '.cpp': 'c++',
  '.cxx': 'c++',
  '.c++': 'c++',
  '.cp': 'c++',
  '.C': 'c++',
};

// Options whose value is the next argument (when not glued to them).
const TAKES_VALUE = new Set([
  '-o',
  '-I',
  '-D',
  '-U',
  '-include',
  '-imacros',
  '-isystem',
  '-idirafter',
  '-iquote',
  '-iprefix',
  '-isysroot',
  '--sysroot',
  '-MF',
  '-MT',
  '-MQ',
  '-x',
  '-Xlinker',
  '-Xassembler',
  '-Xpreprocessor',
  '-L',
  '-l',
  '--param',
  '-arch',
  '-target',
  '-aux-info',
  '-T',
  '-z',
  '-u',
]);
const DEPFILE_WITH_VALUE = new Set(['-MF', '-MT', '-MQ']);
const DEPFILE_FLAGS = new Set(['-MD', '-MMD', '-MP', '-M', '-MM']);

/** How many leading words name programs (`ccache gcc`), before the first option or file. */
function programWords(argv: string[]): number {
  let words = 0;
  while (
    words < argv.length &&
    !argv[words]!.startsWith('-') &&
    !/\.(c|cc|cpp|cxx|c\+\+|o|so|a)$/i.test(argv[words]!)
  )
    words++;
  return Math.max(1, words);
}

/**
 * Reads a compiler command line: `argv` is the real compiler's command as the build ran it
 * (the shim's own name removed), whose compiler may be several words (`ccache gcc`).
 */
export function parseCommand(argv: string[]): CompilerCommand {
  const compilerWords = programWords(argv);
  const args = argv.slice(compilerWords);
  let compile = false;
  let shared = false;
  let output: string | null = null;
  let outputAt: CompilerCommand['outputAt'] = null;
  const sources: { index: number; language: 'c' | 'c++' }[] = [];
  const objectIndices: number[] = [];
  const hashed: string[] = argv.slice(0, compilerWords);
  let debug = false;
  let lto = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const at = i + compilerWords;
    if (arg === '-c') compile = true;
    if (arg === '-shared' || arg === '-bundle' || arg === '-dynamiclib') shared = true;
    if (/^-g(?!0)/.test(arg)) debug = true;
    if (arg === '-g0') debug = false;
    if (arg.startsWith('-flto')) lto = true;
    if (arg === '-fno-lto') lto = false;
    if (arg === '-o') {
      output = args[i + 1] ?? null;
      outputAt = { index: at + 1, glued: false };
      i++;
      continue;
    }
    if (arg.startsWith('-o') && arg.length > 2) {
      output = arg.slice(2);
      outputAt = { index: at, glued: true };
      continue;
    }
    if (DEPFILE_FLAGS.has(arg)) continue;
    if (DEPFILE_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (TAKES_VALUE.has(arg)) {
      hashed.push(arg, args[i + 1] ?? '');
      i++;
      continue;
    }
    if (!arg.startsWith('-')) {
      const language = SOURCE_LANGUAGES[path.extname(arg)];
      if (language) {
        sources.push({ index: at, language });
        continue;
      }
      if (/\.(o|obj|a|so(\.\d+)*|lo)$/.test(arg)) objectIndices.push(at);
    }
    hashed.push(arg);
  }
  const flagsHash = createHash('sha256').update(hashed.join('\0')).digest('hex').slice(0, 16);
  const base = { argv, compiler: argv.slice(0, compilerWords), outputAt, debug, lto, flagsHash };
  if (compile && sources.length === 1) {
    const source = argv[sources[0]!.index]!;
    return {
      ...base,
      kind: 'compile',
      source,
      language: sources[0]!.language,
      output: output ?? `${path.basename(source, path.extname(source))}.o`,
      objectIndices: [],
    };
  }
  if (!compile && (shared || /\.(so|pyd|dylib)$/.test(output ?? '')) && sources.length === 0) {
    return { ...base, kind: 'link', source: null, language: null, output, objectIndices };
  }
  return { ...base, kind: 'other', source: null, language: null, output, objectIndices: [] };
}

/** The same command writing its output to `file` instead. */
export function withOutput(command: CompilerCommand, file: string): string[] {
  const argv = [...command.argv];
  if (command.outputAt === null) return [...argv, '-o', file];
  argv[command.outputAt.index] = command.outputAt.glued ? `-o${file}` : file;
  return argv;
}
