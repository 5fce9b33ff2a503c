import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

describe('generated files', () => {
  it('are fresh: the typed inputs, the README tables, and the sources carried as strings', () => {
    const ran = run([process.execPath, 'scripts/generate.js', '--check']);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
  });
});
