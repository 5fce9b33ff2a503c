import { failOnUncaught } from './github/action.js';
import { runPost } from './steps/post-step.js';

failOnUncaught();
await runPost();
// A cache call abandoned at its deadline can hold a socket open and keep the step alive.
process.exit();
