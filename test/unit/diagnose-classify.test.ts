import { describe, expect, test } from 'vitest';
import { classify } from '../../src/diagnose/index.js';
import { parseOomKills, watchKernel, withoutOthersKills } from '../../src/diagnose/kernel.js';
import { packagesForHeader, packagesForLibrary } from '../../src/diagnose/packages.js';
import type { JournalRecord } from '../../src/launcher/journal.js';

const MiB = 1024 ** 2;
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
  const CASES: [string, string, string, 'high' | 'medium' | 'low' | null][] = [
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
      '32-bit glibc headers',
      '/usr/include/gnu/stubs.h:7:11: fatal error: gnu/stubs-32.h: No such file or directory',
      'toolchain-broken',
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

  test.each(CASES)('%s', (_name, log, want, confidence) => {
    const [d] = classify({ log });
    expect(d!.class).toBe(want);
    if (confidence) expect(d!.confidence).toBe(confidence);
  });

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
  const CASES: [string, string, string, 'high' | 'medium' | 'low' | null][] = [
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

  test.each(CASES)('%s', (_name, log, want, confidence) => {
    const [d] = classify({ log });
    expect(d!.class).toBe(want);
    if (confidence) expect(d!.confidence).toBe(confidence);
  });
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
  const CASES: [string, string, string, 'high' | 'medium' | 'low' | null][] = [
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

  test.each(CASES)('%s', (_name, log, want, confidence) => {
    const [d] = classify({ log });
    expect(d!.class).toBe(want);
    if (confidence) expect(d!.confidence).toBe(confidence);
  });

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
