import { stripVTControlCharacters } from 'node:util';
import type { JournalRecord } from '../launcher/journal.js';
import { contextAt, pythonOf } from './context.js';
import { CLASSES, type Confidence, type Diagnosis, type DiagnosisClass } from './diagnosis.js';
import { limitRemedy, oomRemedy, type MemoryContext } from './memory-remedy.js';
import { installHint, isLibcHeader, packagesForHeader, packagesForLibrary } from './packages.js';
import { pythonChange } from './python-versions.js';
import { LOG_RULES, PARALLEL, type LogRule } from './rules.js';
import { headerOf } from './std-headers.js';
import { ownStepCard, ownStepFailure } from './own-steps.js';
import { libraryOfSymbol } from './symbols.js';
import { wrapperCause, wrapperLines } from './wrappers.js';

/** What the kernel said about the build: the cgroup's OOM-kill counter around it, and its log. */
export interface KernelEvidence {
  oomKillsBefore?: number;
  oomKillsAfter?: number;
  kernelLog?: string;
}

export interface ClassifyInput {
  log: string;
  python?: string;
  journal?: JournalRecord[];
  kernel?: KernelEvidence;
  memory?: MemoryContext;
}

interface Finding {
  rule: LogRule;
  /** 0-based index into the log's lines. */
  index: number;
  text: string;
  subject: string | undefined;
}

type Evidence = Diagnosis['evidence'][number];

const CONFIDENCE_ORDER: Confidence[] = ['low', 'medium', 'high'];
const stronger = (a: Confidence, b: Confidence): Confidence =>
  CONFIDENCE_ORDER.indexOf(a) >= CONFIDENCE_ORDER.indexOf(b) ? a : b;
const MAX_EVIDENCE = 5;
// Build logs carry progress bars and base64 blobs; a line longer than this is never a diagnostic.
const MAX_LINE = 4000;

// gcc's and clang's echo of the source a diagnostic points at (`  67 |   write (2, "…", 25);`),
// its caret line, and the source line above a caret (gcc before 9, clang, Python): the code's
// text, not the tool's words. Only rules that read the code on purpose (`readsEcho`) see them.
// (bitbake prefixes every line with `| `.)
const ECHO_LINE = /^(?:\| )?\s*\d+ \|(?:\s|$)/;
const CARET_LINE = /^[\s|]*[~^]*\^[~^]*\s*$/;
// A diagnostic's own line (`file:line:col: …`) directly above a caret, its echo cut from an
// excerpt, stays the tool's words.
const LOCATED = /^\s*\S+?:\d+(?::\d+)?:\s/;
// An `#error` or `#warning` directive's text is a message the code's authors wrote for whoever
// builds it (nvcc's `#error -- unsupported GNU version!`), so its echo is read as the tool's words.
const DIRECTIVE_ECHO = /^(?:\| )?\s*\d+ \|\s*#\s*(?:error|warning)\b/;
const isEcho = (lines: string[], index: number): boolean =>
  (ECHO_LINE.test(lines[index]!) && !DIRECTIVE_ECHO.test(lines[index]!)) ||
  CARET_LINE.test(lines[index]!) ||
  (index + 1 < lines.length && CARET_LINE.test(lines[index + 1]!) && !LOCATED.test(lines[index]!));

// A message wrapped by a console's or a web page's columns: the rest of a line padded with spaces
// and carried on after the run (`cannot open progr                am database`). The run may
// have split a word or replaced a space; both readings are tried when the line as printed matches
// nothing.
const WRAP_RUN = /(?<=\S) {8,}(?=\S)/;
const WRAP_RUNS = new RegExp(WRAP_RUN.source, 'g');
const unwrapped = (line: string): string[] =>
  WRAP_RUN.test(line) ? [line.replace(WRAP_RUNS, ''), line.replace(WRAP_RUNS, ' ')] : [];

// A message a console or a CI page cut at a fixed width (MSBuild's 120 columns), words split
// mid-word across lines: every line of the block has the same length and the last one is shorter.
// The block joined without separators is read as one more reading of its lines.
const MIN_WRAP_WIDTH = 72;
const MAX_WRAP_LINES = 6;
function fixedWidthJoin(lines: string[], index: number): string[] {
  const width = lines[index]!.length;
  if (width < MIN_WRAP_WIDTH) return [];
  const sameWidth = (i: number): boolean => lines[i]?.length === width;
  if (!sameWidth(index - 1) && !sameWidth(index + 1)) return [];
  let end = index;
  while (end + 1 < lines.length && end - index < MAX_WRAP_LINES && sameWidth(end + 1)) end += 1;
  // The block's last, shorter line carries the message's end.
  if (end + 1 < lines.length && end - index < MAX_WRAP_LINES) end += 1;
  return end > index ? [lines.slice(index, end + 1).join('')] : [];
}

// A message a tool or a terminal carried on to the next lines at any width: the line ends in a
// space (cut there, `No such file or ` / `directory`), or the lines after it are indented deeper
// than it (.NET's `IOException: The process cannot access the file` / `  'x.dll'` / `  because …`,
// an ImportError's `    undefined symbol: …`). Joined with one space, as one more reading of its
// first line; a diagnostic's own line (`file:line: …`) and the compiler's echo of the source start
// something else.
const MAX_CONTINUED = 3;
const indent = (line: string): number => /^\s*/.exec(line)![0].length;
function continuedJoin(lines: string[], index: number): string[] {
  const continues = (i: number): boolean =>
    i < lines.length &&
    i - index <= MAX_CONTINUED &&
    lines[i]!.trim() !== '' &&
    !LOCATED.test(lines[i]!) &&
    !isEcho(lines, i) &&
    (indent(lines[i]!) > indent(lines[index]!) || /\S\s+$/.test(lines[i - 1]!));
  let end = index;
  while (continues(end + 1)) end += 1;
  return end > index
    ? [
        lines
          .slice(index, end + 1)
          .map((l) => l.trim())
          .join(' '),
      ]
    : [];
}

// A located diagnostic whose message another job's output cut off (parallel jobs writing to one
// terminal): `src/a.c:248:20:clang++ -c src/b.cpp …`, then ` error: …` on the next line. The
// location and the next line's message are read together as one more reading of the line.
const CUT_LOCATION = /^(\s*\S+?:\d+:\d+:)(?=\S)/;
const MESSAGE_START = /^\s*(?:fatal error|error|warning):\s/;
function interleavedJoin(lines: string[], index: number): string[] {
  const location = CUT_LOCATION.exec(lines[index]!);
  const next = lines[index + 1];
  return location && next !== undefined && MESSAGE_START.test(next)
    ? [`${location[1]} ${next.trim()}`]
    : [];
}

// A build tool's progress counter before another tool's message (`[ 42%] `, CMake's makefiles and
// ninja's `[12/345] `): the message without it is one more reading (CMake's own lines keep it).
const PROGRESS = /^\s*\[\s*\d+(?:%|\/\d+)\]\s+(?=\S)/;
const withoutProgress = (line: string): string[] =>
  PROGRESS.test(line) ? [line.replace(PROGRESS, '')] : [];

// A message's first word capitalised by one tool and not by another (Xcode's `Incompatible
// function pointer types`, clang's `incompatible …`; `Cannot find -lz`): the line with that
// letter's case turned is one more reading. Only a plain word's letter, after any `file:line:`,
// tool and `error:` prefixes, is turned; a file's, a program's or a symbol's name keeps its case.
const MESSAGE_LETTER = /^(\s*(?:(?:fatal )?[^\s:\\]+(?::\d+)*:\s+)*)([A-Za-z])(?=[a-z]*\s)/;
const turned = (c: string): string => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
const recased = (line: string): string[] =>
  MESSAGE_LETTER.test(line)
    ? [line.replace(MESSAGE_LETTER, (_, before: string, c: string) => before + turned(c))]
    : [];

/** The first of `texts` the pattern matches, at an index before `before`. */
function firstMatch(pattern: RegExp, texts: string[], before = Infinity): RegExpExecArray | null {
  for (const text of texts) {
    const match = pattern.exec(text);
    if (match && match.index < before) return match;
  }
  return null;
}

function scan(lines: string[]): Finding[] {
  const log = lines.join('\n');
  // A rule that depends on the whole log is decided once per log, not once per line.
  const rules = LOG_RULES.filter(
    (rule) => (!rule.onlyIf || rule.onlyIf.test(log)) && !rule.unlessLog?.test(log),
  );
  const findings: Finding[] = [];
  lines.forEach((line, index) => {
    if (line.length > MAX_LINE) return;
    const own: Finding[] = [];
    const echo = isEcho(lines, index);
    const readings = [
      line,
      ...unwrapped(line),
      ...interleavedJoin(lines, index),
      ...withoutProgress(line),
      ...recased(line),
    ];
    const joined = [...fixedWidthJoin(lines, index), ...continuedJoin(lines, index)];
    for (const rule of rules) {
      if (echo && !rule.readsEcho) continue;
      // A match in the joined block counts for this line only when it begins on it.
      const match =
        firstMatch(rule.pattern, readings) ?? firstMatch(rule.pattern, joined, line.length);
      if (!match) continue;
      const subject = rule.subject?.groups.map((g) => match[g]).find((s) => s !== undefined);
      // The C library's own headers are the toolchain's to provide, not a dependency's.
      if (rule.class === 'missing-header' && subject && isLibcHeader(subject)) continue;
      if (rule.subjectIf && !(subject && rule.subjectIf(subject, log))) continue;
      own.push({ rule, index, text: line.trim(), subject });
    }
    const superseded = new Set(own.flatMap((f) => f.rule.supersedes ?? []));
    findings.push(...own.filter((f) => !superseded.has(f.rule.id)));
  });
  const decisive = findings.filter((f) => !f.rule.alone);
  return decisive.length ? decisive : findings;
}

/** Within a class, the decisive line first: the heaviest rule, then the earliest line. */
const decisiveFirst = (a: Finding, b: Finding): number =>
  b.rule.weight - a.rule.weight || a.index - b.index;

const fill = (template: string, subject: string | undefined, fix: string): string =>
  template.replaceAll('{subject}', subject ?? 'it').replaceAll('{fix}', fix);

function sharedLibraryLinkName(soname: string): string {
  return soname.replace(/^lib/, '').replace(/\.(so|dylib|dll)(\..*)?$/, '');
}

interface ClassEvidence {
  class: DiagnosisClass;
  findings: Finding[];
  extra: Evidence[];
  confidence: Confidence;
  peakBytes: number | null;
  journalFile?: string;
  journalExtension?: string;
}

function journalKills(journal: JournalRecord[]): JournalRecord[] {
  return journal.filter((r) => r.signal === 'SIGKILL' || r.signal === 'KILL' || r.exitCode === 137);
}

const KERNEL_KILL =
  /(?:Memory cgroup out of memory|Out of memory): Killed process \d+ \(([^)]+)\)|oom-kill:.*task=([^,\s]+)/;

function kernelFindings(kernel: KernelEvidence | undefined): Evidence[] {
  if (!kernel) return [];
  const evidence: Evidence[] = [];
  const { oomKillsBefore: before, oomKillsAfter: after } = kernel;
  if (before !== undefined && after !== undefined && after > before) {
    evidence.push({
      text: `the cgroup's oom_kill counter rose from ${before} to ${after} during the build`,
      source: 'kernel',
    });
  }
  (kernel.kernelLog ?? '').split('\n').forEach((line, index) => {
    if (KERNEL_KILL.test(line))
      evidence.push({ text: line.trim(), source: 'kernel', line: index + 1 });
  });
  return evidence.slice(0, MAX_EVIDENCE);
}

function fixFor(
  group: ClassEvidence,
  decisive: Finding | undefined,
  input: ClassifyInput,
  what: string,
): string {
  const subject = decisive?.subject;
  switch (group.class) {
    case 'oom-killed':
      return oomRemedy(input.memory, group.peakBytes, what);
    case 'memory-limit':
      return limitRemedy(
        input.memory,
        subject ? Number(subject) : null,
        decisive?.text.split(':')[0] ?? 'the compiler',
      );
    case 'missing-header':
      return `${installHint(packagesForHeader(subject ?? ''), subject ?? 'the header')} so that \`${subject}\` is found (installed somewhere unusual: add its directory with \`CFLAGS=-I…\`)`;
    case 'missing-library': {
      const library = libraryOf('missing-library', decisive) ?? '';
      const install = `${installHint(packagesForLibrary(library), `lib${library}.so`)}; installed somewhere unusual: add its directory with \`LDFLAGS=-L…\``;
      return decisive?.rule.subject?.kind === 'symbol'
        ? `link lib${library} (\`-l${library}\` on the link line: \`libraries=[…]\` in setup.py, \`target_link_libraries\` in CMake); if it is not installed, ${install}`
        : install;
    }
    case 'toolchain-broken':
      return installHint(packagesForLibrary('c'), 'crti.o');
    case 'python-incompatible':
      return pythonFix(subject);
    case 'parallel-race': {
      const jobs = input.memory?.jobs;
      return `${jobs && jobs > 1 ? `${jobs} compiles ran at once and` : 'compiles ran in parallel and'} two extensions compiled the same source into the same object path: build through wheelwright's compiler launcher (it keeps each extension's objects apart and links from paths nothing rewrites), or \`jobs: 1\`, or give each extension its own copy of the shared source`;
    }
    case 'missing-shared-library': {
      const lib = subject ?? 'the library';
      return `bundle ${lib} into the wheel (\`auditwheel repair\` on Linux, \`delocate-wheel\` on macOS, \`delvewheel repair\` on Windows), or install it where the wheel runs: ${installHint(packagesForLibrary(sharedLibraryLinkName(lib)), lib)}`;
    }
    case 'compile-error': {
      const header =
        decisive?.rule.subject?.kind === 'header' ? subject : subject && headerOf(subject);
      return header
        ? `add \`#include <${header}>\` to the files that use it: newer compilers’ standard headers no longer include it for them (gcc 13, libc++ 15), so code that relied on that stops compiling; or build with the older compiler until the project is fixed`
        : 'the code uses a name its includes do not declare: include the header that declares it';
    }
    default:
      return '';
  }
}

function pythonFix(name: string | undefined): string {
  const change = name ? pythonChange(name.split('/').pop() ?? name) : undefined;
  const what = change
    ? `\`${change.name}\` was ${change.change} in Python ${change.version} (${change.source})`
    : 'the C API used here differs in this Python';
  return `${what}: port the code to this version’s API (pythoncapi-compat covers most names), regenerate Cython/pybind11 output with a release that supports this Python, or skip this Python version`;
}

function toDiagnosis(
  group: ClassEvidence,
  lines: string[],
  input: ClassifyInput,
  python: string | undefined,
): Diagnosis {
  const findings = [...group.findings].sort(decisiveFirst);
  const decisive = findings[0];
  const context = decisive ? contextAt(lines, decisive.index) : {};
  const file =
    group.journalFile ??
    (decisive?.rule.subject?.kind === 'source' ? decisive.subject : undefined) ??
    context.file;
  const extension = group.journalExtension ?? context.extension;
  const what = file ?? extension ?? decisive?.subject ?? 'the build';
  const rule = decisive?.rule;
  const seen = new Set<number>();
  const logEvidence: Evidence[] = [];
  for (const f of findings) {
    if (seen.has(f.index) || logEvidence.length >= MAX_EVIDENCE) continue;
    seen.add(f.index);
    logEvidence.push({ text: f.text, source: 'log', line: f.index + 1 });
  }
  const concerns: Diagnosis['concerns'] = {};
  if (python) concerns.python = python;
  if (extension) concerns.extension = extension;
  if (file) concerns.file = file;
  const library = libraryOf(group.class, decisive);
  if (library) concerns.library = library;
  const fix = fixFor(group, decisive, input, what);
  return {
    class: group.class,
    confidence: group.confidence,
    title: rule ? fill(rule.title, decisive.subject, fix) : journalTitle(group),
    // The strongest sources first: the journal and the kernel saw the kill; the log saw its echo.
    evidence: [...group.extra, ...logEvidence],
    concerns,
    remedy: rule ? fill(rule.remedy, decisive.subject, fix) : fix,
  };
}

function journalTitle(group: ClassEvidence): string {
  const who = group.journalFile ?? 'a compile';
  return `The kernel killed ${who} for memory`;
}

function libraryOf(cls: DiagnosisClass, decisive: Finding | undefined): string | undefined {
  const subject = decisive?.subject;
  if (!subject) return undefined;
  if (decisive.rule.subject?.kind === 'symbol') return libraryOfSymbol(subject);
  if (cls === 'missing-header') return packagesForHeader(subject)?.apt ?? subject;
  if (cls === 'missing-library' || cls === 'missing-shared-library') return subject;
  return undefined;
}

function oomGroup(findings: Finding[], input: ClassifyInput): ClassEvidence | null {
  const kills = journalKills(input.journal ?? []);
  const kernel = kernelFindings(input.kernel);
  if (!findings.length && !kills.length && !kernel.length) return null;
  const journal: Evidence[] = kills.slice(0, MAX_EVIDENCE).map((r) => ({
    text: `${r.kind} of ${r.source ?? r.output ?? r.argv.join(' ')} killed by ${r.signal ?? `exit ${r.exitCode}`} at a peak of ${Math.round(r.peakRssBytes / 1024 ** 2)} MiB (attempt ${r.attempt})`,
    source: 'journal',
  }));
  let confidence: Confidence = findings.reduce<Confidence>(
    (c, f) => stronger(c, f.rule.confidence),
    'low',
  );
  const killedInLog = findings.some((f) => f.rule.weight >= 10);
  if (kernel.length || (kills.length && killedInLog)) confidence = 'high';
  else if (kills.length) confidence = stronger(confidence, 'medium');
  const peaks = kills.map((r) => r.peakRssBytes).filter((b) => b > 0);
  const victim = kills[0];
  return {
    class: 'oom-killed',
    findings,
    extra: [...kernel, ...journal],
    confidence,
    peakBytes: peaks.length ? Math.max(...peaks) : null,
    journalFile: victim?.source ?? undefined,
    journalExtension: victim?.extension ?? undefined,
  };
}

// gcc's quotes (U+2018/9, U+201C/D) in UTF-8 read back as Windows-1252 (a log copied through a
// Windows console or a mis-declared web page): `â€˜x’`. Repaired once here, so that every rule's
// quote class reads them; no other text is touched, and the line count stays the same.
// The same bytes read as Windows-1251 (a Cyrillic locale's console): `вЂ™` is ’, `вЂњ` “, `вЂќ` ”,
// and ‘ loses its last byte (0x98 is no character there), leaving a bare `вЂ`.
const MOJIBAKE_QUOTES: [RegExp, string][] = [
  [/â€˜/g, '‘'],
  [/â€™/g, '’'],
  [/â€œ/g, '“'],
  [/â€[\u009d\ufffd]?(?=[\s,.;:)\]}]|$)/gm, '”'],
  [/вЂ™/g, '’'],
  [/вЂњ/g, '“'],
  [/вЂќ/g, '”'],
  [/вЂ[\u0098\ufffd]?/g, '‘'],
];
const repairQuotes = (log: string): string =>
  log.includes('â€') || log.includes('вЂ')
    ? MOJIBAKE_QUOTES.reduce((text, [from, to]) => text.replace(from, to), log)
    : log;

// A CI page's line numbers (CodeBuild's and others' `241 | text` before every line) read like
// the compiler's echo of the source, which the rules skip. When every non-blank line carries one
// and they count up, they are the page's, and are taken off.
const PAGE_LINE_NUMBER = /^\s*(\d+) \|(?: |$)/;
function withoutLineNumbers(lines: string[]): string[] {
  const numbered = lines.filter((l) => l.trim() !== '');
  // One or two lines are read so too when the number starts the line (`241 | error: …`): gcc pads
  // its echo's numbers with spaces (`   12 |   code`).
  if (!numbered.length || (numbered.length < 3 && numbered.some((l) => /^\s/.test(l))))
    return lines;
  const numbers = numbered.map((l) => PAGE_LINE_NUMBER.exec(l)?.[1]);
  const counts = numbers.every(
    (n, i) => n !== undefined && (i === 0 || Number(n) > Number(numbers[i - 1])),
  );
  return counts ? lines.map((l) => l.replace(PAGE_LINE_NUMBER, '')) : lines;
}

// What a terminal or a CI page puts on a line around the tool's words: colour codes, GitHub's
// and Azure's timestamps (`2024-01-01T00:00:00.1234567Z `), BuildKit's step and seconds
// (`#12 3.456 `), git's `remote: ` (a server-side build's output). None carries meaning of its own,
// so they are taken off before any rule reads the line; the line count stays the same.
const CI_PREFIX = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z |#\d+ \d+(?:\.\d+)? |remote: )+/;
const withoutCiPrefixes = (lines: string[]): string[] =>
  lines.map((l) => stripVTControlCharacters(l).replace(CI_PREFIX, ''));

/**
 * Names the causes of a failed (or falsely successful) build, root cause first, each with its
 * evidence lines, what it concerns and a remedy. Pure: everything it knows comes in `input`.
 */
export function classify(input: ClassifyInput): Diagnosis[] {
  const lines = withoutLineNumbers(withoutCiPrefixes(repairQuotes(input.log).split(/\r?\n/)));
  const own = ownStepFailure(lines);
  if (own) {
    // The step's own output may show why it failed: classify it alone, keeping its line numbers.
    const from = (own.commandIndex ?? own.markerIndex) + 1;
    const output = lines.map((line, i) => (i >= from && i < own.markerIndex ? line : ''));
    const causes = classify({ ...input, log: output.join('\n') }).filter(
      (d) => d.class !== 'unknown',
    );
    const python = input.python ?? pythonOf(lines);
    return [ownStepCard(lines, own, python, causes[0]), ...causes];
  }
  const findings = scan(lines);
  const python = input.python ?? pythonOf(lines);
  const byClass = new Map<DiagnosisClass, Finding[]>();
  for (const f of findings) byClass.set(f.rule.class, [...(byClass.get(f.rule.class) ?? []), f]);

  const groups: ClassEvidence[] = [];
  const oom = oomGroup(byClass.get('oom-killed') ?? [], input);
  if (oom) groups.push(oom);
  for (const cls of CLASSES) {
    if (cls === 'oom-killed' || !byClass.has(cls)) continue;
    const own = byClass.get(cls)!;
    groups.push({
      class: cls,
      findings: own,
      extra: [],
      confidence: own.reduce<Confidence>((c, f) => stronger(c, f.rule.confidence), 'low'),
      peakBytes: null,
    });
  }
  if (!groups.length) return [unknown(lines, python)];

  const diagnoses = groups.map((g) => ({
    group: g,
    diagnosis: toDiagnosis(g, lines, input, python),
  }));
  return orderByCause(diagnoses).map((d) => d.diagnosis);
}

interface Ranked {
  group: ClassEvidence;
  diagnosis: Diagnosis;
}

const firstLine = (g: ClassEvidence): number =>
  Math.min(...g.findings.map((f) => f.index), Infinity);
const rank = (g: ClassEvidence): number => CLASSES.indexOf(g.class);

/**
 * Class rank decides the root cause, with one exception: a failure the build fell back from
 * (before its "falling back to pure Python") did not fail the build, so it ranks after the
 * fallback, which names it as its reason. What the kernel or the journal saw is never absorbed.
 */
function orderByCause(ranked: Ranked[]): Ranked[] {
  const byRank = (a: Ranked, b: Ranked): number => rank(a.group) - rank(b.group);
  const fallback = ranked.find((r) => r.group.class === 'silent-fallback');
  if (!fallback) return [...ranked].sort(byRank);
  const fallbackLine = Math.max(...fallback.group.findings.map((f) => f.index));
  const absorbed = (r: Ranked): boolean =>
    r !== fallback && !r.group.extra.length && firstLine(r.group) < fallbackLine;
  const causes = ranked.filter(absorbed).sort(byRank);
  fallback.diagnosis.remedy = causes.length
    ? fallbackRemedy(fallback.diagnosis, causes[0]!.diagnosis)
    : 'the wheel is tagged for this platform but holds no compiled module: find the compile that failed above the fallback message, fix it, and make the build fail instead of falling back';
  return [...ranked.filter((r) => !absorbed(r)).sort(byRank), ...causes];
}

function fallbackRemedy(fallback: Diagnosis, cause: Diagnosis): string {
  for (const key of ['extension', 'file', 'library'] as const) {
    const value = cause.concerns[key];
    if (value && !fallback.concerns[key]) fallback.concerns[key] = value;
  }
  return `the optional extension failed to compile first (${cause.class}: ${cause.title}); fix that (${cause.remedy}), and make the build fail rather than ship a platform-tagged wheel without its compiled module (most such setup.py files honour an environment switch that makes the extension required)`;
}

// Lines that usually sit next to the real message but say nothing of their own.
const GENERIC =
  /subprocess-exited-with-error|See above for output|This error originates from a subprocess|Failed building wheel|Failed to build|Could not build wheels|exit status \d+$|exited with status|^\s*\[end of output\]/;

const ICE = /internal compiler error|PLEASE submit a bug report|Please submit a full bug report/;

function unknown(lines: string[], python: string | undefined): Diagnosis {
  const candidates = lines
    .map((text, index) => ({ text: text.trim(), index }))
    .filter(
      (l) =>
        l.text.length <= MAX_LINE &&
        // Python's exceptions (ModuleNotFoundError: …) name the cause too
        /\berror\b|\bfailed\b|Traceback|internal compiler error|^\w+(?:Error|Exception):/i.test(
          l.text,
        ),
    );
  const specific = candidates.filter((l) => !GENERIC.test(l.text));
  const picked = (specific.length ? specific : candidates).slice(0, MAX_EVIDENCE);
  const evidence: Evidence[] = picked.map((l) => ({
    text: l.text,
    source: 'log',
    line: l.index + 1,
  }));
  const concerns = python ? { python } : {};
  if (lines.some((l) => ICE.test(l))) {
    return {
      class: 'unknown',
      confidence: 'low',
      title: 'A compiler crashed (an internal compiler error): no known cause matched this log',
      evidence,
      concerns,
      remedy:
        'an internal compiler error is a bug in the compiler, not in the code: try another compiler version, or lower the optimisation level (or turn off LTO) for the file it names',
    };
  }
  const wrappers = wrapperLines(lines);
  const innermost = wrappers[0];
  if (innermost) {
    const status = innermost.status !== undefined ? ` (status ${innermost.status})` : '';
    const shown = new Set(wrappers.slice(0, MAX_EVIDENCE).map((w) => w.index));
    const wrapperEvidence = [
      ...wrappers
        .slice(0, MAX_EVIDENCE)
        .map((w) => ({ text: w.text, source: 'log', line: w.index + 1 })),
      ...evidence.filter((e) => !shown.has(e.line! - 1)),
    ].slice(0, MAX_EVIDENCE);
    const cause = wrapperCause(innermost, PARALLEL.test(lines.join('\n')));
    if (cause) return { ...cause, confidence: 'low', evidence: wrapperEvidence, concerns };
    return {
      class: 'unknown',
      confidence: 'low',
      title: `Only the build tool’s summary is here: ${innermost.tool} reports that ${innermost.target} failed${status}, not why`,
      evidence: wrapperEvidence,
      concerns,
      remedy: `the failing command’s own message is not in this log: look above the ${innermost.tool} line for the first error of the command it ran (with parallel jobs it can be far above, between other output), or rerun with one job and verbose output (\`jobs: 1\`; \`make -j1 V=1\`, \`ninja -j1 -v\`, \`cargo build -j1 -v\`) so that it is printed next to the failure`,
    };
  }
  return {
    class: 'unknown',
    confidence: 'low',
    title: 'No known cause matched this log',
    evidence,
    concerns,
    remedy: 'read the lines above; the first error is usually the cause',
  };
}
