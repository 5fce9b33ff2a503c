import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findTranslationUnits } from '../../src/plan/sources.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the translation units a plan counts', () => {
  it('counts sources in sub-packages named build or dist, not the root’s build outputs', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ww-sources-'));
    for (const file of [
      'pkg/build/a.c',
      'pkg/dist/b.cpp',
      'build/temp.linux/pkg/stale.c',
      '.venv/lib/x.c',
      'pkg/__pycache__/y.c',
      'pkg/.git/z.c',
    ]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), 'int x;\n');
    }
    expect(findTranslationUnits(dir).map((unit) => unit.file)).toEqual([
      'pkg/build/a.c',
      'pkg/dist/b.cpp',
    ]);
  });
});
