/**
 * What the build log says was meant to be compiled. setuptools announces each extension with
 * `building '<name>' extension` before compiling it, and an optional extension that fails is
 * dropped with `building extension "<name>" failed: …` (after `warning: build_ext:` or
 * `WARNING:`) while the build goes on: the wheel then
 * has only the pure-Python fallback, and nothing else says so. Packages that catch the failure
 * in their own setup.py (MarkupSafe, simplejson, msgpack) print a notice of their own instead,
 * in their own words; the first line after the compile error that reads like one is kept.
 */
export interface ExpectedExtension {
  module: string;
  line: number;
  text: string;
  /** Lines that say why it failed: the compiler's first error, then the skip or fallback notice. */
  failure: { line: number; text: string }[];
}

// MarkupSafe's and simplejson's "WARNING: The C extension could not be compiled, speedups are
// not enabled.", msgpack's "WARNING: Failed to compile extension modules.", PyYAML's "Error
// compiling module, falling back to pure Python": an author's upper-case WARNING about compiling
// (distutils' and gcc's own are lower case), or a fallback in any case.
const fallbackNotice = (text: string) =>
  /^WARNING\b.*\b(compil\w*|build|extensions?|speedups)\b/.test(text) ||
  /\bfall(?:s|ing)?[ -]?back\b|\bpure[- ]python\b/i.test(text);

export function expectedExtensions(log: string): ExpectedExtension[] {
  const lines = log.split('\n');
  const found = new Map<string, ExpectedExtension>();
  let current: ExpectedExtension | null = null;
  lines.forEach((raw, index) => {
    const text = raw.trim();
    const line = index + 1;
    const announced = /^building '([\w.]+)' extension$/.exec(text);
    if (announced) {
      current = found.get(announced[1]!) ?? { module: announced[1]!, line, text, failure: [] };
      found.set(current.module, current);
      return;
    }
    const skipped = /building extension "([\w.]+)" failed: /.exec(text);
    if (skipped) {
      found.get(skipped[1]!)?.failure.push({ line, text });
      return;
    }
    // the compiler's first error after an announcement belongs to that extension (serial build)
    if (current && current.failure.length === 0 && /\berror\b:/.test(text)) {
      current.failure.push({ line, text });
    } else if (current?.failure.length === 1 && fallbackNotice(text)) {
      current.failure.push({ line, text });
    }
  });
  return [...found.values()];
}
