/**
 * Why the launcher cannot run on a platform, or null when it can. On Windows, setuptools
 * compiles with MSVC through its own `msvc` compiler class, which runs cl.exe and link.exe by
 * the paths it finds (vswhere, or the environment when DISTUTILS_USE_SDK is set) and reads
 * neither CC nor CXX nor LDSHARED, so a compiler stand-in is never called; and the shim itself
 * is POSIX (fork, Unix sockets). Builds then run at once with the job budget split between them
 * through the variables build systems read (parallelismEnvironment: CMAKE_BUILD_PARALLEL_LEVEL,
 * which `cmake --build` passes to MSBuild and Ninja; MAX_JOBS; setuptools' build_ext --parallel
 * through DIST_EXTRA_CONFIG, which builds several extensions at once with any compiler).
 */
export function launcherUnavailable(platform: NodeJS.Platform): string | null {
  if (platform === 'win32')
    return (
      'not used on Windows: setuptools compiles with MSVC by its own paths and ignores CC/CXX, so ' +
      'nothing can stand in for the compiler; each build gets its share of the jobs through ' +
      'CMAKE_BUILD_PARALLEL_LEVEL, MAX_JOBS and build_ext --parallel (DIST_EXTRA_CONFIG)'
    );
  return null;
}
