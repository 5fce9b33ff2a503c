import { getState, info, STATE } from '../github/action.js';

/**
 * The action's post step: runs after the job's other steps, even when they failed, to undo what
 * main changed on the machine. Main records each change under STATE.provisioned.
 */
export async function runPost(): Promise<void> {
  const recorded = getState(STATE.provisioned);
  const changes: string[] = recorded ? JSON.parse(recorded) : [];
  if (changes.length === 0) info('wheelwright changed nothing on this machine: nothing to undo.');
}
