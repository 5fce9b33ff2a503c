import { parseWheelName } from './wheel-name.js';

/**
 * Whether PyPI takes a wheel, by its file name: PyPI's upload checks every platform tag of the
 * name's (compressed) tag set and refuses the whole file for one it does not know, with
 * "400 Binary wheel '<file>' has an unsupported platform tag '<tag>'" (twine then stops).
 */
export type PypiVerdict =
  | { wheel: string; accepted: true }
  | {
      wheel: string;
      accepted: false;
      tag: string;
      /** In PyPI's words: `unsupported platform tag 'linux_x86_64'`. */
      reason: string;
      /** Why PyPI does not know the tag, or what it takes instead. */
      detail: string;
    };

// The rules of warehouse's warehouse/utils/wheel.py (_parse_platform_tag, as of 2026): a fixed
// list, macOS 10.x by any minor and 11+ only as <major>_0, manylinux/musllinux (PEP 600, 656) of
// named architectures, iOS, Android and pyemscripten. PyPI adds entries only with an ABI
// specification behind them, which is why linux_x86_64 stays out: it promises nothing.
const FIXED = new Set([
  'any',
  'win32',
  'win_arm64',
  'win_amd64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  'linux_armv6l',
  'linux_armv7l',
]);
const MACOS_ARCHES = new Set([
  'ppc',
  'ppc64',
  'i386',
  'x86_64',
  'arm64',
  'intel',
  'fat',
  'fat3',
  'fat64',
  'universal',
  'universal2',
]);
const MACOS_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const MUSLLINUX_ARCHES = new Set([
  'x86_64',
  'i686',
  'aarch64',
  'armv7l',
  'ppc64le',
  's390x',
  'riscv64',
]);
const MANYLINUX_ARCHES = new Set([...MUSLLINUX_ARCHES, 'ppc64']);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);

/** Null when PyPI accepts the platform tag, else why not. */
export function platformTagProblem(tag: string): string | null {
  if (FIXED.has(tag)) return null;
  let m = /^macosx_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (m) {
    const [major, minor, arch] = [m[1]!, m[2]!, m[3]!];
    if (!MACOS_ARCHES.has(arch)) return `PyPI knows no macOS architecture ${arch}`;
    if (major === '10' || (MACOS_MAJORS.has(major) && minor === '0')) return null;
    return MACOS_MAJORS.has(major)
      ? `macOS ${major} and later are tagged macosx_${major}_0, not with a minor version`
      : `PyPI does not (yet) take macOS ${major}`;
  }
  m = /^(many|musl)linux_\d+_\d+_(.+)$/.exec(tag);
  if (m) {
    const arches = m[1] === 'many' ? MANYLINUX_ARCHES : MUSLLINUX_ARCHES;
    return arches.has(m[2]!) ? null : `PyPI takes no ${m[1]}linux wheels for ${m[2]}`;
  }
  m = /^ios_\d+_\d+_(.+)_(?:iphoneos|iphonesimulator)$/.exec(tag);
  if (m) return IOS_ARCHES.has(m[1]!) ? null : `PyPI takes no iOS wheels for ${m[1]}`;
  m = /^android_\d+_(.+)$/.exec(tag);
  if (m) return ANDROID_ARCHES.has(m[1]!) ? null : `PyPI takes no Android wheels for ${m[1]}`;
  if (/^pyemscripten_\d+_\d+_wasm32$/.test(tag)) return null;
  if (tag.startsWith('linux_'))
    return 'a linux_* tag promises nothing about the glibc and libraries it needs: PyPI takes manylinux_2_N (or musllinux) wheels';
  return 'not a platform tag PyPI knows';
}

/** The verdict on a wheel file: the first of its platform tags PyPI refuses, if any. */
export function pypiVerdict(wheel: string): PypiVerdict {
  for (const tag of parseWheelName(wheel).platforms) {
    const problem = platformTagProblem(tag);
    if (problem !== null)
      return {
        wheel,
        accepted: false,
        tag,
        reason: `unsupported platform tag '${tag}'`,
        detail: problem,
      };
  }
  return { wheel, accepted: true };
}
