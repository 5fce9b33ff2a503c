#!/usr/bin/env node
import { main } from './cli/main.js';
import { INTERNAL_ERROR_EXIT, internalErrorLine } from './cli/internal-error.js';

const internalError = (error: unknown): never => {
  process.stderr.write(internalErrorLine(error));
  process.exit(INTERNAL_ERROR_EXIT);
};
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

// Not a top-level await: a module that awaits at its top is kept by the bundler in a function of
// its own, with everything it imports, which V8 parses twice (skimmed with the file, then in full
// when called): 11-12 ms of Node 20's start (`--version`, 20 alternating runs; no difference on
// Node 24). Without it, the application is the bundle's top-level code, parsed once.
main(
  process.argv.slice(2),
  process.env,
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
  process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[K${line}`) : undefined,
).then((code) => {
  process.exitCode = code;
}, internalError);
