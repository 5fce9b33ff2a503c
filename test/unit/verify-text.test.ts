import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedExtensions } from '../../src/verify/build-log.js';
import { classifyImportError } from '../../src/verify/import-errors.js';
import { parseLdconfigList, parseLoaderHelp } from '../../src/verify/loader-config.js';
import { describeOutside, placeOf } from '../../src/verify/where.js';
import { extensionModules, topLevelNames } from '../../src/verify/wheel-contents.js';
import { VERIFY_FIXTURES } from '../helpers/verify-builds.js';

const fixture = (...parts: string[]) => readFileSync(path.join(VERIFY_FIXTURES, ...parts), 'utf8');

describe("the loader's own account of where it looks", () => {
  it('reads the default directories from ld.so --help (Debian 12, glibc 2.36)', () => {
    expect(parseLoaderHelp(fixture('loader', 'ld-so-help-debian12.txt'))).toEqual([
      '/lib/x86_64-linux-gnu',
      '/usr/lib/x86_64-linux-gnu',
      '/lib',
      '/usr/lib',
    ]);
  });

  it('reads the loader cache from ldconfig -p', () => {
    const entries = parseLdconfigList(fixture('loader', 'ldconfig-p-debian12.txt'));
    expect(entries).toHaveLength(7);
    expect(entries[0]).toEqual({
      name: 'libz.so.1',
      flags: 'libc6,x86-64',
      path: '/lib/x86_64-linux-gnu/libz.so.1',
    });
  });
});

describe('what the build log says was meant to be compiled', () => {
  it('finds the announced extension with its compile error and the skip notice (setuptools 65, a real log)', () => {
    const [speedups] = expectedExtensions(fixture('logs', 'fallback-cp311.log'));
    expect(speedups!.module).toBe('wwfallback._speedups');
    expect(speedups!.line).toBe(7);
    expect(speedups!.failure.map((f) => f.line)).toEqual([12, 19]);
    expect(speedups!.failure[1]!.text).toMatch(
      /^warning: build_ext: building extension "wwfallback._speedups" failed/,
    );
  });

  it("keeps a package's own fallback notice after the compile error (MarkupSafe 2.1.2, a real log)", () => {
    const [speedups] = expectedExtensions(fixture('logs', 'markupsafe-cp311.log'));
    expect(speedups!.module).toBe('markupsafe._speedups');
    expect(speedups!.failure.map((f) => [f.line, f.text])).toEqual([
      [
        11,
        'src/markupsafe/_speedups.c:187:18: error: unused parameter ‘self’ [-Werror=unused-parameter]',
      ],
      [20, 'WARNING: The C extension could not be compiled, speedups are not enabled.'],
    ]);
  });

  it("keeps msgpack's notice, and not distutils' own lower-case warnings about byte-compiling", () => {
    const log = [
      "  building 'msgpack._cmsgpack' extension",
      '  msgpack/_cmsgpack.cpp:4:10: fatal error: Python.h: No such file or directory',
      '  compilation terminated.',
      '  warning: build_py: byte-compiling is disabled, skipping.',
      '  WARNING: Failed to compile extension modules.',
      '  msgpack uses fallback pure python implementation.',
    ].join('\n');
    expect(expectedExtensions(log)[0]!.failure.map((f) => f.line)).toEqual([2, 5]);
  });

  it('takes no notice before a compile error: a warning alone says nothing failed', () => {
    const log = "  building 'a._x' extension\n  WARNING: building without OpenMP\n";
    expect(expectedExtensions(log)[0]!.failure).toEqual([]);
  });

  it('lists every extension once, also those that built', () => {
    const log =
      "  building 'a._x' extension\n  gcc ...\n  building 'a._y' extension\n  building 'a._x' extension\n";
    expect(expectedExtensions(log).map((e) => [e.module, e.failure.length])).toEqual([
      ['a._x', 0],
      ['a._y', 0],
    ]);
  });
});

describe('what an import failure means', () => {
  it.each([
    [
      'ImportError: libz.so.1: cannot open shared object file: No such file or directory',
      'missing-shared-library',
      { library: 'libz.so.1' },
    ],
    [
      'ImportError: dlopen(/x/_m.so, 0x0002): Library not loaded: @rpath/libpng16.16.dylib',
      'missing-shared-library',
      { library: '@rpath/libpng16.16.dylib' },
    ],
    [
      'ImportError: /v/site-packages/pkg/_m.so: undefined symbol: deflateBound',
      'undefined-symbol',
      { symbol: 'deflateBound' },
    ],
    [
      'ImportError: /v/pkg/_m.cpython-311-x86_64-linux-gnu.so: undefined symbol: _Py_RefTotal',
      'abi-mismatch',
      { symbol: '_Py_RefTotal' },
    ],
    [
      "ImportError: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found (required by /v/pkg/_m.so)",
      'abi-mismatch',
      { symbol: 'GLIBC_2.38', library: '/lib/x86_64-linux-gnu/libc.so.6' },
    ],
    ['ImportError: /v/pkg/_m.so: wrong ELF class: ELFCLASS32', 'abi-mismatch', {}],
    [
      'ImportError: dynamic module does not define module export function (PyInit__m)',
      'abi-mismatch',
      {},
    ],
    [
      "ImportError: dlopen(/x/_m.so, 0x0002): symbol not found in flat namespace '__Py_RefTotal'",
      'abi-mismatch',
      { symbol: '_Py_RefTotal' },
    ],
    [
      "ModuleNotFoundError: No module named 'tkinter'",
      'python-module-missing',
      { module: 'tkinter' },
    ],
    [
      "ModuleNotFoundError: No module named 'pkg._speedups'",
      'python-module-missing',
      { module: 'pkg._speedups' },
    ],
    ['ImportError: No module named _tkinter', 'python-module-missing', { module: '_tkinter' }],
    [
      "ImportError: No module named '_tkinter', please install the pypy3-tk package",
      'python-module-missing',
      { module: '_tkinter' },
    ],
    [
      "ImportError: cannot import name 'helper' from 'pkg' (/v/pkg/__init__.py)",
      'import-error',
      {},
    ],
    ['ZeroDivisionError: division by zero', 'import-error', {}],
  ])('%s', (error, kind, fields) => {
    expect(classifyImportError(error)).toMatchObject({ class: kind, ...fields });
  });

  it('says PyPy lacks a CPython call when a module built for PyPy misses one, and only then', () => {
    const error =
      'ImportError: /v/pkg/_m.pypy39-pp73-x86_64-linux-gnu.so: undefined symbol: PyInterpreterState_Main';
    expect(classifyImportError(error, true)).toEqual({
      class: 'c-api-missing-in-pypy',
      confidence: 'high',
      symbol: 'PyInterpreterState_Main',
    });
    expect(classifyImportError(error, false).class).toBe('abi-mismatch');
    // a library's symbol stays the library's problem under PyPy too
    expect(
      classifyImportError('ImportError: /v/pkg/_m.so: undefined symbol: deflateBound', true).class,
    ).toBe('undefined-symbol');
  });
});

describe("a wheel's importable contents", () => {
  const files = [
    'pkg/__init__.py',
    'pkg/_speed.cpython-311-x86_64-linux-gnu.so',
    'pkg/sub/_abi.abi3.so',
    'pkg/sub/plain.so',
    'pkg.libs/libz-1a2b3c.so.1.2.13',
    'pkg/.dylibs/libpng16.16.dylib',
    'pkg/libfoo.so.1',
    'top.py',
    '_fast.pypy39-pp73-x86_64-linux-gnu.so',
    'pkg-1.0.data/platlib/extra/_e.cpython-311-x86_64-linux-gnu.so',
    'pkg-1.0.data/scripts/tool',
    'pkg-1.0.dist-info/RECORD',
  ];

  it('finds the extension modules and their dotted names, not the bundled libraries', () => {
    expect(extensionModules(files).map((e) => e.module)).toEqual([
      '_fast',
      'extra._e',
      'pkg._speed',
      'pkg.sub._abi',
      'pkg.sub.plain',
    ]);
  });

  it('finds the top-level names to import', () => {
    expect(topLevelNames(files)).toEqual(['_fast', 'extra', 'pkg', 'top']);
  });
});

describe('where a library lives', () => {
  const system = new Set(['/lib/x86_64-linux-gnu', '/usr/lib']);
  it('tells the wheel, the system and elsewhere apart', () => {
    expect(placeOf('/u/pkg/../pkg.libs/libz.so.1', '/u', system)).toBe('wheel');
    expect(placeOf('/lib/x86_64-linux-gnu/libz.so.1', '/u', system)).toBe('system');
    expect(placeOf('/nix/store/abc-zlib/lib/libz.so.1', '/u', system)).toBe('outside');
    expect(placeOf(null, '/u', system)).toBe('missing');
  });

  it('names the kind of place only the build machine has', () => {
    expect(describeOutside('/nix/store/abc-zlib/lib/libz.so.1', ['/tmp'], null)).toBe(
      'a Nix store',
    );
    expect(describeOutside('/tmp/prefix/lib/libz.so.1', ['/tmp'], null)).toBe(
      'a temporary directory of the build machine',
    );
    expect(describeOutside('/home/runner/.local/lib/libz.so.1', ['/tmp'], '/home/runner')).toBe(
      'a home directory of the build machine',
    );
    expect(describeOutside('/opt/hostedtoolcache/x/lib/libz.so.1', ['/tmp'], null)).toBe(
      'a tool prefix of the build machine',
    );
    expect(describeOutside('/opt/homebrew/opt/libpng/lib/libpng16.16.dylib', [], null)).toBe(
      'a Homebrew prefix',
    );
    expect(describeOutside('/usr/local/opt/libpng/lib/libpng16.16.dylib', [], null)).toBe(
      'a Homebrew prefix',
    );
    expect(describeOutside('/opt/local/lib/libpng16.16.dylib', [], null)).toBe('a MacPorts prefix');
  });
});
