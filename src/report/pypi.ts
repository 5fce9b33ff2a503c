import path from 'node:path';
import { parseWheelName } from '../verify/wheel-name.js';

/**
 * The platform tags PyPI takes (warehouse's upload check): manylinux (PEP 513/571/599/600),
 * musllinux, macOS, Windows, the two 32-bit ARM linux tags piwheels made common, iOS and
 * Android, and `any`. A compressed tag set is taken when each of its tags is.
 */
const ACCEPTED = [
  /^any$/,
  /^win32$/,
  /^win_(amd64|arm64|ia64)$/,
  /^manylinux1_(x86_64|i686)$/,
  /^manylinux2010_(x86_64|i686)$/,
  /^manylinux2014_(x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x)$/,
  /^manylinux_\d+_\d+_(x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x|riscv64|loongarch64)$/,
  /^musllinux_\d+_\d+_(x86_64|i686|aarch64|armv7l|ppc64le|s390x|riscv64|loongarch64)$/,
  /^macosx_\d+_\d+_(x86_64|arm64|universal2|intel|universal|i386|ppc|ppc64|fat|fat3|fat64)$/,
  /^linux_(armv6l|armv7l)$/,
  /^ios_\d+_\d+_(arm64|x86_64)_(iphoneos|iphonesimulator)$/,
  /^android_\d+_(arm64_v8a|armeabi_v7a|x86_64|x86)$/,
];

/** Why PyPI would refuse a wheel by its platform tag, or null when it would take it. */
export function pypiRefusal(wheel: string): string | null {
  const refused = parseWheelName(path.basename(wheel)).platforms.filter(
    (tag) => !ACCEPTED.some((pattern) => pattern.test(tag)),
  );
  if (refused.length === 0) return null;
  const linux = refused.find((tag) => tag.startsWith('linux_'));
  return linux
    ? `platform tag ${linux}: PyPI takes Linux wheels only as manylinux or musllinux (repair-command auto retags them)`
    : `platform tag ${refused.join('.')} is not one PyPI takes`;
}
