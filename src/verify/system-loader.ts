import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { parseElf, type ElfInfo } from './elf.js';
import {
  fallbackDefaultDirs,
  parseLdconfigList,
  parseLoaderHelp,
  type LoaderConfig,
} from './loader-config.js';
import type { LoadedObject, LoaderWorld } from './resolve-elf.js';

const run = promisify(execFile);

/** Parses the ELF at a path once; null when there is none or it is not ELF. */
export function elfReader(): (file: string) => ElfInfo | null {
  const seen = new Map<string, ElfInfo | null>();
  return (file) => {
    if (!seen.has(file)) {
      let elf: ElfInfo | null = null;
      try {
        elf = parseElf(readFileSync(file));
      } catch {
        // a missing file, a directory, a linker script named libfoo.so: the loader skips them too
      }
      seen.set(file, elf);
    }
    return seen.get(file)!;
  };
}

async function output(file: string, args: string[]): Promise<string> {
  try {
    return (await run(file, args, { env: { PATH: '/usr/sbin:/sbin:/usr/bin:/bin' } })).stdout;
  } catch (error) {
    // `ld.so --help` exits 0, but older loaders print usage and exit 127 with it on stdout
    return (error as { stdout?: string }).stdout ?? '';
  }
}

/**
 * The loader of the Python that will load the wheel (its PT_INTERP), asked for its default
 * directories, and the loader cache as ldconfig lists it. musl has no cache, and its loader
 * prints no directories: its defaults are fixed (/lib, /usr/local/lib, /usr/lib). Without a
 * Python (none here fits the wheel), the system's own loader, /bin/sh's, as ldd sees it: no
 * executable above the extension.
 */
export async function systemLoader(
  python: string | null,
  inspect: (file: string) => ElfInfo | null,
): Promise<{ world: LoaderWorld; config: LoaderConfig }> {
  const program = python ?? '/bin/sh';
  const hostElf = inspect(program);
  const interpreter = hostElf?.interpreter ?? null;
  const musl = interpreter?.includes('ld-musl') ?? false;
  const help = interpreter && !musl ? await output(interpreter, ['--help']) : '';
  let defaultDirs = parseLoaderHelp(help);
  if (defaultDirs.length === 0) {
    defaultDirs = musl
      ? ['/lib', '/usr/local/lib', '/usr/lib']
      : fallbackDefaultDirs(hostElf?.bits ?? 64);
  }
  const cache = musl ? [] : parseLdconfigList(await output('ldconfig', ['-p']));
  const preloaded: LoadedObject[] = [];
  const rtld = interpreter ? inspect(interpreter) : null;
  if (interpreter && rtld) preloaded.push({ path: interpreter, elf: rtld });
  return {
    config: { cache, defaultDirs },
    world: {
      inspect,
      cache,
      defaultDirs,
      preloaded,
      host: python && hostElf ? { path: python, elf: hostElf } : null,
      // Debian's loader expands $LIB to its first default directory (lib/x86_64-linux-gnu),
      // Fedora's to lib64: the same directory either way.
      lib: defaultDirs[0]?.replace(/^\//, '') ?? 'lib',
      platform: /^\s+(\S+) \(AT_PLATFORM/m.exec(help)?.[1] ?? 'x86_64',
    },
  };
}
