import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';

// Loaded before every test file (vitest.config.ts's setupFiles).
//
// Temporary files: each test file gets a TMPDIR of its own, removed after its last test whether
// it passed or not, with everything the file, its helpers and the programs it ran (which
// inherit TMPDIR) left there. It is world-readable, as /tmp is, because some tests run a
// bundle from it as another user; only its owner may write in it.
//
// Caches: what wheelwright keeps between runs (cache-dir's default, $XDG_CACHE_HOME/wheelwright:
// the object cache and the measured compile memory that the next plan reads) and pip's cache
// live under XDG_CACHE_HOME. Each test gets an empty one of its own, so no test reads what
// another run left in ~/.cache, writes there, or depends on the order tests ran in; a file's
// beforeAll hooks get the file's own. Children spawned with an environment of their own pass
// TMPDIR and XDG_CACHE_HOME along themselves.

const systemTmp = os.tmpdir();
const fileTmp = mkdtempSync(path.join(systemTmp, 'ww-test-'));
chmodSync(fileTmp, 0o755);
process.env.TMPDIR = fileTmp;

const fresh = () => mkdtempSync(path.join(fileTmp, 'cache-'));
const fileCache = fresh();
process.env.XDG_CACHE_HOME = fileCache;
let testCache: string | undefined;

beforeEach(() => {
  testCache = fresh();
  process.env.XDG_CACHE_HOME = testCache;
});

afterEach(() => {
  process.env.XDG_CACHE_HOME = fileCache;
  if (testCache) rmSync(testCache, { recursive: true, force: true });
  testCache = undefined;
});

afterAll(() => {
  rmSync(fileTmp, { recursive: true, force: true });
  process.env.TMPDIR = systemTmp;
});
