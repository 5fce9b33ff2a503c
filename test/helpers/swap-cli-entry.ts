// `wheelwright swap …` as a program of its own, for test/helpers/swap-cli.ts to bundle.
import { swapCommand } from '../../src/cli/swap-command.js';

process.exitCode = await swapCommand(
  process.argv.slice(2),
  process.env,
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
// Stays alive after its work, as the action's process does between main and post, to be killed.
if (process.env.WHEELWRIGHT_TEST_HOLD === '1') setInterval(() => {}, 60_000);
