import { describe, expect, it } from 'vitest';
import { parseBuildFrontend } from '../../src/config/build-frontend.js';
import { InputError } from '../../src/config/input-error.js';

const rejection = (text: string): InputError => {
  try {
    parseBuildFrontend(text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`'${text}' was accepted`);
};

describe('build-frontend, read as cibuildwheel reads it', () => {
  it.each([
    ['pip', { name: 'pip', args: [] }],
    ['build', { name: 'build', args: [] }],
    ['backend', { name: 'backend', args: [] }],
    ['build; args: --foo --bar', { name: 'build', args: ['--foo', '--bar'] }],
    ['pip; args:--no-build-isolation', { name: 'pip', args: ['--no-build-isolation'] }],
    ['args: -v; name: build', { name: 'build', args: ['-v'] }],
    ['pip; args: -v; args: "--log=a b"', { name: 'pip', args: ['-v', '--log=a b'] }],
    ["build; args: '-Cx=$HOME' *.txt #1", { name: 'build', args: ['-Cx=$HOME', '*.txt', '#1'] }],
    ['pip; args:', { name: 'pip', args: [] }],
    ['build[uv]', { name: 'build[uv]', args: [] }],
    ['uv; args: --no-cache', { name: 'uv', args: ['--no-cache'] }],
  ])('reads %j', (text, expected) => {
    expect(parseBuildFrontend(text)).toEqual(expected);
  });

  it.each([
    ['backend; args: --x', "'backend' takes no args"],
    ['poetry', "expected 'pip', 'build', 'build[uv]', 'uv' or 'backend'"],
    ['pip; flags: -v', "unknown field 'flags:'"],
    ['pip; -v', "'-v' is neither name: nor args:"],
    ['pip; args: -v && rm x', "'&&' is not a frontend argument"],
    ['pip[uv]', "expected 'pip', 'build', 'build[uv]', 'uv' or 'backend'"],
  ])('refuses %j, naming the input and what is accepted', (text, reason) => {
    const error = rejection(text);
    expect(error.input).toBe('build-frontend');
    expect(error.accepted).toContain(reason);
    expect(error.lineFor('cli')).toMatch(/^--build-frontend: '.+' is not accepted; /);
  });
});
