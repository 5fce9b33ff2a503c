import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LOCALE_DIR = '/usr/share/locale';

/** The msgid → msgstr table of a GNU .mo file (either byte order). */
export function readMo(file: string): Map<string, string> {
  const data = readFileSync(file);
  const magic = data.readUInt32LE(0);
  const read =
    magic === 0x950412de
      ? (at: number) => data.readUInt32LE(at)
      : (at: number) => data.readUInt32BE(at);
  const count = read(8);
  const originals = read(12);
  const translations = read(16);
  const table = new Map<string, string>();
  const string = (at: number): string =>
    data.toString('utf8', read(at + 4), read(at + 4) + read(at));
  for (let i = 0; i < count; i++) {
    // plural forms are NUL-separated: the singular is what the program prints here
    const id = string(originals + 8 * i).split('\0')[0]!;
    table.set(id, string(translations + 8 * i).split('\0')[0]!);
  }
  return table;
}

/** Each installed locale's catalogue of `domain` (e.g. libc, gcc-12, bfd), by locale name. */
export function catalogues(domain: string): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  for (const locale of readdirSync(LOCALE_DIR)) {
    const file = path.join(LOCALE_DIR, locale, 'LC_MESSAGES', `${domain}.mo`);
    if (existsSync(file)) found.set(locale, readMo(file));
  }
  return found;
}

/** printf's %s and %d filled in order (or by position, %2$s), as the programs do. */
export function format(template: string, ...values: (string | number)[]): string {
  // translators may reorder the values: `%2$s` is the second whatever its place
  let next = 0;
  return template.replace(/%(?:(\d+)\$)?[sd]/g, (_, at?: string) =>
    String(values[at ? Number(at) - 1 : next++]),
  );
}
