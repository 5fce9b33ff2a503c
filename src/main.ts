import { runMain } from './steps/main-step.js';

await runMain();
