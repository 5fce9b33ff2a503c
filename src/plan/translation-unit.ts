export interface TranslationUnit {
  /** Path relative to the package directory, with forward slashes. */
  file: string;
  bytes: number;
  language: 'c' | 'c++';
  /** `generated`: C written by Cython; `source`: a .pyx whose C the build will generate. */
  cython: 'generated' | 'source' | null;
  /** For C that Cython generated: its calls outside comments (code-calls.ts), when read. */
  codeCalls?: number;
  /** Its string literals outside comments, counted with the calls. */
  codeStrings?: number;
}

/** Compiler flags that change a compile's memory. */
export interface CompileFlags {
  debug: boolean;
  lto: boolean;
}

/**
 * The flags a build will use, from the CFLAGS the user sets. Python's own sysconfig CFLAGS carry
 * `-g` on Linux and macOS builds, so debug info is assumed unless the user's flags end it.
 */
export function flagsFromEnvironment(env: Record<string, string | undefined>): CompileFlags {
  const words = `${env.CFLAGS ?? ''} ${env.CXXFLAGS ?? ''}`.split(/\s+/).filter(Boolean);
  const lastDebug = words.filter((w) => /^-g/.test(w)).at(-1);
  return {
    debug: lastDebug === undefined || lastDebug !== '-g0',
    lto:
      words
        .filter((w) => /^-f(no-)?lto/.test(w))
        .at(-1)
        ?.startsWith('-flto') ?? false,
  };
}
