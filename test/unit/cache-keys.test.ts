import { describe, expect, it } from 'vitest';
import { groupKeys, metaKeys } from '../../src/cache/keys.js';

describe('cache keys', () => {
  const scope = {
    os: 'Linux',
    arch: 'ARM64',
    compiler: 'gcc (Debian 12.2.0-14), 12.2.0',
    packageId: '0123456789ab',
  };
  const prefix = 'wheelwright-v2-linux-arm64-gcc_debian_12.2.0_14_12.2.0-0123456789ab';

  it('names an object group by OS, arch, compiler, package, build and extension, and digests its entries', () => {
    const { key, restoreKeys } = groupKeys(scope, 'cp311/pkg._speedups', ['b', 'a']);
    expect(key).toMatch(new RegExp(`^${prefix}-obj-cp311_pkg._speedups-[0-9a-f]{16}$`));
    expect(restoreKeys).toEqual([key.slice(0, -16)]);
    // the order entries are listed in does not matter; their set does
    expect(groupKeys(scope, 'cp311/pkg._speedups', ['a', 'b']).key).toBe(key);
    expect(groupKeys(scope, 'cp311/pkg._speedups', ['a', 'c']).key).not.toBe(key);
  });

  it('keeps groups apart whose names differ only where a key cannot hold the character', () => {
    const one = groupKeys(scope, 'cp311/pkg._a', []).restoreKeys[0]!;
    const two = groupKeys(scope, 'cp311/pkg._a-b', []).restoreKeys[0]!;
    expect(two.startsWith(one)).toBe(false);
  });

  it('saves the meta entry by content and finds it by the same inputs first, then any', () => {
    const meta = metaKeys(scope, { pythonVersions: ['3.11', 'pypy3.9'] });
    const same = metaKeys(scope, { pythonVersions: ['3.11', 'pypy3.9'] });
    const other = metaKeys(scope, { pythonVersions: ['3.12'] });
    expect(meta.restoreKeys).toEqual([meta.key, `${prefix}-meta-`]);
    expect(meta.key).toBe(same.key);
    expect(other.key).not.toBe(meta.key);
    expect(meta.saveKey('history')).toMatch(new RegExp(`^${meta.key}[0-9a-f]{16}$`));
    expect(meta.saveKey('history')).not.toBe(meta.saveKey('history, changed'));
  });

  it('keeps within what the cache service accepts: no commas, at most 512 characters', () => {
    const long = { ...scope, compiler: 'x,'.repeat(600) };
    for (const key of [
      groupKeys(long, `cp311/${'y,'.repeat(600)}`, ['a']).key,
      metaKeys(long, {}).saveKey('z'),
    ]) {
      expect(key).not.toContain(',');
      expect(key.length).toBeLessThanOrEqual(512);
    }
  });
});
