import { describe, expect, it } from 'vitest';
import { compilerEnvironment, compilersBehind } from '../../src/launcher/compiler-environment.js';

const sysconfig = {
  cc: 'x86_64-linux-gnu-gcc -pthread',
  cxx: 'x86_64-linux-gnu-g++',
  ldshared: 'x86_64-linux-gnu-gcc -shared',
  ldcxxshared: null,
};

describe('the compilers behind the shim', () => {
  it("names what CC and CXX run, as a compile's command names it", () => {
    const variables = compilerEnvironment('/cache/bin/wheelwright shim', sysconfig, {});
    expect(variables.CC).toBe("'/cache/bin/wheelwright shim' x86_64-linux-gnu-gcc -pthread");
    expect(compilersBehind(variables)).toEqual(['x86_64-linux-gnu-gcc', 'x86_64-linux-gnu-g++']);
  });

  it("names the compiler behind the user's wrapper, and nothing for a variable not set", () => {
    const variables = compilerEnvironment(
      '/cache/bin/shim',
      { ...sysconfig, cxx: null },
      { CC: 'ccache clang' },
    );
    expect(compilersBehind(variables)).toEqual(['clang']);
  });
});
