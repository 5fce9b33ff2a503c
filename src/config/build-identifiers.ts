import type { InterpreterInfo } from '../build/interpreter.js';

/** cibuildwheel's platform names, which its platform tables and CIBW_*_<PLATFORM> variables use. */
export type CibwPlatform = 'linux' | 'macos' | 'windows';

export function cibwPlatform(nodePlatform: NodeJS.Platform): CibwPlatform | null {
  if (nodePlatform === 'linux') return 'linux';
  if (nodePlatform === 'darwin') return 'macos';
  if (nodePlatform === 'win32') return 'windows';
  return null;
}

const IMPLEMENTATION_TAGS: Record<string, string> = { cpython: 'cp', pypy: 'pp', graalpy: 'gp' };

// sysconfig.get_platform()'s machine names → the ones in cibuildwheel's identifiers.
const WINDOWS: Record<string, string> = {
  'win-amd64': 'win_amd64',
  win32: 'win32',
  'win-arm64': 'win_arm64',
};

/**
 * The platform half of a build identifier: `manylinux_x86_64` (glibc) or `musllinux_x86_64` (an
 * interpreter whose ABI names musl), `macosx_arm64`, `win_amd64`.
 */
function platformPart(info: Pick<InterpreterInfo, 'platform' | 'soabi' | 'extSuffix'>): string {
  const platform = info.platform.toLowerCase();
  if (platform in WINDOWS) return WINDOWS[platform]!;
  if (platform.startsWith('linux-')) {
    const musl = /musl/.test(`${info.soabi ?? ''} ${info.extSuffix ?? ''}`);
    return `${musl ? 'musllinux' : 'manylinux'}_${platform.slice('linux-'.length)}`;
  }
  if (platform.startsWith('macosx-')) return `macosx_${platform.split('-').at(-1)}`;
  return platform.replace(/[-.]/g, '_');
}

/**
 * The build identifier cibuildwheel gives a build for this interpreter: `cp311-manylinux_x86_64`,
 * `cp313t-macosx_arm64`, `pp310-win_amd64`. A debug CPython (which cibuildwheel never builds for)
 * is `cp311d-…`, so `cp311-*` does not select it and `cp3*` does.
 */
export function buildIdentifier(
  info: Pick<
    InterpreterInfo,
    'implementation' | 'version' | 'freeThreaded' | 'debug' | 'platform' | 'soabi' | 'extSuffix'
  >,
): string {
  const [major, minor] = info.version;
  const tag = IMPLEMENTATION_TAGS[info.implementation] ?? info.implementation.slice(0, 2);
  const flags = `${info.freeThreaded ? 't' : ''}${info.debug ? 'd' : ''}`;
  return `${tag}${major}${minor}${flags}-${platformPart(info)}`;
}
