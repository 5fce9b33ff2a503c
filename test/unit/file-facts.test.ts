import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileFacts, namesTimeMacros, quotedIncludes } from '../../src/cache/file-facts.js';

// What quotedIncludes must find: this expression's matches over the file read as latin1.
const REFERENCE = /^[ \t]*#[ \t]*(?:include|include_next|import)[ \t]*"([^"\n]+)"/gm;
const byReference = (text: string) => [
  ...new Set([...text.matchAll(REFERENCE)].map((match) => match[1]!)),
];

const CASES = [
  '#include "a.h"\n#include <b.h>\n  #  include   "c.h"\n\t#include_next "d.h"\n#import "e.h"',
  '#include "a.h"\n#include "a.h"\n#include "b.h"',
  'x #include "not.h"\n/* #include "in-comment-at-line-start.h" */\n#define Q "#include"',
  '#include ""\n#include "unterminated\n#include "ok.h"',
  '#include "a\r#include "b"\r\n#include "c.h"\r\n',
  '#includes "x.h"\n#include_nextx "y.h"\n#importer "z.h"\n#include"tight.h"',
  '#',
  '#include "',
  'no directives at all',
  '#include "é latin1 \xff.h"\n#   include\t"t.h"',
  '\n\n   #include "after-blank-lines.h"',
];

describe("a file's quoted includes", () => {
  it.each(CASES)('finds what the reference expression finds in %j', (text) => {
    const found = quotedIncludes(Buffer.from(text, 'latin1'));
    expect(found).toEqual(byReference(text));
  });

  it('finds the names in order, each once', () => {
    expect(
      quotedIncludes(Buffer.from('#include "b.h"\n#include "a.h"\n # include "b.h"\n')),
    ).toEqual(['b.h', 'a.h']);
  });
});

describe("a file's content facts", () => {
  it('finds the quoted includes of the bytes its digest is of, when first asked', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wheelwright-facts-'));
    try {
      const file = path.join(dir, 'a.c');
      writeFileSync(file, '#include "first.h"\n');
      const facts = new FileFacts();
      const before = facts.content(file)!;
      // rewritten before its includes are asked for: they are still those of what was hashed
      writeFileSync(file, '#include "second.h"\n#include "third.h"\n');
      expect(before.quoted()).toEqual(['first.h']);
      expect(before.quoted()).toEqual(['first.h']);
      const after = facts.content(file)!;
      expect(after.digest).not.toBe(before.digest);
      expect(after.quoted()).toEqual(['second.h', 'third.h']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a file's time macros", () => {
  it.each([
    ['const char *d = __DATE__;', true],
    ['x = __TIME__', true],
    ['__TIMESTAMP__', true],
    ['/* __TIMESTAMP__ in a comment still counts */ int a;', true],
    ['__pyx_DATE__ _DATE__ DATE__ __DATE_ __TIME_ __TIMESTAMP_ IME__ AMP__ ATE__', false],
    ['____DATE__', true],
    ['', false],
  ])('%j names one: %s', (text, names) => {
    expect(namesTimeMacros(Buffer.from(text, 'latin1'))).toBe(names);
  });
});
