import { describe, expect, test } from 'vitest';
import { classify } from '../../src/diagnose/index.js';
import { readCorpus } from '../helpers/diagnose-corpus.js';

// Real excerpts carry a known message in many shapes: a CI page's timestamps, a progress counter,
// colour codes, Windows line ends, the `file:line:col:` cut off by a search excerpt, a capital
// letter where another release prints a small one. For every fitted log the rules read right from
// its main diagnosis's evidence lines alone, each shape of those lines must keep the main class.

const LOCATION = /^(\s*)(?:\S+?:\d+(?::\d+)?:|[\w.+-]+(?:\.exe)?:)\s*(?=(?:fatal )?error:)/i;

// A plain word's first letter (not a file's, a program's or a symbol's name, whose case is theirs).
const MESSAGE_LETTER = /^(\s*(?:(?:fatal )?[^\s:\\]+(?::\d+)*:\s+)*)([A-Za-z])(?=[a-z]*\s)/;

const TRANSFORMS: Record<string, (line: string) => string> = {
  'location or tool prefix removed': (l) => l.replace(LOCATION, '$1'),
  'GitHub timestamp': (l) => `2024-01-01T00:00:00.1234567Z ${l}`,
  'progress counter': (l) => `[ 42%] ${l}`,
  'BuildKit step': (l) => `#12 3.456 ${l}`,
  'git remote': (l) => `remote: ${l}`,
  // The message's first letter, after any location, tool and `error:` prefixes.
  'first letter case': (l) =>
    l.replace(
      MESSAGE_LETTER,
      (_, before: string, c: string) =>
        before + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()),
    ),
  indented: (l) => `    ${l}`,
  'ANSI colour': (l) =>
    `\u001b[1m${l.replace(/\b((?:fatal )?error:)/, '\u001b[01;31m\u001b[K$1\u001b[m\u001b[K')}\u001b[0m`,
};

interface Pair {
  log: string;
  transform: string;
  want: string;
  got: string;
}

const mainClass = (log: string): string => classify({ log })[0]!.class;

/** Every (log, transform) pair whose main class the transform changed. */
function shapeChanges(): { pairs: number; changed: Pair[] } {
  let pairs = 0;
  const changed: Pair[] = [];
  for (const entry of readCorpus('fitted')) {
    if (entry.miss) continue;
    const main = classify({ log: entry.log })[0]!;
    if (main.class !== entry.label) continue;
    const lines = main.evidence.filter((e) => e.source === 'log').map((e) => e.text);
    if (!lines.length || mainClass(lines.join('\n')) !== entry.label) continue;
    const shapes: [string, string][] = [
      ...Object.entries(TRANSFORMS).map(([name, f]): [string, string] => [
        name,
        lines.map(f).join('\n'),
      ]),
      ['CRLF line ends', `${lines.join('\r\n')}\r\n`],
      // A CI page numbering its lines (CodeBuild's `241 | text`), counting up.
      ['page line numbers', lines.map((l, i) => `${241 + i} | ${l}`).join('\n')],
    ];
    for (const [transform, log] of shapes) {
      if (log === lines.join('\n')) continue;
      pairs += 1;
      const got = mainClass(log);
      if (got !== entry.label)
        changed.push({ log: `${entry.label}/${entry.name}`, transform, want: entry.label, got });
    }
  }
  return { pairs, changed };
}

// The location is the evidence here: the file it names is one the build generates (a `.pb.cc`, a
// bison parser, a generated header read by its generator's output path), and that is what makes
// the line a race (pdns's truncated `version_generated.h`). Without it the line is an error in some code (principia, datafed) or nothing
// known. cstrike-basehook's names libstdc++'s own header (`/usr/include/c++/6/cstddef`) as the
// one missing its target's `bits/c++config.h`: without it, a project's header could be missing it.
// pyrit's names CUDA's own `host_config.h` as the file whose `#error` refuses the host compiler;
// without it, an `#error` of any header. grfcodec's is a bare `error: narrowing conversion …
// [-Wnarrowing]`: the `file:line:col:` is what says a compiler diagnosed the project's source;
// so for round 22's nestopia and openfpgaloader (narrowing too) and slippc (`'std::filesystem'
// has not been declared`), and round 23's bare syntax errors (beatuprcelyte's, canokey-core's,
// fts-xapian's and kiwix-build's `expected identifier or '('`/`expected expression`/`expected
// primary-expression`) and shellinabox's `call to undeclared library function`; round 24's
// amule's and qzxing's `reference to 'byte' is ambiguous`, stimfit's narrowing and ucg's
// `std::function` noexcept error, bare the same way; round 25's 389ds (`expected ':', … before '.' token`,
// bare) and godot-mono-builds (a multilib's `bits/c++config.h` under libstdc++'s own header, as
// cstrike-basehook's); round 26's dvgrab (narrowing), indigo (`expected identifier or '('` in
// the SDK's `_stdio.h`), keeperrl and tdesktop (clang 19's template keyword), mgconsole (`extra
// ';'`) and stressapptest (`expected namespace name`), bare the same way, and lede-nodejs (a
// multilib's `bits/c++config.h`, as cstrike-basehook's); round 27's brainrot (`might be clobbered
// by 'longjmp'`), chapel (`cast from type const char* to type char*`), routingkit (`'function' in
// namespace 'std' does not name a template type`) and widelands (`is used uninitialized`), bare the
// same way; round 28's xmlrpc-c (gcc 15's `cannot use keyword 'false' as enumeration constant`) and
// zeroc-ice (a deprecated OpenSSL 3 call under -Werror), bare the same way, and libmspack (libtool's
// `cannot find the library 'libmschmd.la'`: without `libtool:` it is no longer libtool's relative
// `.la`, a library the build writes, but any library missing): in the list since they moved to
// fitted/. Round 28's mesaflash and round 23's fbc: `gcc: error: libanyio.a: No such file or
// directory` is the driver not finding the build's own archive to link; without `gcc:` it is no
// tool's line (round 29's rule reads fbc's race from this line now).
const LOCATION_IS_EVIDENCE = [
  'compile-error/389ds-fedora40-slap-h-f-type-expected.log',
  'compile-error/amule-gcc11-cxx17-byte-ambiguous.log',
  'compile-error/beatuprcelyte-gcc9-c2x-attributes.log',
  'compile-error/brainrot-137-debian12-gcc12-werror-clobbered.log',
  'compile-error/canokey-core-dbg-msg-expected-expression.log',
  'compile-error/chapel-gcc47-cast-const-char.log',
  'compile-error/dvgrab-gcc610-narrowing-bitmask-char.log',
  'compile-error/fts-xapian-gcc13-stray-slash.log',
  'compile-error/grfcodec-gcc10-narrowing-case.log',
  'compile-error/indigo-macos15-clang17-bundled-zlib-fdopen.log',
  'compile-error/keeperrl-clang19-template-arg-list-after-template-kw.log',
  'compile-error/kiwix-build-zlib-macos15-clang17-stdio.log',
  'compile-error/mgconsole-gcc10-extra-semicolon-pedantic.log',
  'compile-error/nestopia-freebsd-clang-narrowing.log',
  'compile-error/openfpgaloader-fedora-narrowing.log',
  'compile-error/qzxing-android-clang-cxx17-byte-ambiguous.log',
  'compile-error/routingkit-1-gcc52-std-function.log',
  'compile-error/shellinabox-sonoma-implicit-strdup.log',
  'compile-error/slippc-std-filesystem-no-cxx17.log',
  'compile-error/stimfit-ubuntu-armhf-gcc62-narrowing.log',
  'compile-error/stressapptest-clang-libcxx-gnu-cxx-namespace.log',
  'compile-error/tdesktop-clang19-cwg96-template-keyword.log',
  'compile-error/ucg-clang4-std-function-noexcept.log',
  'compile-error/widelands-5418-arch-gcc12-werror-uninitialized.log',
  'compile-error/xmlrpc-c-yocto-gcc15-false-enum-constant.log',
  'compile-error/zeroc-ice-ubuntu-openssl3-deprecated-werror.log',
  'missing-header/cstrike-basehook-m32-bits-cxxconfig-multilib.log',
  'missing-header/godot-mono-builds-x86-cxxconfig-g++-multilib.log',
  'missing-header/lede-nodejs-v8-m32-bits-cxxconfig-h.log',
  'parallel-race/datafed-protobuf-pb-cc-truncated-while-compiling.log',
  'parallel-race/fbc-bootstrap-j5-libfb-a-missing.log',
  'parallel-race/libmspack-gentoo-make-j4-libmschmd-la.log',
  'parallel-race/mesaflash-make-j-libanyio-not-built-yet.log',
  'parallel-race/pdns-homebrew-j8-version-generated-truncated.log',
  'parallel-race/principia-make-j-generated-pb-cc-extraneous-brace.log',
  'parallel-race/protobuf-c-make-j8-test-full-pb-h.log',
  'parallel-race/unbound-bison-configparser-run-twice.log',
  'toolchain-broken/pyrit-nvcc4-gcc45-host-config.log',
];

describe('a known message in the shapes real excerpts give it', () => {
  test('keeps its main class', () => {
    const { pairs, changed } = shapeChanges();
    console.log(`${changed.length} of ${pairs} (log, transform) pairs changed class`);
    for (const c of changed) console.log(`${c.transform}: ${c.log} -> ${c.got}`);
    expect(pairs).toBeGreaterThan(10_000);
    expect(changed.map((c) => `${c.transform}: ${c.log}`)).toEqual(
      LOCATION_IS_EVIDENCE.map((log) => `location or tool prefix removed: ${log}`),
    );
  });
});
