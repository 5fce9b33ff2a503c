import { parse, quote } from 'shell-quote';
import { parseCommand } from './command.js';
import type { Interpreter } from '../build/interpreter.js';

const VARIABLES = [
  ['CC', 'cc'],
  ['CXX', 'cxx'],
  ['LDSHARED', 'ldshared'],
  ['LDCXXSHARED', 'ldcxxshared'],
] as const;

/**
 * CC, CXX, LDSHARED and LDCXXSHARED for one build: the command the build would have used (the
 * user's own, including `ccache gcc`, else the interpreter's sysconfig) behind the shim. These
 * variables reach setuptools, meson and CMake, and pass through pip's isolated environment.
 */
export function compilerEnvironment(
  shim: string,
  compilers: Interpreter['compilers'],
  env: Record<string, string | undefined>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [variable, key] of VARIABLES) {
    let command = env[variable] || compilers[key];
    // setuptools swaps a user's CC into the sysconfig LDSHARED when LDSHARED is not set: keep that.
    const cc = compilers.cc;
    if (!env[variable] && variable.startsWith('LD') && env.CC && cc && command?.startsWith(cc)) {
      command = `${env.CC}${command.slice(cc.length)}`;
    }
    if (command) result[variable] = `${quote([shim])} ${command}`;
  }
  return result;
}

/**
 * The compilers that CC and CXX of compilerEnvironment run behind the shim, named as a compile's
 * command names them (`gcc` for `ccache gcc`).
 */
export function compilersBehind(variables: Record<string, string>): string[] {
  return (['CC', 'CXX'] as const).flatMap((variable) => {
    const words = parse(variables[variable] ?? '')
      .filter((word): word is string => typeof word === 'string')
      .slice(1);
    const compiler = words.length > 0 ? parseCommand(words).compiler.at(-1) : undefined;
    return compiler ? [compiler] : [];
  });
}
