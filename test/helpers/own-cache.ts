import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';

// Loaded before every test file (vitest.config.ts's setupFiles). What wheelwright keeps between
// runs (cache-dir's default: $XDG_CACHE_HOME/wheelwright, the object cache and the measured
// compile memory that the next plan reads) and pip's cache live under XDG_CACHE_HOME: each test
// gets an empty one of its own, so no test reads what another run left in ~/.cache, writes
// there, or depends on the order tests ran in. A file's beforeAll hooks get the file's own.
// Children spawned with an environment of their own pass XDG_CACHE_HOME along themselves.

const fresh = (what: string) => mkdtempSync(path.join(os.tmpdir(), `ww-test-cache-${what}-`));

const fileCache = fresh('file');
process.env.XDG_CACHE_HOME = fileCache;
let testCache: string | undefined;

beforeEach(() => {
  testCache = fresh('test');
  process.env.XDG_CACHE_HOME = testCache;
});

afterEach(() => {
  process.env.XDG_CACHE_HOME = fileCache;
  if (testCache) rmSync(testCache, { recursive: true, force: true });
  testCache = undefined;
});

afterAll(() => rmSync(fileCache, { recursive: true, force: true }));
