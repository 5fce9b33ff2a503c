import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAsync } from './run.js';

// Real Windows DLLs and extension modules without Windows: Debian's mingw-w64 cross compilers
// (apt-get install mingw-w64) link them as a MinGW build of an extension links; lld-link
// (apt-get install lld) links the delay-load imports GNU ld's PE port does not write.

export type PeArch = 'x86_64' | 'i686';

async function ok(argv: string[]): Promise<void> {
  const ran = await runAsync(argv);
  if (ran.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${ran.stdout}${ran.stderr}`);
}

/**
 * A DLL at `out` (an extension module when it ends in .pyd) of `code`, linked to `dlls`:
 * each becomes an import descriptor naming its file's base name.
 */
export async function mingwDll(
  out: string,
  code: string,
  dlls: string[] = [],
  arch: PeArch = 'x86_64',
): Promise<string> {
  mkdirSync(path.dirname(out), { recursive: true });
  const source = `${out}.c`;
  writeFileSync(source, code);
  await ok([`${arch}-w64-mingw32-gcc`, '-shared', '-o', out, source, ...dlls]);
  return out;
}

/**
 * An x86-64 extension module linked by lld-link (MSVC's conventions) that imports `imports` and
 * delay-loads `delayed`, each DLL exporting the one function `<name>_f` the module calls.
 */
export async function lldDelayLoaded(
  out: string,
  imports: string[],
  delayed: string[],
): Promise<string> {
  mkdirSync(path.dirname(out), { recursive: true });
  const dir = path.dirname(out);
  const all = [...imports, ...delayed];
  const fn = (dll: string) => `${dll.replace(/\W/g, '_')}_f`;
  writeFileSync(
    `${out}.c`,
    all.map((d) => `int ${fn(d)}(void);\n`).join('') +
      `__declspec(dllexport) void *PyInit__ext(void) { return (void *)(long long)(0${all.map((d) => ` + ${fn(d)}()`).join('')}); }\n` +
      // the CRT's delay-load helper, which this module is never run to call
      'void *__delayLoadHelper2(void *d, void **slot) { (void)d; return *slot; }\n',
  );
  await ok(['clang', '--target=x86_64-pc-windows-msvc', '-c', `${out}.c`, '-o', `${out}.obj`]);
  const libs: string[] = [];
  for (const dll of all) {
    const def = path.join(dir, `${dll}.def`);
    writeFileSync(def, `LIBRARY ${dll}\nEXPORTS\n ${fn(dll)}\n`);
    const lib = path.join(dir, `${dll}.lib`);
    await ok(['llvm-dlltool', '-m', 'i386:x86-64', '-d', def, '-l', lib]);
    libs.push(lib);
  }
  await ok([
    'lld-link',
    '/dll',
    '/noentry',
    `/out:${out}`,
    `${out}.obj`,
    ...libs,
    ...delayed.map((d) => `/delayload:${d}`),
  ]);
  return out;
}
