import { describe, expect, test } from 'vitest';
import { classify } from '../../src/diagnose/index.js';
import { parseOomKills, watchKernel, withoutOthersKills } from '../../src/diagnose/kernel.js';
import { packagesForHeader, packagesForLibrary } from '../../src/diagnose/packages.js';
import type { JournalRecord } from '../../src/launcher/journal.js';

const MiB = 1024 ** 2;

/** A log and its main diagnosis: the class, and the confidence where the case names one. */
type Case = [name: string, log: string, want: string, confidence: 'high' | 'medium' | 'low' | null];
/** A log in a rule's words about something else, and the class it keeps. */
type NearMiss = [name: string, log: string, want: string];

function expectMainDiagnoses(cases: Case[]): void {
  test.each(cases)('%s', (_name, log, want, confidence) => {
    const [d] = classify({ log });
    expect(d!.class).toBe(want);
    if (confidence) expect(d!.confidence).toBe(confidence);
  });
}

function expectNearMisses(near: NearMiss[]): void {
  test.each(near)('near miss: %s', (_name, log, want) => {
    expect(classify({ log })[0]!.class).toBe(want);
  });
}
const noise = (n: number): string[] =>
  Array.from(
    { length: n },
    (_, i) => `x86_64-linux-gnu-gcc -Wall -Werror=format-security -c src/f${i}.c -o build/f${i}.o`,
  );

function record(fields: Partial<JournalRecord>): JournalRecord {
  return {
    kind: 'compile',
    build: 'cp311',
    argv: ['gcc', '-c', 'src/big.c'],
    cwd: '/tmp',
    source: 'src/big.c',
    output: 'build/big.o',
    extension: 'big',
    flagsHash: 'x',
    exitCode: null,
    signal: null,
    peakRssBytes: 0,
    estimateBytes: 0,
    wallMs: 1,
    cpuMs: 1,
    cacheHit: false,
    attempt: 1,
    startedAt: '2024-01-01T00:00:00Z',
    ...fields,
  };
}

describe('classify', () => {
  test('prefers the OOM kill over the assembler errors it caused, amid noise', () => {
    const log = [
      ...noise(200),
      "building 'big' extension",
      'x86_64-linux-gnu-gcc -O2 -fPIC -I/usr/include/python3.11 -c src/big.c -o build/big.o',
      '{standard input}: Assembler messages:',
      "{standard input}:90211: Error: unknown pseudo-op: '.strin'",
      '{standard input}:90211: Warning: end of file not at end of a line; newline inserted',
      'gcc: fatal error: Killed signal terminated program cc1',
      'compilation terminated.',
      ...noise(200),
    ].join('\n');
    const [d] = classify({ log });
    expect(d).toMatchObject({
      class: 'oom-killed',
      concerns: { extension: 'big', file: 'src/big.c', python: '3.11' },
    });
    expect(d!.evidence[0]).toEqual({
      text: 'gcc: fatal error: Killed signal terminated program cc1',
      source: 'log',
      line: 206,
    });
  });

  test('assembler errors alone still point at a killed compiler, with low confidence', () => {
    const [d] = classify({ log: "{standard input}:12: Error: unknown pseudo-op: '.strin'" });
    expect(d).toMatchObject({ class: 'oom-killed', confidence: 'low' });
  });

  test('kernel and journal evidence make an OOM kill certain and the remedy numeric', () => {
    const [d] = classify({
      log: "{standard input}:12: Error: unknown pseudo-op: '.strin'",
      journal: [
        record({ signal: 'SIGKILL', peakRssBytes: 900 * MiB }),
        record({ source: 'src/small.c', exitCode: 0 }),
      ],
      kernel: {
        oomKillsBefore: 2,
        oomKillsAfter: 3,
        kernelLog: 'noise\nMemory cgroup out of memory: Killed process 4242 (cc1) total-vm:1000kB',
      },
      memory: { effectiveBytes: 2048 * MiB, usableSwapBytes: null, jobs: 4 },
    });
    expect(d).toMatchObject({
      class: 'oom-killed',
      confidence: 'high',
      concerns: { file: 'src/big.c', extension: 'big' },
    });
    expect(d!.evidence.map((e) => e.source)).toEqual(['kernel', 'kernel', 'journal', 'log']);
    expect(d!.evidence[1]!.line).toBe(2);
    expect(d!.remedy).toContain('`jobs: 2`');
    expect(d!.remedy).toContain('900 MiB');
  });

  test('a compile larger than the whole runner asks for swap, sized in whole GiB', () => {
    const [d] = classify({
      log: 'gcc: fatal error: Killed signal terminated program cc1',
      journal: [record({ signal: 'SIGKILL', peakRssBytes: 3000 * MiB })],
      memory: { effectiveBytes: 2048 * MiB, usableSwapBytes: null, jobs: 2 },
    });
    expect(d!.remedy).toMatch(/^`swap: 2G` and `jobs: 1`/);
  });

  test('reports the first missing header, not the cascade after it', () => {
    const log = [
      'src/a.c:3:10: fatal error: libxml/xmlversion.h: No such file or directory',
      "src/b.c:9:1: error: unknown type name 'xmlDocPtr'",
      'src/c.c:3:10: fatal error: zlib.h: No such file or directory',
    ].join('\n');
    const diagnoses = classify({ log });
    expect(diagnoses.map((d) => d.class)).toEqual(['missing-header', 'compile-error']);
    expect(diagnoses[0]!.evidence.map((e) => e.line)).toEqual([1, 3]);
    expect(diagnoses[0]!.remedy).toContain('apt-get install libxml2-dev');
  });

  test('a missing C library header is a broken toolchain, not a missing dependency', () => {
    const [d, ...rest] = classify({
      log: 'src/a.c:1:10: fatal error: stdio.h: No such file or directory',
    });
    expect(d!.class).toBe('toolchain-broken');
    expect(rest.map((r) => r.class)).not.toContain('missing-header');
  });

  // as the race test in diagnose-real.test.ts once caught it: the object gone, not truncated
  test.each([
    'lto1: fatal error: open build/temp.linux-x86_64-cpython-311/src/common.o failed: No such file or directory',
    'lto1: fatal error: Cannot open build/temp.linux-x86_64-cpython-311/src/common.o',
    '/usr/bin/ld: cannot find build/temp.linux-x86_64-cpython-311/src/common.o: No such file or directory',
  ])('an object missing at the link of a parallel build is the race: %s', (line) => {
    const log = [
      ...noise(30),
      line,
      'lto-wrapper: fatal error: /usr/bin/x86_64-linux-gnu-gcc returned 1 exit status',
      '/usr/bin/ld: error: lto-wrapper failed',
      'collect2: error: ld returned 1 exit status',
      "error: command '/usr/bin/x86_64-linux-gnu-gcc' failed with exit code 1",
    ].join('\n');
    const [diagnosis] = classify({
      log,
      python: 'cp311',
      memory: { effectiveBytes: 8 * 1024 * MiB, usableSwapBytes: null, jobs: 2 },
    });
    expect(diagnosis!.class).toBe('parallel-race');
    expect(diagnosis!.confidence).toBe('medium');
    expect(diagnosis!.evidence.map((e) => e.text)).toContain(line);
  });

  test('an unrecognised failure is unknown, citing the specific lines over the generic ones', () => {
    const [d] = classify({
      log: 'error: subprocess-exited-with-error\nsomething odd: error 7 happened\n',
    });
    expect(d).toMatchObject({ class: 'unknown', confidence: 'low' });
    expect(d!.evidence[0]!.line).toBe(2);
  });
});

// Round 7's rules, each with a line it must read and a near miss it must not (lines written here,
// in the tools' formats; the corpus holds the real logs).
describe('round 7 mechanisms', () => {
  const LINK_FAILED = 'collect2: error: ld returned 1 exit status';
  const CASES: Case[] = [
    // The toolchain's own runtime missing at the link, in ld's and lld's words and translations.
    ['libc', `/usr/bin/ld: cannot find -lc\n${LINK_FAILED}`, 'toolchain-broken', 'high'],
    ['libgcc_s, Spanish', '/usr/bin/ld: no se puede encontrar -lgcc_s', 'toolchain-broken', 'high'],
    ['lld, libgcc', 'ld.lld: error: unable to find library -lgcc', 'toolchain-broken', 'high'],
    [
      'a project library',
      `/usr/bin/ld: cannot find -lcrypto\n${LINK_FAILED}`,
      'missing-library',
      null,
    ],
    ['libc++ is not libc', '/usr/bin/ld: cannot find -lc++', 'missing-library', null],
    [
      'lld, crt1.o',
      'ld.lld: error: cannot open crt1.o: No such file or directory',
      'toolchain-broken',
      'high',
    ],
    [
      'crti.o, Chinese',
      '/usr/bin/ld: 找不到 /usr/lib32/crti.o: 没有那个文件或目录',
      'toolchain-broken',
      'high',
    ],
    [
      'gcrt1.o',
      '/usr/bin/ld: cannot find gcrt1.o: No such file or directory',
      'toolchain-broken',
      'high',
    ],
    [
      // Round 16: the 32-bit C library's development files, a package, not the toolchain.
      '32-bit glibc headers',
      '/usr/include/gnu/stubs.h:7:11: fatal error: gnu/stubs-32.h: No such file or directory',
      'missing-header',
      'high',
    ],
    // Any library, the compiler's and objects, in ld's translated words.
    [
      'a project library, Italian',
      '/usr/bin/ld: impossibile trovare -lssl',
      'missing-library',
      'high',
    ],
    ['libgfortran, Chinese', '/usr/bin/ld: 找不到 -lgfortran', 'missing-library', 'medium'],
    [
      'an object under -j, Danish',
      'make -j4\n/usr/bin/ld: kan ikke finde build/a.o: Ingen sådan fil eller filkatalog',
      'parallel-race',
      'medium',
    ],
    // The linker's own crash.
    [
      'BFD internal error',
      `/usr/bin/ld: BFD (GNU Binutils) 2.38 internal error, aborting at ../../bfd/elflink.c:1234 in elf_link_add_object_symbols\n\n/usr/bin/ld: Please report this bug.\n\n${LINK_FAILED}`,
      'toolchain-broken',
      'high',
    ],
    [
      'gold internal error',
      'ld.gold: internal error in do_layout, at ../../gold/object.cc:1531',
      'toolchain-broken',
      'high',
    ],
    [
      'an undefined symbol named so',
      `/usr/bin/ld: a.o: in function \`f':\na.c:(.text+0x9): undefined reference to \`internal_error'\n${LINK_FAILED}`,
      'unknown',
      null,
    ],
    [
      'ld internal error',
      '/usr/bin/ld: internal error: aborting at ../../ld/ldlang.c:527 in lang_output_section_find',
      'toolchain-broken',
      'high',
    ],
    // Two steps making one directory, or running a program still being written, in any locale.
    [
      'mkdir, French, under -j',
      'make -j4\nmkdir: impossible de créer le répertoire « build/obj »: Le fichier existe',
      'parallel-race',
      'medium',
    ],
    [
      'ln, German, serial',
      "ln: die symbolische Verknüpfung 'lib/libx.so' konnte nicht angelegt werden: Die Datei existiert bereits",
      'parallel-race',
      'low',
    ],
    ['mkdir, BSD, serial', 'mkdir: build/obj: File exists', 'parallel-race', 'low'],
    [
      'mkdir, not permitted',
      "make -j4\nmkdir: cannot create directory '/usr/lib/x': Permission denied",
      'unknown',
      null,
    ],
    [
      'a busy program, Spanish',
      'make -j4\n/bin/sh: 1: ./gen: El fichero de texto está ocupado',
      'parallel-race',
      'medium',
    ],
    // A tool the build makes, run before it exists.
    [
      'help2man, serial',
      "help2man: can't get `--help' info from ./bin/mytool\nTry `--no-discard-stderr' if option outputs to stderr\nmake[2]: *** [doc/mytool.1] Error 127",
      'parallel-race',
      'low',
    ],
    [
      'help2man, under -j',
      "make -j4 all\nhelp2man: can't get `--help' info from ./bin/mytool\nmake[2]: *** [doc/mytool.1] Error 127",
      'parallel-race',
      'medium',
    ],
    ['a script not found, serial', '/bin/sh: 1: ./configure: not found', 'unknown', null],
    // A library the build makes, linked before it exists.
    [
      'build-tree library, serial',
      `ld: error: cannot open build/lib/libcore.a: No such file or directory\n*** [build/bin/tool] Error code 1`,
      'parallel-race',
      'low',
    ],
    [
      'build-tree library, under -j',
      `make -j8\n/usr/bin/ld: cannot find ../src/.libs/libfoo.so: No such file or directory\n${LINK_FAILED}`,
      'parallel-race',
      'medium',
    ],
    [
      'a system library',
      `/usr/bin/ld: cannot find /usr/lib/x86_64-linux-gnu/libpython3.11.so: No such file or directory\n${LINK_FAILED}`,
      'unknown',
      null,
    ],
    // A generated source cut short or spliced.
    [
      'protoc output, clang',
      "serialization/msg.pb.cc:9042:1: error: extraneous closing brace ('}')",
      'parallel-race',
      'low',
    ],
    [
      'bison output, gcc, under -j',
      'make -j4\nparse.tab.c:812:1: error: expected declaration or statement at end of input',
      'parallel-race',
      'medium',
    ],
    [
      'moc output, MSVC',
      'gen\\moc_window.cpp(120): fatal error C1004: unexpected end-of-file found',
      'parallel-race',
      'low',
    ],
    [
      'an error in a grammar action',
      "parse.tab.c:45:10: error: 'yylval_t' undeclared (first use in this function)",
      'compile-error',
      null,
    ],
    [
      'protobuf version guard',
      "msg.pb.h:17:2: error: #error This file was generated by a newer version of protoc which is\nmsg.pb.cc:88:1: error: expected '}' at end of input",
      'compile-error',
      null,
    ],
    // MSVC and nvcc diagnostics in every position form.
    [
      'MSVC, no position',
      " error C2440: 'initializing': cannot convert from 'initializer list' to 'S'",
      'compile-error',
      'medium',
    ],
    [
      'MSVC, header, space before colon',
      "C:\\src\\a.h(12) : error C2065: 'x': undeclared identifier",
      'compile-error',
      'medium',
    ],
    [
      'nvcc, header',
      'kernels/util.cuh(33): error: identifier "foo" is undefined',
      'compile-error',
      'medium',
    ],
    [
      'MSVC warning',
      'C:\\src\\a.cpp(12,5): warning C4244: conversion from double to int',
      'unknown',
      null,
    ],
    [
      'MSVC link error',
      "LINK : fatal error LNK1181: cannot open input file 'foo.lib'",
      'missing-library',
      null,
    ],
  ];

  expectMainDiagnoses(CASES);

  // One message in each compiler's words names the same thing (in the title or the remedy).
  test.each([
    ["a.cpp:3:8: error: 'unique_ptr' is not a member of 'std'", 'compile-error', 'unique_ptr'],
    [
      "C:\\src\\a.cpp(3): error C2039: 'unique_ptr': is not a member of 'std'",
      'compile-error',
      'unique_ptr',
    ],
    ['a.cu(3): error: namespace "std" has no member "unique_ptr"', 'compile-error', 'unique_ptr'],
    ['a.cu(9): error: identifier "_PyUnicode_Ready" is undefined', 'python-incompatible', 'C-API'],
    [
      'a.cu(9): error: class "_ts" has no member "use_tracing"',
      'python-incompatible',
      'use_tracing',
    ],
    [
      'a.c(9): error: struct "_ts" has no field "recursion_depth"',
      'python-incompatible',
      'recursion_depth',
    ],
    ['a.cu(1): catastrophic error: cannot open source file "png.h"', 'missing-header', 'png.h'],
    [
      'a.cu(1): catastrophic error: cannot open source file "stdio.h"',
      'toolchain-broken',
      'stdio.h',
    ],
    [
      'a.cu(1): catastrophic error: cannot open source file "longintrepr.h"',
      'python-incompatible',
      'longintrepr.h',
    ],
    ["clang: error: no such file or directory: 'src/fast.c'", 'compile-error', 'missing'],
    [
      "c1xx: fatal error C1083: Cannot open source file: 'src\\fast.c': No such file or directory",
      'compile-error',
      'missing',
    ],
  ])('%s → %s', (log, want, named) => {
    const [d] = classify({ log });
    expect(d!.class).toBe(want);
    expect(`${d!.title} ${d!.remedy}`).toContain(named);
  });
});

describe('round 9 mechanisms', () => {
  const CASES: Case[] = [
    // Any loader's "cannot open shared object file", whatever the name; Windows' and dyld's forms.
    [
      'MSYS2 loader, a DLL',
      'C:/msys64/mingw64/bin/clang.exe: error while loading shared libraries: libLLVM.dll: cannot open shared object file: No such file or directory',
      'missing-shared-library',
      'high',
    ],
    [
      'MSYS2 loader, no name',
      'D:/msys64/mingw32/bin/clang.exe: error while loading shared libraries: ?: cannot open shared object file: No such file or directory',
      'missing-shared-library',
      'high',
    ],
    [
      'cygwin loader',
      '/usr/bin/foo.exe: error while loading shared libraries: cygz.dll: cannot open shared object file: No such file or directory',
      'missing-shared-library',
      'high',
    ],
    [
      'Windows dialog text',
      'The code execution cannot proceed because python311.dll was not found. Reinstalling the program may fix this problem.',
      'missing-shared-library',
      'high',
    ],
    [
      'STATUS_DLL_NOT_FOUND',
      "error: command 'C:\\build\\gen.exe' failed with exit code 0xc0000135",
      'missing-shared-library',
      'high',
    ],
    [
      'musl loader',
      'Error loading shared library libstdc++.so.6: No such file or directory (needed by /usr/bin/protoc)',
      'missing-shared-library',
      'high',
    ],
    [
      'ctypes on Windows',
      "FileNotFoundError: Could not find module 'C:\\x\\foo.dll' (or one of its dependencies). Try using the full path with constructor syntax.",
      'missing-shared-library',
      'high',
    ],
    [
      'cffi on Windows',
      "OSError: cannot load library 'foo.dll': error 0x7e",
      'missing-shared-library',
      'high',
    ],
    [
      'musl, a missing file that is no library',
      'Error loading config file /etc/foo.conf: No such file or directory',
      'unknown',
      null,
    ],
    [
      'a DLL the build opens as a file is no loader error',
      "cp: cannot stat 'build/foo.dll': No such file or directory",
      'unknown',
      null,
    ],
    // A package's own refusal of the running Python, in the words setup scripts and build tools use.
    [
      'setup.py refusal',
      'RuntimeError: Python version >= 3.9 required.',
      'python-incompatible',
      'high',
    ],
    [
      'build tool refusal',
      'error: Python 3.14 is not yet supported',
      'python-incompatible',
      'high',
    ],
    ['pip metadata line', 'Requires-Python >=3.9; 3.9.0 is installed', 'unknown', null],
    // Visual Studio's Error List copied as text: no `error` word, tab-separated columns.
    [
      'VS Error List',
      "C2039\t'string': is not a member of 'std'\tC:\\src\\a.h\t2920",
      'compile-error',
      'medium',
    ],
    [
      'VS Error List, a warning',
      "C4244\t'=': conversion from 'double' to 'int', possible loss of data\tC:\\src\\a.cpp\t12",
      'unknown',
      null,
    ],
    // distutils' summary of link.exe's LNK1181, the LNK line not posted.
    [
      'link.exe exit status 1181',
      "error: command 'C:\\VC\\bin\\HostX86\\x64\\link.exe' failed with exit status 1181",
      'missing-library',
      'medium',
    ],
    [
      'link.exe, another exit status',
      "error: command 'C:\\VC\\bin\\HostX86\\x64\\link.exe' failed with exit status 1120",
      'unknown',
      null,
    ],
    // make finding no rule for a build-tree file: another step's output (EDK2's Build/ tree).
    [
      'no rule, build tree, parallel',
      "make -j32\nmake: *** No rule to make target 'Build/X/DEBUG_GCC5/AARCH64/Pkg/OUTPUT/a.map', needed by 'Build/X/FV/a.map'.  Stop.",
      'parallel-race',
      'medium',
    ],
    [
      'no rule, a source file',
      "make -j32\nmake: *** No rule to make target 'src/a.c', needed by 'a.o'.  Stop.",
      'unknown',
      null,
    ],
    // Batch systems' time limits.
    ['LSF', 'TERM_RUNLIMIT: job killed after reaching LSF run time limit.', 'timeout', 'high'],
    [
      'Slurm',
      'slurmstepd: error: *** JOB 123 ON n1 CANCELLED AT 2024-01-01T00:00:00 DUE TO TIME LIMIT ***',
      'timeout',
      'high',
    ],
    ['PBS', '=>> PBS: job killed: walltime 3618 exceeded limit 3600', 'timeout', 'high'],
    ['a time limit named, not reached', 'TIME LIMIT for this job: 3600 s', 'unknown', null],
    // MSVC missing a Windows SDK header: the SDK is missing, not a project header.
    [
      'Windows SDK header',
      "src\\autores.h(6): fatal error C1083: Cannot open include file: 'lm.h': No such file or directory",
      'toolchain-broken',
      'high',
    ],
    [
      'UCRT header',
      "C:\\src\\a.c(1): fatal error C1083: Cannot open include file: 'stdio.h': No such file or directory",
      'toolchain-broken',
      'high',
    ],
    [
      'a dependency header under MSVC',
      "C:\\src\\a.c(1): fatal error C1083: Cannot open include file: 'zlib.h': No such file or directory",
      'missing-header',
      'high',
    ],
  ];

  expectMainDiagnoses(CASES);
});

describe('round 10 mechanisms', () => {
  const WAITING = 'make[2]: *** Waiting for unfinished jobs....';
  const CASES: Case[] = [
    // MSVC's C1083 keeps its number and the header's name in every locale it ships.
    [
      'C1083 in Chinese',
      'detpdb\\detpdb.cpp(48,10): fatal error C1083: 无法打开包括文件: “ida.hpp”: No such file or directory',
      'missing-header',
      'high',
    ],
    [
      'C1083 in Korean, Error List',
      "오류  98  error C1083: 포함 파일을 열 수 없습니다. 'ace/ace.h': No such file or directory  c:\\cgsf\\stdafx.h  19  1   DatabaseLayer",
      'missing-header',
      'high',
    ],
    [
      'C1083 in Italian',
      "C:\\r6xx\\zlib-ng\\deflate.h(15,10): fatal error C1083: Non è possibile aprire il file inclusione: 'crc32_fold.h': No such file or directory (compilazione del file di origine zlib-ng\\adler32.c)",
      'missing-header',
      'high',
    ],
    [
      'C1083 in Russian, unquoted',
      'error C1083: Не удается открыть файл включение: x86/matchfinder_impl.h: No such file or directory,',
      'missing-header',
      'high',
    ],
    [
      'C1083 in Chinese, tab-separated Error List',
      '错误\tC1083\t无法打开包括文件: “natives.h”: No such file or directory\tGCC-Collector\tc:\\gcc-cl\\animation.cpp\t6\t',
      'missing-header',
      'high',
    ],
    [
      'C1083 capitalised, no location',
      "Fatal error C1083: Cannot open include file: 'Widget.hpp': No such file or directory",
      'missing-header',
      'high',
    ],
    [
      'a Windows SDK header, in Chinese',
      'C:\\src\\a.c(1): fatal error C1083: 无法打开包括文件: “windows.h”: No such file or directory',
      'toolchain-broken',
      'high',
    ],
    [
      'a header Python removed, in Chinese',
      'src\\lxml.c(99): fatal error C1083: 无法打开包括文件: “longintrepr.h”: No such file or directory',
      'python-incompatible',
      'high',
    ],
    [
      'C1083 for a source file is no header',
      "cl : fatal error C1083: Cannot open source file: '..\\test\\main.cpp': No such file or directory",
      'compile-error',
      null,
    ],
    [
      'C1083 for a precompiled header is no header',
      "a.cpp(1): fatal error C1083: Cannot open precompiled header file: 'Release\\app.pch': No such file or directory",
      'compile-error',
      null,
    ],
    // LNK1181 names the .lib it cannot open in any locale.
    [
      'LNK1181 in Chinese',
      'LINK : fatal error LNK1181: 无法打开输入文件“sndfile.lib”',
      'missing-library',
      'high',
    ],
    [
      'LNK1181 in Chinese, Error List',
      '错误\tLNK1181\t无法打开输入文件“dlib19.4.lib”\tfaceAlignment\tD:\\DlibFace\\faceAlignment\\LINK\t1',
      'missing-library',
      'high',
    ],
    [
      'LNK1181 capitalised, double quotes',
      'LINK: fatal error LNK1181: Cannot open input file "minhook.lib"',
      'missing-library',
      'high',
    ],
    [
      'LNK1181 for an object file is no library',
      'LINK : fatal error LNK1181: 无法打开输入文件“\\.obj”',
      'unknown',
      null,
    ],
    // The C runtime's start files, static-pie's and profiling ones too.
    [
      "static-pie's start file",
      '/x/arm-poky-linux-gnueabi/7.3.0/ld: cannot find rcrt1.o: No such file or directory',
      'toolchain-broken',
      'high',
    ],
    [
      "gprof's start file",
      '/usr/bin/ld: cannot find Mcrt1.o: No such file or directory',
      'toolchain-broken',
      'high',
    ],
    [
      'an object of the build is no start file',
      `/usr/bin/ld: cannot find main.o: No such file or directory\n${WAITING}`,
      'parallel-race',
      null,
    ],
    // FreeBSD's rtld.
    [
      'FreeBSD rtld, a symbol version',
      '/usr/local/lib/compat/libstdc++.so.6: version GLIBCXX_3.4.10 required by /usr/local/lib/libprotobuf.so.10 not found',
      'missing-shared-library',
      'high',
    ],
    [
      "FreeBSD rtld, libc's version",
      '/lib/libc.so.7: version FBSD_1.7 required by /usr/local/bin/cmake not found',
      'missing-shared-library',
      'high',
    ],
    [
      'FreeBSD rtld, a library not found',
      'ld-elf.so.1: Shared object "libintl.so.8" not found, required by "python3.11"',
      'missing-shared-library',
      'high',
    ],
    [
      'a version required by a file that is no library',
      'error: version 3.4 required by pyproject.toml not found',
      'unknown',
      null,
    ],
    // dlopen's words are translated (dlerror), in every locale glibc ships.
    [
      'an import in German',
      'ImportError: libgeos_c.so.1: Kann die Shared-Object-Datei nicht öffnen: Datei oder Verzeichnis nicht gefunden',
      'missing-shared-library',
      'high',
    ],
    [
      'an import in Chinese',
      'ImportError: libcudart.so.11.0: 无法打开共享对象文件: 没有那个文件或目录',
      'missing-shared-library',
      'high',
    ],
    [
      'a shared object the linker cannot open is no import',
      '/usr/bin/ld: cannot open output file build/libfoo.so: No such file or directory',
      'parallel-race',
      null,
    ],
    // Python 2 code run by Python 3, in the interpreter's words.
    [
      'a print statement',
      '  File "/tmp/pip-build/haxor/setup.py", line 12\n    print long_description\n    SyntaxError: Missing parentheses in call to \'print\'. Did you mean print(long_description)?',
      'python-incompatible',
      'high',
    ],
    [
      'an exec statement',
      "SyntaxError: Missing parentheses in call to 'exec'",
      'python-incompatible',
      'high',
    ],
    [
      'except X, e (3.10+)',
      '    except OSError, e:\n           ^^^^^^^^^^\nSyntaxError: multiple exception types must be parenthesized',
      'python-incompatible',
      'high',
    ],
    [
      "Python 2's builtin",
      '  File "setup.py", line 30, in <module>\n    if isinstance(v, unicode):\nNameError: name \'unicode\' is not defined',
      'python-incompatible',
      'high',
    ],
    [
      "Python 2's module",
      "ModuleNotFoundError: No module named 'urllib2'",
      'python-incompatible',
      'high',
    ],
    [
      "Python 2's dict method",
      "AttributeError: 'dict' object has no attribute 'iteritems'",
      'python-incompatible',
      'high',
    ],
    ['a syntax error of any Python', 'SyntaxError: invalid syntax', 'unknown', null],
    ["a name the script's own", "NameError: name 'VERSION' is not defined", 'unknown', null],
    // A build tool's refusal of the running Python, in its own words.
    [
      "meson's refusal",
      'Tried to install with an unsupported version of Python. Meson requires Python 3.5.0 or greater',
      'python-incompatible',
      'high',
    ],
    [
      'a setup script requiring a release',
      'RuntimeError: This package requires Python 3.8 or later.',
      'python-incompatible',
      'high',
    ],
    [
      "CMake's FindPython",
      'CMake Error at /usr/share/cmake-3.16/Modules/FindPackageHandleStandardArgs.cmake:146 (message):\n  Could NOT find Python3: Found unsuitable version "3.6.9", but required is at least "3.8" (found /usr/bin/python3, found components: Interpreter)',
      'python-incompatible',
      'high',
    ],
    [
      'another requirement of the same form',
      'RuntimeError: This package requires numpy 1.20 or later.',
      'unknown',
      null,
    ],
    // A removed C-API name in gcc's and clang's echo of the failing line.
    [
      "gcc's echo",
      'a.c: In function ‘init’:\na.c:2323:46: error: subscripted value is neither array nor pointer nor vector\n 2323 |     self->c = PyUnicode_AS_UNICODE(s)[0];\n      |                                      ^',
      'python-incompatible',
      'medium',
    ],
    [
      "clang's echo",
      'a.c:10:5: error: subscripted value is not an array, pointer, or vector\n   10 |     c = PyUnicode_AS_UNICODE(s)[0];\n      |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~',
      'python-incompatible',
      'medium',
    ],
    [
      'a deprecation warning echoed, no error',
      'a.c:10:5: warning: ‘PyUnicode_AS_UNICODE’ is deprecated [-Wdeprecated-declarations]\n   10 |     c = PyUnicode_AS_UNICODE(s);\n      |     ^',
      'unknown',
      null,
    ],
    // Two compiles writing one Fortran module.
    [
      "gfortran's rename, under -j",
      '$ cmake --build . --parallel 16\nf951: Fatal Error: Cannot rename module file ‘ml_mod.mod0’ to ‘ml_mod.mod’: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      "CMake's module copy, under make -j",
      `Error copying Fortran module "solver.mod".  Tried "SOLVER.mod" and "solver.mod".\n${WAITING}`,
      'parallel-race',
      'medium',
    ],
    [
      "CMake's module stamp, under ninja",
      'ninja: build stopped: subcommand failed.\nmake[2]: *** [CMakeFiles/app.dir/depend.make:8: CMakeFiles/app.dir/solver.mod.stamp] Error 1',
      'parallel-race',
      'medium',
    ],
    [
      'the rename without a parallel build',
      'f951: Fatal Error: Cannot rename module file ‘a.mod0’ to ‘a.mod’: Permission denied',
      'parallel-race',
      'low',
    ],
    ['CMake copying another file', 'Error copying file "a.txt" to "b/".', 'unknown', null],
    // A generated parser's source not written yet when the driver looked for it.
    [
      "gcc, a project's parser source",
      `gcc-4.9.real: error: ./lib/command_parse.c: No such file or directory\n${WAITING}`,
      'parallel-race',
      'medium',
    ],
    [
      "gcc, bison's output",
      `make -j4\ngcc: error: src/grammar.tab.c: No such file or directory`,
      'parallel-race',
      'medium',
    ],
    [
      "clang, flex's output",
      `clang: error: no such file or directory: 'src/lex.yy.c'\n${WAITING}`,
      'parallel-race',
      'medium',
    ],
    [
      'a plain source missing under -j',
      `gcc: error: src/main.c: No such file or directory\n${WAITING}`,
      'compile-error',
      null,
    ],
    [
      'a parser source missing without -j',
      'gcc: error: ./lib/command_parse.c: No such file or directory',
      'compile-error',
      null,
    ],
  ];

  expectMainDiagnoses(CASES);
});

describe('round 11 mechanisms', () => {
  const WAITING = 'make[2]: *** Waiting for unfinished jobs....';
  const CASES: Case[] = [
    // A compiler refusing a target its release does not know.
    [
      'nvcc: a GPU architecture newer than its CUDA release',
      "nvcc fatal   : Unsupported gpu architecture 'compute_86'",
      'toolchain-broken',
      'high',
    ],
    [
      'nvcc: an -arch value it does not define',
      "nvcc fatal   : Value 'sm_90a' is not defined for option 'gpu-architecture'",
      'toolchain-broken',
      'high',
    ],
    [
      'ptxas: a GPU name it does not know',
      "ptxas fatal   : Value 'sm_89' is not defined for option 'gpu-name'",
      'toolchain-broken',
      'high',
    ],
    [
      "clang's CUDA/HIP offload architecture",
      'clang: error: unsupported HIP gpu architecture: gfx1200',
      'toolchain-broken',
      'high',
    ],
    [
      'gcc: a CPU newer than its release',
      "cc1: error: bad value ('znver5') for '-march=' switch",
      'toolchain-broken',
      'high',
    ],
    [
      'gcc: a language standard it does not know',
      "cc1plus: error: unrecognized command-line option '-std=c++23'",
      'toolchain-broken',
      'high',
    ],
    [
      'rustc: a target without its standard library',
      "error[E0463]: can't find crate for `std`",
      'toolchain-broken',
      'high',
    ],
    // conda's compiler activation; Apple's, Go's, Rust's and MSVC's words for no compiler.
    [
      "conda's compiler activation finds no compiler",
      'ERROR: This cross-compiler package contains no program /opt/conda/bin/x86_64-conda-linux-gnu-cc',
      'toolchain-broken',
      'high',
    ],
    [
      "conda's clang activation failed",
      'ERROR: activate-clang_osx-arm64.sh failed, see above for details',
      'toolchain-broken',
      'high',
    ],
    [
      'xcrun finds no clang',
      'xcrun: error: unable to find utility "clang", not a developer tool or in PATH',
      'toolchain-broken',
      'high',
    ],
    [
      "Go's cgo finds no C compiler",
      'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH',
      'toolchain-broken',
      'high',
    ],
    [
      'cc-rs finds no compiler',
      'error occurred: Failed to find tool. Is `aarch64-linux-gnu-gcc` installed?',
      'toolchain-broken',
      'high',
    ],
    [
      'MSBuild without the platform toolset',
      "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppBuild.targets(456,5): error MSB8020: The build tools for v141 (Platform Toolset = 'v141') cannot be found.",
      'toolchain-broken',
      'high',
    ],
    [
      "CMake's compiler check",
      '  The C compiler\n\n    "/usr/bin/cc"\n\n  is not able to compile a simple test program.',
      'toolchain-broken',
      'high',
    ],
    // CMake's build program, Apple's Command Line Tools.
    [
      'CMake finds no build program',
      'CMake Error: CMake was unable to find a build program corresponding to "Ninja".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.',
      'toolchain-broken',
      'high',
    ],
    [
      "Homebrew's check of the Command Line Tools",
      'Error: Your Command Line Tools are too outdated.',
      'toolchain-broken',
      'high',
    ],
    [
      'an outdated formula is not the build tools',
      'Warning: Your formula foo is outdated.',
      'unknown',
      null,
    ],
    // The C++ standard library's own headers.
    [
      'clang: <string> with its -Wstdlibcxx-not-found warning',
      "warning: include path for libstdc++ headers not found; pass '-stdlib=libc++' on the command line to use the libc++ standard library instead [-Wstdlibcxx-not-found]\nsrc/a.cpp:1:10: fatal error: 'string' file not found",
      'toolchain-broken',
      'high',
    ],
    [
      'clang on Linux: <iostream> without libstdc++-dev',
      "main.cpp:1:10: fatal error: 'iostream' file not found",
      'toolchain-broken',
      'high',
    ],
    [
      'g++: <cstdlib> missing',
      'src/x.cc:3:10: fatal error: cstdlib: No such file or directory',
      'toolchain-broken',
      'high',
    ],
    [
      'MSVC: <vector> missing',
      "C:\\src\\a.cpp(2): fatal error C1083: Cannot open include file: 'vector': No such file or directory",
      'toolchain-broken',
      'high',
    ],
    [
      'a C source including <iostream> is the code’s mistake',
      'src/x.c:3:10: fatal error: iostream: No such file or directory',
      'compile-error',
      null,
    ],
    [
      'a C++17 header missing names the library’s release, not its absence',
      "main.cpp:1:10: fatal error: 'filesystem' file not found",
      'compile-error',
      null,
    ],
    // A static archive another step makes; install into a staging tree; Fortran modules.
    [
      'make: a bare archive another step makes, under -j',
      `make[4]: *** No rule to make target 'libz.a', needed by 'app'.  Stop.\n${WAITING}`,
      'parallel-race',
      'medium',
    ],
    [
      "ninja: an ExternalProject's archive not declared as its byproduct",
      "ninja: error: 'external/lib/libfoo.a', needed by 'bin/app', missing and no known rule to make it",
      'parallel-race',
      'medium',
    ],
    [
      'make: a system archive with no rule is no race (since round 13, a missing library)',
      `make[2]: *** No rule to make target '/usr/lib/x86_64-linux-gnu/libz.a', needed by 'app'.  Stop.\n${WAITING}`,
      'missing-library',
      'high',
    ],
    [
      "install into Gentoo's image/ (wrapped by the terminal)",
      "/usr/bin/install: cannot create regular file '/var/tmp/portage/app-misc/x-1.0/image/usr/bin/x': No such\n file or directory",
      'parallel-race',
      'medium',
    ],
    [
      "install into rpm's BUILDROOT",
      "install: cannot create regular file '/home/u/rpmbuild/BUILDROOT/x-1.0-1.x86_64/usr/share/man/man1/x.1': No such file or directory",
      'parallel-race',
      'medium',
    ],
    [
      "install into Debian's debian/tmp",
      "install: cannot create regular file 'debian/tmp/usr/lib/libx.so.1': No such file or directory",
      'parallel-race',
      'medium',
    ],
    [
      'install into a system directory is no race',
      "install: cannot create regular file '/usr/local/bin/x': No such file or directory",
      'unknown',
      null,
    ],
    [
      "gfortran's older wording of the module rename",
      "Fatal Error: Can't rename module file 'types.mod0' to 'types.mod': No such file or directory",
      'parallel-race',
      'low',
    ],
    // Kills in other tools' words.
    [
      "GHC's phase failing with -9",
      "`ahc-ld' failed in phase `Linker'. (Exit code: -9)",
      'oom-killed',
      'low',
    ],
    [
      "stack's ExitFailure (-9)",
      'Process exited with code: ExitFailure (-9) (THIS MAY INDICATE OUT OF MEMORY)',
      'oom-killed',
      'low',
    ],
    [
      "Bazel's (Exit 137)",
      'ERROR: /src/BUILD:12:10: Compiling src/a.cc failed: (Exit 137): gcc failed: error executing command',
      'oom-killed',
      'low',
    ],
    [
      "Gradle's daemon vanishing",
      'Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)',
      'oom-killed',
      'low',
    ],
    [
      "a wrapper's capitalised exit status 137",
      'ERROR: Process finished with Exit Status 137',
      'oom-killed',
      'low',
    ],
    [
      'exit code 19 is no kill',
      "`ahc-ld' failed in phase `Linker'. (Exit code: 19)",
      'unknown',
      null,
    ],
    // CI services losing the machine.
    [
      "GitHub's hosted runner lost",
      'The hosted runner: GitHub Actions 3 lost communication with the server. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.',
      'oom-killed',
      'low',
    ],
    [
      "Azure Pipelines' agent lost",
      'We stopped hearing from agent Azure Pipelines 4. Verify the agent machine is running and has a healthy network connection. Anything that terminates an agent process, starves it for CPU, or blocks its network access can cause this error.',
      'oom-killed',
      'low',
    ],
    // Other toolchains' allocation failures.
    ["zig's OutOfMemory", 'error: OutOfMemory', 'memory-limit', 'medium'],
    [
      "the JVM's heap",
      'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
      'memory-limit',
      'medium',
    ],
    ["GHC's runtime", 'ghc: out of memory (requested 1048576 bytes)', 'memory-limit', 'medium'],
    [
      ".NET's OutOfMemoryException",
      'Unhandled exception. System.OutOfMemoryException: Insufficient memory to continue the execution of the program.',
      'memory-limit',
      'medium',
    ],
    [
      "Ruby's NoMemoryError",
      "extconf.rb:12:in `block in <main>': failed to allocate memory (NoMemoryError)",
      'memory-limit',
      'medium',
    ],
    [
      "Gradle's daemon heap",
      'Expiring Daemon because JVM heap space is exhausted',
      'memory-limit',
      'medium',
    ],
    [
      'a type named OutOfMemoryHandler is no allocation failure',
      'src/alloc.zig:10:5: note: OutOfMemoryHandler declared here',
      'unknown',
      null,
    ],
    // A symbol the loaded library lacks.
    [
      "musl's Error relocating",
      'Error relocating /usr/bin/cmake: SSL_get0_group_name: symbol not found',
      'missing-shared-library',
      'high',
    ],
    [
      "glibc's symbol lookup error",
      './build/protoc: symbol lookup error: ./build/protoc: undefined symbol: _ZN6google8protobuf8internal',
      'missing-shared-library',
      'high',
    ],
    // A header quoted with a directory, without a parallel build, is not the project's.
    [
      'a quoted dependency header with a directory, without -j',
      'AmdMemTweak.cpp:36:10: fatal error: pci/pci.h: No such file or directory\n #include "pci/pci.h"',
      'missing-header',
      'high',
    ],
    [
      'a quoted header beside the source, without -j, stays the project’s',
      'src/a.c:3:10: fatal error: gen_tables.h: No such file or directory\n #include "gen_tables.h"',
      'parallel-race',
      null,
    ],
    // Compile errors of other languages, and a compiler's tally alone.
    [
      "Go's compiler",
      '# example.com/x/pkg\n./main.go:12:5: undefined: foo',
      'compile-error',
      'medium',
    ],
    ['javac', 'src/main/java/x/App.java:12: error: cannot find symbol', 'compile-error', 'medium'],
    [
      "C#'s compiler",
      "Program.cs(10,13): error CS0103: The name 'foo' does not exist in the current context",
      'compile-error',
      'medium',
    ],
    [
      "Zig's compiler",
      "src/main.zig:10:5: error: use of undeclared identifier 'foo'",
      'compile-error',
      'medium',
    ],
    [
      "rustc's tally alone",
      'error: aborting due to 164 previous errors\nerror: could not compile `ra_ap_ide_db`',
      'compile-error',
      'low',
    ],
    ["clang's tally alone", '2 errors generated.', 'compile-error', 'low'],
    [
      'a tally beside a kill is the kill’s echo',
      "error: could not compile `x` (lib)\nCaused by:\n  process didn't exit successfully: `rustc ...` (signal: 9, SIGKILL: kill)",
      'oom-killed',
      null,
    ],
    ['a Go warning is no error', './main.go:12:5: warning: unused variable', 'unknown', null],
    // Build systems' dependency lookups, networks and SIGTERM.
    [
      "pkg-config's missing package",
      'Package libsystemd was not found in the pkg-config search path.',
      'missing-library',
      'medium',
    ],
    [
      "meson's missing dependency",
      'meson.build:5:0: ERROR: Dependency "glib-2.0" not found, tried pkgconfig',
      'missing-library',
      'medium',
    ],
    [
      "CMake's find module",
      'Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)',
      'missing-library',
      'medium',
    ],
    [
      "Go's dialer",
      'dial tcp: lookup proxy.golang.org on 127.0.0.53:53: server misbehaving',
      'network',
      'medium',
    ],
    ["Homebrew's download", 'Error: Failed to download resource "openssl@3"', 'network', 'medium'],
    ["GitHub's exit code 143", 'Error: Process completed with exit code 143.', 'timeout', 'medium'],
  ];

  expectMainDiagnoses(CASES);
});

describe('package names', () => {
  test('maps well-known headers and libraries to Debian, Fedora and Homebrew names', () => {
    expect(packagesForHeader('libxml/xpath.h')).toEqual({
      apt: 'libxml2-dev',
      dnf: 'libxml2-devel',
      brew: 'libxml2',
    });
    expect(packagesForHeader('openssl/ssl.h')?.dnf).toBe('openssl-devel');
    expect(packagesForLibrary('z')?.apt).toBe('zlib1g-dev');
    expect(packagesForLibrary('python3.11')?.apt).toBe('python3-dev');
    expect(packagesForHeader('no-such-thing.h')).toBeNull();
  });
});

describe('kernel evidence', () => {
  test('reads the counter of both cgroup versions', () => {
    expect(parseOomKills('oom_kill_disable 0\nunder_oom 0\noom_kill 3\n')).toBe(3);
    expect(parseOomKills('low 0\nhigh 0\nmax 7\noom 2\noom_kill 2\n')).toBe(2);
    expect(parseOomKills(undefined)).toBeNull();
  });

  test('reports the counter before and after and only the kernel lines written meanwhile', async () => {
    let counter = 'oom_kill 1\n';
    let kernelLog = 'boot\nold kill\n';
    const watch = await watchKernel({
      counterFile: '/cg/memory.oom_control',
      read: () => counter,
      kernelLog: async () => kernelLog,
    });
    counter = 'oom_kill 2\n';
    kernelLog += 'Memory cgroup out of memory: Killed process 9 (cc1)\n';
    expect(await watch.finish()).toEqual({
      oomKillsBefore: 1,
      oomKillsAfter: 2,
      kernelLog: 'Memory cgroup out of memory: Killed process 9 (cc1)',
    });
  });
  test('finds where it began though that line ends in a blank and others follow it', async () => {
    // swapon's line ends with a space; read last it came trimmed, and lines came after it
    const swapLine =
      '[43952.417297] Adding 262140k swap on /tmp/s.  Priority:-2 extents:8 across:376828k ';
    let kernelLog = `[1.0] Memory cgroup out of memory: Killed process 7 (cc1)\n${swapLine}\n`;
    const watch = await watchKernel({ counterFile: null, kernelLog: async () => kernelLog });
    kernelLog += '[43953.0] later line\n';
    expect(await watch.finish()).toEqual({ kernelLog: '[43953.0] later line' });
  });

  // dmesg on this machine while another session's test OOM-killed a compile in its own cgroup:
  // the log is the host's, so a build here saw that kill and was diagnosed oom-killed
  const KILLS = [
    '[12924.811646] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/process_api/462bd5e8/wheelwright-test-2a631aa6,task_memcg=/process_api/462bd5e8/wheelwright-test-2a631aa6,task=cc1,pid=16576,uid=0',
    '[12924.811666] Memory cgroup out of memory: Killed process 16576 (cc1) total-vm:146196kB, anon-rss:101656kB, file-rss:25356kB, shmem-rss:0kB, UID:0 pgtables:324kB oom_score_adj:0',
    '[12939.186015] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/process_api/8385c679/wheelwright-test-2d62639b,task_memcg=/process_api/8385c679/wheelwright-test-2d62639b,task=cc1,pid=16945,uid=0',
    '[12939.186034] Memory cgroup out of memory: Killed process 16945 (cc1) total-vm:145756kB, anon-rss:101652kB, file-rss:24964kB, shmem-rss:0kB, UID:0 pgtables:328kB oom_score_adj:0',
  ];

  // the kernel rate-limits its oom-kill reports: later kills print only their Killed line
  const UNATTRIBUTED =
    '[13426.372155] Memory cgroup out of memory: Killed process 12266 (python3) total-vm:276036kB, anon-rss:65024kB, file-rss:5104kB, shmem-rss:0kB, UID:0 pgtables:184kB oom_score_adj:0';

  test("keeps the kills in this process's cgroup and below it, not another cgroup's", () => {
    const log = ['[1.0] eth0: link up', ...KILLS].join('\n');
    expect(withoutOthersKills(log, '/process_api/8385c679', true).split('\n')).toEqual([
      '[1.0] eth0: link up',
      KILLS[2],
      KILLS[3],
    ]);
    expect(withoutOthersKills(log, '/process_api/8385c679/wheelwright-test-2d62639b', true)).toBe(
      ['[1.0] eth0: link up', KILLS[2], KILLS[3]].join('\n'),
    );
    // a sibling whose name starts the same is another cgroup
    expect(withoutOthersKills(log, '/process_api/8385c67', null)).toBe('[1.0] eth0: link up');
    // no cgroup known, or the root: every kill may be this build's
    expect(withoutOthersKills(log, null, false)).toBe(log);
    expect(withoutOthersKills(log, '/', false)).toBe(log);
  });

  test("keeps a kill the kernel did not attribute unless this cgroup's counter says none was here", () => {
    const cgroup = '/process_api/8385c679';
    expect(withoutOthersKills(UNATTRIBUTED, cgroup, true)).toBe(UNATTRIBUTED);
    expect(withoutOthersKills(UNATTRIBUTED, cgroup, null)).toBe(UNATTRIBUTED);
    expect(withoutOthersKills(UNATTRIBUTED, cgroup, false)).toBe('');
  });

  test('an OOM kill in another cgroup during a failed compile does not make it oom-killed', () => {
    const log = [
      "src/typo.c:2:27: error: 'undefined_name' undeclared (first use in this function)",
      "error: command '/usr/bin/x86_64-linux-gnu-gcc' failed with exit code 1",
    ].join('\n');
    const own = withoutOthersKills(
      [...KILLS.slice(0, 2), UNATTRIBUTED].join('\n'),
      '/process_api/8385c679',
      false,
    );
    const [first] = classify({ log, kernel: { kernelLog: own } });
    expect(first!.class).toBe('compile-error');
    const [unfiltered] = classify({ log, kernel: { kernelLog: KILLS.slice(0, 2).join('\n') } });
    expect(unfiltered!.class).toBe('oom-killed');
  });
});

describe('round 8 mechanisms', () => {
  const CASES: Case[] = [
    // gcc's quotes read back as Windows-1252 are repaired before any rule reads them.
    [
      'mojibake quotes, a CPython struct member',
      's.c:9:21: error: â€˜PyFrameObjectâ€™ {aka â€˜struct _frameâ€™} has no member named â€˜f_linenoâ€™',
      'python-incompatible',
      'high',
    ],
    [
      'mojibake quotes, a std name',
      'a.cpp:3:8: error: â€˜unique_ptrâ€™ is not a member of â€˜stdâ€™',
      'compile-error',
      null,
    ],
    [
      'mojibake double quotes, MSVC',
      'LINK : fatal error LNK1181: cannot open input file â€œfoo.libâ€\u009d',
      'missing-library',
      null,
    ],
    // A removed C-API seen only through implicit declarations, in every compiler's words.
    [
      'gcc, the name wrapped onto the next line',
      'a.c:9:5: warning: implicit declaration of function\n‘PyUnicode_GET_SIZE’; did you mean ‘PyUnicode_GetLength’?\n[-Wimplicit-function-declaration]',
      'python-incompatible',
      'high',
    ],
    [
      'clang, call to undeclared function',
      "a.c:5:9: error: call to undeclared function 'PyEval_CallObject'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
      'python-incompatible',
      'high',
    ],
    [
      'clang, an unlisted private name',
      "a.c:5:9: error: call to undeclared function '_PyGen_Send'; ISO C99 and later do not support implicit function declarations",
      'python-incompatible',
      'medium',
    ],
    [
      'MSVC, C4013',
      "a.c(5): warning C4013: 'PyUnicode_EncodeUTF8' undefined; assuming extern returning int",
      'python-incompatible',
      'high',
    ],
    [
      '3.13, a private name gone',
      "a.c:7:12: warning: implicit declaration of function '_PyLong_AsInt'; did you mean 'PyLong_AsInt'? [-Wimplicit-function-declaration]",
      'python-incompatible',
      'high',
    ],
    [
      '3.10, the old parser',
      "a.c:7:12: error: 'PyParser_SimpleParseStringFlags' undeclared (first use in this function)",
      'python-incompatible',
      'high',
    ],
    [
      '3.9, a free list',
      "a.c:7:12: error: implicit declaration of function 'PyDict_ClearFreeList' [-Werror=implicit-function-declaration]",
      'python-incompatible',
      'high',
    ],
    [
      'a removed member of the exception state, any struct name',
      "s.c:3:21: error: 'struct <anonymous>' has no member named 'exc_type'",
      'python-incompatible',
      null,
    ],
    // MSVC's disk errors.
    [
      'LNK1180',
      'LINK : fatal error LNK1180: insufficient disk space to complete link',
      'disk-full',
      'high',
    ],
    [
      'LNK1106',
      'LINK : fatal error LNK1106: invalid file or disk full: cannot seek to 0x3A2F',
      'disk-full',
      'high',
    ],
    [
      'C1088',
      "c1xx: fatal error C1088: Cannot flush precompiled header file: 'Release\\a.pch'",
      'disk-full',
      'high',
    ],
    [
      'C1085',
      "a.cpp: fatal error C1085: Cannot write compiler generated file: 'x.obj'",
      'disk-full',
      'high',
    ],
    // nvcc without a usable host compiler.
    [
      'nvcc, no cl.exe',
      "nvcc fatal   : Cannot find compiler 'cl.exe' in PATH",
      'toolchain-broken',
      'high',
    ],
    [
      'nvcc, a -ccbin compiler missing',
      "nvcc fatal : Cannot find compiler 'g++-9' in PATH",
      'toolchain-broken',
      'high',
    ],
    [
      'nvcc, no Visual Studio environment',
      "nvcc fatal   : Could not set up the environment for Microsoft Visual Studio using 'C:/VS/VC/Auxiliary/Build/vcvars64.bat'",
      'toolchain-broken',
      'high',
    ],
    [
      'nvcc, a second cl.exe',
      "nvcc fatal   : Compiler 'cl.exe' in PATH different than the one specified with -ccbin",
      'toolchain-broken',
      'high',
    ],
    // EEXIST in runtimes' words, and rm under a parallel build.
    [
      'Rust, File exists (os error 17)',
      'Caused by:\n  Failed to unpack package `x v0.1.1`\n\nCaused by:\n  File exists (os error 17)',
      'parallel-race',
      'low',
    ],
    ['Rust, under make -j', 'make -j4\n  File exists (os error 17)', 'parallel-race', 'medium'],
    [
      'Python, FileExistsError',
      "FileExistsError: [Errno 17] File exists: 'build/temp.linux-x86_64-cpython-311'",
      'parallel-race',
      'low',
    ],
    [
      'Node, EEXIST',
      "Error: EEXIST: file already exists, mkdir '/w/node_modules/.cache'",
      'parallel-race',
      'low',
    ],
    [
      'rm under make -j',
      "make -j8 check\nrm: cannot remove 'a.out': No such file or directory\nmake: *** [check] Error 1\nmake: *** Waiting for unfinished jobs....",
      'parallel-race',
      'low',
    ],
  ];

  expectMainDiagnoses(CASES);

  // Near misses: the same words about something else keep out of the new rules' classes.
  test.each([
    [
      'mojibake quotes, a project struct',
      'a.c:9:21: error: â€˜struct widgetâ€™ has no member named â€˜sizeâ€™',
      'python-incompatible',
    ],
    [
      'an implicit declaration of a libc function',
      "a.c:9:5: warning: implicit declaration of function 'strlcpy'",
      'python-incompatible',
    ],
    [
      'a wrapped line naming a project function',
      'a.c:9:5: warning: implicit declaration of function\n‘my_PyHelper’; did you mean ‘my_helper’?',
      'python-incompatible',
    ],
    ['a locked executable', "LINK : fatal error LNK1104: cannot open file 'a.exe'", 'disk-full'],
    ['nvcc, a missing source', "nvcc fatal   : Cannot find input file 'k.cu'", 'toolchain-broken'],
    [
      'Python, permission denied',
      "PermissionError: [Errno 13] Permission denied: 'build'",
      'parallel-race',
    ],
    [
      'rm without a parallel build',
      "rm: cannot remove 'a.out': No such file or directory\nmake: *** [clean] Error 1",
      'parallel-race',
    ],
  ])('%s', (_name, log, not) => {
    const diagnoses = classify({ log });
    expect(diagnoses[0]!.class).not.toBe(not);
  });
});

describe('round 12 mechanisms', () => {
  const CASES: Case[] = [
    // A file the build makes, opened by a later step before (or while) another step made it.
    [
      'gcc: an archive a sibling directory builds, under make -j',
      'make -j5\ngcc: error: ./iniparser/libiniparser.a: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      'clang: a shared library in the build tree, under ninja',
      "[31/40] Linking C executable app\nclang: error: no such file or directory: 'build/Release/libcore.dylib'",
      'parallel-race',
      'medium',
    ],
    [
      'g++: a relative archive with no sign of parallel steps',
      'g++: error: ../lib/libfoo.a: No such file or directory',
      'parallel-race',
      'low',
    ],
    [
      "MSVC's linker: an export file another project writes, under MSBuild's /m",
      "1>Build started\n2>LINK : fatal error LNK1104: cannot open file 'src\\app.exp'",
      'parallel-race',
      'medium',
    ],
    [
      "MSVC's linker: a .lib in the build's Release directory",
      "LINK : fatal error LNK1104: cannot open file 'D:\\a\\p\\build\\core\\Release\\core.lib' [D:\\a\\p\\build\\core\\core.vcxproj]",
      'parallel-race',
      'low',
    ],
    [
      "MSVC's linker in German: a program database",
      'LINK : fatal error LNK1104: Datei "x64\\Debug\\vc143.pdb" kann nicht geöffnet werden.',
      'parallel-race',
      'low',
    ],
    [
      "MSVC's C1041 wrapped by the console's columns",
      "D:\\src\\decode.c : fatal error C1041: cannot open progr                         am database 'd:\\build\\lib32\\drdecode.pdb':                          if multiple CL.EXE write to the same .PDB file, please use /FS",
      'parallel-race',
      'high',
    ],
    [
      "MSVC's C1041 in Japanese",
      "x.c : fatal error C1041: プログラム データベース 'D:\\b\\vc140.pdb' を開けません。複数の CL.EXE が同じ .PDB ファイルに書き込む場合、/FS を使用してください。",
      'parallel-race',
      'high',
    ],
    [
      "gcc 4's non-fatal missing include of protoc's output",
      '/usr/local/bin/protoc -I. --cpp_out=gen ./a.proto\nuse-a.cc:5:41: error: gen/a.pb.h: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      "gcc 4's non-fatal missing include of bison's header",
      'lexer.c:3:20: error: parser.tab.h: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      "bison's output read half-written under make --shuffle",
      "make -j16 --shuffle\nbison -y -d -o util/cfgparse.c ./util/cfgparse.y\nutil/cfgparse.c:755:3: error: expected ',' or '}' at end of input",
      'parallel-race',
      'medium',
    ],
    [
      "flex's output cut short, no parallel build shown",
      'flex -o scan.c scan.l\nscan.c:1200:1: error: expected declaration or statement at end of input',
      'parallel-race',
      'low',
    ],
    [
      'a system archive missing is no race',
      'make -j4\ngcc: error: /usr/lib/x86_64-linux-gnu/libfoo.a: No such file or directory',
      'unknown',
      null,
    ],
    [
      'a bare library LNK1104 names is a missing library',
      "LINK : fatal error LNK1104: cannot open file 'zlib.lib'",
      'missing-library',
      null,
    ],
    [
      'a .lib left unmade by a compile that ran out of heap',
      "1>x.hpp(1211,1): fatal error C1060: compiler is out of heap space\n2>LINK : fatal error LNK1104: cannot open file '..\\core\\Debug\\core.lib'",
      'memory-limit',
      null,
    ],
    // Python: macros made functions, opaque frames in a Cyrillic console, removed stdlib names.
    [
      "gcc: Py_REFCNT incremented through the macro's expansion",
      "object.h:133:58: error: lvalue required as increment operand\n #define Py_REFCNT(ob) _Py_REFCNT(_PyObject_CAST_CONST(ob))\n                                                          ^\nx.cpp:19547:7: note: in expansion of macro 'Py_REFCNT'\n     ++Py_REFCNT(o);\n       ^",
      'python-incompatible',
      'medium',
    ],
    [
      'gcc 9+: Py_REFCNT decremented, with the echo',
      'x.c:12:5: error: lvalue required as decrement operand\n   12 |     --Py_REFCNT(o);\n      |     ^~',
      'python-incompatible',
      'medium',
    ],
    [
      'clang: Py_SIZE incremented',
      'x.c:40:19: error: expression is not assignable\n   40 |     Py_SIZE(self)++;\n      |     ~~~~~~~~~~~~~^',
      'python-incompatible',
      'medium',
    ],
    [
      'an opaque frame in UTF-8 quotes read as Windows-1251',
      'mpv.c:457:62: error: invalid use of incomplete typedef вЂPyFrameObjectвЂ™ {aka вЂstruct _frameвЂ™}',
      'python-incompatible',
      'high',
    ],
    [
      'a member Python removed, in Windows-1251 mojibake',
      'x.c:9:21: error: вЂPyThreadStateвЂ™ {aka вЂstruct _tsвЂ™} has no member named вЂrecursion_depthвЂ™',
      'python-incompatible',
      'high',
    ],
    [
      "pkg_resources reaching pkgutil's ImpImporter (3.12)",
      "      AttributeError: module 'pkgutil' has no attribute 'ImpImporter'. Did you mean: 'zipimporter'?",
      'python-incompatible',
      'high',
    ],
    [
      "collections' ABCs imported by name (3.10)",
      "ImportError: cannot import name 'Mapping' from 'collections' (/usr/lib/python3.10/collections/__init__.py)",
      'python-incompatible',
      'high',
    ],
    [
      "configparser's SafeConfigParser (3.12)",
      "AttributeError: module 'configparser' has no attribute 'SafeConfigParser'",
      'python-incompatible',
      'high',
    ],
    [
      'a dead battery imported (3.13)',
      "ModuleNotFoundError: No module named 'pipes'",
      'python-incompatible',
      'high',
    ],
    [
      'an attribute no Python had is no removal',
      "AttributeError: module 'pkgutil' has no attribute 'frobnicate'",
      'unknown',
      null,
    ],
    // The code's text is not the tool's words; other runtimes' memory; curl; CMake's probes.
    [
      "gcc 9+'s echo of a string about memory",
      'tparam.c:67:3: error: implicit declaration of function \'write\' [-Wimplicit-function-declaration]\n   67 |   write (2, "virtual memory exhausted\\n", 25);\n      |   ^~~~~',
      'compile-error',
      'medium',
    ],
    [
      "gcc 8's echo above a caret",
      'x.c:5:3: error: too few arguments to function \'die\'\n   die("out of memory allocating 100 bytes");\n   ^~~',
      'compile-error',
      'medium',
    ],
    [
      "the compiler's own memory failure is still read",
      'virtual memory exhausted: Cannot allocate memory',
      'memory-limit',
      'high',
    ],
    [
      "GHC's RTS unable to commit memory",
      'ghc: internal error: Unable to commit 1048576 bytes of memory\n    (GHC version 8.6.4 for x86_64_unknown_linux)',
      'memory-limit',
      'medium',
    ],
    [
      "osbuild's curl step: error code 28",
      "RuntimeError: org.osbuild.curl: curl: error downloading {'url': 'http://m/x.rpm'}: error code 28",
      'network',
      'high',
    ],
    [
      "composer's curl error 28",
      'curl error 28 while downloading https://repo.packagist.org/packages.json',
      'network',
      'high',
    ],
    [
      "Guzzle's cURL error 6",
      'cURL error 6: Could not resolve: pecl.php.net (Domain name not found)',
      'network',
      'high',
    ],
    [
      "curl's HTTP 404 is no network failure",
      'curl: (22) The requested URL returned error: 404',
      'unknown',
      null,
    ],
    [
      'CMake on Windows finding no nmake',
      "CMake Error at CMakeLists.txt:1 (project):\n  Running\n\n   'nmake' '-?'\n\n  failed with:\n\n   The system cannot find the file specified\n\nCMake Error: CMAKE_C_COMPILER not set, after EnableLanguage",
      'toolchain-broken',
      'high',
    ],
    [
      'CMake finding no ninja, on one line',
      "CMake Error: Running '/usr/local/bin/ninja' '--version' failed with: No such file or directory",
      'toolchain-broken',
      'high',
    ],
    [
      'CMake finding no nmake, in German',
      "  Running\n\n   'nmake' '-?'\n\n  failed with:\n\n   Das System kann die angegebene Datei nicht finden",
      'toolchain-broken',
      'high',
    ],
    [
      'CMake finding no compiler for a language, alone',
      'CMake Error: CMAKE_CXX_COMPILER not set, after EnableLanguage\n-- Configuring incomplete, errors occurred!',
      'toolchain-broken',
      'low',
    ],
    [
      'a build program that is there but cannot load its C library',
      "  Running\n\n   '/tmp/ninja' '--version'\n\n  failed with:\n\n   /tmp/ninja: /lib/aarch64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found (required by /tmp/ninja)",
      'missing-shared-library',
      null,
    ],
  ];

  expectMainDiagnoses(CASES);
});

describe('round 13 mechanisms', () => {
  const CASES: Case[] = [
    // A header is the build's own only when the log shows it made (a step writing it, a generated
    // name, a build-tree path); quoted and relative alone, it is a missing header.
    [
      'gcc: a header never committed, quoted beside its source',
      'file_x.c:30:10: fatal error: file_x.h: No such file or directory\n   30 | #include "file_x.h"\n      |          ^~~~~~~~~~\ncompilation terminated.',
      'missing-header',
      'high',
    ],
    [
      "clang: a dependency's header quoted, not on the include path",
      'src/main.cpp:2:10: fatal error: \'vendor_runtime_api.h\' file not found\n#include "vendor_runtime_api.h"\n         ^~~~~~~~~~~~~~~~~~~~~~',
      'missing-header',
      'high',
    ],
    [
      "MSVC: C1083 on protoc's output, serial",
      "..\\src\\main.cpp(5): fatal error C1083: Cannot open include file: 'hello.pb.h': No such file or directory",
      'parallel-race',
      'medium',
    ],
    [
      "MSVC: C1083 on flatc's output, German, under MSBuild's /m",
      '1>Build started\n2>src\\a.cpp(3): fatal error C1083: Datei (Include) kann nicht geöffnet werden: "schema_generated.h": No such file or directory',
      'parallel-race',
      'high',
    ],
    [
      'gcc: a sibling of headers a script redirects into the include directory, under make -j',
      'make -j8\n./mkhdr.sh add > gen/add_ops.h\ngcc -I gen -c a.c\na.c:3:10: fatal error: sub_ops.h: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      "clang: a sibling of headers a generator's -o writes, under ninja",
      "[3/9] python3 gen.py -o include/opcodes_a.h\n[4/9] clang -Iinclude -c b.c\nb.c:2:10: fatal error: 'opcodes_b.h' file not found",
      'parallel-race',
      'medium',
    ],
    // Windows' sharing violation and C#'s half-read source.
    [
      'MSBuild: MSB6003, a tracking log in use',
      'error MSB6003: The specified task executable "CL.exe" could not be run. The process cannot access the file \'C:\\b\\x64\\Release\\a.tlog\\CL.read.1.tlog\' because it is being used by another process.',
      'parallel-race',
      'medium',
    ],
    [
      ".NET: a custom build tool's IOException on its .tmp",
      "error MSB4018: System.IO.IOException: The process cannot access the file 'obj\\Release\\gen.cs.tmp' because it is being used by another process.",
      'parallel-race',
      'medium',
    ],
    [
      'MSBuild: a file in use, German',
      'error MSB3021: Der Prozess kann nicht auf die Datei "obj\\Debug\\app.dll" zugreifen, da sie von einem anderen Prozess verwendet wird.',
      'parallel-race',
      'medium',
    ],
    [
      'MSBuild: a file in use, French',
      "error MSB3021: Le processus ne peut pas accéder au fichier 'obj\\x.dll', car il est en cours d'utilisation par un autre processus.",
      'parallel-race',
      'medium',
    ],
    [
      'C#: CS1504 on a generated source read while written',
      "CSC : error CS1504: Source file 'obj\\Resources.Designer.cs' could not be opened -- Attempted to read past the end of the stream.",
      'parallel-race',
      'medium',
    ],
    // ln, install into a directory a step of the same make install makes (older coreutils quote
    // with a backtick).
    [
      'ln: a symbolic link before the mkdir -p shown in the log',
      "/bin/mkdir -p '/out/sysroot/usr/share/x/completions'\nln: failed to create symbolic link `/out/sysroot/usr/share/x/completions/a': No such file or directory",
      'parallel-race',
      'medium',
    ],
    [
      'install: a file before the mkdir -p shown in the log',
      "/usr/bin/mkdir -p '/opt/stage/usr/lib/pkgconfig'\ninstall: cannot create regular file `/opt/stage/usr/lib/pkgconfig/x.pc': No such file or directory",
      'parallel-race',
      'medium',
    ],
    // Compile errors in forms without the word error.
    [
      'nvcc: an identifier undefined, quoted bare',
      '`identifier "totPts" is undefined` File: a.cu Line 226',
      'compile-error',
      'medium',
    ],
    [
      'EDG (icc, nvc++): no overload matches, bare',
      'no instance of overloaded function "foo" matches the argument list',
      'compile-error',
      'medium',
    ],
    [
      'Go before 1.10: file:line, no column',
      '# example.com/x/buildutil\n./x.go:14: undefined: build.AllowVendor',
      'compile-error',
      'medium',
    ],
    [
      'old rustc: a span before the error',
      'src/lib.rs:66:13: 66:38 error: mismatched types:',
      'compile-error',
      'medium',
    ],
    // V8's heap exhausted, shown by its GC trace alone.
    [
      'V8: last resort GCs',
      '[9124:0x2d55770]  3376296 ms: Mark-sweep 1369.3 (1450.8) -> 1369.3 (1442.8) MB, 926.9 / 0.0 ms  last resort GC in old space requested',
      'memory-limit',
      'medium',
    ],
    [
      'V8: the dying trace of newer Node',
      '<--- Last few GCs --->\n[1:0x5]   120 ms: Mark-Compact 2040.1 (2083.4) -> 2039.6 (2083.9) MB, 1500.2 / 0.0 ms  (average mu = 0.1, current mu = 0.02) allocation failure; scavenge might not succeed',
      'memory-limit',
      'medium',
    ],
    [
      'V8: ineffective mark-compacts, without the fatal line',
      '[2:0x6]  9000 ms: Ineffective mark-compacts near heap limit',
      'memory-limit',
      'medium',
    ],
    // A library file at a system path that make or ninja has no rule for.
    [
      'make: a system shared library, /usr/lib64',
      "make[2]: *** No rule to make target '/usr/lib64/libGLU.so', needed by 'bin/viewer'.  Stop.",
      'missing-library',
      'high',
    ],
    [
      'ninja: a static library under /usr/local/lib',
      "ninja: error: '/usr/local/lib/libprotobuf.a', needed by 'bin/app', missing and no known rule to make it",
      'missing-library',
      'high',
    ],
    [
      'make: a system shared library, French',
      'make[2]: *** Aucune règle pour fabriquer la cible « /usr/lib/x86_64-linux-gnu/libssl.so », nécessaire pour « app ». Arrêt.',
      'missing-library',
      'high',
    ],
  ];
  // Near misses: each reads the same on the rules before round 13.
  const NEAR: NearMiss[] = [
    [
      'a redirection that writes no header into the include path',
      'make -j4\n./gen.sh > out.txt\ngcc -I include -c a.c\na.c:1:10: fatal error: zlib.h: No such file or directory',
      'missing-header',
    ],
    [
      'CS1504 on a source that is not there',
      "CSC : error CS1504: Source file 'Foo.cs' could not be opened -- Could not find a part of the path 'C:\\src\\Foo.cs'.",
      'unknown',
    ],
    [
      'ln refused for permission',
      "ln: failed to create symbolic link `/usr/local/bin/x': Permission denied",
      'unknown',
    ],
    ["go test's failing line", '    x_test.go:14: got 1, want 2', 'unknown'],
    [
      "V8's ordinary scavenge under --trace-gc",
      '[1:0x5]    50 ms: Scavenge 2.1 (3.0) -> 1.8 (4.0) MB, 0.5 / 0.0 ms  (average mu = 1.000) allocation failure',
      'unknown',
    ],
    [
      'make: a library of the build tree with no rule, under -j',
      "make -j4\nmake[2]: *** No rule to make target 'lib/libcore.a', needed by 'bin/app'.  Stop.",
      'parallel-race',
    ],
  ];

  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 14 mechanisms', () => {
  const CASES: Case[] = [
    // A file the build makes, used before the step making it ran.
    [
      'coreutils: chmod of a file under the prefix, make install -j4',
      "make install -j4\necho 'export A=1' >> x-vars.sh\nchmod 0644 /home/u/opt/x/etc/x-vars.sh\nchmod: cannot access '/home/u/opt/x/etc/x-vars.sh': No such file or directory",
      'parallel-race',
      'medium',
    ],
    [
      'sed: -i on a build-tree file under make -j8',
      "make -j8\nsed -i 's/@V@/1/' build/config.mk\nsed: can't read build/config.mk: No such file or directory",
      'parallel-race',
      'medium',
    ],
    [
      'coreutils: chown of a file under the prefix, make -j4 install',
      "make -j4 install\nchown u /srv/pfx/share/x/data.bin\nchown: cannot access '/srv/pfx/share/x/data.bin': No such file or directory",
      'parallel-race',
      'medium',
    ],
    [
      "gmake: no rule for a CMake target's .txt, under Waiting for unfinished jobs",
      "gmake[2]: *** No rule to make target 'src/Resources.txt', needed by 'samples/App.txt'.  Stop.\ngmake[1]: *** Waiting for unfinished jobs....\n[ 68%] Generating Resources.txt",
      'parallel-race',
      'medium',
    ],
    [
      'make: no rule for a stamp, under -j8',
      "make -j8\nmake[2]: *** No rule to make target 'proto/messages.stamp', needed by 'all'.  Stop.",
      'parallel-race',
      'medium',
    ],
    [
      "kbuild: a fatal error cut mid-path after UPD's generated header",
      '$ make -j8\n  UPD     out/arm64/core/include/generated/conf.h\n  CC      out/arm64/lib/a.o\ncc1: fatal error: out/ar',
      'parallel-race',
      'low',
    ],
    [
      "CMake and valac: cc not finding a source 'Generating' announced",
      '[  5%] Generating main.c;Server.c\n/usr/bin/valac -C main.vala Server.vala\ncc: error: /b/cli/main.c: No such file or directory\ncc: fatal error: no input files\nmake[2]: *** Waiting for unfinished jobs....',
      'parallel-race',
      'medium',
    ],
    [
      "gcc: bison's output from sql.y not there yet",
      'bison -d sql.y\ngcc -c sql.c\ngcc: error: sql.c: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      'lld-link: an object of the build not opened',
      "lld-link: error: could not open 'examples/cpu/shader.o': no such file or directory",
      'parallel-race',
      'low',
    ],
    [
      'a version stamp quoted alone',
      'vcs_version.h: No such file or directory',
      'parallel-race',
      'low',
    ],
    [
      "glib-mkenums' header quoted alone, with a path",
      'src/app-enum-types.h: No such file or directory',
      'parallel-race',
      'low',
    ],
    // The other classes.
    [
      'gcc: ld killed by SIGBUS',
      'collect2: fatal error: ld terminated with signal 7 [Bus error], core dumped',
      'disk-full',
      'low',
    ],
    ['gold killed by SIGBUS', 'ld.gold terminated with signal 7', 'disk-full', 'low'],
    [
      "conda: picosat's out of memory",
      "Solving environment: ...working... *** picosat: out of memory in 'resize'",
      'memory-limit',
      'medium',
    ],
    [
      "meson: C library 'GL' not found",
      "meson.build:96:0: ERROR: C library 'GL' not found",
      'missing-library',
      'medium',
    ],
    [
      'meson: C++ shared or static library not found',
      "meson.build:12:4: ERROR: C++ shared or static library 'boost_json' not found",
      'missing-library',
      'medium',
    ],
    [
      'bazel: connect timed out on a download',
      'WARNING: Download from https://example.org/a.tar.gz failed: class java.io.IOException connect timed out',
      'network',
      'high',
    ],
    [
      'Gradle: java.net.UnknownHostException',
      '> Could not resolve org.x:y:1.0.\n   > java.net.UnknownHostException: repo.maven.apache.org',
      'network',
      'high',
    ],
    [
      "bash: a script's job killed",
      './build.sh: line 11:    27 Killed                  meteor build --directory /b',
      'oom-killed',
      'medium',
    ],
    [
      "bash: job control's [1]+ Killed",
      '[1]+  Killed                  npm run build',
      'oom-killed',
      'medium',
    ],
    [
      'clang: a removed _Py function, the message wrapped',
      "m.c:533:10: error: call to undeclared function\n      '_PyArg_ParseStackAndKeywords'; ISO C99 and later do not support implicit\n      function declarations [-Wimplicit-function-declaration]",
      'python-incompatible',
      'medium',
    ],
    [
      'clang 15: an implicit _Py function, the message wrapped by pip',
      "      m.c:10:9: warning: implicit declaration of function\n      '_PyArg_UnpackKeywords' is invalid in C99 [-Wimplicit-function-declaration]",
      'python-incompatible',
      'medium',
    ],
    [
      'clang 16: another removed _Py function, wrapped',
      "  _x.c:88:12: error: call to undeclared function\n        '_PyUnicode_Ready'; ISO C99 and later do not support implicit\n        function declarations [-Wimplicit-function-declaration]",
      'python-incompatible',
      'medium',
    ],
    ['rustc: linker `cc` not found, alone', 'linker `cc` not found', 'toolchain-broken', 'high'],
    [
      'make: gcc not there, exit 127',
      'make: gcc: No such file or directory\nmake: *** [Makefile:70: build/i_main.o] Error 127',
      'toolchain-broken',
      'high',
    ],
  ];
  // Near misses: each reads the same on the rules before round 14.
  const NEAR: NearMiss[] = [
    [
      'chmod of a system file under make -j4',
      "make -j4\nchmod: cannot access '/usr/lib/libx.so': No such file or directory",
      'unknown',
    ],
    [
      'a .txt with no rule, serial make',
      "make: *** No rule to make target 'README.txt'.  Stop.",
      'unknown',
    ],
    ['cc1 killed by SIGBUS (not the linker)', 'cc1: internal compiler error: Bus error', 'unknown'],
    [
      "a shell's Terminated job",
      './build.sh: line 11:    27 Terminated              make',
      'unknown',
    ],
    [
      'a _Py name quoted by a deprecation warning only',
      "m.c:3:1: error: unknown type name 'size'\nm.c:5:2: warning: '_PyFoo_Get' is deprecated",
      'compile-error',
    ],
    // since round 15 a header quoted missing with no compiler's prefix is a missing header
    [
      'a header of no generated kind quoted alone',
      'zlib.h: No such file or directory',
      'missing-header',
    ],
  ];

  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 15 mechanisms', () => {
  // A console or CI page cutting a message at a fixed width, words split mid-word.
  const wrapAt = (text: string, width: number): string =>
    (text.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n');
  const CASES: Case[] = [
    // An #error directive's text, seen only as gcc's or clang's echo of the line.
    [
      "gcc 13: nvcc's host_config.h #error, echoed",
      '  143 | #error -- unsupported GNU version! gcc versions later than 13 are not supported!',
      'toolchain-broken',
      'high',
    ],
    [
      "clang: nvcc's #error for clang, echoed",
      '  110 | #error -- unsupported clang version! clang version must be less than 16 and greater than 3.2 .',
      'toolchain-broken',
      'high',
    ],
    // A file another step holds, its message cut at a fixed width.
    [
      "csc: CS2012 wrapped at MSBuild's 120 columns",
      wrapAt(
        "CSC : error CS2012: Cannot open 'C:\\src\\bin\\obj\\Debug\\tests\\Interlocked\\CompareExchange\\CompareExchangeTClass.exe' for writing -- 'The process cannot access the file 'C:\\src\\bin\\obj\\Debug\\tests\\Interlocked\\CompareExchange\\CompareExchangeTClass.exe' because it is being used by another process.' [C:\\src\\tests\\CompareExchangeTClass.csproj]",
        120,
      ),
      'parallel-race',
      'medium',
    ],
    [
      'MSBuild: a file in use, German, wrapped at 90 columns',
      wrapAt(
        'C:\\Program Files\\MSBuild\\Microsoft.Common.targets(4100,5): error MSB3021: Die Datei kann nicht kopiert werden. Der Prozess kann nicht auf die Datei "obj\\Release\\App.dll" zugreifen, da sie von einem anderen Prozess verwendet wird.',
        90,
      ),
      'parallel-race',
      'medium',
    ],
    // An output directory the log removed, written into under a parallel make.
    [
      "gas: can't create into a directory rm -fr removed, make -j12",
      "make clean && make -j12\nrm -fr thumb armv6k *.o\narm-none-eabi-gcc -mthumb -c crt0.s -othumb/crt0.o\nAssembler messages:\nFatal error: can't create thumb/ds",
      'parallel-race',
      'medium',
    ],
    [
      'nasm: unable to open output file in a directory rm -rf removed, make -j4',
      "make -j4\nrm -rf obj\nnasm -f elf64 start.asm -o obj/start.o\nnasm: fatal: unable to open output file `obj/start.o'",
      'parallel-race',
      'medium',
    ],
    // Two steps writing one file, a temporary another step writes.
    [
      "TeX: I can't write on file, alone",
      "! I can't write on file `beamerthememetropolis.log'.",
      'parallel-race',
      'low',
    ],
    ['a relative .tmp not opened, alone', "Can't open '../dat/grep.tmp'.", 'parallel-race', 'low'],
    // An assembler or linker older than the compiler passing it an option.
    [
      'gas: unrecognized option',
      "/usr/local/cross/ia16-elf/bin/as: unrecognized option '--32-segelf'",
      'toolchain-broken',
      'medium',
    ],
    [
      'mingw ld: unrecognized option',
      "/usr/bin/x86_64-w64-mingw32-ld: unrecognized option '--high-entropy-va'",
      'toolchain-broken',
      'medium',
    ],
    // CMake's NMake and JOM generators outside a Visual Studio developer shell.
    [
      'CMake: the NMake generator outside a developer shell',
      'CMake Warning at CMakeLists.txt:39 (project):\n   To use the NMake generator, cmake must be run from a shell that can\nuse the\n   compiler cl from the command line.',
      'toolchain-broken',
      'high',
    ],
    [
      "CMake: the compiler's message wrapped",
      'CMake Error at CMakeLists.txt:39 (project):\n   The CMAKE_CXX_COMPILER:\n\n     cl\n\n   is not a full path and was not found in the PATH.',
      'toolchain-broken',
      'high',
    ],
    // CMake's find modules: the variables left unset.
    [
      "CMake: FindOpenSSL's crypto library, wrapped",
      '  Could NOT find OpenSSL, try to set the path to OpenSSL root folder in the\n  system variable OPENSSL_ROOT_DIR (missing: OPENSSL_CRYPTO_LIBRARY) (found\n  version "3.3.1")',
      'missing-library',
      'medium',
    ],
    [
      "CMake: FindBoost's library variable, alone",
      '  Boost (missing: Boost_PYTHON3_LIBRARY)',
      'missing-library',
      'medium',
    ],
    [
      // Round 16: a find module failing is the package's development files missing, whichever
      // variable it names.
      "CMake: FindPNG's include directory only",
      '  Could NOT find PNG, try to set the path to libpng in the\n  system variable PNG_ROOT (missing: PNG_PNG_INCLUDE_DIR)',
      'missing-library',
      'medium',
    ],
    // A header missing with no compiler's prefix, or the compiler's line cut.
    [
      "a wrapper's bare Error: on numpy's header",
      'Error: numpy/arrayobject.h: No such file or directory',
      'missing-header',
      'medium',
    ],
    [
      "gcc's fatal error cut after the header",
      'In file included from pivots.c:26:0:\n../include/etn.h:38:28: fatal error: openssl/crypto.h:',
      'missing-header',
      'medium',
    ],
    // The JVM's heap and a CI service's memory limit.
    [
      'Gradle: Out of memory. Java heap space',
      '* What went wrong:\nOut of memory. Java heap space',
      'memory-limit',
      null,
    ],
    [
      "Gradle: a task's Java heap space",
      "Execution failed for task ':app:mergeDexDebug'.\n> Java heap space",
      'memory-limit',
      null,
    ],
    [
      "CircleCI: the container's memory limit",
      'Your build has exceeded the memory limit of 4G on 1 container.',
      'oom-killed',
      'medium',
    ],
    [
      'a job exceeding its memory limit',
      'ERROR: Job failed: container exceeded its memory limit',
      'oom-killed',
      'medium',
    ],
    // An outdated Cython's output on a newer Python.
    [
      "g++: Cython's traceback helper on Python 3.11",
      "pynestkernel.cxx: In function 'PyObject* __Pyx_Coroutine_SendEx(__pyx_CoroutineObject*, PyObject*, int)':\npynestkernel.cxx:36535:42: error: cannot convert 'PyObject*' {aka '_object*'} to 'PyTracebackObject*' {aka '_traceback*'} in assignment",
      'python-incompatible',
      'medium',
    ],
    [
      "clang: Cython's traceback helper on Python 3.12",
      "mod.c:9120:10: error: incompatible pointer types assigning to 'PyTracebackObject *' (aka 'struct _traceback *') from 'PyObject *'\n    tb = __Pyx__ExceptionGetTraceback(exc_info);",
      'python-incompatible',
      'medium',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      'a string literal quoting #error, echoed, is still code',
      '   12 |   puts("#error -- unsupported GNU version!");',
      'unknown',
    ],
    [
      'file-in-use words split across lines of different widths',
      "CSC : error CS2012: Cannot open 'a.exe' for writing -- 'The process cannot ac\ncess the file 'a.exe' because it is being used by another process.'",
      'unknown',
    ],
    [
      "gas: can't create into a removed directory, serial make",
      "make\nrm -fr thumb\nAssembler messages:\nFatal error: can't create thumb/ds",
      'unknown',
    ],
    ['TeX: a file it cannot find', "! I can't find file `paper.tex'.", 'unknown'],
    ['an absolute /tmp file not opened', "Can't open '/tmp/grep.tmp'.", 'unknown'],
    ["Apple ld's unknown option (a GNU flag on macOS)", 'ld: unknown option: -soname', 'unknown'],
    [
      'CMake: both library and include directory missing',
      'Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)',
      'missing-library',
    ],
    [
      'a generated header quoted alone stays the race',
      'config.h: No such file or directory',
      'parallel-race',
    ],
    ['the JVM heap size named, not exhausted', 'Set the Java heap size with -Xmx4g', 'unknown'],
    ['a memory limit set, not exceeded', 'memory limit of 4G set for the container', 'unknown'],
    [
      'the same conversion error without Cython',
      "tb.c:12:10: error: cannot convert 'PyObject*' to 'PyTracebackObject*' in assignment",
      'compile-error',
    ],
  ];

  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 16 mechanisms', () => {
  const CASES: Case[] = [
    // A message carried on to the next lines: indented, or cut after a space.
    [
      ".NET: IOException's file and reason on indented lines of their own",
      'error MSB4018: The "GenerateDepsFile" task failed unexpectedly.\nSystem.IO.IOException: The process cannot access the file\n  \'artifacts/obj/App/Release/net8.0/App.deps.json\'\n  because it is being used by another process.',
      'parallel-race',
      'medium',
    ],
    [
      '.NET: the same in German, the file on its own line',
      'System.IO.IOException: Der Prozess kann nicht auf die Datei\n    "obj\\Release\\App.dll" zugreifen, da sie von einem anderen Prozess verwendet wird.',
      'parallel-race',
      'medium',
    ],
    [
      "gas: can't create an object, its reason cut after a space",
      "make[2]: Entering directory /src/Foundation\nAssembler messages:\nFatal error: can't create /src/Foundation/obj/Linux/x86_64/debug_shared/Ascii.o: No such file or \ndirectory\nmake[2]: *** [Makefile:60: obj/Linux/x86_64/debug_shared/Ascii.o] Error 1",
      'parallel-race',
      'medium',
    ],
    [
      'clang: unable to open output file, its reason cut after a space',
      "error: unable to open output file 'build/obj/src/a.o': 'No such file or \ndirectory'\n1 error generated.",
      'parallel-race',
      'medium',
    ],
    [
      "an ImportError's undefined Python symbol on an indented line",
      'ImportError: /usr/lib/python3.13/site-packages/_ext.cpython-313-x86_64-linux-gnu.so: \n    undefined symbol: _PyObject_CallMethodIdOneArg',
      'python-incompatible',
      'medium',
    ],
    // Headers only a build step writes, by kind.
    [
      "clang: Chromium's generated buildflag header",
      "In file included from ../../chrome/browser/profiles/profile.cc:9:\n../../chrome/browser/profiles/profile.h:18:10: fatal error: 'components/signin/public/base/signin_buildflags.h' file not found",
      'parallel-race',
      'medium',
    ],
    [
      "gcc: mojo's generated bindings, under ninja",
      '[2113/40210] CXX obj/content/browser/browser/render_frame_host_impl.o\n../../content/browser/renderer_host/render_frame_host_impl.h:31:10: fatal error: content/common/frame.mojom.h: No such file or directory',
      'parallel-race',
      'high',
    ],
    [
      "g++: Qt's uic output, make -j8",
      'make -j8\nsrc/mainwindow.cpp:2:10: fatal error: ui_mainwindow.h: No such file or directory',
      'parallel-race',
      'high',
    ],
    [
      'gcc: a .inc table a script writes',
      '../common/dev_rom.c:22:37: fatal error: ppc32_microcode_dump.inc: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      'MSVC: a .inc TableGen writes, under /m',
      "3>C:\\llvm\\lib\\Target\\X86\\X86RegisterInfo.h(21,10): fatal error C1083: Cannot open include file: 'X86GenRegisterInfo.inc': No such file or directory",
      'parallel-race',
      'high',
    ],
    // A submodule's or vendored copy's header is a dependency's, not a step's output.
    [
      'gcc: a submodule header under make -j4',
      'make -j4\nsrc/codec.c:3:10: fatal error: ../third_party/lz4/lib/lz4.h: No such file or directory',
      'missing-header',
      'high',
    ],
    [
      "MSVC: a submodule header, in MSBuild's N> lines",
      "12>C:\\src\\ebpf\\include\\bpf.h(218,10): fatal error C1083: Cannot open include file: '../external/libbpf/src/bpf.h': No such file or directory",
      'missing-header',
      'high',
    ],
    // A recipe's shell not finding a path in a directory another step makes.
    [
      'bash: a relative path in a sub-make',
      'checking library dependencies...\n/bin/bash: line 7: var/deps/libc.dep: No such file or directory\nmake[3]: *** [lib.mk:40: var/deps/libc.dep] Error 1',
      'parallel-race',
      'low',
    ],
    [
      'dash: a redirection into a directory not made yet',
      'make[1]: Entering directory /src\n/bin/sh: 1: cannot create gen/list.txt: Directory nonexistent\nmake[1]: *** [Makefile:12: gen/list.txt] Error 2',
      'parallel-race',
      'low',
    ],
    // A find module failing: the package's development files, whatever variable it names.
    [
      'CMake: FindZLIB missing only its include directory',
      'CMake Error at /usr/share/cmake/Modules/FindPackageHandleStandardArgs.cmake:230 (message):\n  Could NOT find ZLIB (missing: ZLIB_INCLUDE_DIR)',
      'missing-library',
      'medium',
    ],
    [
      'CMake: FindOpenSSL, wrapped, only its include directory',
      '  Could NOT find OpenSSL, try to set the path to OpenSSL root folder in the\n  system variable OPENSSL_ROOT_DIR (missing: OPENSSL_INCLUDE_DIR)',
      'missing-library',
      'medium',
    ],
    // A system library missing from the link line, its symbol quoted in backticks.
    [
      'ld: pthread_once alone, in backticks',
      'undefined reference to `pthread_once`',
      'missing-library',
      'medium',
    ],
    [
      'ld: dlopen alone, in backticks',
      'util.c:(.text+0x2a): undefined reference to `dlopen`',
      'missing-library',
      'medium',
    ],
    [
      'ld: clock_gettime alone, in backticks',
      'undefined reference to `clock_gettime`',
      'missing-library',
      'medium',
    ],
    // A compiler check failing because its link did not find a library the flags name.
    [
      'configure: ld64 not finding -lomp',
      "configure: error: C compiler cannot create executables\nSee `config.log' for more details\nconfigure:4065: gcc-10 -m64 -lomp conftest.c >&5\nld: library not found for -lomp",
      'missing-library',
      'high',
    ],
    [
      'CMake: GNU ld not finding -liconv in the test program',
      'The C compiler\n    "/usr/bin/cc"\n  is not able to compile a simple test program.\n  /usr/bin/ld: cannot find -liconv: No such file or directory',
      'missing-library',
      'high',
    ],
    // pip's read timing out, its traceback cut before its last line.
    [
      'pip: the socket read timed out',
      'socket.timeout: The read operation timed out',
      'network',
      'high',
    ],
    [
      "pip: urllib3's ReadTimeoutError",
      "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443)",
      'network',
      'high',
    ],
    // The kernel's OOM report without its `Killed process` line.
    [
      "the kernel's OOM task table",
      '[781751.932513] [  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name\n[781751.932755] [3341721]  1000 3341721 10847241  4359142 86327296  6341200           100 rustc',
      'oom-killed',
      'high',
    ],
    [
      'the kernel with nothing left to kill',
      'Kernel panic - not syncing: Out of memory and no killable processes...',
      'oom-killed',
      'high',
    ],
    // Undefined symbols at import: Python's (another Python's ABI) and any other (a stale library).
    [
      "Python 2's _Py_ZeroStruct at import under Python 3",
      'ImportError: /src/pkg/_c.so: undefined symbol: _Py_ZeroStruct',
      'python-incompatible',
      'medium',
    ],
    [
      "a debug build's _Py_RefTotal at import",
      'Traceback (most recent call last):\n  File "t.py", line 1, in <module>\n    import fastx\nImportError: /venv/lib/python3.11/site-packages/fastx.cpython-311-x86_64-linux-gnu.so: undefined symbol: _Py_RefTotal',
      'python-incompatible',
      'medium',
    ],
    [
      "a stale C++ library's symbol at import",
      'ImportError: /home/u/opendht/python/opendht.cpython-35m-x86_64-linux-gnu.so: undefined symbol: _ZN3dht14bindShutdownCbEPFvPvES0_',
      'missing-shared-library',
      'medium',
    ],
    [
      "a stale C library's symbol at import",
      'ImportError: /usr/lib/python3/dist-packages/pysam/libchtslib.cpython-311-x86_64-linux-gnu.so: undefined symbol: hts_set_fai_filename',
      'missing-shared-library',
      'medium',
    ],
    // Visual Studio without its C++ tools: cmd not finding vcvarsall.bat.
    [
      'cmd: vcvarsall.bat of VS 2022 not recognized',
      ' "C:\\Program Files (x86)\\Microsoft Visual Studio\\2022\\Community\\VC\\Auxiliary\\Build\\vcvarsall.bat"\' is not recognized as an internal or external command, operable program or batch file.',
      'toolchain-broken',
      'high',
    ],
    [
      'cmd: vcvars64.bat of VS 2019 not recognized',
      '\'"C:\\Program Files (x86)\\Microsoft Visual Studio\\2019\\BuildTools\\VC\\Auxiliary\\Build\\vcvars64.bat"\' is not recognized as an internal or external command,',
      'toolchain-broken',
      'high',
    ],
    // The other ABI's C library development files (-m32, -mx32).
    [
      'gcc: gnu/stubs-32.h under -m32',
      'gcc -m32 -c string.c -o string.o\n/usr/include/gnu/stubs.h:7:27: fatal error: gnu/stubs-32.h: No such file or directory',
      'missing-header',
      'high',
    ],
    [
      'clang: gnu/stubs-x32.h under -mx32',
      "/usr/include/gnu/stubs.h:13:11: fatal error: 'gnu/stubs-x32.h' file not found",
      'missing-header',
      'high',
    ],
  ];

  const NEAR: NearMiss[] = [
    [
      'a complete message followed by an unindented line is not joined',
      "The process cannot access the file\n'obj/App.dll' was copied.",
      'unknown',
    ],
    [
      "gcc's echo of the source under its error is not a continuation",
      'x.c:5:3: error: too few arguments to function \'die\'\n     die("out of memory allocating 100 bytes");\n     ^~~',
      'compile-error',
    ],
    [
      'gcc: zlib.h under make -j8',
      'make -j8\na.c:1:10: fatal error: zlib.h: No such file or directory',
      'missing-header',
    ],
    [
      'clang: openssl/ssl.h under ninja',
      "[3/40] clang -c tls.c\ntls.c:2:10: fatal error: 'openssl/ssl.h' file not found",
      'missing-header',
    ],
    [
      'gcc: Python.h under make -j4',
      'make -j4\next.c:1:10: fatal error: Python.h: No such file or directory',
      'missing-header',
    ],
    [
      "bash: an absolute program's path",
      'make[1]: Entering directory /src\n/bin/bash: line 1: /opt/tools/bin/gen: No such file or directory',
      'unknown',
    ],
    [
      'bash: a relative path outside make',
      '/bin/bash: line 3: var/deps/libc.dep: No such file or directory',
      'unknown',
    ],
    [
      'configure: the linker not finding the C library itself',
      'configure: error: C compiler cannot create executables\n/usr/bin/ld: cannot find -lc: No such file or directory',
      'toolchain-broken',
    ],
    [
      'a library symbol at import is the library not linked',
      'ImportError: /src/_lin.so: undefined symbol: cblas_dgemm',
      'missing-library',
    ],
    [
      'a program, not an import, missing libpython',
      './embed: symbol lookup error: ./embed: undefined symbol: Py_Initialize',
      'missing-shared-library',
    ],
    [
      "lld's undefined Python symbol at a link, in a log that imports",
      'python setup.py build_ext  # import numpy\nld.lld: error: undefined symbol: PyExc_ValueError',
      'unknown',
    ],
    [
      "a program's symbol lookup error, in a log that imports",
      'python -c "import embed_test"\n./embed: symbol lookup error: ./embed: undefined symbol: Py_Initialize',
      'missing-shared-library',
    ],
    ['a test named for read timeouts', 'tests/test_http.py::test_read_timeout FAILED', 'unknown'],
    ['the OOM score read, not a kill', 'cat /proc/self/oom_score_adj\n0', 'unknown'],
    [
      'another batch file not recognized',
      "'build_deps.bat' is not recognized as an internal or external command,",
      'unknown',
    ],
    [
      'gnu/stubs.h itself missing',
      'a.c:1:10: fatal error: gnu/stubs.h: No such file or directory',
      'toolchain-broken',
    ],
  ];

  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 19 mechanisms', () => {
  const CASES: Case[] = [
    // disk-full: Yocto's disk-space monitor stops the build before a write fails.
    [
      'bitbake: the disk monitor stops new tasks',
      'WARNING: The free space of /srv/build/tmp (/dev/sda1) is running low (0.950GB left)\nERROR: No new tasks can be executed since the disk space monitor action is "STOPTASKS"!',
      'disk-full',
      'high',
    ],
    [
      'bitbake: the disk monitor halts the build (HALT, newer releases)',
      'ERROR: Immediately halt since the disk space monitor action is "HALT"!',
      'disk-full',
      'high',
    ],
    [
      'bitbake: the disk monitor aborts the build (ABORT, older releases)',
      'ERROR: Immediately abort since the disk space monitor action is "ABORT"!',
      'disk-full',
      'high',
    ],
    // memory-limit: other runtimes' allocation failures.
    [
      "V8: the GC trace's scavenge line, the log cut before `heap out of memory`",
      '[1234:0x5d1f870]    85330 ms: Scavenge 2039.8 (2082.3) -> 2036.9 (2083.3) MB, 5.4 / 0.0 ms  (average mu = 0.271, current mu = 0.224) allocation failure; scavenge might not succeed',
      'memory-limit',
      'medium',
    ],
    [
      'V8: `Allocation failed` without an error word before it',
      ' 1: 0xb09c10 node::Abort() [node]\nAllocation failed - JavaScript heap out of memory',
      'memory-limit',
      'medium',
    ],
    [
      "CodeBuild: a CI page's line numbers before every line (V8's trace)",
      '252 | vite v5.2.10 building for production...\n253 | transforming...\n254 |\n255 | <--- Last few GCs --->',
      'memory-limit',
      'medium',
    ],
    [
      "a CI page's line numbers before every line (gcc's allocation failure)",
      '9 | make\n10 | gcc -c big.c -o big.o\n11 | cc1: out of memory allocating 65536 bytes after a total of 3221225472 bytes',
      'memory-limit',
      'high',
    ],
    [
      "Gradle: the daemon stopped because the JVM's collector is thrashing",
      "The Daemon will expire immediately since the JVM garbage collector is thrashing.\nThe currently configured max heap space is '512 MiB'",
      'memory-limit',
      'medium',
    ],
    [
      "Gradle: the same in Gradle 8's words",
      'FAILURE: Build failed with an exception.\n* What went wrong:\nGradle build daemon has been stopped: JVM garbage collector thrashing and after running out of JVM memory',
      'memory-limit',
      'medium',
    ],
    [
      "LLVM's SmallVector assertion inside rustc",
      'rustc: /checkout/src/llvm/lib/Support/SmallVector.cpp:36: void llvm::SmallVectorBase::grow_pod(void*, size_t, size_t): Assertion `NewElts && "Out of memory"\' failed.\nerror: Could not compile `script`.',
      'memory-limit',
      'high',
    ],
    [
      "LLVM's SmallVector assertion inside clang",
      'clang-9: /build/llvm-9/llvm/lib/Support/SmallVector.cpp:36: void llvm::SmallVectorBase::grow_pod(void *, size_t, size_t): Assertion `NewElts && "Out of memory"\' failed.',
      'memory-limit',
      'high',
    ],
    [
      'MinGW: a bare `cc1plus.exe: out of memory`',
      'cc1plus.exe: out of memory',
      'memory-limit',
      'medium',
    ],
    [
      'a bare `cc1: out of memory` under its full path',
      'C:/msys64/mingw32/lib/gcc/i686-w64-mingw32/13.2.0/cc1.exe: out of memory\nmake: *** [Makefile:20: big.o] Error 1',
      'memory-limit',
      'medium',
    ],
    // oom-killed: user-space OOM killers, and gcc's kill without the signal's name.
    [
      "conda-build's summary of a job systemd-oomd killed",
      'Lost job: killed_by_oomd\nMax memory used:      58.8 GiB',
      'oom-killed',
      'high',
    ],
    [
      "systemd-oomd's own journal line",
      'systemd-oomd[712]: Killed /user.slice/user-1000.slice/user@1000.service/app.slice/ninja.scope due to memory pressure for /user.slice/user-1000.slice being 81.22% > 50.00% for > 20s with reclaim activity',
      'oom-killed',
      'high',
    ],
    [
      "g++: `signal terminated program cc1plus` with the signal's name missing",
      'c++: fatal error: signal terminated program cc1plus\ncompilation terminated.',
      'oom-killed',
      'low',
    ],
    [
      'gfortran: the same for f951',
      'gfortran: fatal error: signal terminated program f951\ncompilation terminated.',
      'oom-killed',
      'low',
    ],
    // python-incompatible: Python's own symbols in other loaders' and linkers' words.
    [
      "dyld: a removed API's symbol not found in the flat namespace",
      "ImportError: dlopen(/Users/u/lib/python3.12/site-packages/ledger.so, 0x0002): symbol not found in flat namespace '__PyUnicode_Ready'",
      'python-incompatible',
      'medium',
    ],
    [
      "dyld: Python 2's `_Py_ZeroStruct`, Symbol not found",
      'ImportError: dlopen(/x/_speedups.so, 2): Symbol not found: __Py_ZeroStruct\n  Referenced from: /x/_speedups.so\n  Expected in: flat namespace',
      'python-incompatible',
      'medium',
    ],
    [
      "the ELF loader's UCS4 symbol outside an import",
      'Error starting: /opt/app/lib/python2.7/site-packages/ssh2/session.so: undefined symbol: PyUnicodeUCS4_DecodeUTF8',
      'python-incompatible',
      'high',
    ],
    [
      "dyld's UCS2 symbol",
      'ImportError: dlopen(/x/ujson.so, 2): Symbol not found: _PyUnicodeUCS2_AsUTF8String\n  Referenced from: /x/ujson.so\n  Expected in: flat namespace',
      'python-incompatible',
      'high',
    ],
    [
      "MSVC's UCS2 symbol",
      'ujson.obj : error LNK2001: unresolved external symbol __imp__PyUnicodeUCS2_AsUTF8String',
      'python-incompatible',
      'high',
    ],
    [
      "MSVC 32-bit: a removed API behind the symbol's underscore",
      'display.obj : error LNK2001: unresolved external symbol _PyUnicode_AS_UNICODE\n_imaging.cp312-win32.pyd : fatal error LNK1120: 1 unresolved externals',
      'python-incompatible',
      'high',
    ],
    [
      'MSVC 64-bit: a removed API behind `__imp_`',
      'display.obj : error LNK2001: unresolved external symbol __imp_PyUnicode_AS_UNICODE',
      'python-incompatible',
      'high',
    ],
    [
      'Python 3 importing a module without PyInit_ (module export function)',
      'ImportError: dynamic module does not define module export function (PyInit__crop_and_resize)',
      'python-incompatible',
      'medium',
    ],
    [
      'Python 3.4 and before: the same as init function',
      'ImportError: dynamic module does not define init function (PyInit_lpo)',
      'python-incompatible',
      'medium',
    ],
    [
      'Python 2 importing a Python 3 module (no `initx`)',
      'ImportError: dynamic module does not define init function (init_speedups)',
      'python-incompatible',
      'medium',
    ],
    // missing-shared-library: the loader's undefined symbol after OSError, or alone.
    [
      "torch: an OSError's mangled c10 symbol",
      'OSError: /env/lib/python3.8/site-packages/torch_cluster/_grid_cuda.so: undefined symbol: _ZNK3c104Type14isSubtypeOfExtESt10shared_ptrIS0_EPSo',
      'missing-shared-library',
      'medium',
    ],
    [
      "the loader's undefined symbol alone",
      '/x/site-packages/lltm_cpp.cpython-36m-x86_64-linux-gnu.so: undefined symbol: THPVariableClass',
      'missing-shared-library',
      'medium',
    ],
    // network: a download's timeout, a mirror's 5xx.
    [
      "curl: (28) a transfer's timeout is a download's, not the job's",
      'curl: (28) Operation timed out after 89393 milliseconds with 23823362 out of 25145151 bytes received',
      'network',
      'high',
    ],
    [
      "curl: (28) a connection's timeout",
      'curl: (28) Connection timed out after 10001 milliseconds',
      'network',
      'high',
    ],
    [
      "pacman: a mirror answering 500 (curl -f's words)",
      "error: failed retrieving file 'mingw-w64-x86_64-gcc-13.2.0-2-any.pkg.tar.zst' from mirror.msys2.org : The requested URL returned error: 500",
      'network',
      'medium',
    ],
    [
      'apt: a mirror answering 503',
      'E: Failed to fetch http://deb.debian.org/debian/pool/main/z/zlib/zlib1g-dev_1.2.13.deb  503  Service Unavailable [IP: 151.101.2.132 80]',
      'network',
      'medium',
    ],
    // timeout: CI services' cancellations, CMake's execute_process limit.
    [
      'Azure Pipelines: `The Operation will be canceled`',
      '2025-08-20T20:09:25.8549800Z ##[error]The Operation will be canceled. The next steps may not contain expected logs.',
      'timeout',
      'high',
    ],
    [
      "GitHub Actions: the runner's job-cancellation line",
      "created dist in 24.1s\n##[debug]Re-evaluate condition on job cancellation for step: 'Build'.",
      'timeout',
      'medium',
    ],
    [
      "CMake: execute_process's TIMEOUT",
      'CMake Error at CMakeLists.txt:277 (message): Generating epJSON Schema from IDD failed: Process terminated due to timeout',
      'timeout',
      'high',
    ],
    // missing-library: meson's and CMake's other words for a dependency not found.
    [
      "meson: `Native dependency 'X' not found`",
      "meson.build:1171:4: ERROR: Native dependency 'libdrm_intel' not found",
      'missing-library',
      'medium',
    ],
    [
      'meson: the same unquoted, from a regeneration',
      "Native dependency gtk+-3.0 not found.\nFAILED: build.ninja\nninja: error: rebuilding 'build.ninja': subcommand failed",
      'missing-library',
      'medium',
    ],
    [
      'meson: `dependency X found: NO` when nothing else explains the failure',
      '$ meson setup build\n...\nRun-time dependency fmt found: NO (tried pkgconfig and cmake)\n...',
      'missing-library',
      'low',
    ],
    [
      "CMake: a cache's X_LIBRARY set to NOTFOUND",
      'CMake Error: The following variables are used in this project, but they are set to NOTFOUND.\nPlease set them or make sure they are set and tested correctly in the CMake files:\nZLIB_LIBRARY\n    linked by target "foo" in directory /src',
      'missing-library',
      'medium',
    ],
    [
      "CMake: a cache's _Python_INCLUDE_DIR NOTFOUND, printed with its directory",
      'CMake Error: The following variables are used in this project, but they are set to NOTFOUND.\nPlease set them or make sure they are set and tested correctly in the CMake files:\n/home/ben/app/_Python_INCLUDE_DIR\n   used as include directory in directory /home/ben/app',
      'missing-library',
      'medium',
    ],
    // parallel-race: shared libraries and installs the same build writes.
    [
      'ld: a .so of the build tree in a format not recognized',
      'build/dynamic/lib/libminisat.so: file not recognized: File format not recognized',
      'parallel-race',
      'medium',
    ],
    [
      'ld: a relative .so relinked in parallel',
      '  libsss_util.so: file not recognized: file format not recognized\n  collect2: error: ld returned 1 exit status',
      'parallel-race',
      'medium',
    ],
    [
      'libtool: relink before installing, no parallel build shown',
      "libtool: install: error: relink `dqueue.la' with the above command before installing it",
      'parallel-race',
      'low',
    ],
    [
      'libtool: the same under make -j8 install',
      "make -j8 install\nlibtool:   error: error: relink 'libsss_util.la' with the above command before installing it",
      'parallel-race',
      'medium',
    ],
    [
      'Gradle: `Unable to delete` under --parallel',
      "$ ./gradlew buildGhidra --parallel\nThe :Project:jar task failed.\nUnable to delete file 'C:\\src\\build\\libs\\Project.jar'",
      'parallel-race',
      'low',
    ],
    // The OOM killer's task rows without the table's header.
    [
      "syslog: the OOM killer's task rows (8 numbers, 4.x kernels)",
      'Oct  8 13:00:31 marin kernel: [49077.824941] [18981]  1000 18981  1283938   678976    2512       7   600084             0 ld\nOct  8 13:00:31 marin kernel: [49077.824943] [19016]  1000 19016     1128        0       8       3       28             0 sh',
      'oom-killed',
      'high',
    ],
    [
      'journalctl: the rows of a 6.x kernel (10 numbers), no timestamp in brackets',
      'Mar 02 10:11:12 host kernel: [  40211]  1000 40211  2048576  1843200  1843000      200        0 15052800        0             0 cc1plus',
      'oom-killed',
      'high',
    ],
    // A step announcing the header it writes, in a quiet build's labels.
    [
      'a Kbuild-style `HEADER` label for the header a parallel compile missed',
      'CC  tty/spike-tty/spike-tty.c\nHEADER tty/libtty/libtty.h\nError: tty/spike-tty/spike-tty.c:28:10: fatal error: libtty.h: No such file or directory\nmake: *** Waiting for unfinished jobs....',
      'parallel-race',
      'high',
    ],
    [
      "Linux's `HDRINST` label for an installed UAPI header",
      '  HDRINST usr/include/linux/bpf.h\n  CC      samples/bpf/sock.o\nsamples/bpf/sock.c:4:10: fatal error: linux/bpf.h: No such file or directory\nmake[1]: *** Waiting for unfinished jobs....',
      'parallel-race',
      null,
    ],
    // A located diagnostic whose message another job's output cut off.
    [
      "clang: `file:line:col:` run into another job's command line, the error on the next line",
      "src/compression/usq.c:248:20:clang++     -c src/compression/advancecomp.cpp -fPIC -O2\n error: incompatible pointer types passing 'unsigned char *' to parameter of type 'FILE *' [-Wincompatible-pointer-types]",
      'compile-error',
      'medium',
    ],
    [
      "gcc: the same with another job's `make` line",
      "src/parse.c:41:7:make[2]: Entering directory '/src/lib'\nerror: 'tok' undeclared (first use in this function)",
      'compile-error',
      'medium',
    ],
    // toolchain-broken: an assembler older than the compiler, in cctools' words (no `Error:`).
    [
      "osxcross's cctools as: no such instruction in gcc's temporary output",
      "/tmp/ccFf1VGQ.s:89:no such instruction: `shlx %esi, %ecx,%ecx'",
      'toolchain-broken',
      'medium',
    ],
    [
      "Apple's old as: an AVX instruction in clang's temporary output",
      "/var/folders/x1/T/cc5Xy2Qz.s:45:no such instruction: `vfmadd231ps %ymm2, %ymm1,%ymm0'",
      'toolchain-broken',
      'medium',
    ],
  ];

  const NEAR: NearMiss[] = [
    [
      "bitbake: the disk monitor's warning alone, the build failing otherwise",
      "WARNING: The free space of /srv/build/tmp (/dev/sda1) is running low (0.950GB left)\nERROR: Task (/srv/meta/recipes/x/x.bb:do_compile) failed with exit code '1'",
      'unknown',
    ],
    [
      "gcc's own echo of the source still skipped (only some lines numbered)",
      "src/a.c:12:5: error: unknown type name 'size_t'\n   12 |     size_t n = out_of_memory();\n      |     ^~~~~~",
      'compile-error',
    ],
    ["a program's own `out of memory`", 'test_alloc: out of memory', 'unknown'],
    [
      'gcc naming SIGTERM: not a kill for memory',
      'g++: fatal error: Terminated signal terminated program cc1plus\ncompilation terminated.',
      'unknown',
    ],
    [
      'a kernel line with a pid in brackets that is not a task row',
      'Oct  8 13:00:31 marin kernel: [49077.824941] [18981] audit: type=1400 apparmor="DENIED" operation="open"',
      'unknown',
    ],
    [
      'a quiet build whose steps write no header stays a missing header',
      'CC  tty/spike-tty/spike-tty.c\nError: tty/spike-tty/spike-tty.c:28:10: fatal error: zlib.h: No such file or directory\nmake: *** Waiting for unfinished jobs....',
      'missing-header',
    ],
    [
      'a location run into other output, with no message after it',
      'src/a.c:3:1:gcc -c src/b.c -o b.o\nmake: *** [Makefile:4: b.o] Error 1',
      'unknown',
    ],
    [
      "an assembler's error in the source's echo is not the assembler's",
      'src/x.c:10:3: error: expected \';\'\n   10 |   asm("x.s:3:no such instruction")\n      |   ^',
      'compile-error',
    ],
    [
      "MSVC: Python's library not linked (a symbol Python has)",
      'spam.obj : error LNK2001: unresolved external symbol __imp_PyArg_ParseTuple',
      'unknown',
    ],
    [
      'curl -f: a 404 is not the network',
      'curl: (22) The requested URL returned error: 404',
      'unknown',
    ],
    [
      'a build timed out after its limit stays a timeout',
      'ERROR: Build timed out after 360 minutes',
      'timeout',
    ],
    [
      "meson: an optional dependency's NO beside a compile error",
      "Run-time dependency libsystemd found: NO (tried pkgconfig)\n[12/40] Compiling C object x.p/a.c.o\n../a.c:3:5: error: expected ';' before '}' token",
      'compile-error',
    ],
    [
      'ld: a system .so in a format not recognized',
      '/usr/lib/x86_64-linux-gnu/libfoo.so: file not recognized: file format not recognized',
      'unknown',
    ],
  ];

  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 20 mechanisms', () => {
  const ESC = '\u001b';
  const CASES: Case[] = [
    // A known message in another shape: a CI page's or a terminal's prefixes, another case.
    [
      'GitHub timestamp and gcc colours around a missing header',
      `2024-01-01T00:00:00.1234567Z ${ESC}[01m${ESC}[Ksrc/z.c:1:10:${ESC}[m${ESC}[K ${ESC}[01;31m${ESC}[Kfatal error: ${ESC}[m${ESC}[Kzlib.h: No such file or directory`,
      'missing-header',
      'high',
    ],
    [
      "BuildKit's step prefix before rustc's error",
      '#12 3.456 error[E0308]: mismatched types',
      'compile-error',
      'medium',
    ],
    [
      "a CI page's line number before a one-line excerpt",
      '241 | fatal error: openssl/ssl.h: No such file or directory',
      'missing-header',
      'high',
    ],
    [
      "Xcode's capitalised clang message, no location",
      "Incompatible function pointer types passing 'void (*)(int)' to parameter of type 'void (*)(void)'",
      'compile-error',
      'medium',
    ],
    [
      "Xcode's capitalised implicit declaration, no location",
      "Implicit declaration of function 'foo' is invalid in C99",
      'compile-error',
      'medium',
    ],
    [
      "CMake's progress counter before Apple clang's error",
      "[ 42%] clang: error: unsupported option '-fopenmp'",
      'toolchain-broken',
      'medium',
    ],
    [
      "gcc's C99 for-loop message without its location",
      '‘for’ loop initial declarations are only allowed in C99 mode',
      'compile-error',
      'medium',
    ],
    [
      "gcc 15's bool typedef without its location",
      "error: 'bool' cannot be defined via 'typedef'",
      'compile-error',
      'medium',
    ],
    [
      "xcrun's invalid developer path without xcrun's name",
      'error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun at: /Library/Developer/CommandLineTools/usr/bin/xcrun',
      'toolchain-broken',
      'high',
    ],
    // oom-killed: the kernel's reaper, a shell's kill report.
    [
      "kernel: the OOM reaper's line for cc1plus",
      '[ 8152.785701] oom_reaper: reaped process 22768 (cc1plus), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB',
      'oom-killed',
      'high',
    ],
    [
      "journalctl: the OOM reaper's line for rustc",
      'Mar 02 10:11:12 runner kernel: oom_reaper: reaped process 311 (rustc), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB',
      'oom-killed',
      'high',
    ],
    [
      "bash: a build step's kill report, its command on the next line",
      '/tmp/buildpacks/nodejs/bin/compile: line 88:    88 Killed                  \nnpm install --production 2>&1',
      'oom-killed',
      'medium',
    ],
    // timeout
    [
      'Cirrus: a bare Timed out!',
      'cmake --build build --target install\nTimed out!',
      'timeout',
      'medium',
    ],
    [
      'a step that never completed, then the job cancelled',
      'Build web (Next.js) .... 21:39:26 -> (never completed)\njob cancelled .......... 22:32:32     conclusion=cancelled',
      'timeout',
      'low',
    ],
    // missing-library: configure's own check.
    [
      "configure: a header check's no, then its error asking for the library",
      'checking for zlib.h... no\nconfigure: error: Please install zlib library : zlib1g-dev',
      'missing-library',
      'medium',
    ],
    [
      "configure: a library check's no, then `is required`",
      'checking for ffi_call in -lffi... no\nconfigure: error: libffi is required',
      'missing-library',
      'medium',
    ],
    // toolchain-broken: Apple's clang without OpenMP.
    [
      'Apple clang++: unsupported -fopenmp',
      "clang++: error: unsupported option '-fopenmp'",
      'toolchain-broken',
      'medium',
    ],
    [
      "Apple's c++ (clang): unsupported -fopenmp",
      "c++: error: unsupported option '-fopenmp'\nerror: command '/usr/bin/c++' failed with exit code 1",
      'toolchain-broken',
      'medium',
    ],
    // missing-shared-library: the loader's lines cut or carried on.
    [
      'glibc: a version cut before `not found`',
      "ImportError: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34'",
      'missing-shared-library',
      'high',
    ],
    [
      'libstdc++: a GLIBCXX version cut before `not found`',
      "OSError: /lib64/libstdc++.so.6: version `GLIBCXX_3.4.29'",
      'missing-shared-library',
      'high',
    ],
    [
      'dyld: Library not loaded, the library on the next line',
      'dyld: Library not loaded\n: libuuid.1.1.dylib\n  Referenced from: /usr/local/bin/uuidgen\n  Reason: image not found',
      'missing-shared-library',
      'high',
    ],
    [
      'dyld[pid]: Library not loaded, the path indented below',
      'dyld[4242]: Library not loaded\n  /opt/homebrew/opt/icu4c/lib/libicuuc.73.dylib',
      'missing-shared-library',
      'high',
    ],
    // missing-header: the other ABI's C library, extensionless headers.
    [
      'gcc -m32: bits/libc-header-start.h',
      'gcc -m32 check.c -o check\n/usr/include/stdio.h:27:10: fatal error: bits/libc-header-start.h: No such file or directory',
      'missing-header',
      'high',
    ],
    [
      "clang -m32: 'bits/libc-header-start.h' file not found",
      "clang -m32 -c a.c\n/usr/include/stdio.h:27:10: fatal error: 'bits/libc-header-start.h' file not found",
      'missing-header',
      'high',
    ],
    [
      'g++ -m32: bits/c++config.h',
      'g++ -m32 -c a.cpp\n/usr/include/c++/9/cstdlib:41:10: fatal error: bits/c++config.h: No such file or directory',
      'missing-header',
      'high',
    ],
    [
      "gcc: Eigen's extensionless header, no location",
      'fatal error: Eigen/Dense: No such file or directory',
      'missing-header',
      'high',
    ],
    [
      'clang: eigen3/Eigen/Core not found',
      "src/a.cpp:3:10: fatal error: 'eigen3/Eigen/Core' file not found",
      'missing-header',
      'high',
    ],
    [
      "gcc: Qt's QtWidgets/QApplication",
      'main.cpp:1:10: fatal error: QtWidgets/QApplication: No such file or directory',
      'missing-header',
      'high',
    ],
    // python-incompatible: a compatibility header against this Python's own declaration.
    [
      "gcc: pythoncapi_compat's static PyThreadState_GetInterpreter on PyPy",
      'src/thirdparty/pythoncapi_compat.h:295:1: error: static declaration of ‘PyThreadState_GetInterpreter’ follows non-static declaration',
      'python-incompatible',
      'medium',
    ],
    [
      "clang: a compat header's static PyFrame_GetCode",
      "./pythoncapi_compat.h:120:1: error: static declaration of 'PyFrame_GetCode' follows non-static declaration",
      'python-incompatible',
      'medium',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      'a bits/ header missing without -m32 stays a broken toolchain',
      '/usr/include/stdio.h:27:10: fatal error: bits/libc-header-start.h: No such file or directory',
      'toolchain-broken',
    ],
    [
      'a C++ standard header (no directory) stays the toolchain’s',
      'a.cpp:1:10: fatal error: vector: No such file or directory',
      'toolchain-broken',
    ],
    [
      'a static declaration of the code’s own function is the code’s error',
      'a.c:9:1: error: static declaration of ‘helper’ follows non-static declaration',
      'compile-error',
    ],
    [
      'a bare error: without a compiler’s wording stays unknown',
      'error: could not open the file',
      'unknown',
    ],
    [
      'a glibc version with more after it is not the loader’s',
      "Symbol versions: libc.so.6: version 'GLIBC_2.17' (ok)",
      'unknown',
    ],
    ['`Timed out!` inside a test’s line is not the job’s', 'test_fetch ... Timed out!', 'unknown'],
    [
      'a job cancelled with no step left hanging',
      'job cancelled .......... 22:32:32     conclusion=cancelled',
      'unknown',
    ],
    [
      'another unsupported option is not OpenMP',
      "clang: error: unsupported option '-fno-plt'",
      'unknown',
    ],
    [
      "configure's error after checks that passed",
      'checking for zlib.h... yes\nconfigure: error: Please install the frobnicator',
      'unknown',
    ],
  ];

  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 21 mechanisms', () => {
  const CASES: Case[] = [
    // parallel-race: a generated header read too early, seen only through what its absence did.
    [
      "make -j: `expected ',' or ';' before 'VERSION'` right after a script writes version.h",
      '$ make -j5\n./genver.sh >version.h\ncc -c main.c\nmain.c:40:9: error: expected ‘,’ or ‘;’ before ‘VERSION’',
      'parallel-race',
      'medium',
    ],
    [
      "Automake's GEN of a header, then clang's undeclared identifier from it",
      "make -j8 all\n  GEN      src/build_info.h\n  CC       src/main.o\nsrc/main.c:12:3: error: use of undeclared identifier 'BUILD_INFO_STRING'",
      'parallel-race',
      'medium',
    ],
    [
      "ninja's Generating of a header, then gcc's undeclared macro",
      "[3/40] Generating include/app_version.h\n[4/40] Building C object CMakeFiles/app.dir/src/main.c.o\n../src/main.c:7:20: error: 'APP_VERSION_MAJOR' undeclared (first use in this function)",
      'parallel-race',
      'medium',
    ],
    [
      "g++'s not declared in this scope after a Perl step writes the header, under make -j3",
      'make -j3\nperl mkconfig.pl > libfoo_config.h\nfoo.cpp:5:10: error: ‘LIBFOO_CONFIG_DIR’ was not declared in this scope',
      'parallel-race',
      'medium',
    ],
    // oom-killed: the kernel's newer line, which names the task.
    [
      "the driver's `fatal error: Killed` and the kernel's line naming cc1plus",
      'x86_64-pc-linux-gnu-g++: fatal error: Killed\nOut of memory: Killed ... task=cc1plus\nemerge ended with exit 1',
      'oom-killed',
      'high',
    ],
    [
      "the kernel's line naming rustc by task",
      '[ 8123.4] Out of memory: Killed process task=rustc, pid=4242',
      'oom-killed',
      'high',
    ],
    // missing-library: a setup.py's own check.
    [
      "Pillow's setup.py not finding zlib",
      'ValueError: --enable-zlib requested but zlib not found, aborting.',
      'missing-library',
      'medium',
    ],
    [
      "Pillow's setup.py not finding libjpeg",
      'RequiredDependencyException: --enable-jpeg requested but jpeg not found, aborting.',
      'missing-library',
      'medium',
    ],
    // missing-header: libstdc++'s target header for another ABI.
    [
      "gcc: libstdc++'s cstddef missing bits/c++config.h",
      '/usr/include/c++/6/cstddef:49:28: fatal error: bits/c++config.h: No such file or directory',
      'missing-header',
      'medium',
    ],
    [
      "clang: libstdc++'s iostream missing bits/c++config.h",
      "/usr/include/c++/9/iostream:38:10: fatal error: 'bits/c++config.h' file not found",
      'missing-header',
      'medium',
    ],
    // python-incompatible: the message in prose.
    [
      'gcc quotes read as Windows-1252 around the define of a header a step writes, under make -j',
      'make -j4\n./genver.sh >version.h\nmain.c:40:9: error: â€˜VERSIONâ€™ undeclared (first use in this function)',
      'parallel-race',
      'medium',
    ],
    [
      'the same message in prose without quotes',
      'fails to build with an error: `PyThreadState {aka struct _ts} has no member named frame.`',
      'python-incompatible',
      'high',
    ],
    // toolchain-broken: a compiler too old for the standard asked for.
    [
      'an old gcc refusing -std=c++0x',
      'cc1plus: error: unrecognized command line option "-std=c++0x"',
      'toolchain-broken',
      'medium',
    ],
    // compile-error: rustc's pre-1.0 location, gcc's messages without theirs.
    [
      "rustc's pre-1.0 mismatched types",
      '<log macros>:4:8: 4:21 error: mismatched types:\n expected `usize`,\n    found `u32`',
      'compile-error',
      'medium',
    ],
    [
      "clang's no matching member function cut at the line's end, alone",
      'error: no matching member function for call to',
      'compile-error',
      'medium',
    ],
    [
      "gcc's template-dependent call without its location",
      "error: there are no arguments to 'nextMersenne' that depend on a template parameter, so a declaration of 'nextMersenne' must be available",
      'compile-error',
      'medium',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      'the define undeclared under make -j with no step writing a header is the code’s',
      'make -j4\nmain.c:40:9: error: ‘VERSION’ undeclared (first use in this function)',
      'compile-error',
    ],
    [
      'an identifier not named for the header written is the code’s',
      'make -j4\n./genver.sh >version.h\nmain.c:3:1: error: ‘counter’ undeclared (first use in this function)',
      'compile-error',
    ],
    [
      'without a parallel build the written header’s define is the code’s',
      './genver.sh >version.h\nmain.c:40:9: error: ‘VERSION’ undeclared (first use in this function)',
      'compile-error',
    ],
    [
      'a project’s header missing bits/c++config.h is not libstdc++’s',
      'src/compat.h:3:10: fatal error: bits/c++config.h: No such file or directory',
      'compile-error',
    ],
    [
      'mis-decoded quotes around the code’s own structure stay the code’s',
      'src/a.c:9:5: error: â€˜struct widgetâ€™ has no member named â€˜sizeâ€™',
      'compile-error',
    ],
    [
      'another unrecognized option is not a C++ standard',
      'cc1plus: error: unrecognized command line option "-fno-plt"',
      'unknown',
    ],
  ];

  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 22 mechanisms', () => {
  const CASES: Case[] = [
    // parallel-race: ninja's build files list every edge; a relative target with no rule is one
    // missing (a vendored header an external project unpacks, CMake's object-order target).
    [
      'ninja: a vendored header an external project unpacks, needed with no rule',
      "ninja: error: 'third_party/zlib/zconf.h', needed by 'CMakeFiles/z.dir/adler32.c.o', missing and no known rule to make it",
      'parallel-race',
      'medium',
    ],
    [
      "ninja: CMake's object-order target needed by a generated source",
      "[12/310] Building C object src/CMakeFiles/core.dir/a.c.o\nninja: error: 'cmake_object_order_depends_target_core', needed by 'src/gen/tables.c', missing and no known rule to make it",
      'parallel-race',
      'medium',
    ],
    // parallel-race: a generated header cut short (its generator still writing it).
    [
      "clang: a version_generated.h's conditional unterminated",
      'In file included from main.cc:6:\n./version_generated.h:1:2: error: unterminated conditional directive',
      'parallel-race',
      'low',
    ],
    [
      "gcc under make -j8: an autogen header's #ifndef unterminated",
      'make -j8\nIn file included from src/main.c:3:\ninclude/config_autogen.h:1: error: unterminated #ifndef',
      'parallel-race',
      'medium',
    ],
    // python-incompatible: an extension linked against another Python's libpython.
    [
      "macOS's abort at import of an extension linked to another libpython",
      '>>> import vizdoom\nFatal Python error: PyThreadState_Get: no current thread\nAbort trap: 6',
      'python-incompatible',
      'high',
    ],
    [
      'the same abort under pytest, with its thread dump',
      'Fatal Python error: PyThreadState_Get: no current thread\n\nCurrent thread 0x00007fff7d2ac000 (most recent call first):\n  File "<frozen importlib._bootstrap>", line 219 in _call_with_frames_removed',
      'python-incompatible',
      'high',
    ],
    // missing-header: MSVC's C1083 words quoted without the code (a report's title, pip's summary).
    [
      "MSVC's words without C1083, under pip's framing",
      "  building 'candle_driver' extension\nMSVC build fails with error `Cannot open include file: 'candle.h'`.",
      'missing-header',
      'high',
    ],
    [
      "MSVC's Italian words without C1083",
      "Non è possibile aprire il file inclusione: 'libusb.h': No such file or directory",
      'missing-header',
      'high',
    ],
    // toolchain-broken: rustc older than the crate needs.
    [
      'rustc 1.31: E0658 on stable channel',
      '   Compiling wld v0.1.0\nerror[E0658]: imports can only refer to extern crate names passed with `--extern` on stable channel (see issue #53130)\n  --> src/main.rs:14:5',
      'toolchain-broken',
      'medium',
    ],
    [
      'rustc: E0658 a language feature is unstable',
      'error[E0658]: `let` expressions in this position are unstable\n --> src/lib.rs:9:12',
      'toolchain-broken',
      'medium',
    ],
    [
      "cargo's rust-version check",
      'error: package `clap_lex v0.7.0` cannot be built because it requires rustc 1.74 or newer, while the currently active rustc version is 1.70.0',
      'toolchain-broken',
      'medium',
    ],
    [
      "newer cargo's rust-version check",
      'error: rustc 1.65.0 is not supported by the following package:\n  time@0.3.36 requires rustc 1.67.0',
      'toolchain-broken',
      'medium',
    ],
    // missing-library: autoconf's own lookups, when configure then stops.
    [
      "autoconf's function check in -lconfig answering no, in a Yocto recipe",
      '| checking for config_init in -lconfig... no\n| configure: error: config test failed (--without-config to disable)',
      'missing-library',
      'medium',
    ],
    [
      "autoconf's -lpcap check answering no, configure's error in its own words",
      'checking for pcap_open_live in -lpcap... no\nconfigure: error: cannot continue, see config.log',
      'missing-library',
      'medium',
    ],
    [
      "configure's own message: a dependency's headers not found",
      '>  configure: error: *** POSIX caps headers not found\n> | ERROR: configure failed',
      'missing-library',
      'medium',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      'an optional library answering no while configure goes on is nothing',
      'checking for dlopen in -ldl... no\nchecking for dlopen in -lc... yes\nconfig.status: creating Makefile',
      'unknown',
    ],
    [
      'configure stopping on the compiler, after an optional library’s no, is the compiler’s',
      'checking for dlopen in -ldl... no\nconfigure: error: C compiler cannot create executables',
      'toolchain-broken',
    ],
    [
      'ninja not finding a system library is the library’s absence',
      "ninja: error: '/usr/lib/x86_64-linux-gnu/libpcap.so', needed by 'bin/sniff', missing and no known rule to make it",
      'missing-library',
    ],
    [
      'a project’s own header with an unterminated conditional is the code’s',
      'In file included from main.c:2:\nsrc/util.h:1:2: error: unterminated conditional directive',
      'compile-error',
    ],
    [
      'rustc’s mismatched types stay the code’s',
      'error[E0308]: mismatched types\n --> src/lib.rs:9:5',
      'compile-error',
    ],
  ];

  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 23 mechanisms', () => {
  const CASES: Case[] = [
    // memory-limit: Gradle stopping its daemon because the JVM's old generation is full.
    [
      "Gradle 5: the daemon expiring because the JVM's tenured space is exhausted",
      'BUILD FAILED in 30m 28s\n595 actionable tasks: 595 executed\nExpiring Daemon because JVM Tenured space is exhausted\nERROR: Job failed: exit status 1',
      'memory-limit',
      'medium',
    ],
    [
      'Gradle: the daemon stopped after running out of JVM memory, a task failed',
      'Daemon will be stopped at the end of the build after running out of JVM memory\n:compileJava FAILED',
      'memory-limit',
      'medium',
    ],
    // network: a registry pull timing out in Go's HTTP words (docker, buildx).
    [
      "docker's pull from a registry timing out",
      'docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).\n##[error]Process completed with exit code 125.',
      'network',
      'medium',
    ],
    [
      "buildx resolving a base image's manifest timing out",
      'ERROR: failed to solve: python:3.11-slim: failed to resolve source metadata for docker.io/library/python:3.11-slim: failed to do request: Head "https://registry-1.docker.io/v2/library/python/manifests/3.11-slim": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
      'network',
      'medium',
    ],
    // oom-killed, low: a kill with nothing else said (GitHub's runner lost, a 137 in other words).
    [
      "GitHub's runner shut down during a rust compile",
      '   Compiling base v1.2.0 (bin/base)\nThe runner has received a shutdown signal',
      'oom-killed',
      'low',
    ],
    [
      "GitHub's runner shut down during a C++ link, its longer wording",
      '[ 97%] Linking CXX shared library libcore.so\n##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n##[error]The operation was canceled.',
      'oom-killed',
      'low',
    ],
    [
      "Cloud Build's step exiting 137",
      'ERROR: build step 2 "rust:1.80-bookworm" failed: step exited with non-zero status: 137',
      'oom-killed',
      'low',
    ],
    [
      "GNU time's report of a compile exiting 137",
      'g++ -O2 -c big.cpp -o big.o\nCommand exited with non-zero status 137',
      'oom-killed',
      'low',
    ],
    // parallel-race, low: a step writing into an object directory not made yet.
    [
      "make's mkdir of a nested object directory, old backquotes",
      "/bin/mkdir: cannot create directory `obj/cpu/adsp2100': No such file or directory",
      'parallel-race',
      'low',
    ],
    [
      "coreutils' mkdir of a nested object directory, typographic quotes",
      'mkdir: cannot create directory ‘build/obj/drivers’: No such file or directory\nmake: *** [Makefile:88: build/obj/drivers/uart.o] Error 1',
      'parallel-race',
      'low',
    ],
    [
      "gcc's -fstack-usage writing its .su into a directory not made yet",
      'cc1: fatal error: cannot open _build/nrf52840/main.su for writing: No such file or directory\ncompilation terminated.',
      'parallel-race',
      'low',
    ],
    [
      'the same compile printed three times in a row (a rule with three targets under -j)',
      'rm -rf build\ncc -std=c11 -fPIC -shared -o libcs50.so src/cs50.c\ncc -std=c11 -fPIC -shared -o libcs50.so src/cs50.c\ncc -std=c11 -fPIC -shared -o libcs50.so src/cs50.c\nar rcs libcs50.a libcs50.o',
      'parallel-race',
      'low',
    ],
    // python-incompatible: Python 2's API undefined, in any tool's words.
    [
      "an import error's prose naming Py_InitModule3",
      'Import Error undefined symbol Py_InitModule3',
      'python-incompatible',
      'medium',
    ],
    [
      "MSVC's link missing Python 2's PyInt_FromLong",
      'module.obj : error LNK2001: unresolved external symbol __imp_PyInt_FromLong\nbuild\\lib.win-amd64-3.8\\m.pyd : fatal error LNK1120: 1 unresolved externals',
      'python-incompatible',
      'medium',
    ],
    // missing-library: configure's own words for a lib… it could not find.
    [
      "configure's own 'Unable to find libxml2' after pkg-config's no",
      "checking for XML... no\nconfigure: error: 'Unable to find libxml2. Please make sure library and header files are installed.'",
      'missing-library',
      'medium',
    ],
    [
      "configure's own 'Could not find libuuid'",
      'checking for uuid_generate... no\nconfigure: error: Could not find libuuid',
      'missing-library',
      'medium',
    ],
    // missing-shared-library: a program's symbol lookup error after a prompt or a shell's trace.
    [
      "a program's symbol lookup error after the reporter's prompt",
      '$< simplescreenrecorder: symbol lookup error: /lib/x86_64-linux-gnu/libopenmpt.so.0: undefined symbol: mpg123_param2',
      'missing-shared-library',
      'high',
    ],
    [
      "a program's symbol lookup error under the shell's xtrace",
      '+ ./bin/protoc --version\n+ ./bin/protoc: symbol lookup error: ./bin/protoc: undefined symbol: _ZN6google8protobuf8internal9ArenaImplD1Ev',
      'missing-shared-library',
      'high',
    ],
    // toolchain-broken, low: gcc crashing inside itself with no memory in the log.
    [
      "gcc 5's internal compiler error, a segmentation fault",
      "src/curve25519-donna.c: In function 'curve25519_donna':\nsrc/curve25519-donna.c:854:1: internal compiler error: Segmentation fault\nPlease submit a full bug report,\nmake[1]: *** [src/curve25519-donna.o] Error 1",
      'toolchain-broken',
      'low',
    ],
    [
      "g++ 4.7's internal compiler error in a lambda under make -j",
      'dmlc/threadediter.h: In lambda function:\ndmlc/threadediter.h:299:27: internal compiler error: Segmentation fault\nPlease submit a full bug report,\nmake: *** [build/data/data.o] Error 1\nmake: *** Waiting for unfinished jobs....',
      'toolchain-broken',
      'low',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      "Azure's agent shutting down with no memory named is not read as a kill",
      '##[error]The agent has received a shutdown signal. This can happen when the agent service is stopped, or a manually started agent is canceled.',
      'unknown',
    ],
    [
      'mkdir of an absolute directory whose parent is missing is not a race',
      "mkdir: cannot create directory '/opt/app/lib': No such file or directory",
      'unknown',
    ],
    [
      'the same compile printed twice (a retried build) is not a race',
      'cc -c -o obj/a.o src/a.c\ncc -c -o obj/a.o src/a.c\nsrc/a.c:3:1: error: expected identifier before ‘}’ token',
      'compile-error',
    ],
    [
      'an internal compiler error next to virtual memory exhausted is memory',
      'virtual memory exhausted: Cannot allocate memory\nc++: internal compiler error: Segmentation fault (program cc1plus)',
      'memory-limit',
    ],
    [
      'another internal compiler error stays unknown',
      'readline.c:153:13: internal compiler error: in expand_debug_locations, at cfgexpand.c:5279',
      'unknown',
    ],
    [
      'configure not finding a compiler is not a library',
      'configure: error: Unable to find a working C++ compiler',
      'unknown',
    ],
  ];

  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 24 mechanisms', () => {
  const CASES: Case[] = [
    // timeout: a supervisor killing a job for silence or for its time, in any service's words.
    [
      "buildbot's step stopped after 1200 seconds without output",
      "BUILD FAILED: failed 1200 seconds without output running [b'ninja', b'check-all'], attempting to kill",
      'timeout',
      'high',
    ],
    [
      "OBS's worker killing a job stuck with no output",
      '[ 5123s] Job seems to be stuck here, killed. (after 5400 seconds of inactivity)',
      'timeout',
      'high',
    ],
    [
      "Debian buildd's kill after inactivity",
      'PASS: test/t1.sh\nE: Build killed with signal TERM after 150 minutes of inactivity',
      'timeout',
      'high',
    ],
    [
      "a supervisor's kill for silence in Go's duration words",
      'make[2]: Entering directory /src/build\nprocess killed: no output for 10m0s',
      'timeout',
      'high',
    ],
    // network: a failed download shown by what the fetcher said of it.
    [
      "Nix's binary cache answering HTTP 503",
      "error: unable to download 'https://cache.nixos.org/nar/0g3m.nar.xz': HTTP error 503\ncannot build derivation '/nix/store/y2qk-cudatoolkit.drv': 1 dependencies couldn't be built",
      'network',
      'medium',
    ],
    [
      "Nix's retry after HTTP 502",
      "warning: unable to download 'https://cache.nixos.org/074x.narinfo': HTTP error 502; retrying in 283 ms",
      'network',
      'medium',
    ],
    [
      'apk skipping its index for a temporary error',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.18/main/x86_64/APKINDEX.tar.gz\nWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.18/main: temporary error (try again later)\nERROR: unable to select packages:\n  gcc (no such package):',
      'network',
      'medium',
    ],
    [
      "meson's wrap download losing its SSL connection",
      'Downloading zlib patch from https://wrapdb.mesonbuild.com/v2/zlib_1.2.13-1/get_patch\nSSL connection failed. Falling back to unencrypted connections.',
      'network',
      'medium',
    ],
    // oom-killed: kills whose log names no memory, in the killer's or the victim's words.
    [
      "Bazel's server killed under its client",
      "Server terminated abruptly (error code: 14, error message: 'Socket closed', log file: '/root/.cache/bazel/_bazel_root/x/server/jvm.out')",
      'oom-killed',
      'low',
    ],
    [
      "a bare Killed behind docker compose's service prefix",
      'web-1  | [info] compiling 42 Scala sources to /app/target/classes ...\nweb-1  | Killed\nweb-1 exited with code 0',
      'oom-killed',
      'low',
    ],
    [
      "nohang's victim report",
      'nohang[437]: Victim status (found in 1ms):\nnohang[437]:   PID: 35393, name: cc1plus, state: R (running)',
      'oom-killed',
      'high',
    ],
    [
      "earlyoom's kill",
      'earlyoom[745]: low memory! at or below SIGTERM limits: mem 10.00%, swap 10.00%\nearlyoom[745]: sending SIGTERM to process 3811 uid 1000 "cc1plus": badness 890, VmRSS 5120 MiB',
      'oom-killed',
      'high',
    ],
    // missing-shared-library: the loader's words with a space before the colon, or in prose.
    [
      "glibc's loader with a space before the soname's colon",
      './vc_forces: error while loading shared libraries: libkim-api-v1.so : cannot open shared object file: No such file or directory',
      'missing-shared-library',
      'high',
    ],
    [
      "the loader's words quoted in prose",
      'After make install the program fails with `error while loading shared libraries` on Ubuntu.',
      'missing-shared-library',
      'medium',
    ],
    // toolchain-broken: configure finding no compiler; the Windows SDK's own libraries missing.
    [
      "configure's `no acceptable C compiler found in $PATH`",
      "checking for gcc... no\nchecking for cc... no\nconfigure: error: in `/src':\nconfigure: error: no acceptable C compiler found in $PATH\nSee `config.log' for more details",
      'toolchain-broken',
      'high',
    ],
    [
      "MSVC's LNK1104 for kernel32.lib",
      "  LINK : fatal error LNK1104: cannot open file 'kernel32.lib'\n  error: command 'link.exe' failed with exit code 1104",
      'toolchain-broken',
      'high',
    ],
    [
      "MSVC's LNK1181 for user32.lib",
      "LINK : fatal error LNK1181: cannot open input file 'user32.lib'",
      'toolchain-broken',
      'high',
    ],
    // missing-library: a dependency found only in part (Vala's API files, a tool it ships).
    [
      "valac's package not found in the Vala API or GIR directories",
      "error: Package `gee-0.8' not found in specified Vala API directories or GObject-Introspection GIR directories\nCompilation failed: 1 error(s), 0 warning(s)",
      'missing-library',
      'medium',
    ],
    [
      "meson's dependency tool variable with an erroneous value",
      "Program /usr/bin/g-ir-scanner found: NO\nmeson.build:40:2: ERROR: Dependency 'gobject-introspection-1.0' tool variable 'g_ir_scanner' contains erroneous value: '/usr/bin/g-ir-scanner'",
      'missing-library',
      'medium',
    ],
    // python-incompatible: a debug Python's symbols undefined at import.
    [
      "a link of a program against a debug Python's reference total",
      "/usr/bin/ld: ext.o: in function `spam_new':\next.c:(.text+0x1c): undefined reference to `_Py_RefTotal'\ncollect2: error: ld returned 1 exit status",
      'python-incompatible',
      'medium',
    ],
    [
      "a debug Python's Unicode check undefined, in prose",
      'The error message is "undefined symbol: _PyUnicode_CheckConsistency"',
      'python-incompatible',
      'medium',
    ],
    // parallel-race: a static library the same build archives, wanted before the archiver ran.
    [
      "a quiet build's AR of the library the link could not open",
      '    LINK bootstrap/fbc\n    AR lib/freebasic/linux-x86_64/libfb.a\n    gcc: error: lib/freebasic/linux-x86_64/libfb.a: No such file or directory\n    make: *** Waiting for unfinished jobs....',
      'parallel-race',
      'medium',
    ],
    [
      'ar rcs of the library, after the link wanted it',
      'g++: error: src/util/libutil.a: No such file or directory\nmake: *** [Makefile:40: app] Error 1\nar rcs src/util/libutil.a src/util/a.o src/util/b.o',
      'parallel-race',
      'low',
    ],
    // parallel-race, low: `-lX` not found where the link searches the build's own directories.
    [
      'GNU ld not finding -lserver that the link looks for in `-L.` under make -j',
      'g++ -o bladepoolmain bladepoolmain.o -L. -lserver -lrdmacm -L../utils/ -lutils\n/usr/bin/ld: cannot find -lserver\ncollect2: error: ld returned 1 exit status\nmake: *** Waiting for unfinished jobs....',
      'parallel-race',
      'low',
    ],
    [
      'GNU ld in Spanish, the library in a sibling directory, under make -j4',
      'make -j4\ngcc -o tool main.o -L../common -lcommon\n/usr/bin/ld: no se puede encontrar -lcommon\ncollect2: error: ld devolvió el estado de salida 1',
      'parallel-race',
      'low',
    ],
    [
      "ld64's library not found under make -j8",
      'make -j8\nclang -o app app.o -L./lib -lcore\nld: library not found for -lcore\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'parallel-race',
      'low',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      '-lX not found with `-L.` in a serial build stays a missing library',
      'g++ -o app app.o -L. -lserver\n/usr/bin/ld: cannot find -lserver\ncollect2: error: ld returned 1 exit status',
      'missing-library',
    ],
    [
      '-lX not found under make -j with only system directories searched stays a missing library',
      'make -j4\ngcc -o app app.o -L/usr/local/lib -lssl\n/usr/bin/ld: cannot find -lssl\ncollect2: error: ld returned 1 exit status',
      'missing-library',
    ],
    [
      'a test reporting no output for a while, nothing killed',
      'WARNING: no output from test_big for 300 seconds\nFAILED tests/test_big.py::test_big - AssertionError',
      'unknown',
    ],
    [
      "Nix's download refused with HTTP 404 (gone, not unreachable)",
      "error: unable to download 'https://example.org/foo-1.0.tar.gz': HTTP error 404",
      'unknown',
    ],
    [
      'a compose service printing a line that begins with Killed',
      'web-1  | Killed 3 stale sessions\nweb-1  | ERROR: relation "users" does not exist',
      'unknown',
    ],
    [
      "MSVC's LNK1104 for a project's library stays a missing library",
      "LINK : fatal error LNK1104: cannot open file 'zlib.lib'",
      'missing-library',
    ],
    [
      'a static library wanted under no build sign and never archived in the log',
      'gcc: error: /opt/vendor/lib/libbar.a: No such file or directory',
      'unknown',
    ],
  ];
  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 25 mechanisms', () => {
  const CASES: Case[] = [
    // parallel-race: headers only a build step writes, by the names their generators give them.
    [
      "the Pico SDK's pioasm output read before pioasm wrote it (gcc's words)",
      'drivers/st7789/st7789.hpp:14:10: fatal error: st7789_parallel.pio.h: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      "a pioasm header missing in clang's words",
      "src/ws2812.c:9:10: fatal error: 'ws2812.pio.h' file not found",
      'parallel-race',
      'medium',
    ],
    [
      "gcc's own libgcc_tm.h missing while building gcc",
      'fatal error: libgcc_tm.h: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      "gcc's generated insn-flags.h missing",
      '../../gcc/rtl.h:3:10: fatal error: insn-flags.h: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      "systemd's errno-to-name.h table read before its script wrote it",
      'src/basic/errno-list.c:30:27: fatal error: errno-to-name.h: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      "a from-name table missing under MSVC's C1083",
      "src\\af-list.c(12): fatal error C1083: Cannot open include file: 'af-from-name.h': No such file or directory",
      'parallel-race',
      'medium',
    ],
    // parallel-race, low: a file the same build makes, not there when a later step read it.
    [
      "GNU install's cannot stat of a library the build makes",
      "/usr/bin/install -c ../lib/libncursesw_g.a /usr/local/lib/libncursesw_g.a\n/usr/bin/install: cannot stat '../lib/libncursesw_g.a': No such file or directory",
      'parallel-race',
      'low',
    ],
    [
      "coreutils' ginstall (Homebrew's name for it)",
      "ginstall -c ../lib/libfoo.a /opt/lib/libfoo.a\nginstall: cannot stat '../lib/libfoo.a': No such file or directory",
      'parallel-race',
      'low',
    ],
    [
      "BSD cp's words for a destination under the build's out/ directory",
      'cp -p contrib/README.md out/doc/contrib/README.md\ncp: out/doc/contrib/README.md: No such file or directory',
      'parallel-race',
      'low',
    ],
    [
      "Apple's ranlib losing an archive it had just read",
      '/usr/bin/ranlib: file: libshared.a(regex.o) has no symbols\nerror: /usr/bin/ranlib: file: libshared.a is not writable (No such file or directory)',
      'parallel-race',
      'low',
    ],
    // compile-error: a global defined twice, gcc 10's -fno-common in ld's words.
    [
      "ld's multiple definition in .bss (a tentative definition)",
      "/usr/bin/ld: cr.o:(.bss+0x0): multiple definition of `DataType'; bbox.o:(.bss+0x0): first defined here\ncollect2: error: ld returned 1 exit status",
      'compile-error',
      'medium',
    ],
    [
      "ld's multiple definition at the source line, in typographic quotes",
      '/usr/bin/ld: trace-mem.o:/src/trace-mem.c:33: multiple definition of ‘common_type_field’; trace-cmd.o:/src/trace-cmd.c:20: first defined here',
      'compile-error',
      'medium',
    ],
    // missing-library: configure's and CMake's own words for a library not found.
    [
      "configure's `could not find X`",
      'configure: error: could not find crypto',
      'missing-library',
      'medium',
    ],
    [
      "configure's `Cannot find X libraries`",
      'checking if ssl is wanted... yes\nconfigure: error: Cannot find ssl libraries',
      'missing-library',
      'medium',
    ],
    [
      "configure stopping after pkg-config's version check answered no",
      'checking for sdl3 >= 3.0.0... no\nconfigure: error: *** SDL3 >= 3.0.0 not found! Install SDL3 development libraries.',
      'missing-library',
      'medium',
    ],
    [
      "FindBoost's list of libraries it could not find",
      'CMake Error at /usr/share/cmake-3.2/Modules/FindBoost.cmake:1201 (message):\n  Unable to find the requested Boost libraries.\n  Could not find the following Boost libraries:\n          boost_filesystem',
      'missing-library',
      'medium',
    ],
    // network: a registry answering 5xx, as old cargo printed the response.
    [
      "cargo's response from crates.io with status 503",
      'Caused by:\n  Failed to get 200 reponse from https://crates.io/api/v1/crates/gl/0.1/download\nResponse {503, connection: keep-alive, content-type: text/html; charset=utf-8, <!DOCTYPE html>',
      'network',
      'medium',
    ],
    [
      "apt's `Failed to fetch` behind a build's progress counter",
      "[ 42%] W: Failed to fetch http://deb.debian.org/debian/dists/buster/InRelease  Temporary failure resolving 'deb.debian.org'",
      'network',
      // high since round 29: apt's `Temporary failure resolving` is the resolver's own failure.
      'high',
    ],
    // oom-killed: Read the Docs' memory kill.
    [
      'Read the Docs killing a command for its memory',
      'Collecting package metadata: ...working... Killed\n\nCommand killed due to excessive memory consumption',
      'oom-killed',
      'medium',
    ],
    // timeout: Drone's and Read the Docs' words for their time limits.
    ["Drone's time limit", 'time limit exceeded for build', 'timeout', 'high'],
    ["Read the Docs' time limit", 'Build exited due to time out', 'timeout', 'high'],
    // toolchain-broken: Red Hat's spec files missing, in gcc's driver's German and English.
    [
      "gcc's driver in German without redhat-hardened-cc1",
      'gcc: Fehler: /usr/lib/rpm/redhat/redhat-hardened-cc1: No such file or directory',
      'toolchain-broken',
      'high',
    ],
    [
      "g++'s driver in English without redhat-annobin-cc1",
      'g++: error: /usr/lib/rpm/redhat/redhat-annobin-cc1: No such file or directory',
      'toolchain-broken',
      'high',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      'install of a build-tree file whose command the log does not show stays unknown',
      "ginstall: cannot stat '../lib/libfoo.a': No such file or directory",
      'unknown',
    ],
    [
      'cp of a system file that is not there stays unknown',
      "cp: cannot stat '/etc/foo.conf': No such file or directory",
      'unknown',
    ],
    [
      'ranlib not writable for a permission, not a missing file',
      'error: /usr/bin/ranlib: file: libx.a is not writable (Permission denied)',
      'unknown',
    ],
    [
      "configure's `could not find` followed by more words (a program, not a library) stays unknown",
      'configure: error: could not find python3 in PATH',
      'unknown',
    ],
    [
      'a registry answering 404 in the same words stays unknown',
      'Failed to get 200 response from https://crates.io/x\nResponse {404, content-type: text/html}',
      'unknown',
    ],
    [
      'a time limit of a test, not of the build',
      'test_slow: time limit exceeded for test case',
      'unknown',
    ],
    [
      'a header merely ending in tm.h (not gcc’s own) stays a missing header',
      'src/x.c:1:10: fatal error: utm.h: No such file or directory',
      'missing-header',
    ],
    [
      'a header of a name table that is not -to-name/-from-name stays a missing header',
      'src/x.c:1:10: fatal error: name-table.h: No such file or directory',
      'missing-header',
    ],
    [
      'a quoted include of an uncommitted header in a serial build stays a missing header',
      'src/a.c:1:10: fatal error: abpoa_seq.h: No such file or directory\n    1 | #include "abpoa_seq.h"',
      'missing-header',
    ],
  ];
  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 26 mechanisms', () => {
  const CASES: Case[] = [
    // network: a fetcher's own words for a connection that never came or broke off.
    [
      "conda-build's HTTP 000 for a source tarball",
      'Error: HTTP 000 CONNECTION FAILED for url <https://github.com/x/y/archive/v1.tar.gz>',
      'network',
      'high',
    ],
    [
      "conda's HTTP 000 for a channel's index",
      'CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/current_repodata.json>',
      'network',
      'high',
    ],
    [
      "git's git:// protocol not resolving its host",
      'fatal: unable to look up github.com (port 9418) (nodename nor servname provided, or not known)',
      'network',
      'high',
    ],
    [
      "git's lookup failing in musl's resolver words (Alpine)",
      'fatal: unable to look up git.savannah.gnu.org (port 9418) (Name does not resolve)',
      'network',
      'high',
    ],
    [
      "CMake's file(DOWNLOAD) cut short, caught by its hash",
      'CMake Error at CMakeLists.txt:24 (file):\n  file DOWNLOAD HASH mismatch\n             status: [18;"Transferred a partial file"]',
      'network',
      'high',
    ],
    // timeout: CircleCI's `timedout` in one word, any CI's `<step> (was) timed out`; Docker Hub's
    // bare `Build canceled.` low, as a time limit or a hand that the log cannot tell apart.
    [
      "CircleCI's five-hour limit",
      'Build timedout\nBuild was timedout after 5h0m0s',
      'timeout',
      'high',
    ],
    ['a job that has been timed out', 'The job has been timed out.', 'timeout', 'high'],
    ['a step timed out in one word', 'step timedout after 60 minutes', 'timeout', 'high'],
    [
      "Docker Hub's autobuild cancelled mid-compile",
      '[ 81%] Building CXX object src/CMakeFiles/run.dir/a.cc.o\nBuild canceled.',
      'timeout',
      'low',
    ],
    // oom-killed: CircleCI's guess at a process gone without a word.
    [
      "CircleCI's process exited too early",
      '> The build failed because the process exited too early. This probably means the system ran out of memory or someone called `kill -9` on the process.',
      'oom-killed',
      'medium',
    ],
    // disk-full: ld64's words.
    [
      'ld64 without the disk space for its output',
      "ld: not enough disk space for writing '/Users/x/out/Release/node' for architecture x86_64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)",
      'disk-full',
      'high',
    ],
    // missing-library: ld's undefined reference to a libc/libpthread symbol in ld.mo's locales.
    [
      "ld's undefined pthread_create in French",
      'chat_server.c:(.text+0xc85): référence indéfinie vers « pthread_create »\ncollect2: error: ld returned 1 exit status',
      'missing-library',
      'medium',
    ],
    [
      "ld's undefined pthread_join in Spanish",
      "main.c:(.text+0x4a): referencia a `pthread_join' sin definir\ncollect2: error: ld devolvió el estado de salida 1",
      'missing-library',
      'medium',
    ],
    [
      "ld's undefined pthread_create in Russian",
      'main.c:(.text+0x4a): неопределённая ссылка на «pthread_create»\ncollect2: error: ld returned 1 exit status',
      'missing-library',
      'medium',
    ],
    [
      "ld's undefined pthread_create in Brazilian Portuguese",
      'main.c:(.text+0x4a): referência não definida para "pthread_create"\ncollect2: error: ld returned 1 exit status',
      'missing-library',
      'medium',
    ],
    // parallel-race, low: a library the log shows the same build archiving or linking, not found
    // by a link.
    [
      'GNU ld not finding a libtool library whose ranlib the log shows',
      'ranlib .libs/libcommon.a\ncreating libcommon.la\n/usr/bin/ld: cannot find -lcommon\ncollect2: ld returned 1 exit status',
      'parallel-race',
      'low',
    ],
    [
      'ld64 not finding a library the log shows ar writing',
      'ar rcs build/libutil.a build/a.o build/b.o\nld: library not found for -lutil\nclang: error: linker command failed with exit code 1',
      'parallel-race',
      'low',
    ],
    [
      'GNU ld not finding a shared library the log shows linked',
      'gcc -shared -o lib/libcore.so core.o\ng++ -o app main.o -Llib -lcore\n/usr/bin/ld: cannot find -lcore',
      'parallel-race',
      'low',
    ],
    // parallel-race, low: mv, install, touch into a relative directory of the build's not made yet,
    // with no parallel build or directory step in the excerpt.
    [
      'GNU mv into a dep/ directory not made yet',
      "mv: cannot move 'cprop.d' to 'dep/cprop.d': No such file or directory",
      'parallel-race',
      'low',
    ],
    [
      "GNU install into the build's out/ directory not made yet",
      "install: cannot create regular file 'out/bin/tool': No such file or directory",
      'parallel-race',
      'low',
    ],
    [
      "touch of a stamp in the build's directory not made yet",
      "touch: cannot touch 'stamps/configure.done': No such file or directory",
      'parallel-race',
      'low',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      "git's lookup of the current user (not a host) stays unknown",
      'fatal: unable to look up current user in the passwd file: no such user',
      'unknown',
    ],
    [
      'a hash mismatch of a complete download stays unknown',
      'CMake Error at CMakeLists.txt:24 (file):\n  file DOWNLOAD HASH mismatch\n             status: [0;"No error"]',
      'unknown',
    ],
    [
      'Docker Hub cancelling after a compile error keeps the compile error',
      "src/a.c:3:5: error: 'x' undeclared (first use in this function)\nBuild canceled.",
      'compile-error',
    ],
    [
      'a cancellation in the middle of a line is no CI verdict',
      'INFO: Build canceled. Retrying with a clean cache',
      'unknown',
    ],
    [
      "a connection's ETIMEDOUT after retries stays network",
      'npm ERR! network connect ETIMEDOUT after 3 attempts',
      'network',
    ],
    [
      'a process exiting early with no word of memory stays unknown',
      'The build failed because the process exited too early.',
      'unknown',
    ],
    [
      "ld's French undefined reference to a project's own symbol stays unknown",
      'main.c:(.text+0x4a): référence indéfinie vers « ma_fonction »\ncollect2: error: ld returned 1 exit status',
      'unknown',
    ],
    [
      'a library not found while the log archives another stays missing-library',
      'ranlib .libs/libcrypto.a\n/usr/bin/ld: cannot find -lssl',
      'missing-library',
    ],
    [
      'a library whose name only ends like the one archived stays missing-library',
      'ar rcs libmyz.a a.o\n/usr/bin/ld: cannot find -lz',
      'missing-library',
    ],
    [
      'mv into a system directory that is not there stays unknown',
      "mv: cannot move 'a.conf' to '/etc/foo/a.conf': No such file or directory",
      'unknown',
    ],
    [
      'mv refused for a permission stays unknown',
      "mv: cannot move 'a.d' to 'dep/a.d': Permission denied",
      'unknown',
    ],
  ];
  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 27 mechanisms', () => {
  const CASES: Case[] = [
    // disk-full, timeout, network, compile-error: the tools' own words.
    [
      "dnf's disk requirements",
      'Error Summary\n-------------\nDisk Requirements:\n   At least 746MB more space needed on the / filesystem.',
      'disk-full',
      'high',
    ],
    [
      "yum's disk requirements, in gigabytes",
      'Disk Requirements:\n  At least 1.2GB more space needed on the /var filesystem.',
      'disk-full',
      'high',
    ],
    [
      "Travis's misspelled time limit",
      'The job exceeded the maxmimum time limit for jobs, and has been terminated.',
      'timeout',
      'high',
    ],
    ["Bitrise's time-out abort", 'Abort via Bitrise DEN (timeout)', 'timeout', 'high'],
    [
      "requests' 502 from conda's channel",
      'Error: HTTPError: 502 Server Error: Bad Gateway for url: https://conda.anaconda.org/conda-forge/win-64/vs2015_runtime-14.0.25420-0.tar.bz2',
      'network',
      'medium',
    ],
    [
      "pip's 503 from an index",
      'requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://pypi.org/simple/numpy/',
      'network',
      'medium',
    ],
    [
      "node-gyp's DNS failure",
      'gyp ERR! configure error\ngyp ERR! stack Error: getaddrinfo EAI_FAIL nodejs.org:80',
      'network',
      'high',
    ],
    [
      "MSVC's error code after two spaces, in a build script's wrapper",
      '[ERROR] .\\trunk\\phlib\\util.c(5256): error  C2065: IconIndex: undeclared identifier [.\\trunk\\phlib\\phlib.vcxproj]',
      'compile-error',
      null,
    ],
    // python-incompatible: a C-API this Python changed, at compile and at load.
    [
      "gcc's Py_C_RECURSION_LIMIT not declared (3.14)",
      "src/greenlet/TPythonState.cpp:137:31: error: 'Py_C_RECURSION_LIMIT' was not declared in this scope",
      'python-incompatible',
      null,
    ],
    [
      "gcc's const PyThreadState without recursion_limit (3.12)",
      "src/greenlet/greenlet_greenlet.hpp:826:37: error: 'const PyThreadState' {aka 'const struct _ts'} has no member named 'recursion_limit'; did you mean 'py_recursion_limit'?",
      'python-incompatible',
      'high',
    ],
    [
      "a report's bare undefined _Py_FalseStruct",
      'At import time I receive:\n`undefined symbol: _Py_FalseStruct`',
      'python-incompatible',
      'low',
    ],
    [
      'a Python 3 function undefined in a Python 2 runtime, capitalized',
      'Undefined symbol PyUnicode_AsUTF8 at runtime',
      'python-incompatible',
      'low',
    ],
    // missing-library: lookups and links in several tools' words.
    [
      "pkg-config's version check (autoconf)",
      "configure: error: Package requirements (libxml-2.0 >= 2.9) were not met:\n\nRequested 'libxml-2.0 >= 2.9' but version of libXML is 2.8.0",
      'missing-library',
      'medium',
    ],
    [
      "pkg-config's version check (meson)",
      "Run-time dependency glib-2.0 found: NO\nRequested 'glib-2.0 >= 2.68' but version of GLib is 2.56.4",
      'missing-library',
      'medium',
    ],
    [
      "CMake's NOTFOUND list with a library linked by a target",
      'CMake Error: The following variables are used in this project, but they are set to NOTFOUND.\nPlease set them or make sure they are set and tested correctly in the CMake files:\nlibconfig\n    linked by target "hdmlp" in directory /src/libhdmlp',
      'missing-library',
      'medium',
    ],
    [
      'openssl-sys without pkg-config installed',
      'run pkg_config fail: "Failed to run `\\"pkg-config\\" \\"--libs\\" \\"--cflags\\" \\"openssl\\"`: No such file or directory (os error 2)"',
      'missing-library',
      'medium',
    ],
    [
      "openssl-sys's own panic",
      "thread 'main' panicked at '\n\nCould not find directory of OpenSSL installation, and this `-sys` crate cannot\nproceed without this knowledge.",
      'missing-library',
      'medium',
    ],
    [
      "ld's undefined PyType_Ready in a program embedding Python",
      "/usr/bin/ld: IOCatcher.cpp:(.text+0x272): undefined reference to `PyType_Ready'\ncollect2: error: ld returned 1 exit status",
      'missing-library',
      'medium',
    ],
    [
      "lld's undefined PyType_Ready at a link (libpython, not another Python)",
      'ld.lld: error: undefined symbol: PyType_Ready',
      'missing-library',
      'medium',
    ],
    [
      "ld64's undefined PyModule_Create2 in a program embedding Python",
      'Undefined symbols for architecture arm64:\n  "_PyModule_Create2", referenced from:\n      _main in embed.o',
      'missing-library',
      'medium',
    ],
    // toolchain-broken: the compiler's own parts.
    [
      'MinGW gcc unable to run cc1 after a partial upgrade',
      "gcc.exe: fatal error: cannot execute 'cc1': CreateProcess: No such file or directory\ncompilation terminated.",
      'toolchain-broken',
      'high',
    ],
    [
      "Xcode 15's new linker on an ADRP/LDR pair",
      'ld: GOT load reloc does not point to a LDR instruction in LibRaw::minolta_z2()',
      'toolchain-broken',
      'high',
    ],
    // parallel-race: generated headers by kind, generated make targets by absolute path,
    // temporary outputs moved twice.
    [
      "protobuf-c's .pb-c.h missing",
      'fatal error: hangout_media.pb-c.h: No such file or directory',
      'parallel-race',
      'medium',
    ],
    [
      "compile_et's _err.h missing",
      '../include/ocfs2/ocfs2.h:57:29: fatal error: ocfs2/ocfs2_err.h: No such file or directory\n #include <ocfs2/ocfs2_err.h>',
      'parallel-race',
      'medium',
    ],
    [
      "gdbus-codegen's -proxy.h missing",
      'csd-power-manager.c:50:10: fatal error: csd-power-proxy.h: No such file or directory\n #include "csd-power-proxy.h"',
      'parallel-race',
      'medium',
    ],
    [
      "clang's schema embedded as .json.h not found",
      "/src/Util/Json.cc:9:10: fatal error: 'schemas/layout_schema_2.json.h' file not found",
      'parallel-race',
      'medium',
    ],
    [
      "make's absolute generated target under -j2",
      "$ make -j2\nmake: *** No rule to make target '/scratch/p/sims/vsim/generated-src/Top.mems.conf', needed by '/scratch/p/sims/vsim/generated-src/Top.mems.v'.  Stop.\nmake: *** Waiting for unfinished jobs....",
      'parallel-race',
      'medium',
    ],
    [
      "automake's .Tpo moved twice (BusyBox's mv)",
      "mv -f .deps/drawbox.Tpo .deps/drawbox.Po\nmv -f .deps/drawbox.Tpo .deps/drawbox.Plo\nmv: can't rename '.deps/drawbox.Tpo': No such file or directory",
      'parallel-race',
      'low',
    ],
    [
      "kbuild's .o.tmp gone (coreutils' mv)",
      "mv: cannot stat 'drivers/net/can/hal/.m_ttcan.o.tmp': No such file or directory\nmake[7]: *** [drivers/net/can/hal/m_ttcan.o] Error 1",
      'parallel-race',
      'low',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      'dnf short of memory, not disk, stays unknown',
      'At least 746MB more memory needed.',
      'unknown',
    ],
    [
      "requests' 404 stays unknown (a wrong URL, not the network)",
      'requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://x.org/a.tar.gz',
      'unknown',
    ],
    [
      "a program's symbol lookup error for libpython stays a shared library's",
      './embed: symbol lookup error: ./embed: undefined symbol: PyModule_Create2',
      'missing-shared-library',
    ],
    [
      'a project symbol in a NOTFOUND list used as an include directory stays unknown',
      'CMake Error: The following variables are used in this project, but they are set to NOTFOUND.\nfoo\n    used as include directory in directory /src',
      'unknown',
    ],
    [
      "com_err's own installed header stays a missing header",
      'src/krb.c:5:10: fatal error: et/com_err.h: No such file or directory',
      'missing-header',
    ],
    [
      "a library's installed -proxy.h stays a missing header",
      'src/a.c:5:10: fatal error: libsoup/soup-proxy.h: No such file or directory',
      'missing-header',
    ],
    [
      'a temporary file outside the build tree moved away stays unknown',
      "mv: cannot stat '/tmp/x.tmp': No such file or directory",
      'unknown',
    ],
    [
      'a plain file not there for mv stays unknown',
      "mv: cannot stat 'foo.txt': No such file or directory",
      'unknown',
    ],
    [
      "make's absolute target in a system directory stays unknown",
      "make -j2\nmake: *** No rule to make target '/usr/include/generated/foo.h', needed by 'a.o'.  Stop.",
      'unknown',
    ],
  ];
  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 28 mechanisms', () => {
  const CASES: Case[] = [
    // timeout: the services' own words for a build stopped at its limit.
    [
      "Cloud Build's step past its deadline",
      'Finished Step #3 - "buildHardhat"\nERROR\nERROR: build step 3 "gcr.io/kaniko-project/executor:latest" failed: context deadline exceeded',
      'timeout',
      'high',
    ],
    [
      "Cloud Build's build past its timeout",
      'Step #0 - "Build":    Compiling tungstenite v0.10.1\nTIMEOUT\nERROR: context deadline exceeded',
      'timeout',
      'high',
    ],
    [
      "opam-repo-ci's cancellation at its time limit",
      '2025-08-21 01:34.52: Got resource from pool OCluster\n2025-08-21 03:34.52: Cancelling: Timeout (120.0 minutes)',
      'timeout',
      'high',
    ],
    // python-incompatible: built for another Python, in pybind11's, Python's and pip's words.
    [
      "pybind11's version check at import (3.10 module, 3.11 interpreter)",
      'ImportError: Python version mismatch: module was compiled for Python 3.10, but the interpreter version is incompatible: 3.11.3 (main, Apr 19 2023, 18:51:09) [Clang 14.0.6 ].',
      'python-incompatible',
      'high',
    ],
    [
      "pybind11's version check at import (3.8 module, 3.9 interpreter)",
      'Traceback (most recent call last):\n  File "run.py", line 1, in <module>\n    import _core\nImportError: Python version mismatch: module was compiled for Python 3.8, but the interpreter version is incompatible: 3.9.1',
      'python-incompatible',
      'high',
    ],
    [
      'PyThreadState_Get with a stray backtick in its prefix',
      'Fatal` Python error: PyThreadState_Get: no current thread',
      'python-incompatible',
      'high',
    ],
    [
      'PyThreadState_Get after an abort, without the Fatal prefix',
      'python3(4242,0x7fff) PyThreadState_Get: no current thread\nAbort trap: 6',
      'python-incompatible',
      'high',
    ],
    [
      "pip's verbose link refusal in parentheses",
      "  Link requires a different Python (3.9.7 not in: '>=3.6, <3.9'): https://files.pythonhosted.org/packages/5f/50/awswrangler-2.3.0-py3-none-any.whl",
      'python-incompatible',
      'high',
    ],
    // network: npm's own words without `npm ERR!`.
    [
      "npm's bare network error",
      'Error: This is most likely not a problem with npm itself\nerror network and is related to network connectivity.\nerror network In most cases you are behind a proxy or have bad network settings.',
      'network',
      'medium',
    ],
    [
      "npm 10's network error",
      'npm error network request to https://registry.npmjs.org/left-pad failed\nnpm error network This is a problem related to network connectivity.',
      'network',
      'medium',
    ],
    // missing-library: a find module named with a `+`, the Boehm collector's symbols at a link.
    [
      "CMake's Could NOT find Crypto++ in Visual Studio's error list",
      'Error\t\tCMake Error at C:/cmake/Modules/FindPackageHandleStandardArgs.cmake:230 (message):\n  Could NOT find Crypto++ (missing: Crypto++_INCLUDE_DIR Crypto++_LIBRARIES)\t\tC:/cmake/Modules/FindPackageHandleStandardArgs.cmake\t230',
      'missing-library',
      'medium',
    ],
    [
      "ld's undefined GC_free and GC_malloc",
      "src/nix/repl.o: In function `gc::operator delete(void*)':\n/include/gc/gc_cpp.h:445: undefined reference to `GC_free'\n/include/gc/gc_cpp.h:410: undefined reference to `GC_malloc'\ncollect2: error: ld returned 1 exit status",
      'missing-library',
      'medium',
    ],
    [
      "lld's undefined GC_init",
      'ld.lld: error: undefined symbol: GC_init\n>>> referenced by main.c:12\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'missing-library',
      'medium',
    ],
    // missing-shared-library: the C++ runtime's own symbol at load, no module named.
    [
      "the loader's bare std:: symbol (an older libstdc++ first)",
      'undefined symbol: _ZSt28__throw_bad_array_new_lengthv',
      'missing-shared-library',
      'low',
    ],
    [
      "the loader's bare std::__cxx11 member",
      'ImportError: undefined symbol: _ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7compareEPKc',
      'missing-shared-library',
      'low',
    ],
    // oom-killed: the shell's Killed glued to webpack's progress line.
    [
      "webpack's terser step killed",
      ' 96% [0] chunk asset optimization TerserPluginKilled\n[user@host codimd]$',
      'oom-killed',
      'low',
    ],
    [
      "webpack's module build killed",
      ' 28% building modules 154/275 modules 121 active ...core-js/library/fn/symbol/iterator.jsKilled',
      'oom-killed',
      'low',
    ],
    // toolchain-broken: no 32-bit programs at all; the driver's report of cc1 crashing.
    [
      "configure's -m32 test failing",
      'checking whether gcc -m32 works... no\n\nconfigure: error: Cannot build a 32-bit program, you need to install 32-bit development libraries.',
      'toolchain-broken',
      'medium',
    ],
    [
      "clang's -m32 test failing",
      'checking whether clang -m32 works... no\nconfigure: error: cannot continue',
      'toolchain-broken',
      'medium',
    ],
    [
      "gcc 5's driver reporting cc1plus's segfault",
      'g++-5: internal compiler error: Segmentation fault: 11 (program cc1plus)\nPlease submit a full bug report,\nwith preprocessed source if appropriate.',
      'toolchain-broken',
      'low',
    ],
    [
      "gcc's driver reporting cc1's segfault",
      'gcc: internal compiler error: Segmentation fault (program cc1)\nPlease submit a full bug report,',
      'toolchain-broken',
      'low',
    ],
    // parallel-race: a relative output of this build needed before its step made it.
    [
      "libtool's convenience library not built yet, under make -j",
      "  CCLD     collectd\nlibtool: link: cannot find the library `libcommon.la' or unhandled argument `libcommon.la'\nmake[3]: *** [collectd] Error 1\nmake[3]: *** Waiting for unfinished jobs....",
      'parallel-race',
      'medium',
    ],
    [
      "libtool 2.4's words for a relative .la, without -j",
      "libtool:   error: cannot find the library 'src/libutil.la' or unhandled argument 'src/libutil.la'\nmake: *** [Makefile:500: prog] Error 1",
      'parallel-race',
      'low',
    ],
    [
      "make's no rule for an object under output/, needed by an archive under -j",
      "make[1]: *** No rule to make target `output/pjmedia-codec-aarch64-apple-darwin24.4.0/passthrough.o', needed by `../lib/libpjmedia-codec.a'.  Stop.\nmake[1]: *** Waiting for unfinished jobs....",
      'parallel-race',
      'medium',
    ],
    [
      'one configure failing twice at once with two errors, under make -j',
      "  configure: error: in `/tmp/zsv/build/external/pcre2/pcre2-10.47':\n  configure: error: C compiler cannot create executables\n  See `config.log' for more details\n  checking for suffix of executables... make[2]: *** [build.mk:23: /tmp/zsv/build/external/pcre2/lib/libpcre2-8.a] Error 77\n  make[1]: *** Waiting for unfinished jobs....\n  configure: error: in `/tmp/zsv/build/external/pcre2/pcre2-10.47':\n  configure: error: cannot compute suffix of executables: cannot compile and link",
      'parallel-race',
      'medium',
    ],
    [
      "autoconf 2.72's quotes, two runs of one configure under ninja",
      "[3/12] Performing configure step for 'libffi'\nconfigure: error: in '/b/libffi-prefix/src/libffi-build':\nconfigure: error: C compiler cannot create executables\n[4/12] Performing configure step for 'libffi'\nconfigure: error: in '/b/libffi-prefix/src/libffi-build':\nconfigure: error: cannot run C compiled programs.",
      'parallel-race',
      'medium',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      'one configure failing twice with the same error (a log shown twice) stays a broken toolchain',
      "make[1]: *** Waiting for unfinished jobs....\nconfigure: error: in `/b/x':\nconfigure: error: C compiler cannot create executables\nconfigure: error: in `/b/x':\nconfigure: error: C compiler cannot create executables",
      'toolchain-broken',
    ],
    [
      'one configure failing twice with two errors without a parallel build stays a broken toolchain',
      "configure: error: in `/b/x':\nconfigure: error: C compiler cannot create executables\nconfigure: error: in `/b/x':\nconfigure: error: cannot compute suffix of executables: cannot compile and link",
      'toolchain-broken',
    ],
    [
      "libtool's installed .la by its absolute path stays unknown",
      "libtool: link: cannot find the library `/usr/lib/libfoo.la' or unhandled argument `/usr/lib/libfoo.la'\nmake: *** [x] Error 1\nmake: *** Waiting for unfinished jobs....",
      'unknown',
    ],
    [
      "make's no rule for an object under output/ without a parallel build stays unknown",
      "make[1]: *** No rule to make target `output/pjmedia/passthrough.o', needed by `../lib/libpjmedia-codec.a'.  Stop.",
      'unknown',
    ],
    [
      "a registry pull's context deadline stays unknown",
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": context deadline exceeded',
      'unknown',
    ],
    [
      "a bare context deadline without Cloud Build's TIMEOUT stays unknown",
      'ERROR: context deadline exceeded',
      'unknown',
    ],
    [
      "opam-repo-ci's cancellation by a user stays unknown",
      '2025-08-21 03:34.52: Cancelling: User requested cancel',
      'unknown',
    ],
    [
      "a project's own GC_ function undefined stays unknown",
      "main.o: In function `main':\nmain.c:(.text+0x11): undefined reference to `GC_collect_garbage'\ncollect2: error: ld returned 1 exit status",
      'unknown',
    ],
    [
      "lld's std:: symbol at a link stays unknown",
      'ld.lld: error: undefined symbol: _ZSt28__throw_bad_array_new_lengthv\n>>> referenced by a.cc',
      'unknown',
    ],
    [
      "the driver's Killed for cc1plus stays oom-killed",
      'g++: internal compiler error: Killed (program cc1plus)',
      'oom-killed',
    ],
    [
      "the driver's segfault beside memory's words stays memory-limit",
      'virtual memory exhausted: Cannot allocate memory\ng++: internal compiler error: Segmentation fault (program cc1plus)',
      'memory-limit',
    ],
    [
      "configure's -m32 test passing stays unknown",
      'checking whether gcc -m32 works... yes',
      'unknown',
    ],
    [
      "webpack's progress line without a kill stays unknown",
      ' 96% [0] chunk asset optimization TerserPlugin',
      'unknown',
    ],
  ];
  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});

describe('round 29 mechanisms', () => {
  const CASES: Case[] = [
    // memory-limit: a process's own report of memory refused, in the JVM's, Gradle's, Macaulay2's
    // and Go's runtime's words.
    [
      "Gradle's daemon out of heap (512 MiB)",
      "Daemon will be stopped at the end of the build after running out of JVM heap space\nThe currently configured max heap space is '512 MiB' and the configured max metaspace is '384 MiB'.",
      'memory-limit',
      'medium',
    ],
    [
      "Gradle's daemon out of metaspace",
      'The Daemon will expire after the build after running out of JVM Metaspace.\nThe project memory settings are likely not configured or are configured to an insufficient value.',
      'memory-limit',
      'medium',
    ],
    [
      "Macaulay2's allocation refused in a package's test",
      ' -- i16 : checkIso(X,Y)\n --  *** out of memory trying to allocate 167328 bytes, exiting ***\n../m2/debugging.m2:18:6:(1):[9]: error: test(s) #12 of package MultiprojectiveVarieties failed.',
      'memory-limit',
      'medium',
    ],
    [
      "Go's runtime out of address space on a 32-bit Windows",
      '# github.com/visualfc/goqt/ui\nfatal error: runtime: cannot map pages in arena address space\n\nruntime stack:\nruntime.throw(0x7b3040, 0x30)',
      'memory-limit',
      'medium',
    ],
    // network: apt's resolver failure, bare and quoted.
    [
      "apt's resolver failure with the host bare",
      'apt-get update\nTemporary failure resolving archive.ubuntu.com',
      'network',
      'high',
    ],
    [
      "apt's resolver failure with the host quoted",
      "Err:1 http://deb.debian.org/debian bookworm InRelease\n  Temporary failure resolving 'deb.debian.org'\nW: Some index files failed to download.",
      'network',
      'high',
    ],
    // missing-shared-library: a ctypes wrapper's own words for the library it could not load.
    [
      "pyzbar's ctypes loader without libzbar0",
      "    raise ImportError('Unable to find zbar shared library')\nImportError: Unable to find zbar shared library",
      'missing-shared-library',
      'high',
    ],
    [
      "pylibdmtx's ctypes loader without libdmtx",
      'Traceback (most recent call last):\n  File "scan.py", line 1, in <module>\nImportError: Unable to find dmtx shared library',
      'missing-shared-library',
      'high',
    ],
    // toolchain-broken: the linker or a cross compiler not installed, in clang's and make's words.
    [
      "clang's driver finding no ld",
      'Clang: error: unable to execute command: Executable "ld" doesn\'t exist!\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'toolchain-broken',
      'high',
    ],
    [
      "clang++'s driver finding no ld.lld",
      'clang++: error: unable to execute command: Executable "ld.lld" doesn\'t exist!',
      'toolchain-broken',
      'high',
    ],
    [
      "make running a Yocto SDK's cross gcc that is not there",
      'root@ubuntu:# ARCH=i386 CROSS_COMPILE=i586-poky-linux- make -j8\nmake: i586-poky-linux-gcc: Command not found',
      'toolchain-broken',
      'high',
    ],
    [
      'make running an ARM cross g++ that is not there',
      'make[1]: arm-linux-gnueabihf-g++: command not found\nmake[1]: *** [Makefile:12: main.o] Error 127',
      'toolchain-broken',
      'high',
    ],
    // parallel-race: the driver not finding the build's own static archive at a link.
    [
      'gcc linking a relative libanyio.a not made yet (no parallel build in the log)',
      "    gcc -o mesaflash mesaflash.o libanyio.a -lpci -lm\n    gcc: error: libanyio.a: No such file or directory\n    Makefile:70: recipe for target 'mesaflash' failed\n    make: *** [mesaflash] Error 1",
      'parallel-race',
      'low',
    ],
    [
      'clang++ linking a relative lib/libcore.a not made yet under make -j8',
      'make -j8\nclang++ -o app main.o lib/libcore.a\nclang++: error: lib/libcore.a: No such file or directory\nmake: *** Waiting for unfinished jobs....',
      'parallel-race',
      'medium',
    ],
  ];
  const NEAR: NearMiss[] = [
    [
      "Gradle's daemon stopped for another reason stays unknown",
      'Daemon will be stopped at the end of the build after the daemon was no longer found in the daemon registry',
      'unknown',
    ],
    [
      "make's missing helper whose name ends in another word than a compiler's stays unknown",
      'make: i586-poky-linux-gcc-ar: Command not found',
      'unknown',
    ],
    [
      "make's missing python-config stays unknown",
      'make: python3-config: Command not found',
      'unknown',
    ],
    [
      "a temporary failure that is not the resolver's stays unknown",
      'E: Temporary failure: the lock is held by another process',
      'unknown',
    ],
    [
      'a ctypes wrapper finding its module but not a function stays unknown',
      'ImportError: Unable to find function zbar_scan in module',
      'unknown',
    ],
    [
      'gcc not finding an installed static archive by its absolute path stays unknown',
      'gcc: error: /usr/lib/x86_64-linux-gnu/libpci.a: No such file or directory',
      'unknown',
    ],
  ];
  expectMainDiagnoses(CASES);
  expectNearMisses(NEAR);
});
