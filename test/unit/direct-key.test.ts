import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyPaths } from '../../src/cache/dependency-file.js';
import { commandObstacle } from '../../src/cache/direct-key.js';
import { parseSearchList, shadowingPaths, stillAbsent } from '../../src/cache/include-search.js';
import { parseCommand } from '../../src/launcher/command.js';

describe('dependency output', () => {
  it('reads the first rule across continuations, with escaped spaces, # and $', () => {
    const text = [
      'build/a.o: src/a.c /usr/include/stdio.h \\',
      ' inc/with\\ space.h inc/hash\\#.h inc/dollar$$.h',
      'inc/with\\ space.h:',
      '',
    ].join('\n');
    expect(dependencyPaths(text)).toEqual([
      'src/a.c',
      '/usr/include/stdio.h',
      'inc/with space.h',
      'inc/hash#.h',
      'inc/dollar$.h',
    ]);
  });

  it('refuses what is not a rule with prerequisites', () => {
    expect(dependencyPaths('')).toBeNull();
    expect(dependencyPaths('no colon here\n')).toBeNull();
    expect(dependencyPaths('a.o:\n')).toBeNull();
  });
});

// gcc 12's `-E -v` on Debian, with one -iquote, two -I of which one is missing
const GCC_V = `ignoring nonexistent directory "missing"
ignoring nonexistent directory "/usr/local/include/x86_64-linux-gnu"
#include "..." search starts here:
 quoted
#include <...> search starts here:
 inc
 /usr/lib/gcc/x86_64-linux-gnu/12/include
 /usr/local/include
 /usr/include/x86_64-linux-gnu
 /usr/include
End of search list.
`;

describe('the include search list', () => {
  it("reads the compiler's own list, relative directories from the compile's directory", () => {
    expect(parseSearchList(GCC_V, '/build')).toEqual({
      missing: ['/build/missing', '/usr/local/include/x86_64-linux-gnu'],
      quote: ['/build/quoted'],
      angle: [
        '/build/inc',
        '/usr/lib/gcc/x86_64-linux-gnu/12/include',
        '/usr/local/include',
        '/usr/include/x86_64-linux-gnu',
        '/usr/include',
      ],
    });
    expect(parseSearchList('cc1: error\n', '/build')).toBeNull();
  });

  const search = parseSearchList(GCC_V, '/build')!;
  // what exists: the source, inc/conf.h, and glibc's stdio.h under /usr/include
  const tree: Record<string, string[]> = {
    '/build': ['src', 'inc', 'quoted'],
    '/build/src': ['a.c'],
    '/build/inc': ['conf.h'],
    '/build/quoted': [],
    '/usr/include': ['stdio.h', 'x86_64-linux-gnu'],
    '/usr/include/x86_64-linux-gnu': ['bits'],
  };
  const names = (dir: string) => (tree[dir] ? new Set(tree[dir]) : null);
  const files = [
    { file: '/build/src/a.c', quoted: ['conf.h'] },
    { file: '/build/inc/conf.h', quoted: [] },
    { file: '/usr/include/stdio.h', quoted: [] },
  ];

  it('records every earlier place a header could be found, and the includer’s directory for quoted names', () => {
    const absent = shadowingPaths(files, search, names);
    expect(absent['/build/src']).toEqual(['conf.h']);
    expect(absent['/build/quoted']).toEqual(['conf.h', 'stdio.h']);
    expect(absent['/build/missing']).toEqual(['conf.h', 'stdio.h']);
    expect(absent['/usr/include/x86_64-linux-gnu']).toEqual(['stdio.h']);
    expect(absent['/usr/local/include']).toEqual(['stdio.h']);
    // nothing at or after the directory a header was found in
    expect(Object.entries(absent).flatMap(([d, n]) => n.map((x) => path.join(d, x)))).not.toContain(
      '/usr/include/stdio.h',
    );
  });

  it('leaves out a place that exists now: the compile went past it (#include_next)', () => {
    tree['/usr/local/include'] = ['stdio.h'];
    try {
      expect(shadowingPaths(files, search, names)['/usr/local/include']).toBeUndefined();
    } finally {
      delete tree['/usr/local/include'];
    }
  });

  it('holds until one of those places appears', () => {
    const absent = shadowingPaths(files, search, names);
    expect(stillAbsent(absent, names)).toBe(true);
    tree['/build/quoted'] = ['stdio.h'];
    try {
      expect(stillAbsent(absent, names)).toBe(false);
    } finally {
      tree['/build/quoted'] = [];
    }
  });

  it('knows a directory is absent from its parent’s listing, without asking again', () => {
    const asked: string[] = [];
    const counting = (dir: string) => {
      asked.push(dir);
      return names(dir);
    };
    expect(
      stillAbsent({ '/build/missing': ['a.h'], '/build/missing/sys': ['b.h'] }, counting),
    ).toBe(true);
    expect(asked).toEqual(['/build/missing']);
  });
});

describe('compiles the direct key does not take', () => {
  const obstacle = (argv: string[]) => commandObstacle(parseCommand(argv));
  it('takes a plain compile, one behind ccache, and one whose dependency file it can read', () => {
    expect(obstacle(['gcc', '-O2', '-c', 'a.c', '-o', 'a.o'])).toBeNull();
    expect(obstacle(['ccache', 'gcc', '-c', 'a.c'])).toBeNull();
    expect(obstacle(['gcc', '-MD', '-MF', 'a.d', '-c', 'a.c'])).toBeNull();
  });
  it.each([
    [['mywrap', 'gcc', '-c', 'a.c'], 'the compiler wrapper mywrap is not one wheelwright knows'],
    [['gcc', '@args', '-c', 'a.c'], 'a response file (@file) holds arguments'],
    [
      ['gcc', '-Wp,-MD,a.d', '-c', 'a.c'],
      'options are passed to the preprocessor directly (-Wp, -Xpreprocessor)',
    ],
    [
      ['gcc', '-MMD', '-c', 'a.c'],
      'the build asks for dependencies without system headers (-M, -MM or -MMD)',
    ],
    [['gcc', '-MD', '-c', 'a.c'], 'the build asks for -MD without -MF'],
  ])('%j: %s', (argv, reason) => {
    expect(obstacle(argv)).toBe(reason);
  });
});
