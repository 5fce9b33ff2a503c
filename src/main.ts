import { runMain } from './steps/main-step.js';

await runMain();
// A cache call abandoned at its deadline can hold a socket open and keep the step alive.
process.exit();
