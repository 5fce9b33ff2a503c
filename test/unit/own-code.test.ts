import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/run.js';

/**
 * The files git tracks, outside dist/ (the bundle, whose dependencies' licences ncc lists there)
 * and package-lock.json.
 */
function ownFiles(): string[] {
  const listed = run(['git', 'ls-files', '-z'], { cwd: ROOT });
  expect(listed.status, listed.stderr).toBe(0);
  return listed.stdout
    .split('\0')
    .filter((file) => file && !file.startsWith('dist/') && file !== 'package-lock.json');
}

// What a copy of someone else's project brings with it: its licence, an unpacked sdist's or an
// installed distribution's metadata, or the archive itself.
const THIRD_PARTY_MARKS: [RegExp, string][] = [
  [/^(licen[cs]e|copying|notice)(\.(txt|md|rst))?$/i, 'a licence file of its own'],
  [/^PKG-INFO$/, "an unpacked sdist's metadata"],
  [/\.(dist-info|egg-info)\//, "a distribution's generated metadata"],
  [/\.(whl|egg|tar\.gz|tgz|tar\.xz|tar\.bz2|zip)$/i, 'a wheel or source archive'],
];

function thirdPartyMarks(files: string[]): string[] {
  return files.flatMap((file) => {
    if (file === 'LICENSE') return []; // the project's own
    const mark = THIRD_PARTY_MARKS.find(
      ([pattern]) => pattern.test(path.basename(file)) || pattern.test(file),
    );
    return mark ? [`${file}: ${mark[1]}`] : [];
  });
}

describe('the project holds only code its sessions wrote', () => {
  it('tracks no third-party source, wheel or archive (tests fetch those from Debian)', () => {
    expect(thirdPartyMarks(ownFiles())).toEqual([]);
  });

  it('would see a vendored package, and not a source file that shares a licence file’s name', () => {
    expect(
      thirdPartyMarks([
        'test/fixtures/third-party/MarkupSafe-2.1.2/LICENSE.rst',
        'test/fixtures/third-party/MarkupSafe-2.1.2/PKG-INFO',
        'test/fixtures/x/src/x.egg-info/SOURCES.txt',
        'test/fixtures/wheels/x-1.0-py3-none-any.whl',
        'test/fixtures/verify/own/setup.py',
        'src/report/notice.ts',
      ]),
    ).toEqual([
      'test/fixtures/third-party/MarkupSafe-2.1.2/LICENSE.rst: a licence file of its own',
      "test/fixtures/third-party/MarkupSafe-2.1.2/PKG-INFO: an unpacked sdist's metadata",
      "test/fixtures/x/src/x.egg-info/SOURCES.txt: a distribution's generated metadata",
      'test/fixtures/wheels/x-1.0-py3-none-any.whl: a wheel or source archive',
    ]);
  });
});
