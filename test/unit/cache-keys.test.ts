import { describe, expect, it } from 'vitest';
import { cacheKeys } from '../../src/cache/keys.js';

describe('cacheKeys', () => {
  const base = { os: 'Linux', arch: 'ARM64', compiler: 'gcc (Debian 12.2.0-14), 12.2.0' };

  it('names OS, arch and compiler, and falls back to their newest entry', () => {
    const { key, restoreKeys } = cacheKeys({ ...base, inputs: { cflags: '-O2' } });
    expect(key).toMatch(/^wheelwright-v1-linux-arm64-gcc_debian_12.2.0_14_12.2.0-[0-9a-f]{16}$/);
    expect(restoreKeys).toEqual([key.slice(0, -16)]);
  });

  it('hashes the inputs whatever the order of their keys', () => {
    const one = cacheKeys({ ...base, inputs: { a: 1, b: { c: [1, 2], d: 'x' } } });
    const two = cacheKeys({ ...base, inputs: { b: { d: 'x', c: [1, 2] }, a: 1 } });
    const other = cacheKeys({ ...base, inputs: { a: 1, b: { c: [2, 1], d: 'x' } } });
    expect(two.key).toBe(one.key);
    expect(other.key).not.toBe(one.key);
  });

  it('keeps within what the cache service accepts: no commas, at most 512 characters', () => {
    const { key } = cacheKeys({ ...base, compiler: 'x,'.repeat(600), inputs: {} });
    expect(key).not.toContain(',');
    expect(key.length).toBeLessThanOrEqual(512);
  });
});
