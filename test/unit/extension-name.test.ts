import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionName } from '../../src/launcher/extension-name.js';

const root = '/tmp/ww/cp311/src';

describe('extensionName', () => {
  it('names a setuptools link by its package path under build/lib.*', () => {
    expect(
      extensionName(
        path.join(
          root,
          'build/lib.linux-x86_64-cpython-311/pkg/sub/_speedups.cpython-311-x86_64-linux-gnu.so',
        ),
        root,
      ),
    ).toBe('pkg.sub._speedups');
    expect(
      extensionName(
        path.join(root, 'build/lib.linux-x86_64-pypy39/_top.pypy39-pp73-x86_64-linux-gnu.so'),
        root,
      ),
    ).toBe('_top');
  });

  it('falls back to the file name for outputs elsewhere', () => {
    expect(
      extensionName(path.join(root, 'pkg/_inplace.cpython-311-x86_64-linux-gnu.so'), root),
    ).toBe('_inplace');
    expect(extensionName('/elsewhere/build/lib.x/pkg/_m.so', root)).toBe('_m');
    expect(extensionName(path.join(root, 'build/lib.x/pkg/_m.so'), undefined)).toBe('_m');
  });
});
