import { failOnUncaught } from './github/action.js';
import { runMain } from './steps/main-step.js';

failOnUncaught();
await runMain();
// A cache call abandoned at its deadline can hold a socket open and keep the step alive.
process.exit();
