import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

describe('files derived from action.yml', () => {
  it('are fresh: the typed inputs and the README tables', () => {
    const ran = run([process.execPath, 'scripts/generate.js', '--check']);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
  });
});
