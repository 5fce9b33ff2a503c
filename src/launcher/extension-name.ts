import path from 'node:path';

/**
 * The dotted name of the extension a link produces, from its output path relative to the package
 * copy: setuptools links into `build/lib.<platform>/<package path>/<name>.<abi>.so`. Outputs
 * elsewhere (in place, CMake or meson trees) are named by their file alone.
 */
export function extensionName(output: string, root: string | undefined): string {
  const module = path.basename(output).split('.')[0]!;
  if (!root || !output.startsWith(`${root}${path.sep}`)) return module;
  const parts = path.relative(root, output).split(path.sep).slice(0, -1);
  const inBuildLib = parts[0] === 'build' && parts[1]?.startsWith('lib');
  return [...(inBuildLib ? parts.slice(2) : []), module].join('.');
}
