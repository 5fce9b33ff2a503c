/** An architecture a macOS build targets, as cibuildwheel names them; `native` resolved away. */
export type MacArch = 'x86_64' | 'arm64' | 'universal2';

/** The runner's own architecture (Node's process.arch) in cibuildwheel's macOS names. */
export function nativeMacArch(machine: string): MacArch {
  return machine === 'x64' ? 'x86_64' : 'arm64';
}

const ARCHFLAGS: Record<MacArch, string> = {
  x86_64: '-arch x86_64',
  arm64: '-arch arm64',
  universal2: '-arch x86_64 -arch arm64',
};

/** The deployment target in sysconfig.get_platform()'s `macosx-11.0-arm64`, or null. */
export function interpreterTarget(interpreterPlatform: string): string | null {
  return /^macosx-(\d+(?:\.\d+)?)-/.exec(interpreterPlatform)?.[1] ?? null;
}

/**
 * What a macOS build is given, as cibuildwheel gives it: MACOSX_DEPLOYMENT_TARGET (the compiler
 * writes it as each binary's minimum, the wheel's tag is taken from it), ARCHFLAGS (the slices
 * setuptools compiles) and _PYTHON_HOST_PLATFORM (the tag's platform, which would otherwise be
 * the interpreter's own: python.org's installers say universal2 whatever was compiled).
 * Nothing on other platforms. `target` null takes the interpreter's own.
 */
export function macosBuildEnvironment(
  platform: NodeJS.Platform,
  interpreterPlatform: string,
  target: string | null,
  arch: MacArch,
): Record<string, string> {
  if (platform !== 'darwin') return {};
  const asked = target ?? interpreterTarget(interpreterPlatform);
  // arm64 Macs start at macOS 11: clang writes 11.0 whatever is asked, so the tag says so too,
  // as cibuildwheel raises it (universal2 keeps the older target: its x86_64 slice honours it)
  const chosen =
    arch === 'arm64' && asked !== null && Number(asked.split('.')[0]) < 11 ? '11.0' : asked;
  if (chosen === null) return { ARCHFLAGS: ARCHFLAGS[arch] };
  return {
    MACOSX_DEPLOYMENT_TARGET: chosen,
    ARCHFLAGS: ARCHFLAGS[arch],
    _PYTHON_HOST_PLATFORM: `macosx-${chosen}-${arch}`,
  };
}

/** The explicit target alone, for verify to hold the wheel's tag against it. */
export function macosTargetEnvironment(
  platform: NodeJS.Platform,
  target: string | null,
): Record<string, string> {
  return platform === 'darwin' && target !== null ? { MACOSX_DEPLOYMENT_TARGET: target } : {};
}
