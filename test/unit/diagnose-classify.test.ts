import { describe, expect, test } from 'vitest';
import { classify } from '../../src/diagnose/index.js';
import { parseOomKills, watchKernel } from '../../src/diagnose/kernel.js';
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

  test('reports the counter before and after and only the kernel lines written meanwhile', () => {
    let counter = 'oom_kill 1\n';
    let kernelLog = 'boot\nold kill\n';
    const watch = watchKernel({
      counterFile: '/cg/memory.oom_control',
      read: () => counter,
      kernelLog: () => kernelLog,
    });
    counter = 'oom_kill 2\n';
    kernelLog += 'Memory cgroup out of memory: Killed process 9 (cc1)\n';
    expect(watch.finish()).toEqual({
      oomKillsBefore: 1,
      oomKillsAfter: 2,
      kernelLog: 'Memory cgroup out of memory: Killed process 9 (cc1)',
    });
  });
});
