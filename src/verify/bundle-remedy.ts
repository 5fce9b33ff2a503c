import path from 'node:path';
import type { Claim } from './wheel-name.js';

/** The command that repairs the wheel on its own platform, as cibuildwheel runs it. */
export const repairCommand = (claim: Claim, wheel: string) => {
  const file = path.basename(wheel);
  if (claim.kind === 'macosx') return `delocate-wheel -w wheelhouse/ ${file}`;
  if (claim.kind === 'windows') return `delvewheel repair -w wheelhouse/ ${file}`;
  return `auditwheel repair -w wheelhouse/ ${file}`;
};

/** How to bring a library the extension loads into the wheel, on the wheel's platform. */
export function bundleRemedy(library: string, claim: Claim, wheel: string): string {
  if (claim.kind === 'windows')
    return (
      `Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
      `into <dist>.libs/ and adds that directory with os.add_dll_directory in the package's __init__.py; ` +
      `or ship it beside the extension, whose own directory the loader searches. PATH does not help: ` +
      `Python 3.8+ does not search it for an extension's DLLs.`
    );
  if (claim.kind === 'macosx') {
    // delocate copies into <pkg>/.dylibs/ and rewrites the load commands to @loader_path/.dylibs/…
    return (
      `Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
      `into the package's .dylibs/ and points the extension at it through @loader_path; or ship it yourself ` +
      `in the package with an @rpath install name (\`install_name_tool -id @rpath/${path.basename(library)} <the dylib>\`) ` +
      `and link the extension with \`-Wl,-rpath,@loader_path/<dir>\`; or link it statically.`
    );
  }
  return (
    `Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
    `beside the package and points the extension at it; or ship it yourself in the package and link ` +
    `with \`-Wl,-rpath,$ORIGIN/<dir>\` (setuptools: \`runtime_library_dirs=["$ORIGIN/<dir>"]\`, ` +
    `@loader_path on macOS); or link it statically.`
  );
}
