#!/usr/bin/env node
import { main } from './cli/main.js';

process.exitCode = await main(
  process.argv.slice(2),
  process.env,
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
  process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[K${line}`) : undefined,
);
