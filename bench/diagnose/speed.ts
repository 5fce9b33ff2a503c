// How long `classify` takes on large build logs, the size a failed build of a big package writes
// (issue 15 asks for any build log; a timed test would be flaky, so the figures live here).
//   npx vite-node bench/diagnose/speed.ts [LOG…]
// Without arguments it times two generated logs: setuptools' lines of a package of many C files
// (compile commands, warnings with their carets, copies) and a log of bare compile commands, each
// ending in a missing header, at growing sizes. With arguments, it times each log given.
import { readFileSync } from 'node:fs';
import { classify } from '../../src/diagnose/index.js';

const FAILURE = 'src/x.c:1:10: fatal error: zlib.h: No such file or directory';

const setuptoolsLine = (i: number): string =>
  [
    `x86_64-linux-gnu-gcc -Wsign-compare -DNDEBUG -g -fwrapv -O2 -Wall -fPIC -I/usr/include/python3.11 -c src/libImaging/File${i}.c -o build/temp.linux-x86_64-cpython-311/src/libImaging/File${i}.o`,
    `src/libImaging/File${i}.c: In function ‘ImagingFoo${i}’:`,
    `src/libImaging/File${i}.c:${(i % 900) + 10}:5: warning: unused variable ‘x’ [-Wunused-variable]`,
    `   ${(i % 900) + 10} |     int x;`,
    `      |         ^`,
    `copying src/PIL/Mod${i}.py -> build/lib.linux-x86_64-cpython-311/PIL`,
  ][i % 6]!;
const compileLine = (i: number): string =>
  `gcc -pthread -fPIC -I/usr/include/python3.11 -c src/f${i}.c -o build/temp/src/f${i}.o`;

function time(name: string, log: string): void {
  const start = performance.now();
  const [main] = classify({ log });
  const ms = performance.now() - start;
  console.log(
    `| ${name} | ${(log.length / 1e6).toFixed(2)} MB | ${ms.toFixed(0)} ms | ${main?.class} |`,
  );
}

console.log('| log | size | classify | main class |\n| --- | ---: | ---: | --- |');
const files = process.argv.slice(2);
if (files.length) for (const file of files) time(file, readFileSync(file, 'utf8'));
else
  for (const [kind, line] of [
    ['setuptools', setuptoolsLine],
    ['compile commands', compileLine],
  ] as const)
    for (const lines of [6_000, 24_000])
      time(
        `${kind}, ${lines} lines`,
        `${Array.from({ length: lines }, (_, i) => line(i)).join('\n')}\n${FAILURE}\n`,
      );
