import { describe, expect, it } from 'vitest';
import { formatBytes, parseSize } from '../../src/config/size.js';

describe('parseSize', () => {
  it.each([
    ['512M', 512 * 1024 ** 2],
    ['1.5G', 1.5 * 1024 ** 3],
    ['2GiB', 2 * 1024 ** 3],
    ['2gib', 2 * 1024 ** 3],
    ['1048576', 1048576],
    ['700Mi', 734003200],
    ['1 G', 1024 ** 3],
    ['2GB', 2e9],
    ['10k', 10240],
    ['1T', 1024 ** 4],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['abc', '', 'G', '-1G', '1.5.5G', '12 parsecs', '0x10', '1e9', '9999999999999T'])(
    '%j is not a size',
    (text) => {
      expect(parseSize(text)).toBeNull();
    },
  );
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [734003200, '700 MiB'],
    [1024 ** 3, '1.0 GiB'],
    [25276502016, '24 GiB'],
  ])('%d reads %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
