/** What a wheel installs that can be imported, from the paths of its files (`a/b/c.so`). */
export interface ExtensionModule {
  /** The path inside the wheel. */
  file: string;
  /** The dotted module name it is imported as. */
  module: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Where a file lands in site-packages: `.data/purelib` and `.data/platlib` install at the root. */
export function installedPath(file: string): string | null {
  const parts = file.split('/');
  if (parts[0]!.endsWith('.data')) {
    return parts[1] === 'purelib' || parts[1] === 'platlib' ? parts.slice(2).join('/') : null;
  }
  return file;
}

/**
 * Extension modules are `name.so`, `name.<abi tag>.so` or `.pyd`, in importable directories;
 * libraries bundled beside them (`pkg.libs/libz-abc123.so.1`, `.dylibs/`, `libfoo.so.1`) are not.
 */
export function extensionModules(files: string[]): ExtensionModule[] {
  const modules: ExtensionModule[] = [];
  for (const file of files) {
    const installed = installedPath(file);
    if (installed === null) continue;
    const parts = installed.split('/');
    const base = parts.pop()!;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z0-9_-]+)?\.(?:so|pyd)$/.exec(base);
    if (!match || !parts.every((p) => IDENTIFIER.test(p))) continue;
    modules.push({ file, module: [...parts, match[1]!].join('.') });
  }
  return modules.sort((a, b) => a.module.localeCompare(b.module));
}

/** The names `import` can reach at the top: packages, plain modules and top-level extensions. */
export function topLevelNames(files: string[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    const installed = installedPath(file);
    if (installed === null) continue;
    const parts = installed.split('/');
    if (parts.length > 1 && IDENTIFIER.test(parts[0]!) && /\.(py|so|pyd)$/.test(installed)) {
      names.add(parts[0]!);
    } else if (parts.length === 1 && /^[A-Za-z_][A-Za-z0-9_]*\.py$/.test(parts[0]!)) {
      names.add(parts[0]!.slice(0, -3));
    }
  }
  for (const extension of extensionModules(files)) names.add(extension.module.split('.')[0]!);
  return [...names].sort();
}
