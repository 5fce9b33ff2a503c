/**
 * What the build log says was meant to be compiled. setuptools announces each extension with
 * `building '<name>' extension` before compiling it, and an optional extension that fails is
 * dropped with `building extension "<name>" failed: …` (after `warning: build_ext:` or
 * `WARNING:`) while the build goes on: the wheel then
 * has only the pure-Python fallback, and nothing else says so.
 */
export interface ExpectedExtension {
  module: string;
  line: number;
  text: string;
  /** Lines that say why it failed: the skip notice and the compiler's first error. */
  failure: { line: number; text: string }[];
}

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
    }
  });
  return [...found.values()];
}
