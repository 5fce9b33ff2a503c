import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadedDebianSource, dscChecksums } from '../helpers/debian-sources.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-debian-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('third-party sources from Debian, for the tests', () => {
  it('gives the reason to skip when apt has no such source package', () => {
    const fetched = downloadedDebianSource('wheelwright-no-such-source', dir);
    expect(fetched).toEqual({
      skip: expect.stringMatching(
        /^apt-get source wheelwright-no-such-source fetched no \.dsc .*Unable to find a source package/,
      ),
    });
  });

  it('reads the SHA-256 a .dsc lists for each file', () => {
    const dsc = [
      'Format: 3.0 (quilt)',
      'Checksums-Sha256:',
      ' abcabc8c2b26036d62d4c746381a6f7cf60aafcc653198ad678306986b09450d 19080 markupsafe_2.1.2.orig.tar.gz',
      ' 0123 2812 markupsafe_2.1.2-1.debian.tar.xz',
      'Files:',
      ' 02bc 19080 markupsafe_2.1.2.orig.tar.gz',
    ].join('\n');
    expect([...dscChecksums(dsc)]).toEqual([
      [
        'markupsafe_2.1.2.orig.tar.gz',
        'abcabc8c2b26036d62d4c746381a6f7cf60aafcc653198ad678306986b09450d',
      ],
      ['markupsafe_2.1.2-1.debian.tar.xz', '0123'],
    ]);
  });
});
