import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupKeys } from '../../src/cache/keys.js';
import { uploadBuildArtifact } from '../../src/github/artifacts.js';
import { cacheLayout } from '../../src/cache/layout.js';
import { restoreDirectory, saveDirectory } from '../../src/github/cache.js';
import { restoreCacheEntries, saveCacheEntries } from '../../src/steps/cache-entries.js';
import {
  fakeRuntimeToken,
  refusedUrl,
  startFakeServices,
  type FakeServices,
} from '../helpers/fake-actions-services.js';

// The real @actions/cache and @actions/artifact run in this process and read process.env.
const VARIABLES = [
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
];
const saved = new Map(VARIABLES.map((name) => [name, process.env[name]]));
let scratch = '';
let services: FakeServices | null = null;
let printed: string[] = [];
const write = process.stdout.write.bind(process.stdout);

function useService(url: string) {
  process.env.ACTIONS_RESULTS_URL = `${url}/`;
  process.env.ACTIONS_RUNTIME_TOKEN = fakeRuntimeToken();
  process.env.ACTIONS_CACHE_SERVICE_V2 = 'True';
}

beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'ww-services-'));
  for (const name of VARIABLES) Reflect.deleteProperty(process.env, name);
  process.env.GITHUB_SERVER_URL = 'https://github.com';
  process.env.GITHUB_WORKSPACE = scratch;
  process.env.RUNNER_TEMP = path.join(scratch, 'runner-temp');
  mkdirSync(process.env.RUNNER_TEMP);
  printed = [];
  // @actions/core speaks to the runner on stdout: keep its lines to check warnings and errors.
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});

afterEach(async () => {
  await services?.close();
  services = null;
  // A call the toolkit abandoned (the test of a service that never answers) fails with
  // ECONNRESET once the service closes: let it land in this test's output, not the next one's.
  await new Promise((resolve) => setTimeout(resolve, 100));
  process.stdout.write = write;
  for (const [name, value] of saved) {
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  }
  rmSync(scratch, { recursive: true, force: true });
});

const lines = (kind: 'warning' | 'error') =>
  printed
    .join('')
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}::`));

function objectStore(files: Record<string, string>): string {
  const dir = path.join(scratch, 'objects');
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const scope = { os: 'Linux', arch: 'X64', compiler: 'gcc 12.2.0', packageId: '0123456789ab' };
const keys = (inputs: Record<string, unknown>) =>
  groupKeys(scope, 'cp311/pkg._ext', [JSON.stringify(inputs)]);

describe('the cache, against a cache service speaking the v2 protocol', () => {
  it('misses, saves, then hits the exact key, and skips saving what it restored', async () => {
    services = await startFakeServices();
    useService(services.url);
    const wanted = keys({ cflags: '-O2' });
    const dir = objectStore({ 'ab/cdef.o': 'object bytes', 'peaks.json': '{}' });

    const miss = await restoreDirectory(dir, wanted);
    expect(miss).toMatchObject({ status: 'miss', matchedKey: null });
    expect(services.calls[0]).toMatchObject({
      method: 'CacheService/GetCacheEntryDownloadURL',
      body: { key: wanted.key, restore_keys: wanted.restoreKeys },
    });

    const save = await saveDirectory(dir, wanted.key, false);
    expect(save).toMatchObject({ status: 'saved', key: wanted.key, bytes: 14, reason: null });
    expect(services.calls.map((c) => c.method)).toEqual([
      'CacheService/GetCacheEntryDownloadURL',
      'CacheService/CreateCacheEntry',
      'CacheService/FinalizeCacheEntryUpload',
    ]);

    rmSync(dir, { recursive: true });
    const hit = await restoreDirectory(dir, wanted);
    expect(hit).toMatchObject({ status: 'hit', matchedKey: wanted.key, bytes: 14 });
    expect(readFileSync(path.join(dir, 'ab/cdef.o'), 'utf8')).toBe('object bytes');
    expect(await saveDirectory(dir, wanted.key, hit.status === 'hit')).toMatchObject({
      status: 'skipped',
      reason: 'the entry for this key exists',
    });
    expect(lines('warning')).toEqual([]);
    expect(lines('error')).toEqual([]);
  });

  it('falls back to the newest entry of the same group when its objects changed', async () => {
    services = await startFakeServices();
    useService(services.url);
    const first = keys({ cflags: '-O1' });
    const second = keys({ cflags: '-O2' });
    await saveDirectory(objectStore({ 'a.o': 'first' }), first.key, false);
    await saveDirectory(objectStore({ 'a.o': 'second' }), second.key, false);
    const dir = objectStore({});
    const partial = await restoreDirectory(dir, keys({ cflags: '-O3' }));
    expect(partial).toMatchObject({ status: 'partial', matchedKey: second.key });
    expect(readFileSync(path.join(dir, 'a.o'), 'utf8')).toBe('second');
    const otherCompiler = groupKeys({ ...scope, compiler: 'clang-16' }, 'cp311/pkg._ext', []);
    expect((await restoreDirectory(objectStore({}), otherCompiler)).status).toBe('miss');
  });

  it('builds on without the cache when the service refuses connections, with warnings only', async () => {
    useService(await refusedUrl());
    const dir = objectStore({ 'a.o': 'x' });
    const wanted = keys({});
    const started = Date.now();
    expect((await restoreDirectory(dir, wanted)).status).toBe('miss');
    expect((await saveDirectory(dir, wanted.key, false)).status).toBe('failed');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(lines('warning').join('\n')).toMatch(/Failed to restore: .*ECONNREFUSED/);
    expect(lines('warning').join('\n')).toMatch(/cache not saved/);
    expect(lines('error')).toEqual([]);
  });

  it('gives up on a service that does not answer, within the deadline', async () => {
    services = await startFakeServices({ answer: false });
    useService(services.url);
    const dir = objectStore({ 'a.o': 'x' });
    const wanted = keys({});
    const restore = await restoreDirectory(dir, wanted, 300);
    expect(restore.status).toBe('miss');
    expect(restore.ms).toBeLessThan(5_000);
    const save = await saveDirectory(dir, wanted.key, false, 300);
    expect(save).toMatchObject({ status: 'failed', reason: 'no answer within 0.3 s' });
    expect(lines('warning')).toEqual([
      '::warning::cache not restored: no answer within 0.3 s',
      '::warning::cache not saved: no answer within 0.3 s',
    ]);
  });

  it('says so when the step has no cache service at all', async () => {
    const dir = objectStore({ 'a.o': 'x' });
    expect((await restoreDirectory(dir, keys({}))).status).toBe('unavailable');
    expect((await saveDirectory(dir, keys({}).key, false)).status).toBe('unavailable');
    expect(lines('warning')[0]).toMatch(/cache not restored: the cache service is not available/);
  });
});

describe("the object cache as one entry per extension, and the package's meta entry", () => {
  const objectKey = (text: string) => createHash('sha256').update(text).digest('hex');

  function cacheOnDisk(cacheDir: string, groups: Record<string, string[]>) {
    const layout = cacheLayout(cacheDir, '/work/pkg');
    for (const [group, objects] of Object.entries(groups)) {
      const dir = path.join(layout.objects, group);
      mkdirSync(dir, { recursive: true });
      for (const text of objects) {
        writeFileSync(path.join(dir, `${objectKey(text)}.o`), text);
        writeFileSync(path.join(dir, `${objectKey(text)}.o.sha256`), `${text.length} x 10\n`);
      }
    }
    mkdirSync(layout.meta, { recursive: true });
    writeFileSync(layout.history, '{"src/a.c": 1000}');
    return layout;
  }

  const setup = (cacheDir: string) => ({
    cacheDir,
    packageDir: '/work/pkg',
    scope: { ...scope, packageId: cacheLayout(cacheDir, '/work/pkg').packageId },
    inputs: { pythonVersions: ['3.11'] },
  });
  const statuses = (outcomes: { entry: string; status: string }[]) =>
    Object.fromEntries(outcomes.map((o) => [o.entry, o.status]));

  it('saves each extension on its own, restores each from its own entry, and saves again only what changed', async () => {
    services = await startFakeServices();
    useService(services.url);
    const cacheDir = path.join(scratch, 'cache');
    cacheOnDisk(cacheDir, { 'cp311/pkg._a': ['a1', 'a2'], 'cp311/pkg._b': ['b1'] });

    const first = await restoreCacheEntries(setup(cacheDir));
    expect(statuses(first.outcomes)).toEqual({ meta: 'miss' });
    const saved = await saveCacheEntries(first.state);
    expect(statuses(saved.outcomes)).toEqual({
      'cp311/pkg._a': 'saved',
      'cp311/pkg._b': 'saved',
      meta: 'saved',
    });

    rmSync(cacheDir, { recursive: true });
    const second = await restoreCacheEntries(setup(cacheDir));
    // the meta entry is found by its prefix; each group by the exact key the manifest names
    expect(statuses(second.outcomes)).toEqual({
      meta: 'partial',
      'cp311/pkg._a': 'hit',
      'cp311/pkg._b': 'hit',
    });
    const layout = cacheLayout(cacheDir, '/work/pkg');
    expect(
      readFileSync(path.join(layout.objects, 'cp311/pkg._a', `${objectKey('a2')}.o`), 'utf8'),
    ).toBe('a2');
    expect(readFileSync(layout.history, 'utf8')).toBe('{"src/a.c": 1000}');

    cacheOnDisk(cacheDir, { 'cp311/pkg._b': ['b2'] });
    const before = services.calls.length;
    const again = await saveCacheEntries(second.state);
    expect(statuses(again.outcomes)).toEqual({
      'cp311/pkg._a': 'skipped (the entry for this key exists)',
      'cp311/pkg._b': 'saved',
      meta: 'saved',
    });
    expect(
      services.calls.slice(before).filter((c) => c.method.endsWith('CreateCacheEntry')),
    ).toHaveLength(2);

    rmSync(cacheDir, { recursive: true });
    const third = await restoreCacheEntries(setup(cacheDir));
    expect(statuses(third.outcomes)).toMatchObject({
      'cp311/pkg._a': 'hit',
      'cp311/pkg._b': 'hit',
    });
    expect(
      readFileSync(path.join(layout.objects, 'cp311/pkg._b', `${objectKey('b2')}.o`), 'utf8'),
    ).toBe('b2');
    expect(lines('warning')).toEqual([]);
  });

  it('restores many extensions of one build at once into an empty directory, every time', async () => {
    services = await startFakeServices();
    useService(services.url);
    const cacheDir = path.join(scratch, 'many');
    const groups = Object.fromEntries(
      ['cp311', 'pp39'].flatMap((build) =>
        Array.from({ length: 6 }, (_, i) => [`${build}/pkg._m${i}`, [`${build}-${i}`]]),
      ),
    );
    cacheOnDisk(cacheDir, groups);
    const first = await restoreCacheEntries(setup(cacheDir));
    await saveCacheEntries(first.state);
    // several tars at once each create their group's directory: none may find its parent missing
    for (let round = 0; round < 10; round++) {
      rmSync(cacheDir, { recursive: true });
      const again = await restoreCacheEntries(setup(cacheDir));
      expect(statuses(again.outcomes)).toEqual({
        meta: 'partial',
        ...Object.fromEntries(Object.keys(groups).map((g) => [g, 'hit'])),
      });
    }
    expect(lines('warning')).toEqual([]);
  });

  it('says once that there is no cache service, not once per extension', async () => {
    const cacheDir = path.join(scratch, 'cache');
    cacheOnDisk(cacheDir, { 'cp311/pkg._a': ['a1'], 'cp311/pkg._b': ['b1'] });
    const restored = await restoreCacheEntries(setup(cacheDir));
    expect(restored.outcomes).toEqual([]);
    expect(restored.problem).toMatch(/not available/);
    const saved = await saveCacheEntries(restored.state);
    expect(saved).toMatchObject({ outcomes: [], problem: restored.problem });
    expect(services).toBeNull();
  });
});

describe('the build artifact, against the artifact service', () => {
  function built() {
    const wheelhouse = path.join(scratch, 'wheelhouse');
    const report = path.join(scratch, 'wheelwright-report');
    mkdirSync(wheelhouse);
    mkdirSync(path.join(report, 'logs'), { recursive: true });
    const wheel = path.join(wheelhouse, 'demo-1.0-cp311-cp311-linux_x86_64.whl');
    writeFileSync(wheel, 'PK wheel bytes');
    writeFileSync(path.join(report, 'report.json'), '{"failed":[]}');
    writeFileSync(path.join(report, 'logs', 'cp311.log'), 'compiling');
    return { wheels: [wheel], reportDir: report };
  }

  it('uploads the wheels, report and logs as <prefix>-<os>-<arch>', async () => {
    services = await startFakeServices();
    useService(services.url);
    const outcome = await uploadBuildArtifact({
      prefix: 'wheelwright',
      retentionDays: 5,
      env: { ...process.env, RUNNER_OS: 'Linux', RUNNER_ARCH: 'ARM64' },
      ...built(),
    });
    expect(outcome).toMatchObject({
      status: 'uploaded',
      name: 'wheelwright-linux-arm64',
      files: 3,
    });
    const create = services.calls.find((c) => c.method === 'ArtifactService/CreateArtifact');
    expect(create?.body).toMatchObject({
      name: 'wheelwright-linux-arm64',
      workflow_run_backend_id: 'run-backend-id',
      workflow_job_run_backend_id: 'job-backend-id',
    });
    expect(create?.body.expires_at).toBeDefined();
    const stored = services.artifacts.get('wheelwright-linux-arm64')!;
    const zip = stored.bytes.toString('latin1');
    for (const name of [
      'wheelhouse/demo-1.0-cp311-cp311-linux_x86_64.whl',
      'wheelwright-report/report.json',
      'wheelwright-report/logs/cp311.log',
    ])
      expect(zip).toContain(name);
    expect(stored.hash).toBe(`sha256:${createHash('sha256').update(stored.bytes).digest('hex')}`);
  });

  it('skips without the artifact service and warns when it fails', async () => {
    const files = built();
    const base = { prefix: 'ww', retentionDays: 0, ...files };
    expect(await uploadBuildArtifact({ ...base, env: {} })).toMatchObject({ status: 'skipped' });
    useService(await refusedUrl());
    const failed = await uploadBuildArtifact({ ...base, env: process.env });
    expect(failed.status).toBe('failed');
    expect(lines('warning').join('\n')).toMatch(/^::warning::artifact ww-\w+-\w+ not uploaded: /);
  });
});
