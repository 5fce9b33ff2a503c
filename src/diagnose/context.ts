/** Where in the build a log line belongs: the Python version, the extension and the source file. */
export interface LineContext {
  python?: string;
  extension?: string;
  file?: string;
}

const SOURCE = String.raw`[\w./\\+-]+\.(?:c|cc|cpp|cxx|C|m|mm|pyx|f|f90|cu)`;
const COMPILE = new RegExp(String.raw`\s-c\s+['"]?(${SOURCE})['"]?(?:\s|$)`);
const BUILDING = /building '([\w.]+)' extension/;
const DIAGNOSTIC_FILE = new RegExp(String.raw`(${SOURCE}):\d+`);
const PYTHON_VERSION = /(?:python|cpython-|cp)(3)\.?(\d{1,2})(?![\d.]*\.so\.)/i;

/** The Python version a log was built for, from the include paths and tags it mentions. */
export function pythonOf(lines: string[]): string | undefined {
  for (const line of lines) {
    const match = PYTHON_VERSION.exec(line);
    if (match && /include|lib|temp\.|build|cpython|cp3/.test(line))
      return `${match[1]}.${match[2]}`;
  }
  return undefined;
}

/** The extension and source being built at `index`: the nearest announcements above it. */
export function contextAt(lines: string[], index: number): LineContext {
  const context: LineContext = {};
  const own = DIAGNOSTIC_FILE.exec(lines[index] ?? '');
  if (own) context.file = own[1];
  for (let i = index; i >= 0 && (!context.extension || !context.file); i--) {
    const line = lines[i]!;
    if (!context.file) {
      const compile = COMPILE.exec(line);
      if (compile) context.file = compile[1];
    }
    if (!context.extension) {
      const building = BUILDING.exec(line);
      if (building) context.extension = building[1];
    }
  }
  return context;
}
