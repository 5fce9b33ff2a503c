#!/usr/bin/env node
import { main } from './cli/main.js';
import { INTERNAL_ERROR_EXIT, internalErrorLine } from './cli/internal-error.js';

const internalError = (error: unknown): never => {
  process.stderr.write(internalErrorLine(error));
  process.exit(INTERNAL_ERROR_EXIT);
};
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

try {
  process.exitCode = await main(
    process.argv.slice(2),
    process.env,
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
    process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[K${line}`) : undefined,
  );
} catch (error) {
  internalError(error);
}
