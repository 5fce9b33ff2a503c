import type { Confidence, DiagnosisClass } from './diagnosis.js';
import {
  CANNOT_ALLOCATE,
  ERROR,
  FATAL_ERROR,
  FILE_EXISTS,
  FILE_TRUNCATED,
  FORMAT_NOT_RECOGNIZED,
  KILLED,
  LD_CANNOT_FIND,
  MAKE_NO_RULE,
  MAKE_NO_RULE_AFTER,
  MAKE_WAITING,
  MEMORY_EXHAUSTED,
  NO_SPACE,
  NO_SUCH_FILE as NO_SUCH_FILE_WORDS,
  SHARED_OBJECT_OPEN,
  SIGNAL_TERMINATED,
  TEXT_FILE_BUSY,
  UNDEFINED_REFERENCE,
} from './locale-words.js';
import {
  escapeRegExp,
  REMOVED_ATTRIBUTES,
  VERSIONED_APIS,
  VERSIONED_HEADERS,
  VERSIONED_LVALUES,
  VERSIONED_MODULES,
} from './python-versions.js';
import { isLibcHeader, packagesForHeader } from './packages.js';
import { STD_NAMES } from './std-headers.js';
import { LIBRARY_SYMBOL } from './symbols.js';

/**
 * What a matching line names, for the title and the remedy: a header, a library, a program, a
 * source or object file, the memory an allocation had reached, or a Python API.
 */
export type Subject =
  | 'header'
  | 'library'
  | 'program'
  | 'source'
  | 'object'
  | 'shared-library'
  | 'allocated'
  | 'api'
  | 'symbol';

/**
 * One known failure signature in a build log. `pattern` is tried on each line; `subject` lists the
 * capture groups that may name what it is about (the first that matched counts); `weight` orders lines within a class (the decisive
 * line outweighs its echoes); `{subject}` and `{fix}` in the templates are filled in by the
 * classifier (`{fix}` is the class's computed remedy: package names, memory numbers).
 */
export interface LogRule {
  id: string;
  class: DiagnosisClass;
  confidence: Confidence;
  pattern: RegExp;
  subject?: { groups: number[]; kind: Subject };
  weight: number;
  title: string;
  remedy: string;
  /** The line counts only when the whole log also matches this (the circumstance that makes it this class). */
  onlyIf?: RegExp;
  /** The line does not count when the whole log matches this (a sign of another mechanism). */
  unlessLog?: Pick<RegExp, 'test'>;
  /** Rules whose finding on the same line this one replaces (a more specific reading of it). */
  supersedes?: string[];
  /** The line counts only when this holds of its subject and the whole log. */
  subjectIf?: (subject: string, log: string) => boolean;
  /** A last resort: the line counts only when no other rule found anything in the log. */
  alone?: boolean;
  /** The rule reads the compiler's echo of the source (other rules skip those lines). */
  readsEcho?: boolean;
}

// Compilers, assemblers and linkers whose death or failure the rules name.
const TOOL = String.raw`(cc1plus|cc1objplus|cc1obj|cc1|lto1|lto-wrapper|collect2|ld64|ld(?:\.\w+)?|lld|as|f951|rustc|nvcc|clang\+\+|clang|g\+\+|gcc|gfortran|c\+\+|cc)`;
// gcc and pip print localized messages: every locale's words count (see locale-words.ts).
const FATAL = String.raw`(?:${FATAL_ERROR})`;
const NO_SUCH_FILE = String.raw`(?:${NO_SUCH_FILE_WORDS})`;
const CANNOT_FIND = String.raw`(?:${LD_CANNOT_FIND})`;
// The C++ standard library's headers up to C++11, extensionless.
const CXX_STD_HEADERS = String.raw`(?:algorithm|array|atomic|bitset|cassert|cctype|cerrno|cfloat|chrono|cinttypes|climits|clocale|cmath|complex|condition_variable|csetjmp|csignal|cstdarg|cstddef|cstdint|cstdio|cstdlib|cstring|ctime|cwchar|deque|exception|fstream|functional|future|initializer_list|iomanip|ios|iosfwd|iostream|istream|iterator|limits|list|locale|map|memory|mutex|new|numeric|ostream|queue|random|ratio|regex|set|sstream|stack|stdexcept|streambuf|string|system_error|thread|tuple|type_traits|typeinfo|unordered_map|unordered_set|utility|valarray|vector)`;
const HEADER_FILE = String.raw`[\w./\\+-]+\.(?:h|hh|hpp|hxx|H|inc|tcc|ipp|cuh)`;
// A header the preprocessor cannot find, as MSVC and the EDG front end (nvcc, icc, nvc++) say it;
// gcc's and clang's form is `${FATAL}: x.h: No such file…` / `'x.h' file not found`.
// The C library's headers a compiler needs before any project's (toolchain-broken when missing).
const LIBC_HEADER_NAMES =
  'stdio|stdlib|string|limits|stddef|stdint|errno|unistd|features|math|assert|wchar|signal|time|pthread';
// Headers of the Windows SDK (um/, shared/, ucrt/) that projects include directly.
const WINDOWS_SDK_HEADER_NAMES =
  'windows|windef|winbase|winnt|winuser|winerror|winver|winsock|winsock2|ws2tcpip|ws2def|mswsock|iphlpapi|lm|lmcons|sdkddkver|winsdkver|ntverp|winapifamily|objbase|ole2|oleauto|shlobj|shellapi|shlwapi|wincrypt|bcrypt|ncrypt|dbghelp|psapi|tlhelp32|commctrl|mmsystem|ntsecapi|aclapi|userenv|setupapi|winioctl|windowsx|corecrt|crtdbg|io|direct|process|malloc|tchar|d3d11|dxgi|rpc|combaseapi|guiddef|specstrings|sal';
const INCLUDE_NOT_FOUND = String.raw`(?:fatal error C1083: Cannot open include file:|catastrophic error: cannot open source file)`;
// MSVC ships its messages translated (zh-CN, zh-TW, ja, ko, de, fr, es, it, ru, pl, pt-BR, cs, tr)
// but keeps the error's number and the file's name: C1083 naming a header (by its extension) is
// the include not found in any of them, as the compiler prints it or as Visual Studio's Error List
// copies it (tab-separated). C1083 also reports sources, PCH and object files it cannot open: those
// do not end in a header's extension. An extensionless header (`<vector>`) is taken in the words
// found in posted logs (English, Chinese, Korean, Italian, Russian).
const C1083_INCLUDE_WORDS = String.raw`Cannot open include file|无法打开包括文件|포함 파일을 열 수 없습니다\.?|Non è possibile aprire il file inclusione|Не удается открыть файл включение`;
const MSVC_OPEN_QUOTE = String.raw`['"‘“「«]`;
const MSVC_CLOSE_QUOTE = String.raw`['"’”」»]`;
/** MSVC's C1083 naming a file of `name`'s form, in any locale; one group, the file. */
const msvcCannotOpen = (name: string): string =>
  String.raw`\bC1083\s*[:\t][^'"‘“「«\t\n]*?${MSVC_OPEN_QUOTE}?(${name})${MSVC_CLOSE_QUOTE}?(?=[:：\s,]|$)`;
const MSVC_HEADER = String.raw`[^'"’”」»:：\s]+?\.(?:h|hh|hpp|hxx|inc|inl|tcc|H)`;
// Any header, extensionless too, in the words of the locales above; the code may be cut off (a
// report quoting only the words, pip summarizing the compiler line): the words are MSVC's alone.
const MSVC_INCLUDE_WORDS = String.raw`(?:\bC1083\s*[:\t]\s*)?(?:${C1083_INCLUDE_WORDS})\s*[:：]?\s*${MSVC_OPEN_QUOTE}([^'"’”」»\t\n]+)${MSVC_CLOSE_QUOTE}`;
// Where MSVC, nvcc's front end and other Windows-style tools put a diagnostic: `file(line)` or
// `file(line,col)`, with or without a space before the colon.
const MSVC_AT = String.raw`\(\d+(?:,\d+)?\)\s*:`;
const HEADER = String.raw`['"‘<]?([\w./+-]+\.(?:h|hh|hpp|hxx|H|inc))['"’>]?`;
// Visual Studio's Error List copied as text: tab-separated code, message, (project,) file, line;
// no `error` word. C2xxx, C3xxx and C7xxx are the compiler's errors in the code (C1xxx are fatal
// ones with their own rules; C4xxx and C5xxx are warnings, in rows of the same shape).
const VS_ERROR_LIST = String.raw`^\s*(?:Error\t)?C[237]\d{3}\t[^\t]+\t.*\t\d+\s*$`;
const SOURCE = String.raw`[\w./\\+-]+\.(?:c|cc|cpp|cxx|C|c\+\+|m|mm|pyx|pxd|f|f90|F90|cu)`;
// gcc before 4.5 did not call a missing include fatal: `x.c:5:41: error: y.h: No such file or
// directory`, after the compile's own location; it reads as `fatal error:` does.
const INCLUDE_MISSING = String.raw`(?:${FATAL}|(?:${SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: (?:${ERROR}))`;

// A header missing, as gcc, clang (and gcc 4's non-fatal form) and MSVC (C1083, in any locale)
// say it: the race rules' reading of it. Two groups, the header.
const RACE_HEADER_MISSING = new RegExp(
  String.raw`${INCLUDE_MISSING}[:：]\s*${HEADER}(?:[:：]\s*${NO_SUCH_FILE}| file not found)|${msvcCannotOpen(MSVC_HEADER)}`,
);

// A library file at a system path (one group, its name without `lib` and the suffix).
const SYSTEM_LIBRARY_FILE = String.raw`\/(?:usr\/(?:local\/)?)?lib(?:64|32)?\/(?:[\w.+-]+\/)*lib([\w+-]+?)\.(?:so(?:\.\d+)*|a)`;

// A file a build step writes, by the names projects give them.
const GENERATED = String.raw`(?:[\w.+-]+/)*[\w.+-]*(?:generated|autogen|_gen\b|\bgen_|version_git|buildinfo|\.pb)[\w./+-]*`;

// A build tool's own sign that it ran steps at once: make's -j, its wait line, its jobserver
// (`jobserver unavailable`, `--jobserver-auth`) and `--shuffle` (which reorders prerequisites to
// bring races out), ninja's counter, CMake's `--build --parallel N` and its environment
// variable, MSBuild's `/m` (`-maxcpucount`) and the `N>` it prefixes each project's lines with.
export const PARALLEL = new RegExp(
  String.raw`(?:^|\s)-j\s*\d*(?:\s|$)|--jobs\b|--parallel(?:[\s=]+(?:[2-9]|\d{2,}))?(?:\s|$)|CMAKE_BUILD_PARALLEL_LEVEL=(?:[2-9]|\d{2,})|${MAKE_WAITING}|^\s*\[\d+\/\d+\] |\bninja\b|\bjobserver\b|--shuffle\b|(?:^|\s)[/-](?:m|maxcpucount)(?::\d+)?(?:\s|$)|^\s*[2-9]\d*>\S`,
  'm',
);

/** `compute` of a log, kept for the last log asked: rules ask it once per matching line. */
function perLog<T>(compute: (log: string) => T): (log: string) => T {
  let last: { log: string; value: T } | undefined;
  return (log) => {
    if (last?.log !== log) last = { log, value: compute(log) };
    return last.value;
  };
}

// The link of configure's or CMake's check not finding a library its flags name (`-lomp` in
// LDFLAGS), other than the C library and the compiler's own.
const LINKED_LIBRARY_MISSING = new RegExp(
  String.raw`(?:${CANNOT_FIND}|library not found for) -l(?!(?:c|gcc|gcc_s|stdc\+\+)\b)[\w.+-]+`,
);

const CONFIGURE_ERROR_IN =
  /configure: error: in [`'‘]([^'’\n]+)['’]:?[ \t]*\n[ \t]*configure: error: ([^\n]+)/g;

/**
 * The configure directories failing twice in a log with two different errors (zsv's vendored
 * pcre2: `C compiler cannot create executables`, then `cannot compute suffix of executables`):
 * two runs of the same configure at once, each removing the other's conftest files.
 */
const configuresFailedTwice = perLog((log): Set<string> => {
  const first = new Map<string, string>();
  const twice = new Set<string>();
  for (const [, dir, error] of log.matchAll(CONFIGURE_ERROR_IN)) {
    const seen = first.get(dir!);
    if (seen === undefined) first.set(dir!, error!.trimEnd());
    else if (seen !== error!.trimEnd()) twice.add(dir!);
  }
  return twice;
});

// Headers only a build step writes, by kind: GN's `buildflag_header` (`*_buildflags.h`), mojo's
// bindings (`*.mojom.h`), Qt's moc and uic (`moc_x.h`, `ui_x.h`), a `.inc` table (nothing
// installs `.inc` files; projects include the ones a script of their build writes), the Pico
// SDK's pioasm output (`*.pio.h`), gcc's own target headers (`tm.h`, `tm_p.h`, `libgcc_tm.h`,
// `insn-*.h`, which its build writes from the target's files) and systemd's name tables
// (`errno-to-name.h`, `arphrd-from-name.h`, written by its scripts from the kernel's lists),
// protobuf-c's `*.pb-c.h`, a schema embedded as `*.json.h`, gdbus-codegen's `*-proxy.h` (bare: a
// library's `soup/…-proxy.h` is installed) and compile_et's `*_err.h` (but for its own installed
// `com_err.h`).
const GENERATED_KIND = String.raw`_buildflags\.h$|\.mojom(?:-[\w-]+)?\.h$|(?:^|/)(?:moc|ui)_[\w-]+\.h$|\.inc$|\.pio\.h$|(?:^|/)(?:libgcc_)?tm(?:_p)?\.h$|(?:^|/)insn-[\w-]+\.h$|-(?:to|from)-name\.h$|\.pb-c\.h$|\.json\.h$|^[\w-]+-proxy\.h$|(?:^|/)(?!com_err\.h)[\w-]+_err\.h$`;

// Names build steps give the headers they write: parser and lexer generators' outputs, configure's
// config.h, version stamps, prototype and protobuf/IDL output.
const GENERATED_NAME = String.raw`[\w-]*(?:parse|parser|lex|lexer|scanner)\.(?:h|hh|hpp)|[\w-]*\.tab\.(?:h|hh|c|cc)|config\.h|version\.h|[\w-]*_proto\.h`;
const GENERATED_HEADER = new RegExp(
  String.raw`(?:^|/)(?:${GENERATED_NAME})$|(?:^|/)proto/|generated|autogen|_gen\b|\bgen_|\.pb\.h$|${GENERATED_KIND}`,
  'i',
);
// Sources and headers that generators write, by the names they give them: protoc's and grpc's,
// flatbuffers', bison's, Qt's moc/uic/rcc.
const GENERATED_SOURCE = String.raw`(?:[\w.+-]*[\/\\])*(?:[\w.+-]+\.(?:grpc\.)?pb\.(?:cc|c|h)|[\w.+-]+_generated\.h|[\w.+-]+\.tab\.(?:c|cc|h|hh)|(?:moc|ui|qrc)_[\w+-]+\.(?:cpp|cxx|h))`;
// Sources parser and lexer generators write (bison's, flex's, lemon's, a project's own `*_parse.c`),
// and the generators' outputs above: a compiler driver not finding one was run before its generator.
const GENERATED_PARSER_SOURCE = String.raw`(?:[\w.+-]+[\/\\])*(?:[\w-]*(?:parse|parser|lex|lexer|scanner|grammar)\.(?:c|cc|cpp|cxx)|lex\.yy\.c)|${GENERATED_SOURCE}`;
// A generator's own check that its output and its runtime are one release (protobuf's guard).
const GENERATOR_VERSION_MISMATCH =
  /generated by (?:a newer|an older) version of protoc|incompatible with your Protocol Buffer headers|PROTOBUF_VERSION|PROTOBUF_MIN_PROTOC_VERSION|FLATBUFFERS_VERSION/;
// A compiler's words for a source cut short or spliced: gcc's and clang's (an unclosed brace,
// comment, string or conditional; a closing brace with no opening one), then MSVC's numbers for the
// same (C1004/C1071 end of file, C1070 #if/#endif, C1075 no matching token, C2059 on a brace).
const SPLICED_SOURCE = String.raw`expected .+ at end of input|expected .+ before end of|extraneous closing brace|expected declaration before ['‘]\}['’] token|unterminated (?:comment|\/\* comment|conditional directive|#\w+|argument list)|missing terminating .{1,3} character|#(?:endif|else|elif) without #if`;
const SPLICED_SOURCE_MSVC = String.raw`C10(?:04|70|71|75)\b|C2059: syntax error: ['‘]\}['’]`;
// A path in a build tree (FreeBSD's /usr/obj, CMake's and autotools' build directories, libtool's
// .libs) or a relative one: a file the build makes, not one a system package installs.
const BUILD_TREE_PATH = /^(?![/\\]|[A-Za-z]:)|(?:^|\/)(?:obj|build|_build|out|\.libs|target)\//;
// The shell not finding a program at a build-tree or relative path; automake's help2man step
// getting no `--help` out of the program it documents.
const SHELL_NOT_FOUND = String.raw`(?:^|\s)\/bin\/(?:ba|da)?sh: (?:\d+: |line \d+: )?((?:\.\.?\/|\S*\/(?:_?build|out|bin|binaries|\.libs)\/)\S+): (?:${NO_SUCH_FILE}|not found|cannot execute: ${NO_SUCH_FILE})`;
const HELP2MAN_NO_HELP = String.raw`help2man: can't get [\`'‘]--help['’] info from (\S+)`;
// A make target with one of those names (make quotes it in its locale's quotes).
const GENERATED_TARGET = String.raw`(?:(?!\/(?:usr|opt|lib|lib64|bin|sbin|etc)\/)(?:\/[\w.+-]+)*\/)?(?:${GENERATED}|(?:[\w.+-]+/)*(?:${GENERATED_NAME}))`;
// A make or ninja target that is a build's output: a directory (make's order-only `dir/`
// prerequisites), or a path under a build-output directory (CMake's and Meson's build trees,
// cargo's target/release, libtool's .libs, EDK2's Build/); not a path of the system's (/usr/bin,
// /opt/…/lib).
// A relative ninja target (no leading slash or drive): system paths stay missing-library's.
const NINJA_TARGET = String.raw`(?![/\\]|[A-Za-z]:)[^\s']+`;
const BUILD_OUTPUT = String.raw`(?!\/(?:usr|opt|lib|lib64|bin|sbin|etc)\/)(?:[^\s'’“”»」"]+\/|(?![/\\]|[A-Za-z]:)(?:[\w.+-]+\/)*lib[\w.+-]+\.(?:a|la|lib)(?=['’“”»」"\s,]|$)|(?:[^\s'’“”»」"]*\/)?(?:[Bb]uild|_build|out|bin|obj|\.libs|target\/(?:release|debug))\/[^\s'’“”»」"]+)`;
// Headers of the system and the kernel, whatever their names (linux/version.h is not the project's).
const SYSTEM_HEADER =
  /^(?:\/usr\/|(?:linux|asm|asm-generic|X11|GL|gnu|net|netinet|arpa|mach|machine|openssl)\/)/;
// CPython's object and state structures, by typedef and by struct tag (Include/cpython/*.h): not a
// project's own `PyFooObject`, whose members are the project's business.
const PYTHON_STRUCT = String.raw`Py(?:Var|Type|HeapType|Frame|Code|Long|Float|Complex|Unicode|ASCII|CompactUnicode|Bytes|ByteArray|List|Tuple|Dict|Set|Gen|Coro|AsyncGen|Function|Method|CFunction|Module|BaseException|Slice|Cell|MemoryView|Descr|GetSetDescr|MemberDescr|MethodDescr|WrapperDescr)?Object|PyThreadState|PyInterpreterState|PyWeakReference|_object|_typeobject|_heaptypeobject|_frame|_ts|_is|_longobject|_PyInterpreterFrame|_PyCFrame|_PyErr_StackItem|_err_stackitem`;
const OPEN_QUOTE = String.raw`[\`'‘„«“”「"]?`;
const CLOSE_QUOTE = String.raw`(?=[\`'’“”»」"\s,.]|$)`;

/** make's "No rule to make target" naming a target of `target`'s form, in any locale; two groups. */
const makeNoRule = (target: string): string =>
  String.raw`(?:${MAKE_NO_RULE})\s*${OPEN_QUOTE}\s*(${target})${CLOSE_QUOTE}|${OPEN_QUOTE}(${target})['’”»」"]?\s*(?:${MAKE_NO_RULE_AFTER})`;

/**
 * A header the project itself provides (or a step of its build writes), not a system or
 * dependency header: no package is known for it, and the log includes it with quotes, shows a
 * step writing it, names it as build output, or it has a generated file's name. Missing, it was written too late.
 */
export function projectHeader(header: string, log: string): boolean {
  const base = escapeRegExp(header.split('/').pop() ?? header);
  return (
    builtHeader(header, log) ||
    (ownable(header) && new RegExp(String.raw`#\s*include\s*"(?:[^"]*/)?${base}"`).test(log))
  );
}

// A directory projects keep other projects' sources in (git submodules, vendored copies): a header
// missing there is a submodule not checked out or a dependency not fetched, not a step's output.
const VENDORED_PATH =
  /(?:^|\/)(?:external|extern|third[_-]?party|3rdparty|vendor|vendored|deps|submodules?)\//i;

/** Not a header of the C library, the system, a known package, a Python release or a vendored copy. */
function ownable(header: string): boolean {
  if (isLibcHeader(header) || packagesForHeader(header) || SYSTEM_HEADER.test(header)) return false;
  if (VENDORED_PATH.test(header)) return false;
  return !new RegExp(String.raw`^(?:\S*/)?(?:${VERSIONED_HEADERS})$`).test(header);
}

/**
 * Without a parallel build, stricter: a header a step of the build writes (a generated file's
 * name, a step writing it or making its directory, a build-tree path). Quoted alone
 * (`#include "x.h"`), a header is no evidence of a step making it: a header never committed and a
 * dependency's header off the include path are quoted so too.
 */
export function builtHeader(header: string, log: string): boolean {
  return (
    ownable(header) &&
    (GENERATED_HEADER.test(header) ||
      generatedInLog(header, log) ||
      headerDirectoryMadeInLog(header, log) ||
      /^\.\.?\/|(?:^|\/)(?:build|_build|out|gen)\//.test(header))
  );
}

// A shell's redirection, not MSBuild's `N>` prefix of a project's lines (`20>D:\\src\\x.h(3,1): …`).
const REDIRECT = String.raw`(?<!^\s*\d+)>`;

/**
 * The log shows a build step writing the file (or a sibling of the same stem, as code generators
 * write `x.h` with `x.c`): CMake's and Automake's "Generating"/"GEN" lines, or output to it.
 */
export function generatedInLog(file: string, log: string): boolean {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = escapeRegExp(base.replace(/\.[^.]+$/, ''));
  const name = escapeRegExp(base);
  const dir = file.includes('/') ? escapeRegExp(file.replace(/\/[^/]*$/, '')) : null;
  return new RegExp(
    String.raw`(?:\bGenerating|\bGEN|\bgenerating|\bCreating|\bcreating|\bWriting|\bHEADER|\bHDRINST)\b[^\n]*?\b${stem}\.|(?:-o\s*|${REDIRECT}\s*)\S*\b${name}\b${
      // A code generator's output directory (protoc's and grpc's `--cpp_out=DIR`, flatc's `-o DIR`).
      dir ? String.raw`|--\w+_out=(?:\S*:)?(?:\.\/)?${dir}\/?(?:\s|$)` : ''
    }`,
    'm',
  ).test(log);
}

// A header a step of the log writes: a shell's redirection into it, Automake's `GEN`, CMake's and
// ninja's `Generating`.
const HEADER_WRITTEN = new RegExp(
  String.raw`(?:${REDIRECT}\s*|\bGEN\s+|\bGenerating\s+)(?:\S*[\\/])?([\w-]+)\.(?:h|hh|hpp|inc)\b`,
  'gm',
);

/** The log shows a step writing a header whose name (four letters or more) `identifier` carries. */
export function writtenHeaderNamed(identifier: string, log: string): boolean {
  const name = identifier.toLowerCase();
  return [...log.matchAll(HEADER_WRITTEN)].some(
    ([, stem]) => stem!.length >= 4 && name.includes(stem!.toLowerCase()),
  );
}

/**
 * A file the build itself makes, by its path (a build tree, a relative path, MSBuild's
 * configuration directories), by its kind (the linker's export file, program database and
 * incremental state, which nothing installs) or because the log shows a step writing it. A system
 * path (`/usr/lib`, `C:\Program Files`) is not.
 */
export function buildProduct(file: string, log: string): boolean {
  if (/^(?:\/(?:usr|opt|lib|lib64)\/|[A-Za-z]:[\\/](?:Program Files|Windows)\b)/i.test(file))
    return false;
  return (
    /\.(?:exp|pdb|ilk)$/i.test(file) ||
    /(?:^|[\\/])(?:build|_build|out|obj|\.libs|target|Release|Debug|RelWithDebInfo|MinSizeRel|x64|Win32)[\\/]/i.test(
      file,
    ) ||
    /^\.\.?[\\/]/.test(file) ||
    generatedInLog(file.replaceAll('\\', '/'), log) ||
    archivedInLog(file, log)
  );
}

/** The log shows the copy or install command that names `file` (the step that then failed). */
function copiedInLog(file: string, log: string): boolean {
  return new RegExp(
    String.raw`^\s*(?:\S*\/)?(?:g?install|cp|mv|ln)\s[^\n]*?(?:\s|^)${escapeRegExp(file)}(?:\s|$)`,
    'm',
  ).test(log);
}

/** ranlib read members of the archive `file` in this log (`ranlib: file: libx.a(y.o) has no symbols`): it existed a moment earlier. */
function ranlibReadMembers(file: string, log: string): boolean {
  return new RegExp(String.raw`\branlib: (?:file: )?${escapeRegExp(file)}\(`).test(log);
}

/**
 * The log shows the archiver writing `file` (`ar rcs libx.a …`, a quiet build's `AR libx.a`),
 * before or after the step that wanted it: a static library the build makes.
 */
function archivedInLog(file: string, log: string): boolean {
  return new RegExp(
    String.raw`^\s*(?:AR\s+|(?:\S*\/)?(?:[\w.-]+-)?ar\s+-?[crsuvqTD]+\s+)(?:\S*\/)?${escapeRegExp(file.split(/[\\/]/).pop() ?? file)}(?:\s|$)`,
    'm',
  ).test(log);
}

/**
 * The log shows a step writing headers (shell redirection, `-o`) into a directory the compiles
 * search (`-I dir`): the build makes headers there, so one missing there may be one not made yet.
 */
function includeDirectoryWritten(log: string): boolean {
  const written = log.matchAll(
    /(?:>|\s-o\s*)\s*(?:\.\/)?((?:[\w.+-]+\/)*[\w.+-]+)\/[\w.+-]+\.(?:h|hh|hpp)\b/g,
  );
  return [...written].some(([, dir]) =>
    new RegExp(String.raw`(?:^|\s)-I\s*(?:\.\/)?${escapeRegExp(dir!)}\/?(?:\s|$)`, 'm').test(log),
  );
}

/** The log shows a step making the directory `file` is written into (`mkdir -p`, `install -d`). */
function directoryMadeInLog(file: string, log: string): boolean {
  const dir = escapeRegExp(file.replace(/\/[^/]*$/, '').replace(/\/$/, ''));
  return new RegExp(String.raw`(?:mkdir|install)\s[^\n]*?["']?${dir}\/?["']?(?:\s|$)`, 'm').test(
    log,
  );
}

/**
 * A package's staging tree (`DESTDIR`: Gentoo's and Yocto's `image/`, rpm's `BUILDROOT`, Debian's
 * `debian/tmp`, Arch's `pkg/`, Homebrew's `Cellar`): every directory in it is made by a step of the
 * same `make install`, so one missing there is a step that had not run yet.
 */
const STAGING_TREE =
  /(?:^|\/)(?:image|DESTDIR|destdir|BUILDROOT|buildroot|pkg|_install|install_root|staging|Cellar|debian\/tmp)\//;

/**
 * A step writing into a directory that is not there, in the tools' words: install, ln, cp, mv,
 * touch, tee, mkdir (coreutils' and BusyBox's quotes) and dash's redirect. Subjects in groups 1-5.
 */
const WRITE_INTO_MISSING_DIRECTORY = new RegExp(
  String.raw`\b(?:install|ln|cp|mv): (?:cannot create (?:regular file|symbolic link|directory) |failed to create symbolic link |cannot move \S+ to )[\`'‘"]?([^\`'’"\s]+)['’"]?: (?:${NO_SUCH_FILE}|No such\s*$)|\btouch: cannot touch ['‘"]?([^'’"\s]+)['’"]?: ${NO_SUCH_FILE}|\btee: ['‘"]?([^'’"\s:]+)['’"]?: ${NO_SUCH_FILE}|\bmkdir: cannot create directory [\`'‘"]?([^\`'’"\s]+)['’"]?: ${NO_SUCH_FILE}|(?:^|\s)(?:\S*\/)?(?:da)?sh: (?:\d+: )?cannot create ([^:\s]+): Directory nonexistent`,
);

// Python's own C-API that only an embedding program (or an extension on Windows) links: the
// module and type set-up and argument parsing every extension calls.
const EMBEDDING_API = String.raw`PyType_Ready|PyModule_Create2|PyModule_AddObject|PyArg_ParseTuple\w*|Py_BuildValue`;

/** The log shows a shell command writing its output into `file` (`> file`, `>> file`). */
function redirectedInLog(file: string, log: string): boolean {
  return new RegExp(String.raw`>>?\s*["']?${escapeRegExp(file)}["']?(?:[\s;)|&]|$)`, 'm').test(log);
}

/**
 * The same command writing `output` printed three times in a row: make running a rule that
 * names several targets once for each of them at once (`a b c: …` under `-j`), each run
 * rewriting the same file. A build retried from the start repeats whole sequences, not one line.
 */
function runThriceInARow(output: string, log: string): boolean {
  return linesThriceInARow(log).some((line) => line.includes(`-o ${output}`));
}

// Every compile line of a log asks runThriceInARow: found once per log, not once per line (that
// made a 900 KB log of compiles take 30 s).
const linesThriceInARow = perLog((log): string[] => {
  const lines = log.split('\n').map((l) => l.trim());
  return lines.filter((line, i) => line !== '' && line === lines[i + 1] && line === lines[i + 2]);
});

/**
 * The log shows a step making the header's leading directory: a symbolic link to it (`ln -s
 * ../../ccan ./ccan`), `mkdir`, `install -d` or a copy (`cp -r`). Its headers are the build's.
 */
function headerDirectoryMadeInLog(header: string, log: string): boolean {
  const top = header.split('/')[0];
  if (!top || top === header || top === '.' || top === '..') return false;
  return new RegExp(
    String.raw`(?:\bln\s+(?:-\w+\s+)*\S+|\bmkdir(?:\s+-\w+)*|\binstall\s+-d|\bcp\s+-\w*[rRa]\w*\s+\S+)\s+(?:\S*\/)?${escapeRegExp(top)}\/?["']?(?:\s|$)`,
    'm',
  ).test(log);
}

// Other toolchains' and runtimes' allocation failures: zig's `error: OutOfMemory`, the JVM's
// `OutOfMemoryError` (and Gradle's heap), .NET's `OutOfMemoryException`, GHC's
// RTS (`out of memory (requested N bytes)`, `Unable to commit N bytes of memory`, its
// VirtualAlloc and mmap failures), Ruby's `NoMemoryError`, and V8's heap exhausted as its GC trace
// shows it when the `JavaScript heap out of memory` line itself is cut off (the trace V8 prints
// only as it dies, its full collections that freed nothing, its `Allocation failed - …` line),
// and Gradle stopping its daemon because the JVM's collector is thrashing or its old generation
// is full (`JVM Tenured space is exhausted`, `running out of JVM memory`, its heap space or
// metaspace); Macaulay2's `out of memory trying to allocate N bytes`; Go's runtime out of address
// space (`cannot map pages in arena address space`, a 32-bit process).
const OTHER_OUT_OF_MEMORY = String.raw`<--- Last few GCs --->|\b(?:last resort|allocation failure) GC in old space requested|allocation failure;? scavenge might not succeed|\bAllocation failed - |Ineffective mark-compacts near heap limit|garbage collector (?:is )?thrashing|\bOutOfMemory(?:Error|Exception)?\b|GC overhead limit exceeded|JVM (?:heap|Tenured) space is exhausted|after running out of JVM (?:memory|heap space|Metaspace)|\bJava heap space\b|\bout of memory \(requested \d+ bytes\)|\bout of memory trying to allocate \d+ bytes|runtime: cannot map pages in arena address space|NoMemoryError|Unable to commit \d+ bytes of memory|getMBlocks: VirtualAlloc MEM_COMMIT failed|\bmmap \d+ bytes at \S+: Cannot allocate memory`;
// Other tools' words for a child that died of SIGKILL: any capitalisation of `exit code -9`/`137`
// (GHC's `(Exit code: -9)`), Haskell's `ExitFailure (-9)` (stack adds its own OOM hint), Bazel's
// `(Exit 137)` and `failed: (Killed)`, Gradle's daemon or Bazel's server vanishing (the JVM killed
// under it).
const OTHER_KILL_STATUS = String.raw`\b[Ee]xit(?:ed)?(?: with)? (?:[Ss]tatus|[Cc]ode|[Vv]alue)[:= ]*(?:137|-9)\b|ExitFailure \(?-9\)?|THIS MAY INDICATE OUT OF MEMORY|\(Exit 137\)|\bfailed: \(Killed\)|daemon disappeared unexpectedly \(it may have been killed|\bServer terminated abruptly\b`;

// CI agents' warnings that the machine's memory is nearly used up.
const LOW_MEMORY =
  /Free memory is lower than \d+%|\b(?:running|is) (?:low on|out of) (?:memory|RAM)\b|memory (?:usage|utili[sz]ation) (?:is )?(?:above|over|at) (?:9\d|100)(?:\.\d+)?%/i;

// Directives every compiler emits: a .s file cut off mid-write ends with a prefix of one.
const COMMON_DIRECTIVES = [
  '.string',
  '.section',
  '.globl',
  '.type',
  '.size',
  '.file',
  '.loc',
  '.long',
  '.quad',
  '.byte',
  '.value',
  '.text',
  '.align',
  '.p2align',
  '.ident',
  '.cfi_startproc',
  '.cfi_endproc',
  '.cfi_offset',
  '.cfi_def_cfa_offset',
  '.zero',
  '.uleb128',
  '.sleb128',
  '.ascii',
  '.weak',
  '.local',
  '.comm',
  '.data',
  '.word',
  '.hidden',
  '.set',
];
const cutDirective = (name: string): boolean => COMMON_DIRECTIVES.some((d) => d.startsWith(name));

// Fortran modules that come installed with a compiler or a library, not built by the project.
const INSTALLED_MODULE =
  /^(?:mpi|mpi_f08|pmpi\w*|omp_lib\w*|openacc|iso_\w+|ieee_\w+|hdf5|h5\w+|netcdf\w*|fftw3\w*|mkl\w*|blas\w*|lapack\w*)$/i;

// A compiled OCaml unit named in the log that an installation holds, not the build tree.
const OCAML_INSTALLED =
  /(?:[Ff]iles?|and) \S*(?:\.opam|\/lib\/ocaml|\/usr\/)\S*\s+(?:and|make inconsistent|disagree)/;

export const NO_COMPILER_REMEDY =
  'install a compiler (`apt-get install build-essential` / `dnf install gcc gcc-c++` / `xcode-select --install`), or set `CC`/`CXX` to one that exists';
export const STOPPED_REMEDY =
  'the build was stopped from outside (a timeout or a cancelled job): raise the time limit or build fewer versions per job';

const OTHER_PYTHON_TITLE =
  'The extension uses {subject}, which this Python does not export: built for another Python';
const OTHER_PYTHON_REMEDY =
  'the extension was built for another Python (another major release, or one that still had {subject}): rebuild it from source for this interpreter (`pip install --no-binary :all: --force-reinstall`), with a release of the project that supports this Python';

export const PARALLEL_STEPS_REMEDY =
  'the build runs steps at once that depend on each other, and the makefile (or CMakeLists.txt) does not say so: declare the dependency (the generated file or the directory as a prerequisite of the compile), or build with one job at a time (`jobs: 1`, `make -j1`, `CMAKE_BUILD_PARALLEL_LEVEL=1`) until it does';

// A compile that failed at a line of a source, in gcc's, clang's and MSVC's words.
const COMPILE_FAILED = new RegExp(
  String.raw`\S\.\w+:\d+(?::\d+)?: (?:fatal error|error)[:：]|(?:^|\s)(?:fatal )?error\s+C\d{4}\b`,
  'm',
);

// A file's last path component, escaped for a pattern.
const baseOf = (file: string): string => escapeRegExp(file.split(/[\\/]/).pop() ?? file);
// Headers whose names say a build step writes them: version stamps (`vcs_version.h`,
// `git_version.h`, `foo_version.h`), configure's `config.h`, protoc's, flatc's, bison's,
// compile_et's (`*_err.h`) and glib-mkenums' (`*_enums.h`, `*-enum-types.h`) outputs.
const GENERATED_HEADER_NAME = String.raw`(?:[\w-]*[_-])?version\.h|config\.h|[\w.-]+\.pb\.h|[\w-]+_generated\.h|[\w-]+\.tab\.(?:h|hh)|[\w-]+_err\.h|[\w-]+[_-]enums?\.h|[\w-]+-enum-types\.h`;
// A file the log shows a step writing or announcing (CMake's `Generating a;b`, kbuild's `UPD`/
// `GEN`, a redirection, `-o`), or a generator's input of the same stem (valac's `x.vala`, bison's
// `x.y`, protoc's `x.proto`): the build makes it.
function announcedByBuild(file: string, log: string): boolean {
  const base = baseOf(file);
  const stem = escapeRegExp((file.split(/[\\/]/).pop() ?? file).replace(/\.\w+$/, ''));
  return new RegExp(
    String.raw`(?:Generating|^\s*(?:GEN|UPD|CHK)\s)[^\n]*?(?:^|[\s;/\\])${base}(?:[\s;]|$)|(?:>>?|-o)\s*\S*?${base}(?:\s|$)|(?:^|[\s/\\])${stem}\.(?:vala|gs|y|yy|ypp|l|ll|proto|fbs|et|idl)\b`,
    'm',
  ).test(log);
}
// A file under a system directory a package installs into, not under a build's prefix or tree.
const SYSTEM_FILE = /^['‘`]?\/(?:usr|etc|lib|lib64|bin|sbin|opt\/homebrew)\//;

const LIBTOOL_RELINK = /relink [`'‘"]?(\S+?)['’"]? with the above command before installing it/;
const LIBTOOL_RELINK_TITLE =
  'libtool could not relink {subject} while installing: installed before what it links';

const DEPENDENCY_REMEDY =
  'a dependency the build looks up before compiling is not installed: install its development files ({subject}: the `-dev`/`-devel` package, Homebrew’s formula), or point the lookup at it (`PKG_CONFIG_PATH`, `CMAKE_PREFIX_PATH`, `<Name>_ROOT`)';

export const LOG_RULES: LogRule[] = [
  // oom-killed: the kernel's SIGKILL reaches the driver, which reports it in its own words and
  // language; the assembler then reads a half-written .s file, so its errors are echoes of the
  // kill, not the cause.
  {
    id: 'driver-killed',
    class: 'oom-killed',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(?:${KILLED})[-\s]*(?:${SIGNAL_TERMINATED})\s+(?:\S*/)?${TOOL}(?![\w+])|(?:${KILLED})\s*[(（][^()]*?\b${TOOL}(?![\w+])[)）]`,
    ),
    subject: { groups: [1, 2], kind: 'program' },
    weight: 10,
    title: 'The kernel killed {subject} (SIGKILL), most likely for memory',
    remedy: '{fix}',
  },
  {
    id: 'linker-killed',
    class: 'oom-killed',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`\b${TOOL}(?![\w+])\s+(?:terminated with signal 9\b|[^[\]]*?\b9\b[^[\]]*?\[(?:${KILLED})\])`,
    ),
    subject: { groups: [1], kind: 'program' },
    weight: 10,
    title: 'The kernel killed {subject} (signal 9), most likely for memory',
    remedy: '{fix}',
  },
  // clang's driver and cargo name the killed child in their own forms.
  {
    id: 'child-killed',
    class: 'oom-killed',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`unable to execute command: (?:${KILLED})|\(signal: 9, SIGKILL: kill\)|^(?:/bin/)?\w*sh: (?:line \d+: )?\d+ (?:${KILLED})\s`,
    ),
    weight: 9,
    title: 'The kernel killed a compiler (SIGKILL), most likely for memory',
    remedy: '{fix}',
  },
  // The kernel's own report, when the log includes it (dmesg, a container runtime): any of its
  // lines, the task table only the OOM killer prints (`… oom_score_adj name`) among them, its
  // rows too (`kernel: [pid] uid tgid total_vm rss … oom_score_adj name`) when the header is cut.
  {
    id: 'kernel-oom',
    class: 'oom-killed',
    confidence: 'high',
    pattern:
      /Out of memory: Kill(?:ed)? process \S+ \(([^)]+)\)|Out of memory: Killed\b.*?\btask=([^,\s]+)|Memory cgroup out of memory|invoked oom-killer|\boom-kill:|\bOOMKilled\b|Out of memory and no killable processes|\[\s*pid\s*\]\s+uid\s+tgid\s+total_vm\s+rss\b.*\boom_score_adj\b|\bkernel: (?:\[\s*[\d.]+\] )?\[\s*\d+\](?:\s+-?\d+){7,10}\s+\S+\s*$/,
    subject: { groups: [1, 2], kind: 'program' },
    weight: 11,
    title: 'The kernel’s OOM killer killed {subject}',
    remedy: '{fix}',
  },
  // systemd-oomd kills a whole cgroup when memory pressure or swap use stays over its limits, and
  // for nothing else: the kernel's OOM killer done earlier, in user space.
  {
    id: 'oomd-killed',
    class: 'oom-killed',
    confidence: 'high',
    pattern:
      /\bkilled_by_oomd\b|systemd-oomd(?:\[\d+\])?: Killed\b|\bKilled \S+ due to memory (?:pressure|used)\b/,
    weight: 11,
    title: 'systemd-oomd killed the build for memory pressure',
    remedy: '{fix}',
  },
  // User-space OOM killers (nohang, earlyoom) choose and kill a victim when free memory and swap
  // fall under their thresholds, and for nothing else.
  {
    id: 'userspace-oom-killer',
    class: 'oom-killed',
    confidence: 'high',
    pattern:
      /\bnohang(?:\[\d+\])?:\s+(?:Victim status|Implement(?:ing|ed) a corrective action)|\bearlyoom(?:\[\d+\])?:\s+.*\bsending SIG(?:TERM|KILL)\b/,
    weight: 11,
    title: 'A user-space OOM killer (nohang, earlyoom) killed the build for memory',
    remedy: '{fix}',
  },
  // gcc's driver names the signal (strsignal) before `signal terminated program X`; a locale whose
  // translation printed nothing leaves `fatal error: signal terminated program cc1plus`. gcc words
  // it so only for SIGKILL, SIGTERM, SIGINT and SIGQUIT; a kill for memory is the common one, a
  // time limit or a cancellation the others: low.
  {
    id: 'driver-signal-unnamed',
    class: 'oom-killed',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`(?:${FATAL})\s*:\s*(?:${SIGNAL_TERMINATED})\s+(?:\S*/)?${TOOL}(?![\w+])`,
    ),
    subject: { groups: [1], kind: 'program' },
    weight: 8,
    title: '{subject} was stopped by an unnamed signal, most likely a kill for memory',
    remedy: '{fix}',
  },
  // A build tool's summary of a child that died of SIGKILL: 137 is 128 + 9. webpack's progress
  // line with the shell's `Killed` glued to its end (` 96% [0] chunk asset optimization
  // TerserPluginKilled`: the progress line had no newline when the kill came) is the same kill.
  {
    id: 'exit-137',
    class: 'oom-killed',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`(?:exit(?:ed)?(?: with)?(?: non-zero)? (?:status|code|value)|exit_?code|return ?code|returned a non-zero code|non-zero exit value)[:= ]*(?:137|-9)\b|\bexited with 137\b|\bsignal: killed\b|\*\*\* \[[^\]]*\] \S+ 137\b|\*\*\* \[[^\]]*\] (?:${KILLED})\s*$|exit (?:status|code):? -9\b|\bcode=137\b|returned (?:non-zero )?exit (?:status|code) (?:137|-9)\b|^\s*(?:[\w.-]+\s+\|\s)?\s*(?:${KILLED})(?::\s*9)?\.?\s*$|killed by SIGKILL|\bsignal 9\b|\bSIGKILL\b|^\s*\d{1,3}% \S.*?\S(?:${KILLED})\s*$|${OTHER_KILL_STATUS}`,
    ),
    weight: 5,
    title: 'A build process was killed (SIGKILL, exit 137), most likely for memory',
    remedy: '{fix}',
  },
  // A kill the log shows only as a status (ninja's `[code=9]`, a 137) beside the CI agent's own
  // warning that memory ran low (Azure Pipelines', a runner's): each vouches for the other, low.
  {
    id: 'kill-status-low-memory',
    class: 'oom-killed',
    confidence: 'low',
    pattern: /FAILED: \[code=9\]/,
    onlyIf: LOW_MEMORY,
    weight: 4,
    title: 'A build step was killed while the machine was low on memory',
    remedy: '{fix}',
  },
  {
    id: 'low-memory-warning',
    class: 'oom-killed',
    confidence: 'low',
    pattern: LOW_MEMORY,
    onlyIf: new RegExp(
      String.raw`\[code=(?:9|137)\]|(?:Error|status|code)[:= ]+(?:137|-9)\b|\b(?:${KILLED})\b|\bsignal 9\b|\bSIGKILL\b`,
    ),
    weight: 3,
    title: 'A build step was killed while the machine was low on memory',
    remedy: '{fix}',
  },
  // A CI service losing its runner or agent: the machine stopped answering, which its own message
  // says is most often memory (GitHub's hosted runners, Azure Pipelines' agents). Low: also a
  // network outage or a runner the service took back. GitHub's `The runner has received a shutdown
  // signal` counts alone (a hosted runner out of memory, by the pull requests that traced it);
  // Azure's agent's own wording also follows a cancel or a time limit, so it needs memory named.
  {
    id: 'runner-lost',
    class: 'oom-killed',
    confidence: 'low',
    pattern:
      /lost communication with the server|starves it for CPU(?:\/Memory)?|We stopped hearing from agent|The runner has received a shutdown signal|The agent has received a shutdown signal.*(?:memory|OOM)/i,
    weight: 3,
    title: 'The CI service lost the machine running the build, most often for memory',
    remedy: '{fix}',
  },
  // clang reports a signal without naming it; when nothing says it was a crash, it was a kill.
  {
    id: 'clang-signal',
    class: 'oom-killed',
    confidence: 'low',
    pattern: /frontend command failed due to signal/,
    unlessLog:
      /unable to execute command: (?:Segmentation fault|Bus error|Illegal instruction|Abort)|^Stack dump:|PLEASE submit a bug report.*crash backtrace.*\n.*Stack dump/m,
    weight: 4,
    title: 'The compiler died of a signal it did not name, most likely a kill for memory',
    remedy: '{fix}',
  },
  {
    id: 'assembler-truncated',
    class: 'oom-killed',
    confidence: 'low',
    pattern:
      /(?:end of file not at end of a line|unknown pseudo-op|open CFI at the end of file|missing \.cfi_endproc|junk at end of line, first unrecognized character|unterminated string; newline inserted|end of file in string|bad or irreducible absolute expression)/,
    weight: 2,
    title:
      'The assembler read a truncated file: a compiler died mid-output, most likely killed for memory',
    remedy: '{fix}',
  },
  // memory-limit: an allocation refused (an rlimit, strict overcommit, a 32-bit address space);
  // nothing was killed.
  {
    id: 'out-of-memory-allocating',
    class: 'memory-limit',
    confidence: 'high',
    pattern: /out of memory allocating \d+ bytes(?: after a total of (\d+) bytes)?/,
    subject: { groups: [1], kind: 'allocated' },
    weight: 10,
    title: 'An allocation of the compiler failed under a memory limit',
    remedy: '{fix}',
  },
  {
    id: 'allocation-failed',
    class: 'memory-limit',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`virtual memory exhausted|cannot allocate memory for|mmap reservation .*out of memory|std::bad_alloc|${MEMORY_EXHAUSTED}|LLVM ERROR: out of memory|Assertion [\x60'‘].*["“]Out of memory["”].*['’] failed|memory allocation of \d+ bytes failed|[Cc]ould not allocate \d+ bytes|out of heap space|\b(?:C1060|C1076|C3859)\b|LNK1102|\bC1002\b`,
      'i',
    ),
    weight: 9,
    title: 'An allocation failed under a memory limit',
    remedy: '{fix}',
  },
  {
    id: 'out-of-memory',
    class: 'memory-limit',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(?:${CANNOT_ALLOCATE})|\[Errno 12\]|\bENOMEM\b|^\s*MemoryError\b|(?:error|fatal)[^:]*:.*\bout of memory\b|^\s*(?:\S*[\\/])?${TOOL}(?:\.exe)?: out of memory\s*$|paging file is too small|os error 1455|${OTHER_OUT_OF_MEMORY}`,
      'i',
    ),
    weight: 6,
    title: 'An allocation failed: the process was refused memory',
    remedy: '{fix}',
  },
  // disk-full
  {
    id: 'no-space',
    class: 'disk-full',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`${NO_SPACE}|\[Errno 28\]|ENOSPC|Disk quota exceeded|not enough space on the disk|running out of disk space|\bdisk (?:is )?full\b|LNK1180\b|insufficient disk space|\bnot enough disk space\b|\bAt least \d+(?:\.\d+)?\s*[KMG]i?B more space needed on the \S+ filesystem|LNK1106: invalid file or disk full|since the disk space monitor action is|\bC10(?:85|88): Cannot (?:write|flush)`,
      'i',
    ),
    weight: 10,
    title: 'The disk filled up',
    remedy:
      'free space where the build writes (the temporary directory and the build directory): remove caches (`pip cache purge`, Docker images, toolchains the job does not use), point `TMPDIR` at a larger file system, or use a larger disk',
  },
  // timeout: a CI's or a supervisor's own words for a job it stopped for its wall time or for
  // silence, in any service's words (buildbot's `1200 seconds without output …, attempting to
  // kill`, OBS's `killed. (after 5400 seconds of inactivity)`, buildd's `Build killed with signal
  // TERM after 150 minutes of inactivity`): a kill word and the silence or the time beside it.
  {
    id: 'timeout-signal',
    class: 'timeout',
    confidence: 'high',
    pattern:
      /timeout: sending signal \w+ to command|The operation (?:was|will be) canceled|exceeded the maximum execution time|exceeded the max(?:i|mi)mum time limit|Abort via Bitrise DEN \(timeout\)|\bbuild step \d+ "[^"]*" failed: context deadline exceeded|\bCancell?ing: Timeout \(\d+(?:\.\d+)? ?(?:s|sec|seconds?|m|min|minutes?|h|hours?)\)|No output has been received in the last|The build has been terminated|has timed out|(?<!(?:Operation|Connection|Resolving) )\btimed ?out after \d+|Process terminated due to timeout|maximum allowed time for your plan|execution took longer than|ran longer than the maximum time|Too long with no output|\b(?:step|job|build|command) (?:was |has been )?timed ?out\b|exceeded the maximum (?:allowed )?time|The job running on (?:agent|runner) .*(?:ran longer than|exceeded)|the maximum time of \d+ minutes|timed out \(after \d+|Timeout has been exceeded|(?:job|build) (?:time ?limit|timeout) (?:exceeded|reached)|\btime limit exceeded for (?:build|job|step|stage)\b|\b(?:build|job) exited due to time ?out\b|Maximum (?:job|build) (?:time|duration) (?:of \S+ (?:minutes? )?)?(?:reached|exceeded)|\bTimeout(?:Error|Expired)?: .*(?:build|compil|command|step)|TERM_RUNLIMIT|reaching LSF run time limit|CANCELLED AT \S+ DUE TO TIME LIMIT|PBS: job killed: walltime|walltime \d+ exceeded limit|exceeded (?:its )?(?:wall ?time|run ?time) limit|\b(?:kill|terminat|abort|cancel)\w*\b.{0,80}\b(?:inactivity|without (?:any )?output|no output)\b|\b(?:inactivity|without (?:any )?output|no output)\b.{0,80}\b(?:kill|terminat|abort|cancel)|\b(?:killed|terminated|stopped|aborted|cancell?ed)\b.{0,60}\bafter \d+(?:\.\d+)? ?(?:s|sec|seconds?|m|min|minutes?|h|hours?)\b/i,
    weight: 10,
    title: 'The build ran out of time and was cancelled',
    remedy:
      'the build was stopped by a time limit, not by an error: raise the job’s `timeout-minutes`, build fewer versions per job (split the matrix), and keep the object cache warm so later runs recompile less',
  },
  // Google Cloud Build's own words for a build stopped at its `timeout`: Go's `context deadline
  // exceeded` as the build's last ERROR line after the build's `TIMEOUT` status (a numbered step's
  // `build step 3 "…" failed: context deadline exceeded` is read by timeout-signal); the same words
  // inside a pull or a request (`Get "https://…": context deadline exceeded`) are the network's.
  {
    id: 'cloud-build-deadline',
    class: 'timeout',
    confidence: 'high',
    pattern: /^\s*ERROR: context deadline exceeded\s*$/i,
    onlyIf: /^\s*TIMEOUT\s*$/m,
    weight: 10,
    title: 'The build ran out of time and was cancelled',
    remedy:
      'the build was stopped by a time limit, not by an error: raise the job’s `timeout-minutes`, build fewer versions per job (split the matrix), and keep the object cache warm so later runs recompile less',
  },
  // Docker Hub's autobuilds print only `Build canceled.` when their time limit stops a build (and
  // when someone cancels it): low, and only when no other rule read the log (any failure before
  // the cancellation is the cause).
  {
    id: 'ci-canceled',
    class: 'timeout',
    confidence: 'low',
    pattern: /^\s*Build canceled\.\s*$/,
    alone: true,
    weight: 2,
    title: 'The CI service cancelled the build (its time limit, or by hand)',
    remedy: STOPPED_REMEDY,
  },
  {
    id: 'sigterm',
    class: 'timeout',
    confidence: 'medium',
    pattern:
      /killed by SIGTERM|^\s*Terminated\s*$|exit (?:status|code):? 12[4]\b|exit code 143\b|Re-evaluate condition on job cancellation/,
    weight: 5,
    title: 'The build was stopped by SIGTERM (a timeout or a cancellation)',
    remedy: STOPPED_REMEDY,
  },
  // network (apt's `Temporary failure resolving HOST`, conda-build's `HTTP 000 CONNECTION
  // FAILED`, git's `unable to look up HOST (port N)`, curl's `Transferred a partial file` even where
  // a hash check then reports the short file)
  {
    id: 'connection',
    class: 'network',
    confidence: 'high',
    pattern:
      /Failed to establish a new connection|NameResolutionError|Temporary failure (?:in name resolution|resolving ['‘]?[\w-]+\.[\w.-]+)|Name or service not known|getaddrinfo failed|ProxyError|Network is unreachable|ConnectTimeoutError|Read timed out|ReadTimeoutError|The read operation timed out|Could not fetch URL|Connection refused|SSLError|CERTIFICATE_VERIFY_FAILED|Could not resolve host|Connection reset by peer|Connection timed out|urlopen error|Max retries exceeded|TLS handshake timeout|Couldn't (?:resolve (?:host|proxy) name|connect to server)|SSL connect error|Timeout was reached|Failure when receiving data from the peer|Failed sending data to the peer|Server returned nothing|SSL peer certificate|Failed to connect to host|Status: (?:5|6|7|28|35|52|55|56|60);|curl: \((?:5|6|7|28|35|52|55|56|60)\)|status_code: (?:5|6|7|28|35|52|55|56|60)\b|No route to host|dial tcp\b.*(?:i\/o timeout|no such host|connection refused|network is unreachable)|\b(?:ETIMEDOUT|ECONNRESET|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH)\b|\bgetaddrinfo EAI_FAIL\b|spurious network error|RPC failed; curl|Unable to establish SSL connection|\bcurl\b.*?\b(?:error code|error|exit code|exit status|returned)[:= ]*\(?(?:5|6|7|28|35|52|55|56|60)\)?(?:\D|$)|\bcURL error (?:5|6|7|28|35|52|55|56|60):|CURLE_(?:OPERATION_TIMEDOUT|COULDNT_(?:CONNECT|RESOLVE_HOST|RESOLVE_PROXY)|RECV_ERROR|SEND_ERROR|SSL_CONNECT_ERROR|GOT_NOTHING)|\bHTTP 000 CONNECTION FAILED\b|\bunable to look up \S+ \(port \d+\)|Transferred a partial file/,
    weight: 10,
    title: 'Build dependencies could not be downloaded: the network failed',
    remedy:
      'the build needed to download its build dependencies and could not reach the index: pre-install them and build with `build-isolation: false`, point pip at a reachable index or proxy (`PIP_INDEX_URL`, `HTTPS_PROXY`), or retry if the outage was passing',
  },
  {
    id: 'no-versions',
    class: 'network',
    confidence: 'medium',
    pattern:
      /Could not find a version that satisfies the requirement (\S+) \(from versions: none\)|No matching distribution found for (\S+)/,
    subject: { groups: [1, 2], kind: 'library' },
    weight: 6,
    title: 'The index offered no version of {subject}: it was unreachable or empty',
    remedy:
      'pip saw no version at all of {subject}, which means it could not reach the index (offline, proxy, `--no-index`) rather than that none fits: pre-install the build dependencies and build with `build-isolation: false`, or point pip at a reachable index (`PIP_INDEX_URL`)',
  },
  // A fetcher that names no network error of its own (bitbake's, CMake's file(DOWNLOAD), cargo's,
  // go's, npm's, docker's registry pull timing out in Go's HTTP words, Nix's cache answering
  // `HTTP error 503`, apk's index skipped for a `temporary error`, meson's wrap download losing its
  // SSL connection, old cargo's `Response {503, …` printed under `Failed to get 200 response`):
  // the download failed; a checksum that did not match is another story.
  {
    id: 'fetch-failed',
    class: 'network',
    confidence: 'medium',
    pattern:
      /^\s*Response \{5\d\d,|Fetcher failure|Fetcher Error|FetchError\(|Unable to fetch URL from any source|error: downloading ['‘]\S+['’] failed|file DOWNLOAD (?:error|failed)|failed to download (?:from )?[`'‘]|(?:npm ERR!|^\s*(?:npm )?error) network\b|go: \S+: (?:Get|reading) "?https?:\/\/\S+"?: |[Ff]ailed to fetch (?:from )?[`'‘]?https?:|\bdial tcp\b.*(?:no such host|i\/o timeout|server misbehaving|connection refused|network is unreachable)|Could not (?:GET|HEAD) ['‘]https?:|Failed to download resource "|The requested URL returned error: 5\d\d\b|\b5\d\d Server Error: [A-Z][\w ]+ for url: https?:|\b(?:500\s+Internal Server Error|502\s+Bad Gateway|503\s+Service (?:Temporarily )?Unavailable|504\s+Gateway Time-?out)\b|Retrying \(Retry\(total=\d+.*\) after connection broken by|Error response from daemon: Get "?https?:\/\/\S+"?: net\/http: (?:request canceled|TLS handshake timeout)|Client\.Timeout exceeded while awaiting headers|\bHTTP error 5\d\d\b|temporary error \(try again later\)|SSL connection failed\. Falling back to unencrypted/,
    unlessLog: /[Cc]hecksum mismatch|[Hh]ash mismatch|EXPECTED_HASH|sha256sum mismatch/,
    weight: 7,
    title: 'A source or dependency the build downloads could not be fetched',
    remedy:
      'the build downloads sources or dependencies while it runs and the download failed: provide them beforehand (a download or mirror directory, vendored sources, a local index), point the fetcher at a reachable mirror or proxy, or retry if the outage was passing',
  },
  // A dependency cloned at configure or build time (CMake's FetchContent/ExternalProject, git
  // submodules): the clone failed, and git's own reason may not be in the excerpt.
  {
    id: 'clone-failed',
    class: 'network',
    confidence: 'medium',
    pattern:
      /Failed to clone repository|fatal: unable to access ['‘]\S+['’]|\bFailed to connect to \S+ port \d+|fatal: unable to connect to \S+|fatal: clone of ['‘]\S+['’] into submodule path/,
    weight: 7,
    title: 'A dependency the build clones could not be fetched',
    remedy:
      'the build clones a dependency while it configures (CMake FetchContent/ExternalProject, git submodules) and could not reach it: provide the source beforehand (`FETCHCONTENT_SOURCE_DIR_<NAME>=…`, `FETCHCONTENT_FULLY_DISCONNECTED=ON` with the sources present, or vendored submodules in the sdist), or let the job reach the host',
  },
  // toolchain-broken
  // configure's test of `-m32` failing (`checking whether gcc -m32 works... no`, glibc's and
  // others' `Cannot build a 32-bit program, you need to install 32-bit development libraries`):
  // the compiler cannot make the other ABI's programs at all, its multilib support (the 32-bit C
  // library and libgcc) missing or broken, before any header of the project is read.
  {
    id: 'multilib-unusable',
    class: 'toolchain-broken',
    confidence: 'medium',
    pattern:
      /checking whether \S*(?:gcc|cc|clang)\S* -m32 works\.\.\. no\b|Cannot build a 32-bit program, you need to install 32-bit development libraries/,
    weight: 7,
    title: 'The compiler cannot build 32-bit programs (its multilib support is missing or broken)',
    remedy:
      'the build compiles with `-m32` and the compiler cannot make 32-bit programs: install its multilib support (`gcc-multilib`, `g++-multilib`, the 32-bit C library’s development files) or build for the native architecture',
  },
  // gcc itself crashing on the code (`x.c:854:1: internal compiler error: Segmentation fault`, at
  // a line it was compiling, or the driver's `internal compiler error: Segmentation fault: 11
  // (program cc1plus)`, SIGSEGV and not a kill) with no memory or kill in the log: a compiler bug, which another gcc release is the fix for. Low, and not
  // beside memory's words (a compiler starved of memory also crashes so); other internal errors
  // (`in expand_…, at file:line`, LTO's) stay unknown.
  {
    id: 'compiler-segfault',
    class: 'toolchain-broken',
    confidence: 'low',
    pattern:
      /:\d+:(?:\d+:)? internal compiler error: Segmentation fault|internal compiler error: Segmentation fault(?:: \d+)? \(program (?:cc1plus|cc1objplus|cc1obj|cc1|lto1|f951)\)/,
    unlessLog: /memory exhausted|out of memory|Cannot allocate memory|\bKilled\b/i,
    weight: 2,
    title: 'The compiler crashed (a segmentation fault inside it): a compiler bug',
    remedy:
      'the compiler crashed on this code, a bug in that compiler release rather than in the code: build with another release of the compiler (a newer gcc, or the one the project’s CI uses), or lower the optimisation level for the file it names',
  },
  {
    id: 'startup-files',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`(?:${CANNOT_FIND}|cannot open) (?:\S*\/)?((?:[SMgr]?crt\w*|crtbegin\w*|crtend\w*|[gm]?crt[1in]\w*)\.o)\b|((?:S?crt\w*)\.o): file not recognized`,
    ),
    supersedes: ['object-vanished'],
    subject: { groups: [1, 2], kind: 'object' },
    weight: 10,
    title: 'The linker cannot find the C runtime’s startup files ({subject})',
    remedy:
      'the toolchain is incomplete or pointed at the wrong system root: install the C library’s development files ({fix}), and remove any `--sysroot` or `-B` that points the compiler away from them (conda’s `compiler_compat/ld` does this)',
  },
  // The C library and the compiler's own libgcc are part of the toolchain: the linker not finding
  // them (for -m32 without the multilib runtime, a cross target without its sysroot) is the
  // toolchain's installation, not a library the project forgot.
  {
    id: 'libc-link-missing',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`(?:${CANNOT_FIND}|unable to find library) -l(c|gcc|gcc_s|gcc_eh|ssp_nonshared)(?![\w.+-])`,
    ),
    subject: { groups: [1], kind: 'library' },
    supersedes: ['library-missing', 'compiler-runtime-missing'],
    weight: 10,
    title: 'The linker cannot find the toolchain’s own lib{subject}',
    remedy:
      'lib{subject} belongs to the C library or the compiler: the runtime for this target is not installed (for `-m32`, the multilib packages: `gcc-multilib`/`g++-multilib`, `glibc-devel.i686`; for a cross target, its sysroot), or a `--sysroot`/`-B` points the link away from it',
  },
  // rustc older than the crate needs: a feature this release still holds unstable (E0658; stable
  // in a later release) or cargo's own check of `rust-version`. The crate's code is fine on the
  // toolchain it was written for.
  {
    id: 'rustc-too-old',
    class: 'toolchain-broken',
    confidence: 'medium',
    pattern:
      /error\[E0658\]: .*(?:(?:is|are) (?:unstable|experimental)|on stable channel|use of unstable library feature)|requires rustc \d+\.\d+(?:\.\d+)? or newer|rustc \d+\.\d+(?:\.\d+)?\S* is not supported by the following packages?/,
    supersedes: ['rust-error'],
    weight: 10,
    title: 'The Rust compiler is older than the crate needs',
    remedy:
      'install a newer Rust toolchain before the build (`rustup update stable`, or `dtolnay/rust-toolchain` in the workflow), or build a release of the package whose `rust-version` this toolchain meets',
  },
  // The linker itself failed (GNU ld's BFD library, gold, lld, Xcode 15's new ld and its `GOT load
  // reloc does not point to a LDR instruction`): its own bug or a broken binutils, not the
  // project's code; the usual way out is another binutils release or another linker.
  {
    id: 'linker-internal-error',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /\bBFD\b.*\binternal error, aborting\b|\bBFD\b.*\bassertion fail|\b(?:ld|gold|ld\.\w+|lld|ld64)(?:\.exe)?: (?:error: )?internal error in [\w:~]+, at \S+|\b(?:ld|ld\.\w+)(?:\.exe)?: internal error: aborting at \S+|\b(?:ld\.lld|lld|ld64\.lld|lld-link): .*Assertion [`'‘].*['’] failed|\bld: GOT load reloc does not point to a LDR instruction\b/,
    weight: 10,
    title: 'The linker itself failed (an internal error of binutils, lld or Apple’s ld)',
    remedy:
      'the linker crashed on its own bug, not on the project’s code: use another binutils release (a newer toolchain image or conda’s `binutils`), or another linker (`-fuse-ld=gold`/`lld`/`bfd`; Xcode 15’s new ld: `-Wl,-ld_classic`); an old distribution’s ld (CentOS 6, binutils 2.20) fails on objects newer compilers write',
  },
  // Also clang's driver finding no linker (`Executable "ld" doesn't exist!`) and make finding no
  // cross compiler by its prefixed name (`make: i586-poky-linux-gcc: Command not found`).
  {
    id: 'no-compiler',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /unable to execute ['‘]?([^'’:\s]+)['’]?: No such file or directory|No such file or directory: '(gcc|cc|g\+\+|c\+\+|clang|clang\+\+|x86_64-linux-gnu-gcc)'|command '([^']+)' failed: No such file or directory|cannot execute ['‘]([\w+-]+)['’]: (?:execvp|CreateProcess): No such file or directory|error trying to exec '([^']+)'|(?:^|\s)(?:\S*sh|make(?:\[\d+\])?)(?:: line \d+|: \d+)?: (?:\S*\/)?(gcc|g\+\+|cc|c\+\+|clang|clang\+\+|x86_64-linux-gnu-gcc|cl|cl\.exe)(?:-[\d.]+)?: (?:(?:[Cc]ommand )?not found|No such file or directory)|No CMAKE_(?:C|CXX)_COMPILER could be found|CMAKE_(?:C|CXX)_COMPILER: (\S+) is not a full path and was not found in the PATH|(?:error: )?linker [`'‘]([^`'’]+)[`'’] not found|\binvalid active developer path|cannot run ['‘]?(rc\.exe|mt\.exe)|ERROR: Unknown compiler\(s\)|ERROR: Compiler (\S+) (?:can ?not|cannot) compile programs|['‘](cl|cl\.exe|gcc|cc)['’] is not recognized as an internal or external command|don't know how to compile C\/C\+\+ code on platform|xcrun: error: unable to find utility "([\w.+-]+)"|xcrun: error: SDK ".*" cannot be located|xcode-select: error: tool '\w+' requires Xcode|cgo: C compiler "([^"]+)" not found|exec: "(gcc|cc|clang|g\+\+)": executable file not found in \$PATH|[Ff]ailed to find tool\. Is `([\w.+-]+)` installed\?|is not a full path to an existing compiler tool|To use the (?:NMake|JOM) generator, cmake must be run from a shell|^\s*is not a full path and was not found in the PATH|no acceptable (?:C|C\+\+) compiler found in \$PATH|unable to execute command: Executable "([^"]+)" doesn't exist!|(?:^|\s)make(?:\[\d+\])?: ((?:[\w.]+-)+(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+))(?:-[\d.]+)?: [Cc]ommand not found/,
    subject: {
      groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
      kind: 'program',
    },
    weight: 10,
    title: 'No working C compiler: {subject} could not run',
    remedy: NO_COMPILER_REMEDY,
  },
  // configure's and CMake's check that the compiler can build a program: a broken toolchain, unless
  // the excerpt shows the check's link not finding a library the flags name (`-lomp` in LDFLAGS),
  // which is that library missing (library-missing reads the linker's line).
  {
    id: 'compiler-check-failed',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /C(?:\+\+)? compiler cannot create executables|is not able to compile a simple test program|Broken toolchain: cannot link a simple C program/,
    // Nor when the same configure failed twice at once under a parallel build (configure-run-twice).
    unlessLog: {
      test: (log) =>
        LINKED_LIBRARY_MISSING.test(log) ||
        (PARALLEL.test(log) && configuresFailedTwice(log).size > 0),
    },
    weight: 10,
    title: 'No working C compiler: it cannot build a simple program',
    remedy: NO_COMPILER_REMEDY,
  },
  // The build's own tools missing or too old for the system: CMake finding no build program for
  // its generator, Homebrew's check of Apple's Command Line Tools, xcode-select finding none.
  {
    id: 'build-tools-missing',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /unable to find a build program corresponding to "([^"]+)"|CMAKE_MAKE_PROGRAM is not set|Xcode alone is not sufficient on|Your (?:Command Line Tools|Xcode)(?: \([\d.]+\))? (?:is|are) too outdated|xcode-select: note: No developer tools were found/,
    subject: { groups: [1], kind: 'program' },
    weight: 9,
    title: 'The build tools are missing or too old: {subject}',
    remedy:
      'install the build tools the build runs (`ninja`/`make` for CMake’s generator; on macOS the Command Line Tools, `xcode-select --install`, or their update from Software Update), or choose a generator that is installed (`CMAKE_GENERATOR`)',
  },
  // CMake probing its generator's build program (`Running 'nmake' '-?' failed with: The system
  // cannot find the file specified`, `'ninja' '--version'`), printed on one line or over several.
  {
    id: 'build-program-probe',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /(?:^\s*|\bRunning\s+)['"]([^'"]*?\b(?:nmake|jom|ninja|make|gmake|mingw32-make)(?:\.exe)?)['"] ['"](?:-\?|--version)['"]/,
    // Not found: a program that is there but cannot run (a loader error) is another class.
    onlyIf:
      /\bfailed with:\s+(?:The system cannot find the (?:file|path) specified|No such file or directory|系统找不到指定的文件|Das System kann die angegebene Datei nicht finden|Le fichier spécifié est introuvable)/,
    subject: { groups: [1], kind: 'program' },
    weight: 9,
    title: 'CMake could not run its build program {subject}',
    remedy:
      'install the build program of CMake’s generator, or run CMake where it is on PATH (for `NMake Makefiles`, a Visual Studio developer prompt or `ilammy/msvc-dev-cmd`; `ninja` from pip or the system), or choose a generator that is installed (`-G`, `CMAKE_GENERATOR`)',
  },
  // CMake's echo of a `project()` whose language setup failed: the compiler or the generator's
  // tools were not found. Said of any failed `project()`, so it counts only alone.
  {
    id: 'cmake-language-unset',
    class: 'toolchain-broken',
    confidence: 'low',
    pattern: /CMAKE_(?:C|CXX|ASM|Fortran|CUDA)_COMPILER not set, after EnableLanguage/,
    weight: 2,
    alone: true,
    title: 'CMake found no compiler (or no build program) for the project’s languages',
    remedy: NO_COMPILER_REMEDY,
  },
  {
    id: 'msvc-missing',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /Microsoft Visual C\+\+ 1\d\.\d (?:or greater )?is required|Unable to find vcvarsall\.bat|vcvars(?:all|32|64|x86_amd64|amd64)\.bat["']*\s+is not recognized as an internal or external command|\bMSB8020\b|\bMSB8036\b|\bC1902\b/,
    weight: 10,
    title: 'No MSVC: Microsoft Visual C++ Build Tools are missing',
    remedy:
      'install the "Desktop development with C++" workload of Visual Studio Build Tools (on GitHub’s Windows runners it is there: run the build in a shell that sees it, e.g. after `ilammy/msvc-dev-cmd`)',
  },
  // A device toolchain (nvcc, clang's CUDA, HIP) checks the host compiler's release and refuses
  // one it does not support: the error sits in its own header, not in the project's code.
  {
    id: 'host-compiler-unsupported',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /#error:?\s*--\s*unsupported [\w ]+? version|unsupported (?:GNU|clang|Microsoft Visual Studio|ICC|Intel|PGI|IBM XL) version!|host_config\.h(?::\d+(?::\d+)?:|\(\d+(?:,\d+)?\)\s*:) (?:fatal )?error|The version \(['‘][\d.]+['’]\) of the host compiler \(['‘]\w+['’]\) is not supported|(?:CUDA|HIP|ROCm) version [\d.]+ is (?:not supported|newer than the latest supported)|-allow-unsupported-compiler|cannot find CUDA installation|cannot find libdevice for|is supported by CUDA versions between|cannot find ROCm device library|nvcc fatal\s*: (?:Cannot find compiler ['‘]?[\w.+-]+['’]? in PATH|Compiler ['‘]?[\w.+-]+['’]? in PATH different than the one specified with -ccbin|Could not set up the environment for Microsoft Visual Studio|Failed to preprocess host compiler properties|Host compiler targets unsupported OS)/,
    supersedes: ['source-error', 'header-missing'],
    weight: 10,
    title:
      'The CUDA/HIP compiler cannot use the host C/C++ compiler (missing, or a release it refuses)',
    remedy:
      'the device compiler (nvcc, clang-cuda, hipcc) compiles host code with a C/C++ compiler it finds on PATH (on Windows, `cl.exe` from a Visual Studio developer environment) and supports only some releases: put a supported one on PATH or name it (`CUDAHOSTCXX`/`-ccbin`, `CMAKE_CUDA_HOST_COMPILER`), or install a CUDA/ROCm release that supports the compiler in use',
  },
  // A compiler refusing the target the build asks for: nvcc's and ptxas' GPU architectures newer
  // (or older) than the CUDA release knows, clang's CUDA/HIP offload architectures, gcc's and
  // clang's CPU names. The compiler's release is the problem, not the code.
  {
    id: 'target-unsupported',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /(?:nvcc|ptxas) fatal\s*:\s*(?:Unsupported gpu architecture ['‘"]?(\w+)|Value ['‘"](\w+)['’"] is not defined for option ['‘"]?(?:gpu-architecture|gpu-name|arch)\b)|unsupported (?:CUDA|HIP|\w+) gpu architecture: (\w+)|bad value \(['‘]?([\w.+-]+)['’]?\) for ['‘]?-march=['’]? switch|unknown target CPU ['‘]([\w.+-]+)['’]|unrecognized command[- ]line option ['‘](-std=[\w+]+|-m[\w=.+-]+)['’]|invalid value ['‘]([\w+]+)['’] in ['‘]-std=|does not support ['‘](-m[\w=-]+)['’]|unknown target triple ['‘]([\w.-]+)['’]|can't find crate for [`'‘](std|core|alloc)[`'’]|the [`'‘]([\w.-]+)[`'’] target may not be installed/,
    supersedes: ['source-error', 'rust-error'],
    subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], kind: 'program' },
    weight: 10,
    title:
      'The compiler does not know {subject}, which the build asks for: its release (or its installed targets) is older than the build expects',
    remedy:
      'the build asks for a target, a CPU or a language standard this compiler release does not know (a GPU architecture newer than the CUDA toolkit, or one it dropped; `-std=c++20` on an old gcc; a Rust target whose standard library is not installed): install a toolkit that supports it (CUDA 11.1+ for compute_86, 11.8+ for sm_89/sm_90; a newer gcc or clang; `rustup target add`), or build for what it knows (`TORCH_CUDA_ARCH_LIST`, `CMAKE_CUDA_ARCHITECTURES`, `-arch`, `-march`)',
  },
  // conda's compiler packages activate by checking their compiler is there; one missing means the
  // package is broken or of another build (conda's `cos6` against `cos7`, a mixed channel).
  {
    id: 'compiler-activation',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /(?:cross-)?compiler package contains no program (\S+)|ERROR: activate-([\w+-]+?)_(?:linux|osx|win)-\w+\.sh failed/,
    subject: { groups: [1, 2], kind: 'program' },
    weight: 10,
    title: 'conda’s compiler package did not activate: {subject} is not in it',
    remedy:
      'conda’s compiler activation found no compiler in its own package: reinstall the compiler packages together from one channel (`conda install -c conda-forge c-compiler cxx-compiler`), in the environment the build activates',
  },
  {
    id: 'lto-plugin-missing',
    class: 'toolchain-broken',
    confidence: 'medium',
    pattern: /plugin needed to handle lto object/,
    weight: 6,
    title: 'An archiver without the LTO plugin read LTO objects',
    remedy:
      'use the compiler’s wrappers for LTO objects: `AR=gcc-ar RANLIB=gcc-ranlib` (or `llvm-ar`), or build without `-flto`',
  },
  // The compiler's own programs link against its support libraries (GMP, MPFR, MPC, ISL; the
  // linker against its BFD): the loader cannot find one, as for any program, but the remedy is the
  // compiler's installation, not a library the project needs.
  {
    id: 'compiler-support-library',
    class: 'missing-shared-library',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`(?:^|[\s/])${TOOL}(?:-[\d.]+)?: error while loading shared libraries: ([\w.+-]+\.so[\w.]*)`,
    ),
    subject: { groups: [2], kind: 'shared-library' },
    supersedes: ['shared-object-missing'],
    weight: 11,
    title:
      'A program of the compiler cannot load its own support library {subject}: the compiler installation is incomplete',
    remedy:
      'a program of the compiler (cc1, cc1plus, as, ld) cannot load its own support library ({subject}): the compiler was installed without it or from another release. Reinstall the compiler with its dependencies from one source (conda: `gcc_linux-64`/`gxx_linux-64` from one channel, not an old `gcc` package; apt: `apt-get install --reinstall gcc g++ binutils`), or point `CC`/`CXX` at the system compiler',
  },
  // The runtime libraries each compiler ships with (libgfortran with gfortran, libstdc++ with g++,
  // libgcc_s with gcc): a library the link cannot find like any other, whose development files
  // come with the compiler's own packages (or the compiler driving the link is another release).
  {
    id: 'compiler-runtime-missing',
    class: 'missing-library',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`${CANNOT_FIND} -l(gfortran|stdc\+\+|quadmath|gomp|atomic|objc|gphobos|go)\b|library not found for -l(gfortran|stdc\+\+|quadmath|gomp)\b`,
    ),
    subject: { groups: [1, 2], kind: 'library' },
    supersedes: ['library-missing'],
    weight: 8,
    title: 'The linker cannot find lib{subject}, which the compiler itself ships',
    remedy:
      'lib{subject} comes with the compiler, so the compiler that runs the link is not the one it was installed for (a `gcc` or `cc` symlink to another release, or that release’s runtime package missing): use matching versions (`gcc-N` with `gfortran-N`/`g++-N`; `gcc -print-file-name=lib{subject}.so` shows where it looks), or install the runtime development package of the compiler in use',
  },
  // LTO objects carry the compiler's bytecode version; objects left by another release (a stale
  // build directory or object cache after a compiler upgrade) cannot be read by this one.
  {
    id: 'lto-version',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /bytecode stream .*?generated with LTO version [\d.]+ instead of the expected|LTO (?:object|bitcode|file) (?:was )?compiled with a different version|Producer: 'LLVM[\d.]+' Reader: 'LLVM [\d.]+'/,
    weight: 10,
    title: 'LTO objects built by another compiler release were linked with this one',
    remedy:
      'the link mixes LTO objects from two compiler releases (objects or static libraries left from before a compiler upgrade): remove the build directory and the object cache and rebuild everything with one compiler, and use its own `gcc-ar`/`gcc-ranlib` (or `llvm-ar`) for static libraries',
  },
  // An assembler older than the compiler driving it rejects the directives and instructions the
  // newer compiler emits (gcc 15's `.base64`, new instruction suffixes): a whole, valid file, not
  // a truncated one (a directive cut short, as `.strin` of `.string`; a kill in the log).
  {
    id: 'assembler-too-old',
    class: 'toolchain-broken',
    confidence: 'medium',
    pattern:
      /(?:Error: |\.s:\d+:\s*)(?:unknown pseudo-op: [`'‘](\.\w+)[`'’]|(no such instruction|invalid instruction suffix|unsupported instruction|suffix or operands invalid))/,
    subject: { groups: [1, 2], kind: 'program' },
    subjectIf: (directive) => !cutDirective(directive),
    unlessLog: new RegExp(
      String.raw`${KILLED}|end of file not at end of a line|${SIGNAL_TERMINATED}`,
    ),
    supersedes: ['assembler-truncated'],
    weight: 7,
    title: 'The assembler rejected what the compiler emitted: binutils is older than the compiler',
    remedy:
      'the assembler (`as`, from binutils) does not know directives or instructions the compiler emits: install a binutils as new as the compiler (or the compiler’s matching binutils package), make sure the `as` on PATH is that one (`gcc -print-prog-name=as`), or build with the compiler that binutils was released with',
  },
  // The C++ standard library's own headers (`<string>`, `<iostream>`, `<cstdlib>`) not found: the
  // compiler has no C++ library to use (clang without libstdc++'s development files or on macOS
  // without the SDK, MSVC without its tools), and clang says so itself (`-Wstdlibcxx-not-found`).
  // A C source including one is the code's mistake, and the headers later standards added
  // (`<filesystem>`, `<format>`) name the library's release rather than its absence.
  {
    id: 'cxx-library-header',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`^(?!.*\.c[:(]\d)(?:.*?${FATAL}[:：]\s*['"‘<]?(${CXX_STD_HEADERS})['"’>]?(?:[:：]\s*${NO_SUCH_FILE}| file not found)|.*?${msvcCannotOpen(CXX_STD_HEADERS)})|include path for (?:stdlibc\+\+|libstdc\+\+|libc\+\+) headers not found|\[-Wstdlibcxx-not-found\]`,
    ),
    supersedes: ['source-error', 'header-missing', 'msvc-error'],
    subject: { groups: [1, 2], kind: 'header' },
    weight: 9,
    title: 'The compiler cannot find the C++ standard library’s own headers ({subject})',
    remedy:
      'the compiler has no C++ standard library to use: install its development files (clang on Linux uses GCC’s: `libstdc++-N-dev` for the newest installed gcc N, or `-stdlib=libc++` with `libc++-dev`; on macOS the Command Line Tools, `xcode-select --install`, and an SDK that matches them; MSVC: the “Desktop development with C++” workload)',
  },
  {
    id: 'libc-header',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`${FATAL}[:：]\s*['"‘<]?((?:${LIBC_HEADER_NAMES})\.h|gnu/stubs(?!-x?32\.h)(?:-\w+)?\.h|bits/[\w./-]+\.h|sys/[\w./-]+\.h)['"’>]?(?:[:：]\s*${NO_SUCH_FILE}| file not found)|catastrophic error: cannot open source file "((?:${LIBC_HEADER_NAMES})\.h|(?:gnu|bits|sys)/[\w./-]+\.h)"`,
    ),
    subject: { groups: [1, 2], kind: 'header' },
    weight: 9,
    title: 'The compiler cannot find the C library’s own header {subject}',
    remedy:
      'the toolchain has no C library headers: install them ({fix}), and remove any `--sysroot` that points the compiler away from them',
  },
  // glibc's `gnu/stubs-32.h` (or `-x32`) missing: a compile for the other ABI (`-m32`, `-mx32`) on a
  // system without that ABI's C library development files (libc6-dev-i386, glibc-devel.i686,
  // gcc-multilib): a package's headers, installed beside the native ones, not a broken toolchain.
  {
    id: 'other-abi-libc-header',
    class: 'missing-header',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`${FATAL}[:：]\s*['"‘<]?gnu\/stubs-x?32\.h['"’>]?(?:[:：]\s*${NO_SUCH_FILE}| file not found)`,
    ),
    supersedes: ['header-missing'],
    weight: 9,
    title:
      'The 32-bit C library’s headers are not installed (gnu/stubs-32.h): a compile for the other ABI',
    remedy:
      'the build compiles for a 32-bit ABI (`-m32`/`-mx32`) on a system without that ABI’s C library development files: install them (`apt-get install gcc-multilib` or `libc6-dev-i386` / `dnf install glibc-devel.i686`), or build without `-m32`',
  },
  // Round 20: under `-m32`/`-mx32` any of the C library's own `bits/` or `gnu/` headers missing
  // (`bits/libc-header-start.h`, `gnu/stubs.h`'s neighbours) is the same mechanism: the other ABI's
  // C library development files are not installed. Without the flag shown it stays a broken toolchain.
  {
    id: 'other-abi-libc-internal-header',
    class: 'missing-header',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`${FATAL}[:：]\s*['"‘<]?(?:bits|gnu)\/[\w.+-]+\.h['"’>]?(?:[:：]\s*${NO_SUCH_FILE}| file not found)`,
    ),
    onlyIf: /(?:^|\s)-mx?32\b/m,
    supersedes: ['libc-header', 'header-missing', 'source-error'],
    weight: 9,
    title: 'The 32-bit C library’s headers are not installed: a compile for the other ABI (`-m32`)',
    remedy:
      'the build compiles for a 32-bit ABI (`-m32`/`-mx32`) on a system without that ABI’s C library development files: install them (`apt-get install gcc-multilib` or `libc6-dev-i386` / `dnf install glibc-devel.i686`), or build without `-m32`',
  },
  // MSVC not finding a header of the Windows SDK (or its C runtime, the UCRT): the SDK is missing
  // or not in the compiler's environment, not a header of the project's or a dependency's.
  {
    id: 'windows-sdk-header',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern: new RegExp(
      msvcCannotOpen(String.raw`(?:${WINDOWS_SDK_HEADER_NAMES}|${LIBC_HEADER_NAMES})\.h`),
      'i',
    ),
    supersedes: ['header-missing'],
    subject: { groups: [1], kind: 'header' },
    weight: 9,
    title: 'MSVC cannot find the Windows SDK’s header {subject}: the SDK is missing',
    remedy:
      'the compiler runs without a Windows SDK (or without its include paths): install the Windows 10/11 SDK component of Visual Studio Build Tools, and build from a shell that set up the compiler’s environment (`vcvarsall.bat`, or `ilammy/msvc-dev-cmd` on GitHub’s runners)',
  },
  // python-incompatible: C-API removed or changed in this Python version.
  {
    id: 'distutils-removed',
    class: 'python-incompatible',
    confidence: 'high',
    pattern: new RegExp(String.raw`No module named ['‘](${VERSIONED_MODULES})['’]`),
    subject: { groups: [1], kind: 'api' },
    weight: 10,
    title: 'The build imports `{subject}`, which this Python no longer has',
    remedy:
      '`{subject}` was removed from the standard library (distutils and imp in 3.12): use setuptools (`from setuptools import setup, Extension`) and declare it in `build-system.requires`, or skip this Python version until the package supports it',
  },
  // pybind11's own check at import (`ImportError: Python version mismatch: module was compiled for
  // Python 3.10, but the interpreter version is incompatible: 3.11.3`): built for another minor
  // release of Python than the one importing it.
  {
    id: 'compiled-for-other-python',
    class: 'python-incompatible',
    confidence: 'high',
    pattern: /Python version mismatch: module was compiled for Python (\d\.\d+)/,
    weight: 10,
    title: 'The extension was built for another Python release than the one importing it',
    remedy:
      'the extension module was compiled for another minor release of Python: rebuild it with the interpreter that imports it (one wheel per Python version, `python-versions`), and do not reuse build directories between versions',
  },
  // An extension that aborts in PyThreadState_Get at import was linked against another Python's
  // libpython (macOS framework builds): two interpreters in one process, the loading one's thread
  // state unknown to the other's.
  {
    id: 'other-libpython-linked',
    class: 'python-incompatible',
    confidence: 'high',
    pattern: /\bPyThreadState_Get: no current thread/,
    weight: 10,
    title: 'The extension is linked against another Python’s libpython than the one importing it',
    remedy:
      'do not link the extension against libpython (on macOS use `-undefined dynamic_lookup`; CMake: `Python_add_library`/`pybind11_add_module` instead of linking `Python::Python`), or build it with the interpreter that imports it',
  },
  // A standard-library name this Python removed, reached as an attribute or imported by name
  // (`module 'pkgutil' has no attribute 'ImpImporter'`, `cannot import name 'Mapping' from
  // 'collections'`): setuptools' pkg_resources of before 2023 and other code written for an older
  // Python.
  {
    id: 'stdlib-attribute-removed',
    class: 'python-incompatible',
    confidence: 'high',
    pattern: new RegExp(
      REMOVED_ATTRIBUTES.map(
        ([module, name]) =>
          String.raw`module ['‘]${escapeRegExp(module)}['’] has no attribute ['‘](${name})['’]|cannot import name ['‘](${name})['’] from ['‘]${escapeRegExp(module)}['’]`,
      ).join('|'),
    ),
    subject: { groups: REMOVED_ATTRIBUTES.flatMap((_, i) => [2 * i + 1, 2 * i + 2]), kind: 'api' },
    weight: 10,
    title: 'The build uses `{subject}`, which this Python removed from its standard library',
    remedy:
      'the build (or a build dependency it pins, often an old setuptools’ `pkg_resources`) was written for an older Python: build with a newer release of it (upgrade setuptools in `build-system.requires`), or skip this Python version until the package supports it',
  },
  {
    id: 'frame-opaque',
    class: 'python-incompatible',
    confidence: 'high',
    pattern:
      /incomplete (?:typedef|type|definition of type) ['‘]?(?:struct )?(PyFrameObject|PyCodeObject|PyInterpreterState|_frame|_is)['’]?/,
    subject: { groups: [1], kind: 'api' },
    weight: 10,
    title: 'The code reaches into `{subject}`, which is opaque in this Python (3.11+)',
    remedy:
      'use the accessor functions (`PyFrame_GetLineNumber`, `PyFrame_GetBack`, `PyFrame_GetCode`; see "Porting to Python 3.11"), or regenerate Cython/pybind11 output with a release that supports this Python',
  },
  // A member of CPython's own structures that this Python removed, renamed or hid (the frame's
  // `f_code`/`f_lasti` in 3.11, the thread state's `exc_type` in 3.7, `ob_refcnt` in the
  // free-threaded build), in gcc's, clang's and MSVC's words: the code (or the Cython/pybind11
  // output it ships) was written for another Python.
  {
    id: 'python-struct-member',
    class: 'python-incompatible',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`['‘](?:const )?(?:struct )?(?:${PYTHON_STRUCT})['’](?:\s*\{aka ['‘][^'’]+['’]\})? has no member named ['‘](\w+)['’]|\{aka ['‘]struct (?:${PYTHON_STRUCT})['’]\} has no member named ['‘](\w+)['’]|no member named ['‘](\w+)['’] in ['‘](?:struct )?(?:${PYTHON_STRUCT})['’]|['‘](\w+)['’]\s*: is not a member of ['‘](?:${PYTHON_STRUCT})['’]|(?:struct|class) "(?:${PYTHON_STRUCT})" has no (?:field|member) "(\w+)"|['‘](?:struct )?(?:${PYTHON_STRUCT})['’](?:\s*\{aka ['‘][^'’]+['’]\})? has(?: no)?\s*$|\b(?:struct )?(?:${PYTHON_STRUCT})(?:\s*\{aka (?:struct )?\w+\})? has no member named (\w+)`,
    ),
    subject: { groups: [1, 2, 3, 4, 5, 6], kind: 'api' },
    weight: 9,
    title:
      'The code uses the member `{subject}` of a CPython structure, which this Python no longer has',
    remedy: '{fix}',
  },
  // The type object's slots (`tp_*`, with the number, sequence, mapping, buffer and async slot
  // structures) change between Python releases: an initializer written for another release
  // misses or overfills them, which -Werror turns into the error that stops the build.
  {
    id: 'python-slot-initializer',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(?:missing initializer for member ['‘](?:${PYTHON_STRUCT})::(\w+)['’]|missing initializer for field ['‘](\w+)['’] of ['‘](?:struct )?(?:${PYTHON_STRUCT})['’]|missing field ['‘]((?:tp|nb|sq|mp|bf|am)_\w+)['’] initializer).*\[-Werror`,
    ),
    subject: { groups: [1, 2, 3], kind: 'api' },
    weight: 8,
    title: 'The code initialises a CPython type structure written for another Python (`{subject}`)',
    remedy: '{fix}',
  },
  {
    id: 'api-signature',
    class: 'python-incompatible',
    confidence: 'high',
    pattern:
      /(?:too (?:few|many) arguments to function|conflicting types for) ['‘]?(?:\w+ )?\**(_?Py\w+)\b/,
    subject: { groups: [1], kind: 'api' },
    weight: 9,
    title: '`{subject}` changed its signature in this Python',
    remedy: '{fix}',
  },
  {
    id: 'api-removed',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern:
      /(?:implicit declaration of function|call to undeclared (?:library )?function|use of undeclared identifier|unknown type name) ['‘](_?Py\w+|Py_UNICODE)['’]|['‘](_?Py(?:[A-Z]|_[A-Z])\w+)['’] (?:undeclared|was not declared in this scope)|has no member named ['‘](ob_digit|recursion_depth|cframe|use_tracing|curexc_\w+|exc_type|exc_traceback)['’]|\bC(?:2065|3861|4013)\s*:\s*['‘](_?Py\w+|Py_UNICODE)['’]|identifier "(_?Py\w+|Py_UNICODE)" is undefined/,
    subject: { groups: [1, 2, 3, 4, 5], kind: 'api' },
    weight: 7,
    title: 'The code uses a C-API that this Python removed or hid',
    remedy: '{fix}',
  },
  // A header of the C API that this Python moved or removed (see python-versions.ts): it is
  // missing for the version, not for want of a package.
  {
    id: 'python-header-gone',
    class: 'python-incompatible',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`(?:${FATAL}[:：]|${INCLUDE_NOT_FOUND})\s*['"‘<]?((?:\S*/)?(?:${VERSIONED_HEADERS}))['"’>]?|${msvcCannotOpen(String.raw`(?:\S*[/\\])?(?:${VERSIONED_HEADERS})`)}`,
    ),
    subject: { groups: [1, 2], kind: 'api' },
    supersedes: ['header-missing'],
    weight: 10,
    title: 'The code includes `{subject}`, which this Python moved or removed',
    remedy: '{fix}',
  },
  // A C API name that exists in some Python versions and not this one, named by an error or by
  // the note pointing at its declaration (not by a deprecation warning: the build may go on).
  {
    id: 'python-api-gone',
    class: 'python-incompatible',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`(?:error|note|undeclared|undefined|implicit declaration)\b.*?\b(?:__imp_)?_?(${VERSIONED_APIS})\b|\b(${VERSIONED_APIS})\b.*?(?:undeclared|not declared|declared here|undefined;)|^\s*['‘](${VERSIONED_APIS})['’](?:;|\s*\[-W|\s*$)`,
      'i',
    ),
    subject: { groups: [1, 2, 3], kind: 'api' },
    weight: 9,
    title: 'The code uses `{subject}`, which this Python changed or removed',
    remedy: '{fix}',
  },
  // gcc (9+) and clang echo the source line a diagnostic points at (`2323 | x = PyFoo(y)[0];`): a
  // versioned C-API name there is the reason for an error whose own words name only its effect
  // (a subscript of what is now a function, a pointer of another type). Only in a log with an
  // error: a deprecation warning's echo alone does not stop the build.
  {
    id: 'python-api-echo',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern: new RegExp(String.raw`^\s*\d+\s*\|.*?\b(${VERSIONED_APIS})\s*\(`),
    onlyIf: new RegExp(String.raw`:\d+(?::\d+)?: (?:${ERROR}|${FATAL})[:：]`),
    readsEcho: true,
    subject: { groups: [1], kind: 'api' },
    weight: 6,
    title: 'The code uses `{subject}`, which this Python changed or removed',
    remedy: '{fix}',
  },
  // Python 3 running a setup script or build script written for Python 2: the interpreter's own
  // words for a `print` or `exec` statement, `except X, e`, an old octal literal, mixed tabs,
  // builtins and modules that Python 3 renamed or removed, `print >>f`.
  {
    id: 'python2-code',
    class: 'python-incompatible',
    confidence: 'high',
    pattern:
      /SyntaxError: Missing parentheses in call to ['‘](?:print|exec)['’]|SyntaxError: multiple exception types must be parenthesized|SyntaxError: leading zeros in decimal integer literals are not permitted|^\s*TabError: inconsistent use of tabs and spaces|NameError: name ['‘](?:unicode|basestring|xrange|raw_input|execfile|unichr|long|reduce|file|cmp|reload|raw_unicode)['’] is not defined|AttributeError: ['‘]dict['’] object has no attribute ['‘](?:iteritems|itervalues|iterkeys|has_key)['’]|No module named ['‘](?:urllib2|ConfigParser|cPickle|cStringIO|StringIO|commands|__builtin__|Queue|httplib|urlparse|HTMLParser|Tkinter|SocketServer|copy_reg)['’]|unsupported operand type\(s\) for >>: ['‘]builtin_function_or_method['’]/,
    weight: 10,
    title: 'The build’s Python code is written for Python 2, and Python 3 ran it',
    remedy:
      'the setup script (or a script the build runs) is Python 2 code: build a release of the package that supports Python 3, port the script (`print(...)`, `except X as e`, `0o` octals, the renamed modules), or skip this package',
  },
  // An assignment, increment or decrement of a macro that this Python made a function: the
  // compiler's echo of the line, or its note that the operand came from the macro's expansion.
  {
    id: 'python-lvalue',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`^[\s\d|]*\b(${VERSIONED_LVALUES})\s*\([^;]*?\)\s*(?:=(?!=)|\+\+|--|[-+*/%&|^]=)|^[\s\d|]*(?:\+\+|--)\s*(${VERSIONED_LVALUES})\s*\(|in expansion of macro ['‘](${VERSIONED_LVALUES})['’]`,
    ),
    onlyIf:
      /lvalue required as (?:left operand of assignment|increment operand|decrement operand)|expression is not assignable|left operand must be l-value|C210[56]\b|cannot (?:increment|decrement) value/,
    readsEcho: true,
    subject: { groups: [1, 2, 3], kind: 'api' },
    weight: 8,
    title: 'The code assigns to `{subject}`, which this Python made a function',
    remedy: '{fix}',
  },
  // The compiler points at the declaration the call disagrees with, and it is Python's own.
  {
    id: 'python-declaration',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern:
      /[/\\](?:include[/\\]python3\.\d+t?|Include)[/\\]\S+?:\d+(?::\d+)?: note: (?:['‘](_?Py\w+)['’] )?declared here/,
    subject: { groups: [1], kind: 'api' },
    weight: 8,
    title:
      'A call disagrees with a declaration in Python’s own headers: this Python’s C API changed',
    remedy: '{fix}',
  },
  // The package or a build tool refuses this Python before compiling anything.
  {
    id: 'python-version-refused',
    class: 'python-incompatible',
    confidence: 'high',
    pattern:
      /requires a different Python(?:: | \()[\d.]+\S* not in|Ignored the following versions that require a different python version|the configured Python interpreter version \([\d.]+\) is (?:newer|older) than PyO3's (?:maximum|minimum) supported version|Python (?:version )?[<>]=? ?3\.\d+(?:\.\d+)?\+? (?:is |are )?required|requires Python (?:version )?[<>]=? ?3\.\d+|Python 3\.\d+ is not (?:yet )?supported|[Uu]nsupported Python version|unsupported version of Python|requires Python (?:version )?[23]\.\d+(?:\.\d+)? or (?:greater|newer|later|higher|above)|Python (?:version )?[23]\.\d+(?:\.\d+)? or (?:greater|newer|later|higher) (?:is )?required|Could NOT find Python\w*: Found unsuitable version "[\d.]+", but required is (?:at least|exact version) "[\d.]+"/,
    weight: 10,
    title: 'The package does not support this Python version',
    remedy:
      'the package (or its build tool) declares that it does not support this Python: build a release whose `requires-python` includes it, or skip this version (`python-versions`)',
  },
  // missing-header
  {
    id: 'header-missing',
    class: 'missing-header',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`(?:${INCLUDE_MISSING}[:：]\s*${HEADER}(?:[:：]\s*\S.*| file not found)|${INCLUDE_NOT_FOUND}\s*['"]([^'"]+)['"])|${MSVC_INCLUDE_WORDS}|${msvcCannotOpen(MSVC_HEADER)}`,
    ),
    subject: { groups: [1, 2, 3, 4], kind: 'header' },
    weight: 10,
    title: 'A header is missing: {subject}',
    remedy: '{fix}',
  },
  // The Windows SDK's own import libraries (`kernel32.lib`, `user32.lib`, the UCRT's) that link.exe
  // cannot open: Visual Studio's tools are there without the SDK (or an old one that does not set
  // its paths), a broken toolchain rather than a library the project needs. Above library-missing.
  {
    id: 'windows-sdk-library',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern:
      /\bLNK11(?:04|81)\s*[:\t][^'"“‘「\t\n]*?['"“‘「](kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|uuid|comdlg32|winspool|ws2_32|libucrtd?|ucrtd?)\.lib['"”’」]/i,
    subject: { groups: [1], kind: 'library' },
    supersedes: ['library-missing'],
    weight: 11,
    title: 'The Windows SDK’s {subject}.lib is missing: the compiler is installed without its SDK',
    remedy: NO_COMPILER_REMEDY,
  },
  // missing-library (link time). MSVC's LNK1181 and LNK1104 keep their numbers in every locale
  // and quote the file they cannot open: a `.lib` there is a library, in any language.
  {
    id: 'library-missing',
    class: 'missing-library',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`${CANNOT_FIND} -l([\w.+-]+)|unable to find library -l([\w.+-]+)|-l([\w.+-]+) could not be found|library not found for -l([\w.+-]+)|LNK1181: (?:can ?not|cannot) open input file\s*['"“‘]?([^'"”’\s]+?)(?:\.lib)?['"”’]|could not find native static library [\`'‘]([\w.+-]+)[\`'’]|\bld: library ['‘]([\w.+-]+)['’] not found|LNK1104: cannot open file ['‘"]([^'’"\s\\/]+)\.lib['’"]|lld-link: error: could not open ['‘]([\w.+-]+?)(?:\.lib)?['’]: no such file|note: ['‘]\S+['’] is defined in DSO (?:\S*\/)?lib([\w+-]+)\.so\S* so try adding it to the linker command line|(?:\S*\/)?lib([\w+-]+)\.so[\w.]*\s*:\s*(?:error adding symbols|error when adding\s+symbol\w*)\s*:\s*(?:DSO )?missing (?:from|in) command line|\bLNK1181\s*[:\t][^'"“‘「\t\n]*?['"“‘「]([^'"”’」\t\n]+?)\.lib['"”’」]|\bLNK1104\s*[:\t][^'"“‘「\t\n]*?['"“‘「]([^'"”’」\t\n\\/]+)\.lib['"”’」]`,
    ),
    subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], kind: 'library' },
    weight: 10,
    title: 'The linker cannot find a library: -l{subject}',
    remedy: '{fix}',
  },
  // make and ninja with no rule for a library file at a system path (`/usr/lib/…/libGL.so`,
  // `/lib64/`, `/usr/local/lib/`): CMake lists the libraries it found as the link's prerequisites,
  // and one at a system path is a package's, not the build's: the library is not (or no longer)
  // installed. A build-tree path is the build's own product (parallel-race's rules).
  {
    id: 'library-file-no-rule',
    class: 'missing-library',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`${makeNoRule(SYSTEM_LIBRARY_FILE)}|(?:ninja: )?error: '${SYSTEM_LIBRARY_FILE}', needed by '[^']+', missing and no known rule to make it`,
    ),
    subject: { groups: [2, 4, 5], kind: 'library' },
    weight: 10,
    title: 'The library file of -l{subject} that the link needs is not installed',
    remedy: '{fix}',
  },
  // A build system's lookup of a dependency failing before any compile: pkg-config's and pkgconf's,
  // meson's `Dependency "X" not found` and `C library 'X' not found`, CMake's find modules and config packages. The dependency's
  // development files are not installed (or not where the lookup searches): a find module missing
  // only `X_INCLUDE_DIR` is the same package's headers, not a header of the project's.
  {
    id: 'dependency-lookup-failed',
    class: 'missing-library',
    confidence: 'medium',
    pattern:
      /Package [`'‘"]?([\w.+-]+)['’"]?,? (?:was not found in the pkg-config search path|required by [`'‘"][^'’"]+['’"], not found)|[Dd]ependency [`'‘"]?([\w.+-]+)['’"]? not found|Could NOT find ([\w+]+)(?: \(missing:|,|$)|Could not find a package configuration file provided by ["“]([\w.+-]+)["”]|No package ['‘]([\w.+-]+)['’] found|\b(?:C|C\+\+|Fortran|Objective-C(?:\+\+)?|CUDA|D|Rust|Vala|Swift) (?:shared or static |shared |static )?library ['‘"]([\w.+-]+)['’"] not found|\(missing:[^)]*?\b([A-Za-z][A-Za-z0-9]*?)(?:_[A-Z0-9]+)*_LIBRAR(?:Y|IES)\b|\(missing:\s+([A-Za-z][A-Za-z0-9]*?)(?:_[A-Z0-9]+)*_INCLUDE_DIRS?\b|Could not find the following (?:static )?(Boost) libraries/,
    subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8, 9], kind: 'library' },
    weight: 6,
    title: 'The build could not find the dependency {subject}',
    remedy: DEPENDENCY_REMEDY,
  },
  // autoconf's own lookups when configure then stops: a library's function check answering no
  // (`checking for config_init in -lconfig... no`), or a dependency's headers reported missing
  // (`*** POSIX caps headers not found`), or configure's own words for a `lib…` it could not find
  // (`Unable to find libxml2`). A `no` alone is ordinary: many checks are optional; the
  // error may have lost its `configure:` (a wrapper's or a copy's prefix cut), hence a bare line.
  {
    id: 'autoconf-lookup-failed',
    class: 'missing-library',
    confidence: 'medium',
    pattern:
      /checking for \w+ in -l([\w.+-]+)\.\.\. no\b|configure: error: (?:\*+ )?([\w+ -]+?) headers? not found|(?:^|configure: )error: ['"]?(?:[Uu]nable to|[Cc]ould not|[Cc]annot|[Cc]an't) find (lib[\w.+-]*\w)\b|(?:^|configure: )error: (?:[Uu]nable to|[Cc]ould not|[Cc]annot|[Cc]an't) find ([\w.+-]+) librar(?:y|ies)\b|(?:^|configure: )error: (?:[Cc]ould not|[Cc]annot|[Cc]an't) find ([\w.+-]+)\s*$/,
    onlyIf: /(?:^|configure: )error: /m,
    subject: { groups: [1, 2, 3, 4, 5], kind: 'library' },
    weight: 5,
    title: 'configure could not find the dependency {subject}',
    remedy: DEPENDENCY_REMEDY,
  },
  // CMake's list of cache variables left NOTFOUND (`X_INCLUDE_DIR`, `X_LIBRARY`), printed when a
  // find_path/find_library result is used without a find module's own `Could NOT find`: the same
  // package's development files are absent.
  {
    id: 'cmake-variable-notfound',
    class: 'missing-library',
    confidence: 'medium',
    pattern:
      /^\s*(?:\S*\/)?_?([A-Za-z][A-Za-z0-9]*?)(?:_[A-Z0-9]+)*_(?:INCLUDE_(?:DIRS?|PATH)|LIBRAR(?:Y|IES))(?:_RELEASE|_DEBUG)?(?: \(ADVANCED\))?\s*$/,
    onlyIf: /variables are used in this project, but they are set to NOTFOUND/,
    subject: { groups: [1], kind: 'library' },
    weight: 6,
    title: 'The build could not find the dependency {subject}',
    remedy: DEPENDENCY_REMEDY,
  },
  // The same list naming a find_library result by any name (`libconfig`), shown by CMake's
  // `linked by target "X"` under it: a library the target links was not found (the variable's
  // line is not read: any single word could stand there).
  {
    id: 'cmake-linked-library-notfound',
    class: 'missing-library',
    confidence: 'medium',
    pattern: /^\s*linked by target ["“][^"”]+["”]/,
    onlyIf: /variables are used in this project, but they are set to NOTFOUND/,
    weight: 5,
    title: 'A library the build links was not found (CMake left its variable NOTFOUND)',
    remedy:
      'CMake names the library’s variable above `linked by target`: install that library’s development files (the `-dev`/`-devel` package, Homebrew’s formula), or set the variable or `CMAKE_PREFIX_PATH` to where it is',
  },
  // A dependency installed in too old a release: pkg-config's version check (`Requested
  // 'libxml-2.0 >= 2.9' but version of libXML is 2.8.0`).
  {
    id: 'dependency-too-old',
    class: 'missing-library',
    confidence: 'medium',
    pattern: /Requested ['‘]([\w.+-]+) (?:>=|>|=) [^'’]+['’] but version of .+ is \S+/,
    subject: { groups: [1], kind: 'library' },
    weight: 6,
    title: 'The installed {subject} is older than the build requires',
    remedy: DEPENDENCY_REMEDY,
  },
  // A Rust `-sys` crate's build script failing its lookup of the C library (pkg-config not
  // finding it, or not installed at all; openssl-sys's own `Could not find directory of OpenSSL
  // installation`): the library's development files, or pkg-config, are absent.
  {
    id: 'sys-crate-lookup-failed',
    class: 'missing-library',
    confidence: 'medium',
    pattern:
      /run pkg_config fail: .*?--cflags\\?"?\s+\\?"?([\w.+-]+)|Could not find directory of (OpenSSL) installation/,
    subject: { groups: [1, 2], kind: 'library' },
    weight: 6,
    title: 'The build could not find the dependency {subject}',
    remedy: DEPENDENCY_REMEDY,
  },
  // A dependency found only in part: valac's `Package `glib-2.0' not found in specified Vala API
  // directories or GObject-Introspection GIR directories` (its .vapi/.gir not installed), meson's
  // `Dependency 'glib-2.0' tool variable 'glib_mkenums' contains erroneous value` (the tool its
  // development package ships is not installed).
  {
    id: 'dependency-part-missing',
    class: 'missing-library',
    confidence: 'medium',
    pattern:
      /Package [`'‘]([\w.+-]+)['’] not found in specified Vala API directories|ERROR: Dependency ['‘"]([\w.+-]+)['’"] tool variable\b/,
    subject: { groups: [1, 2], kind: 'library' },
    weight: 7,
    title: 'Part of the dependency {subject} is not installed',
    remedy: DEPENDENCY_REMEDY,
  },
  // meson's report of a dependency it looked up and did not find (`Run-time dependency X found:
  // NO`), which it prints for optional dependencies too: a cause only when nothing else explains
  // the failure.
  {
    id: 'meson-dependency-no',
    class: 'missing-library',
    confidence: 'low',
    pattern: /\b(?:Run-time |Build-time |Native |Cross )?dependency ([\w.+-]+) found: NO\b/,
    subject: { groups: [1], kind: 'library' },
    weight: 3,
    alone: true,
    title: 'The build could not find the dependency {subject}',
    remedy: DEPENDENCY_REMEDY,
  },
  // Only the driver's summary posted: link.exe's exit status is its error's number, and LNK1181 is
  // "cannot open input file", nearly always a library named on the command line.
  {
    id: 'link-exit-1181',
    class: 'missing-library',
    confidence: 'medium',
    pattern: /link(?:\.exe)?['"]? failed with exit (?:status|code) 1181\b/i,
    weight: 6,
    title:
      'The MSVC linker could not open an input file (LNK1181): most likely a library it was told to link',
    remedy:
      'link.exe stopped with LNK1181 (cannot open input file): the full log names the file; install the library it names, or add its directory to `LIBPATH` (setuptools’ `library_dirs`) and check the name in `libraries` (no `m` or other Unix-only libraries on Windows)',
  },
  // A symbol only one well-known library defines (symbols.ts), undefined at the link or at import:
  // that library was not linked, in any linker's words (GNU ld in every locale, lld, ld64, MSVC's
  // link).
  // GNU ld's "DSO missing from command line" when the excerpt does not name the library.
  {
    id: 'dso-missing',
    class: 'missing-library',
    confidence: 'medium',
    pattern: /\bDSO missing (?:from|in) command line|:\s*missing (?:from|in) command line/,
    weight: 7,
    title: 'A library the link needs is not on its command line (DSO missing)',
    remedy:
      'the link uses symbols of a shared library that is not named on its command line (only another library depends on it): add it (`-lNAME` after the libraries that use it; `libraries=[…]`, `target_link_libraries`), or use the dependency’s pkg-config `--libs --static` output',
  },
  {
    id: 'library-symbol-undefined',
    class: 'missing-library',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(?:${UNDEFINED_REFERENCE}) (?:symbol )?[\`'‘«„"]\s?_?(${LIBRARY_SYMBOL})(?:@\S*?)?\s?[\`'’»“"]|undefined symbol: _?(${LIBRARY_SYMBOL})(?![\w@])|^\s*"_(${LIBRARY_SYMBOL})", referenced from|unresolved external symbol _?(${LIBRARY_SYMBOL})(?![\w@])`,
    ),
    subject: { groups: [1, 2, 3, 4], kind: 'symbol' },
    weight: 8,
    title: 'The link did not include the library that defines `{subject}`',
    remedy: '{fix}',
  },
  // Python's core C-API undefined at a link (ld's words in any locale, ld64's `referenced from`,
  // lld's `error: undefined symbol`): a program embedding Python linked without libpython. Not
  // the loader's `undefined symbol` (an extension loaded by another Python, a program whose
  // libpython was not loaded), nor MSVC's `__imp_` (round 19 left a Windows extension's
  // unresolved Python symbol unknown); Python 2's API stays python-incompatible.
  {
    id: 'libpython-not-linked',
    class: 'missing-library',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(?:${UNDEFINED_REFERENCE}) [\`'‘«„"]\s?_?(${EMBEDDING_API})\s?[\`'’»“"]|^\s*"_(${EMBEDDING_API})", referenced from|\b(?:ld\.lld|ld64\.lld|lld): error: undefined symbol: _?(${EMBEDDING_API})\b`,
    ),
    subject: { groups: [1, 2, 3], kind: 'api' },
    weight: 7,
    title: 'The link did not include libpython, which defines `{subject}`',
    remedy:
      'a program embedding Python must link libpython: add the flags `python3-config --embed --ldflags` prints (CMake: `find_package(Python3 COMPONENTS Development.Embed)` and `Python3::Python`), with the development package installed (`python3-dev` / `python3-devel`)',
  },
  // parallel-race: a step read an intermediate file another step was still writing (or had not
  // written yet): two compiles of one source into one object path, a link or an archive step
  // racing the compiles, a compile racing the step that generates its header or makes its
  // output directory.
  {
    id: 'object-truncated',
    class: 'parallel-race',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`(\S+\.(?:o|obj|lo|so|a|lib|rlib))\b.*?(?:${FILE_TRUNCATED})|final link failed: (?:${FILE_TRUNCATED})|(\S+\.(?:o|obj|lo|so|a)): file too short|file too short|file too small \(length=0\)|resolution sub id \w+ not in object file|unexpected file name .* in linker resolution file|cannot read ['‘]?LTO_\w+['’]? from|lto1: internal compiler error: Bus error|has a corrupt string table index|ELF section name out of range|Cannot open compiler generated file: .*Permission denied|\bC1041\b`,
    ),
    subject: { groups: [1, 2], kind: 'object' },
    weight: 10,
    title:
      'A link read an object file while another compile was rewriting it (a parallel build race)',
    remedy: '{fix}',
  },
  {
    id: 'object-unrecognized',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(\S+\.(?:o|obj|lo|a))(?:\(\S+\))?:? (?:file not recognized: )?(?:${FORMAT_NOT_RECOGNIZED})|(\S+\.(?:o|obj|lo|a))(?:\(\S+\))?:? not an? (?:valid )?ELF file|[\`'‘](\S+\.(?:lo|la))['’] is not a valid libtool (?:object|archive)|(\S+\.so(?:\.\d+)*):? (?:file not recognized: )?(?:${FORMAT_NOT_RECOGNIZED})`,
    ),
    subject: { groups: [1, 2, 3, 4], kind: 'object' },
    // A shared library counts only as one the build writes (a relative or build-tree path, or one
    // the log shows written): a system library's bad format is another story.
    subjectIf: (file, log) =>
      !/\.so(?:\.\d+)*$/.test(file) || buildProduct(file, log) || !/^[\\/]/.test(file),
    weight: 8,
    title:
      'An object file or archive was unreadable: most likely half-written by a step running in parallel',
    remedy: '{fix}',
  },
  // Installing while the build still links: libtool relinks a library at install time against
  // libraries the same `make install` has not installed yet. Medium under a parallel build, low
  // without one shown (a DESTDIR missing a dependency reads the same).
  {
    id: 'libtool-relink',
    class: 'parallel-race',
    confidence: 'low',
    pattern: LIBTOOL_RELINK,
    subject: { groups: [1], kind: 'object' },
    weight: 6,
    title: LIBTOOL_RELINK_TITLE,
    remedy: PARALLEL_STEPS_REMEDY,
  },
  {
    id: 'libtool-relink-parallel',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: LIBTOOL_RELINK,
    onlyIf: PARALLEL,
    supersedes: ['libtool-relink'],
    subject: { groups: [1], kind: 'object' },
    weight: 7,
    title: LIBTOOL_RELINK_TITLE,
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // Gradle's `Unable to delete` an output under `--parallel`: another task (or a daemon of a
  // concurrent build) still holds it. Low: a virus scanner or an IDE holds files too.
  {
    id: 'gradle-unable-to-delete',
    class: 'parallel-race',
    confidence: 'low',
    pattern: /Unable to delete (?:file|directory) ['‘"]?([^'’"]+)['’"]?/,
    onlyIf: PARALLEL,
    subject: { groups: [1], kind: 'object' },
    weight: 4,
    title: 'A task of a parallel build could not delete {subject}: another task holds it',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // The same race caught earlier: the second compile's assembler unlinks the object before it
  // writes it again, and the link in between finds no file at all.
  {
    id: 'object-vanished',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`lto1: fatal error: open (\S+\.(?:o|obj)) failed: ${NO_SUCH_FILE}|lto1: fatal error: Cannot open (\S+\.(?:o|obj))\b|\bld(?:\.\w+)?: (?:error: )?(?:${CANNOT_FIND}|cannot open) (\S+\.(?:o|obj)): ${NO_SUCH_FILE}|\b(?:\S*-)?(?:ar|ranlib): (?:\S+: )?(\S+\.(?:o|obj|lo)): ${NO_SUCH_FILE}|(?:${ERROR}): (\S+\.(?:o|obj|lo)): (?:${NO_SUCH_FILE}|no such file or directory)|no such file or directory: '(\S+\.(?:o|obj|a))'|No such file or directory: '([^']+\.(?:o|obj))'`,
    ),
    subject: { groups: [1, 2, 3, 4, 5, 6, 7], kind: 'object' },
    weight: 9,
    title:
      'A link found no object file where a compile had just written it: another compile of the same source was rewriting it (a parallel build race)',
    remedy: '{fix}',
  },
  // A file the build itself makes (see buildProduct) that a later step of it could not open: a
  // compiler driver not finding an archive or object it links (`gcc: error: ./dir/libx.a: No such
  // file or directory`, clang's `no such file or directory: '…'`), MSVC's linker not opening a
  // `.lib`, `.exp` or `.pdb` another project of the solution writes (LNK1104, in any locale). The
  // step that makes it had not run yet, or was writing it: medium under a parallel build, low
  // without (a step that failed earlier leaves the same hole).
  ...[true, false].map((parallel): LogRule => ({
    id: parallel ? 'build-product-unopened' : 'build-product-unopened-serial',
    class: 'parallel-race',
    confidence: parallel ? 'medium' : 'low',
    pattern: new RegExp(
      String.raw`(?:(?:^|\s|\/)(?:[\w.+-]*-)?(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(?:-[\d.]+)?(?:\.exe)?: |^\s*)(?:${ERROR}): (\S+\.(?:a|la|lib|so|dylib))[:：] ${NO_SUCH_FILE}|(?:clang|clang\+\+)\S*: (?:${ERROR}): no such file or directory: ['‘](\S+\.(?:a|la|lib|so|dylib))['’]|\bLNK1104\s*[:\t][^'"“‘「\t\n]*?['"“‘「]([^'"”’」\t\n]+?\.(?:lib|exp|pdb|ilk))['"”’」]`,
    ),
    ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
    subject: { groups: [1, 2, 3], kind: 'object' },
    // A compile that failed in the code (or for memory) explains the hole itself.
    subjectIf: (file, log) => buildProduct(file, log) && !COMPILE_FAILED.test(log),
    supersedes: ['library-missing'],
    weight: 8,
    title: parallel
      ? 'A step of the build could not open {subject}, which another step of the same build makes (a parallel build race)'
      : '{subject}, which the build itself makes, could not be opened: most likely the step that makes it had not run yet (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  })),
  // The linker (GNU ld in any locale, lld, ld64) not finding `-lX` under a parallel build when the
  // link line the log shows looks for it in the build's own directories (`-L. -lserver`,
  // `-L../utils -lutils`): a library of the same build not made yet. Low: the library may be one
  // the build never makes.
  {
    id: 'own-library-not-made-yet',
    class: 'parallel-race',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`(?:${CANNOT_FIND}|unable to find library|library not found for) -l([\w.+-]+)`,
    ),
    onlyIf: PARALLEL,
    subject: { groups: [1], kind: 'library' },
    subjectIf: (library, log) =>
      new RegExp(
        String.raw`\s-L\.{1,2}(?:\/\S*)?\s(?:.*\s)?-l${escapeRegExp(library)}(?:\s|$)`,
        'm',
      ).test(log),
    supersedes: ['library-missing'],
    weight: 8,
    title:
      'The link could not find -l{subject}, which it looks for in the build’s own directories: most likely not made yet (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // The same linker words where the log itself shows the library's own archive or link step
  // (`ranlib .libs/libcommon.a`, `creating libcommon.la`, `ar rcs libX.a`, `-o libX.so`): the build
  // makes that library, so the link ran before (or beside) the step that finished it. Low: the
  // library may have landed in another directory than the one the link searched.
  {
    id: 'own-library-made-in-log',
    class: 'parallel-race',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`(?:${CANNOT_FIND}|unable to find library|library not found for) -l([\w.+-]+)`,
    ),
    subject: { groups: [1], kind: 'library' },
    subjectIf: (library, log) =>
      new RegExp(
        String.raw`^\s*(?:ranlib|\S*-?ar\s+-?[a-zA-Z]+|creating|libtool: link:.*\s-o)\s+(?:\S*\/)?lib${escapeRegExp(library)}\.(?:a|la|so|dylib)\b|\s-o\s+(?:\S*\/)?lib${escapeRegExp(library)}\.(?:so|dylib|a)(?:\.[\d.]+)?(?:\s|$)`,
        'm',
      ).test(log),
    supersedes: ['library-missing'],
    weight: 8,
    title:
      'The link could not find -l{subject}, which the same build makes (the log shows its archive or link step): most likely a build-order race',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  {
    id: 'output-directory-missing',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`can't create (\S+\.(?:o|obj|s)): ${NO_SUCH_FILE}|unable to open output file '([^']+)': '?${NO_SUCH_FILE}|cannot open output file (\S+): ${NO_SUCH_FILE}`,
    ),
    subject: { groups: [1, 2, 3], kind: 'object' },
    weight: 8,
    title:
      'A compile wrote into a directory that did not exist yet: the step that makes it ran in parallel, too late',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // Generated names, copies of generated files, make's and ninja's missing targets, and a source
  // file #included by another (tables a generator writes), missing under a parallel build.
  {
    id: 'generated-file-missing',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`${FATAL}[:：]\s*['"‘<]?(${GENERATED}\.(?:h|hh|hpp|inc))['"’>]?(?:[:：]\s*${NO_SUCH_FILE}| file not found)|\b(?:cp|mv|install|ln|cat|cmp): (?:cannot stat |cannot access )?['‘]?([^'’:\s]+)['’]?: ${NO_SUCH_FILE}|${makeNoRule(GENERATED_TARGET)}|ninja: error: '(${GENERATED})', needed by '[^']+', missing and no known rule to make it|(?:${SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: ${FATAL}[:：]\s*['"‘]?([\w./+-]+\.(?:c|cc|cpp|cxx|def|tab\.\w+))['"’]?[:：]\s*${NO_SUCH_FILE}|(?:${ERROR}): (${GENERATED_PARSER_SOURCE}): ${NO_SUCH_FILE}|(?:${ERROR}): no such file or directory: ['‘](${GENERATED_PARSER_SOURCE})['’]`,
    ),
    onlyIf: PARALLEL,
    supersedes: ['header-missing', 'source-missing'],
    subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8], kind: 'source' },
    weight: 7,
    title:
      'A parallel build used {subject} before the step that generates it had run (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A header the build generates, missing under a parallel build; the same log shows the step
  // that writes it (or writes headers into the directory the compiles search). A header nothing
  // in the log writes stays a missing header.
  {
    id: 'generated-header-missing',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: RACE_HEADER_MISSING,
    onlyIf: PARALLEL,
    subjectIf: (header, log) => generatedInLog(header, log) || includeDirectoryWritten(log),
    supersedes: ['header-missing'],
    subject: { groups: [1, 2], kind: 'source' },
    weight: 7,
    title:
      'A parallel build compiled against {subject} before the step that generates it had run (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A generated header read before (or while) the step writing it ran, seen only through what its
  // absence did: the identifier it defines undeclared, or a syntax error where it should expand
  // (`expected ',' or ';' before 'VERSION'`), in a log that shows a step writing a header whose
  // name the identifier carries (`./genver.sh >version.h`, `GEN version.h`) under a parallel build.
  // Without the step shown, or without the name, the code's own error reads the same (round 21's
  // backtest: no false race on any round's missing-header and compile-error logs).
  {
    id: 'generated-define-undeclared',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(?:${SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: (?:${ERROR})[:：] ?(?:expected ['‘][^'’]+['’](?: or ['‘][^'’]+['’])? before ['‘](\w+)['’]|['‘](\w+)['’] undeclared|['‘](\w+)['’] was not declared in this scope|use of undeclared identifier ['‘](\w+)['’])`,
    ),
    onlyIf: PARALLEL,
    subjectIf: (identifier, log) => writtenHeaderNamed(identifier, log),
    supersedes: ['source-error', 'compiler-message'],
    subject: { groups: [1, 2, 3, 4], kind: 'source' },
    weight: 10,
    title:
      'A parallel build compiled code using `{subject}` before the step that generates its header had written it (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A header of the project itself (see projectHeader) missing: generated too late or compiled
  // before the step that writes it. With a parallel build in the log, that is the race.
  ...[true, false].map((parallel): LogRule => ({
    id: parallel ? 'project-header-parallel' : 'project-header-missing',
    class: 'parallel-race',
    confidence: parallel ? 'high' : 'medium',
    pattern: RACE_HEADER_MISSING,
    ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
    subjectIf: parallel ? projectHeader : builtHeader,
    supersedes: ['header-missing'],
    subject: { groups: [1, 2], kind: 'source' },
    weight: 7,
    title: parallel
      ? 'A parallel build compiled against the project’s own {subject} before the step that writes it had run (a parallel build race)'
      : 'The project’s own header {subject} did not exist yet: most likely generated after the compile that needs it (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  })),
  // A file the same build makes (see buildProduct: a relative or build-tree path, one the log shows
  // written), not there when the install or copy step the log shows read it, or an archive gone under ranlib
  // (`is not writable (No such file or directory)`, Apple's words when another job removed it, after
  // it read the archive's members):
  // the step ran before (or while) the one making it. Without a parallel build in the excerpt, a
  // Makefile that never makes the file reads the same: low.
  {
    id: 'build-product-not-there',
    class: 'parallel-race',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`(?:^|[\s/])(?:g?install|cp|mv|ln): (?:cannot stat |cannot access )?['‘]?([^'’:\s]+)['’]?: ${NO_SUCH_FILE}|\branlib: (?:file: )?(\S+\.a) is not writable \((?:${NO_SUCH_FILE})\)`,
    ),
    subjectIf: (file, log) =>
      (buildProduct(file, log) && copiedInLog(file, log)) || ranlibReadMembers(file, log),
    supersedes: ['generated-file-missing'],
    subject: { groups: [1, 2], kind: 'source' },
    weight: 6,
    title: 'A step used {subject} before the step that makes it had run (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A static archive read while ar was still writing it (or before ranlib indexed it).
  {
    id: 'archive-index',
    class: 'parallel-race',
    confidence: 'medium',
    pattern:
      /archive has no index; run ranlib to add one|malformed archive|archive TOC entry|(\S+\.a)(?:\(\S+\))?: (?:error adding symbols: )?(?:archive )?has no (?:symbol )?(?:index|table of contents)/,
    subject: { groups: [1], kind: 'object' },
    weight: 8,
    title:
      'A link read a static archive that was half-written or not yet indexed (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // make's dependency files (.d, Automake's .Po) read while a compile was writing them.
  {
    id: 'dependency-file',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`${makeNoRule(String.raw`[^\s'’“”»」"]+\.(?:d|Po|Plo)`)}|(\S+\.(?:d|Po|Plo)): ${NO_SUCH_FILE}|(\S+\.(?:d|Po|Plo)):\d+: \*\*\* missing separator`,
    ),
    subject: { groups: [1, 2, 3, 4], kind: 'source' },
    weight: 7,
    title:
      'make read the dependency file {subject} while a compile was still writing it (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // Install steps racing on directories: a directory that did not exist when checked exists when
  // made. BSD `install -d` fails so only in a race; mkdir and ln also fail so on a rerun, so
  // they count under a parallel build. A file copied into a directory another step of the same
  // run makes (shown in the log), or under a parallel build, found none yet.
  ...(['bsd-install', 'parallel', 'serial'] as const).map((kind): LogRule => ({
    id: {
      'bsd-install': 'install-directory-race',
      parallel: 'directory-exists-parallel',
      serial: 'directory-exists',
    }[kind],
    class: 'parallel-race',
    confidence: kind === 'serial' ? 'low' : 'medium',
    // coreutils' words around the quoted name are translated too (in any order); BSD's are bare.
    pattern: new RegExp(
      kind === 'bsd-install'
        ? String.raw`\binstall: mkdir (\S+): (?:${FILE_EXISTS})`
        : String.raw`\b(?:mkdir|install|ln|cp|mv): (?:[^:]*?[\`'‘"«„]\s?([^\`'’"«»„“:\s]+)\s?['’"»“][^:]*|([^\s:]+)): (?:${FILE_EXISTS})|File exists \(os error 17\)|\[Errno 17\] File exists(?:: ['"]([^'"]+)['"])?|EEXIST: file already exists`,
    ),
    ...(kind === 'parallel'
      ? { onlyIf: PARALLEL }
      : kind === 'serial'
        ? { unlessLog: PARALLEL }
        : {}),
    subject: { groups: [1, 2, 3], kind: 'source' },
    weight: 7,
    title:
      kind === 'serial'
        ? 'Two steps of the build created {subject} at once (a build race; or a rerun over an old build tree)'
        : 'Two steps of the build created {subject} at once (a parallel install race)',
    remedy: PARALLEL_STEPS_REMEDY,
  })),
  // `ln -f`, `cp -f`, `install` and `mv` remove a target they have just seen: gone by then, another
  // step removed it in between.
  {
    id: 'target-vanished',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`\b(?:ln|cp|mv|install): cannot remove [\`'‘"]?([^'’"\s]+)['’"]?: ${NO_SUCH_FILE}`,
    ),
    subject: { groups: [1], kind: 'source' },
    weight: 7,
    title: 'Another step removed {subject} while this one was replacing it (a build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // `rm` without -f on a file the build made: gone already when another job removed it first
  // (alone, as often a Makefile's own mistake, so only under a parallel build).
  {
    id: 'removed-twice',
    class: 'parallel-race',
    confidence: 'low',
    pattern: new RegExp(String.raw`\brm: cannot remove [\`'‘"]?([^'’"\s]+)['’"]?: ${NO_SUCH_FILE}`),
    onlyIf: PARALLEL,
    subject: { groups: [1], kind: 'source' },
    weight: 6,
    title: 'Another job of the parallel build removed {subject} before this one did (a build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  {
    id: 'install-into-missing-directory',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: WRITE_INTO_MISSING_DIRECTORY,
    subjectIf: (file, log) =>
      PARALLEL.test(log) ||
      STAGING_TREE.test(file) ||
      directoryMadeInLog(file, log) ||
      redirectedInLog(file, log),
    subject: { groups: [1, 2, 3, 4, 5], kind: 'source' },
    weight: 7,
    title:
      'A step wrote {subject} before another step had made its directory (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A step's own temporary output (automake's `.deps/x.Tpo`, kbuild's `.x.o.tmp`) gone when the
  // same recipe moves it into place: another job ran that recipe at once and moved it first.
  // Low without a parallel build in the excerpt.
  {
    id: 'temporary-moved-twice',
    class: 'parallel-race',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`\bmv: (?:cannot stat|can't rename) [\`'‘"]?((?![/~\\]|[A-Za-z]:)[^\s'’"]+\.(?:Tpo|tmp))['’"]?: ${NO_SUCH_FILE}`,
    ),
    subject: { groups: [1], kind: 'source' },
    weight: 5,
    title: 'Two jobs ran the step writing {subject} at once; one moved it first (a build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A rule with several targets run once per target at once (see runThriceInARow): the same
  // compile three times over, whatever follows it. Low: the failure itself may be cut off.
  {
    id: 'rule-run-per-target',
    class: 'parallel-race',
    confidence: 'low',
    pattern: /^\s*(?:\S*\/)?(?:cc|gcc|g\+\+|c\+\+|clang(?:\+\+)?)\s.*\s-o\s*(\S+)/,
    subject: { groups: [1], kind: 'object' },
    subjectIf: runThriceInARow,
    weight: 3,
    title:
      'The same command writing {subject} ran three times at once: a rule with several targets under a parallel build',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // The same effect with no parallel build, staging tree or earlier step shown, for a path of the
  // build's own tree (relative, with a directory in it; a system directory stays unknown): a step
  // wrote into a directory of the build that another step had not made yet. The tools' words
  // above, `mkdir` without `-p` of a nested object directory, gcc writing `-fstack-usage`'s `.su`
  // (or another file it opens for writing). Low: a Makefile that never makes the directory at
  // all reads the same.
  {
    id: 'directory-not-made-yet',
    class: 'parallel-race',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`${WRITE_INTO_MISSING_DIRECTORY.source}|\bcannot open (\S+) for writing: ${NO_SUCH_FILE}`,
    ),
    subjectIf: (file) => /^(?![/~\\]|[A-Za-z]:)[^/\s]+\/\S/.test(file),
    subject: { groups: [1, 2, 3, 4, 5, 6], kind: 'source' },
    weight: 5,
    title:
      'A step wrote {subject} into a directory of the build that was not made yet (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // The shell could not open the file a command of the build redirects its output into: its
  // directory was not made yet (bash's words; the same as a program it cannot find, so the log
  // must show the redirection).
  {
    id: 'redirect-into-missing-directory',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(?:^|\s)(?:\S*\/)?(?:ba|z)?sh: (?:line \d+: )?([^:\s]+): ${NO_SUCH_FILE}`,
    ),
    subjectIf: redirectedInLog,
    subject: { groups: [1], kind: 'source' },
    weight: 7,
    title: 'A build step wrote {subject} before its directory was made (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // make or ninja finds no rule for a target that is another rule's output (a directory, a path
  // in the build tree, a tool the build compiles): the rule that makes it has not run yet or is
  // not declared as its prerequisite. Under a parallel build, the race. ninja's build files list
  // every edge, so its "no known rule" for any relative path (a vendored header an external
  // project unpacks, CMake's phony object-order target) is a dependency edge missing, read the same.
  // libtool's `cannot find the library 'libcommon.la'` for a relative `.la` is the same: a
  // convenience library of this build linked before its step made it (an installed one is named
  // by its absolute path). So is the compiler driver not finding a relative static archive it was
  // given to link (`gcc: error: libanyio.a: No such file or directory`): the build's own archive,
  // not made yet.
  ...[true, false].map((parallel): LogRule => ({
    id: parallel ? 'build-output-no-rule-parallel' : 'build-output-no-rule',
    class: 'parallel-race',
    confidence: parallel ? 'medium' : 'low',
    pattern: new RegExp(
      String.raw`${makeNoRule(BUILD_OUTPUT)}|(?:ninja: )?error: '(${BUILD_OUTPUT}|${NINJA_TARGET})', needed by '[^']+', missing and no known rule to make it|libtool: (?:link: |\s*error: )cannot find the library [\`'‘](${BUILD_OUTPUT})['’]|(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(?:-[\d.]+)?: (?:fatal )?error: ((?![/\\]|[A-Za-z]:)(?:[\w.+-]+\/)*lib[\w.+-]+\.a): No such file or directory`,
    ),
    ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
    subject: { groups: [1, 2, 3, 4, 5], kind: 'source' },
    weight: 6,
    title: parallel
      ? 'A parallel build needed {subject}, an output of another step, before that step had made it (a parallel build race)'
      : 'The build needed {subject}, an output of another step, before that step had made it (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  })),
  // OCaml's compilers check that every compiled unit was built against the same interfaces: two
  // units of one build tree disagreeing means one was rebuilt while the other was being built
  // (two jobs rebuilding one module). Against an installed library (opam, /usr/lib/ocaml) it is a
  // stale installation instead.
  ...[true, false].map((parallel): LogRule => ({
    id: parallel ? 'ocaml-inconsistent-parallel' : 'ocaml-inconsistent',
    class: 'parallel-race',
    confidence: parallel ? 'medium' : 'low',
    pattern:
      /make inconsistent assumptions over (?:implementation|interface)|The files \S+ and \S+ disagree over interface/,
    ...(parallel ? { onlyIf: PARALLEL } : {}),
    unlessLog: OCAML_INSTALLED,
    weight: 6,
    title: parallel
      ? 'Two compiled OCaml units of one parallel build disagree: one was rebuilt while the other was built (a parallel build race)'
      : 'Two compiled OCaml units of one build disagree: one was rebuilt after the other was built (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  })),
  // A program the build itself builds (or regenerates), run by a later step before it was linked:
  // the shell finds nothing at its build-tree path (under a parallel build only: alone, that is
  // as often a script with a wrong interpreter or line endings), or automake's help2man step gets
  // no `--help` out of the tool it documents (a tool the build makes: low without a parallel build).
  ...[true, false].map((parallel): LogRule => ({
    id: parallel ? 'built-tool-missing' : 'built-tool-missing-serial',
    class: 'parallel-race',
    confidence: parallel ? 'medium' : 'low',
    pattern: new RegExp(parallel ? `${SHELL_NOT_FOUND}|${HELP2MAN_NO_HELP}` : HELP2MAN_NO_HELP),
    ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
    subject: { groups: parallel ? [1, 2] : [1], kind: 'program' },
    weight: 7,
    title: parallel
      ? 'A build step ran {subject}, a program the build makes, before it was built (a parallel build race)'
      : 'A build step ran {subject}, a program the build makes, before it was built (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  })),
  // A library the build itself makes (a path in its build tree: obj/, build/, .libs/), named to a
  // link before the step that archives it had run.
  ...[true, false].map((parallel): LogRule => ({
    id: parallel ? 'built-library-missing' : 'built-library-missing-serial',
    class: 'parallel-race',
    confidence: parallel ? 'medium' : 'low',
    pattern: new RegExp(
      String.raw`(?:\b(?:ld|ld\.\w+|lld)(?:\.exe)?: (?:error: )?|^\s*error: )(?:cannot open|${CANNOT_FIND}) (\S+\.(?:a|so|lib|la|dylib)(?:\.[\d.]+)?): ${NO_SUCH_FILE}`,
    ),
    ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
    subjectIf: (library) => BUILD_TREE_PATH.test(library),
    subject: { groups: [1], kind: 'object' },
    weight: 7,
    title: parallel
      ? 'A link needed {subject}, a library the build makes, before it was built (a parallel build race)'
      : 'A link needed {subject}, a library the build makes, before it was built (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  })),
  // A source or header a generator writes (protoc, flex/bison, moc/uic/rcc, flatc) that a compiler
  // finds cut short or spliced (braces, comments or conditionals that do not close): read while its
  // generator was still writing it, or written by two at once. Any other error in generated code is
  // the code's (the grammar's actions, the project's headers), and a generator whose release does
  // not match its runtime (protobuf's version guard) writes a whole, valid file.
  ...[true, false].map((parallel): LogRule => ({
    id: parallel ? 'generated-source-error' : 'generated-source-error-serial',
    class: 'parallel-race',
    confidence: parallel ? 'medium' : 'low',
    pattern: new RegExp(
      String.raw`(${SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: (?:${FATAL}|${ERROR})[:：] (?:${SPLICED_SOURCE})|(${SOURCE})${MSVC_AT} (?:fatal )?error (?:${SPLICED_SOURCE_MSVC})`,
    ),
    ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
    supersedes: ['source-error', 'msvc-error'],
    subject: { groups: [1, 2], kind: 'source' },
    // Generated by its name (protoc's, bison's, moc's outputs, a `version_generated.h`) or by a
    // step the log shows writing it (`bison -o util/configparser.c`).
    subjectIf: (source, log) =>
      (new RegExp(String.raw`^(?:${GENERATED_PARSER_SOURCE}|${GENERATED}\.(?:h|hh|hpp|inc))$`).test(
        source,
      ) ||
        generatedInLog(source.replaceAll('\\', '/'), log)) &&
      !GENERATOR_VERSION_MISMATCH.test(log),
    weight: parallel ? 10 : 9,
    title: parallel
      ? 'The generated file {subject} did not compile: another job was still writing it (a parallel build race)'
      : 'The generated file {subject} did not compile: most likely read while its generator was still writing it',
    remedy: PARALLEL_STEPS_REMEDY,
  })),
  // The driver checks its inputs exist before it starts cc1; cc1 not finding one means it vanished
  // in between, deleted or rewritten by another step (a generator running twice).
  {
    id: 'source-vanished',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(?:(?:^|\s)cc1(?:plus|obj)?: |^\s*)(?:${FATAL}): (${SOURCE}): (?:${NO_SUCH_FILE})`,
    ),
    supersedes: ['generated-file-missing'],
    subject: { groups: [1], kind: 'source' },
    weight: 7,
    title:
      'The source {subject} vanished between the compiler driver and its compiler proper: another step deleted or rewrote it (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A Fortran module file (.mod) is written by the compile of the file defining the module; a
  // compile using it that starts earlier finds none. The modules of compilers and libraries (MPI,
  // OpenMP, HDF5, NetCDF) are installed ones, missing for another reason.
  {
    id: 'fortran-module-missing',
    class: 'parallel-race',
    confidence: 'medium',
    pattern:
      /Cannot open module file ['‘]?([\w.-]+)\.mod|Can't open module file ['‘]?([\w.-]+)\.mod|Error in opening the compiled module file\..*?\[(\w+)\]/,
    subjectIf: (module) => !INSTALLED_MODULE.test(module),
    subject: { groups: [1, 2, 3], kind: 'source' },
    weight: 7,
    title:
      'A Fortran compile used the module file {subject} before the compile that writes it had run (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // Two compiles writing one module: gfortran writes `x.mod0` and renames it, CMake's
  // cmake_copy_f90_mod copies the compiler's module into its stamp. Another compile renaming or
  // removing it first (two targets compiling one module source at once) leaves the other with none.
  ...[true, false].map((parallel): LogRule => ({
    id: parallel ? 'fortran-module-rename-parallel' : 'fortran-module-rename',
    class: 'parallel-race',
    confidence: parallel ? 'medium' : 'low',
    pattern:
      /(?:Cannot|Can't|Can not) rename module file ['‘"]?(?:\S*\/)?([\w.-]+?)\.mod0?['’"]? to|Error copying Fortran module ['‘"]?(?:\S*\/)?([\w.-]+?)\.mod\b|[/\s]([\w.-]+)\.mod\.stamp\]? Error \d/,
    ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
    subject: { groups: [1, 2, 3], kind: 'source' },
    weight: 7,
    title: parallel
      ? 'Two compiles of a parallel build wrote the Fortran module {subject} at once (a parallel build race)'
      : 'Another step renamed or removed the Fortran module {subject} while this compile wrote it (a build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  })),
  {
    id: 'text-file-busy',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(TEXT_FILE_BUSY),
    weight: 6,
    title:
      'A build step ran a program while another step was still writing it (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // Windows' sharing violation: a step opening a file another process holds open (MSBuild's
  // `.tlog` tracking logs under MSB6003, a code generator's `.tmp`, .NET's IOException, in
  // English, German and French), and C#'s CS1504 reading a source that ended early (a generated
  // file read while its generator was still writing it). Another step of the same build holds it,
  // most often; a virus scanner's lock reads the same, hence medium.
  {
    id: 'file-in-use',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`The process cannot access the file (?:['"‘]([^'"’\n]+?)['"’] )?because it is being used by another process|Der Prozess kann nicht auf die Datei ['"„‚]?([^'"“‘\n]+?)['"“‘]? zugreifen, da sie von einem anderen Prozess verwendet wird|Le processus ne peut pas accéder au fichier ['"«]?\s*([^'"»\n]+?)\s*['"»]?,? car il est en cours d'utilisation par un autre processus|\bCS1504: [^'"‘\n]*['"‘]([^'"’\n]+)['"’].*(?:read past the end of the stream|being used by another process)`,
    ),
    supersedes: ['msvc-error', 'other-language-error', 'source-error'],
    subject: { groups: [1, 2, 3, 4], kind: 'source' },
    weight: 8,
    title:
      'A build step could not open {subject}: another process (most likely another step of the same build) was using or still writing it (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // missing-shared-library (at import): a ctypes wrapper's own words (pyzbar's `Unable to find zbar
  // shared library`) and any loader's words (glibc's, musl's, FreeBSD's rtld's
  // `Shared object "X" not found, required by "Y"`, dyld's, Windows'); glibc's soname may carry a
  // space before its colon (`libkim-api-v1.so : cannot open`).
  {
    id: 'shared-object-missing',
    class: 'missing-shared-library',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`([\w.+-]+\.(?:so|dll|dylib)(?:\.[\w.]+)?): (?:${SHARED_OBJECT_OPEN})|error while loading shared libraries: (?:\?|([^\s:]+))\s*(?::|$)|Library not loaded(?:: (\S+)|\s*$)|DLL load failed(?: while importing \w+)?: (.*)|ImportError: ([\w.+-]+\.so(?:\.[\d.]+)?)\s*$|The code execution cannot proceed because (\S+\.dll) was not found|The program can['’]t start because (\S+\.dll) is missing|\b0x[cC]0000135\b|STATUS_DLL_NOT_FOUND|exit code -1073741515\b|Error loading shared library ([\w.+-]+): No such file or directory|Could not find module ['‘]([^'’]+)['’] \(or one of its dependencies\)|\[WinError 126\]|cannot load library ['‘]([^'’]+)['’]: error 0x7e\b|Shared object "([^"]+)" not found, required by|ImportError: Unable to find ([\w.+-]+) shared library`,
    ),
    subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], kind: 'shared-library' },
    weight: 10,
    title: 'An extension needs {subject}, which the loader cannot find',
    remedy: '{fix}',
  },
  // glibc's loader words quoted in prose with the library's name left out (`error while loading
  // shared libraries` in quotes): the class is the loader's, the library unknown. Medium.
  {
    id: 'shared-object-missing-quoted',
    class: 'missing-shared-library',
    confidence: 'medium',
    pattern: /error while loading shared libraries[`'’"]/,
    weight: 6,
    title: 'A program could not load a shared library (the log does not name it)',
    remedy: '{fix}',
  },
  // The loader found the library but an older release of it than the program was linked against:
  // glibc's `version … not found` (FreeBSD's rtld: `version V required by Y not found`), dyld's `Symbol not found` beside `Referenced from`, Windows'
  // missing entry point. A loader's error, at run time of a program or an import, not a compile's.
  {
    id: 'library-version-missing',
    class: 'missing-shared-library',
    confidence: 'high',
    pattern:
      /(?:^|[\s:])((?:\S*\/)?[\w.+-]+\.so(?:\.[\w.]+)?): version (?:[`'‘][\w.]+['’]|[\w.]+ required by \S+) not found|(?:^|[\s:])((?:\S*\/)?lib(?:c|m|stdc\+\+|gcc_s)\.so(?:\.[\w.]+)?): version [`'‘](?:GLIBC|GLIBCXX|CXXABI)_[\d.]+['’]\s*$|dyld(?:\[\d+\])?: Symbol not found: \S+|^\s*Expected in:? (\S+\.dylib)|The procedure entry point \S+ could not be located in the dynamic link library (\S+)/,
    subject: { groups: [1, 2, 3], kind: 'shared-library' },
    weight: 10,
    title:
      'A program the build ran needs a newer {subject} than the one the loader found (a symbol version missing)',
    remedy:
      'the program was linked against a newer release of {subject} than the one it loaded (typically a newer compiler’s libstdc++ or a newer glibc than the system’s): run it with the library it was built with (its directory in `LD_LIBRARY_PATH`, or the matching runtime package, e.g. conda’s `libstdcxx-ng`), or build it with the system’s compiler, or build in an image whose libraries are at least as new',
  },
  // An extension's import failing on an undefined symbol of Python's own (`Py…`, `_Py…`): built
  // against another Python's ABI (a Python 2 build's `_Py_ZeroStruct`, a debug build's) or using
  // API this Python removed (3.13's `_PyObject_CallMethodId…`). Medium: a libpython not loaded by
  // an embedding program reads the same.
  {
    id: 'import-python-symbol',
    class: 'python-incompatible',
    confidence: 'medium',
    // The loader's words for a module it opened (`x.so: undefined symbol: …`), not a link's
    // (`ld.lld: error: undefined symbol: …`) nor a program's `symbol lookup error`.
    // dyld's words (`Symbol not found: _PyX`, `symbol not found in flat namespace '_PyX'`) carry
    // the C symbol with Mach-O's leading underscore.
    pattern:
      /^(?!.*symbol lookup error)(?:.*\s)?\S+\.(?:so|pyd|dylib)(?:\.[\w.]+)?:\s+undefined symbol: (_?Py[A-Z_]\w*)|\b[Ss]ymbol not found(?: in flat namespace)?:? [`'‘"]?_(_?Py[A-Z_]\w*)/,
    onlyIf: /ImportError|ModuleNotFoundError|\bimport\b/,
    subject: { groups: [1, 2], kind: 'api' },
    weight: 6,
    title: OTHER_PYTHON_TITLE,
    remedy: OTHER_PYTHON_REMEDY,
  },
  // The same symbol quoted without the module's path (a report's `undefined symbol: _Py_FalseStruct`
  // at import, `Undefined symbol PyUnicode_AsUTF8 at runtime`): the loader's words, not a link's
  // (lld's `error: undefined symbol:`, ld's `undefined reference`) nor a program's `symbol lookup
  // error` (libpython not loaded). Low: the module is not named.
  {
    id: 'python-symbol-undefined-bare',
    class: 'python-incompatible',
    confidence: 'low',
    pattern: /(?<!error: )\b[Uu]ndefined symbol:?\s+[`'‘"]?(_?Py[A-Z_]\w*)/,
    unlessLog: /symbol lookup error/,
    subject: { groups: [1], kind: 'api' },
    weight: 4,
    title: OTHER_PYTHON_TITLE,
    remedy: OTHER_PYTHON_REMEDY,
  },
  // Symbols only a debug build of Python has (`_PyUnicode_CheckConsistency`, the reference
  // counting's `_Py_RefTotal`, `_Py_NegativeRefcount`), undefined at import: the extension was
  // built against a debug Python and loaded by a release one.
  {
    id: 'debug-python-symbol',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern:
      /(?:undefined symbol|[Ss]ymbol not found|unresolved external symbol|undefined reference to)\b:?\s*[`'‘"]?(?:__imp_)?_?(_PyUnicode_CheckConsistency|_Py_RefTotal|_Py_NegativeRefcount|_Py_(?:inc|dec)_reftotal|_Py_AddToAllObjects|_Py_ForgetReference)\b/,
    subject: { groups: [1], kind: 'api' },
    weight: 7,
    title: 'The extension uses {subject}, which only a debug build of Python has',
    remedy:
      'the extension was built against a debug build of Python ({subject} exists only there): rebuild it with the release interpreter that imports it (`pip install --no-binary :all: --force-reinstall`)',
  },
  // Python 2's module and type API, gone from Python 3 (`Py_InitModule3`, `PyString_…`,
  // `PyInt_…`, `PyCObject_…`), undefined at import or link in any words: the source is written for
  // Python 2.
  {
    id: 'python2-symbol-undefined',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern:
      /(?:undefined symbol|[Ss]ymbol not found|unresolved external symbol|undefined reference to)\b:?\s*[`'‘"]?(?:__imp_)?_{0,2}(Py_InitModule\d?\w*|PyString_\w+|PyInt_\w+|PyCObject_\w+)/,
    subject: { groups: [1], kind: 'api' },
    weight: 7,
    title: 'The extension uses {subject}, Python 2’s API, which Python 3 does not have',
    remedy:
      'the extension is written for Python 2 ({subject} was removed in Python 3): build a release of the project that supports Python 3, or port its module setup to `PyModule_Create` and its API to Python 3’s',
  },
  // Python 2's narrow and wide Unicode builds named their API apart (`PyUnicodeUCS2_…`,
  // `PyUnicodeUCS4_…`): such a symbol undefined, in any loader's or linker's words, is an extension
  // built for the other build of Python.
  {
    id: 'python-unicode-abi',
    class: 'python-incompatible',
    confidence: 'high',
    pattern:
      /(?:undefined symbol|[Ss]ymbol not found|unresolved external symbol|undefined reference to)\b.*?\b(?:__imp_)?_{0,2}(PyUnicodeUCS[24]_\w+)/,
    subject: { groups: [1], kind: 'api' },
    weight: 10,
    title:
      'The extension uses {subject}, which this Python does not export: built for another Python',
    remedy:
      'the extension was built for a Python with the other Unicode width (UCS2 against UCS4, Python 2): rebuild it from source for this interpreter (`pip install --no-binary :all: --force-reinstall`)',
  },
  // Python 3 looks for `PyInit_x`, Python 2 for `initx`: a module that defines the other is built
  // for the other major release (or renamed after it was built). Medium.
  {
    id: 'module-init-missing',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern: /dynamic module does not define (?:module export|init) function \(((?:PyInit_)?\w+)\)/,
    subject: { groups: [1], kind: 'api' },
    weight: 7,
    title: 'The module does not define {subject}: built for another major release of Python',
    remedy:
      'the extension module was built for another major release of Python (Python 2’s `initx` against Python 3’s `PyInit_x`), or renamed after it was built: rebuild it from source with this interpreter, under the name it is imported by',
  },
  // Any other undefined symbol at import: a shared library the extension loads is older (or newer)
  // than the one it was built against (a stale `.so` left from an earlier build, a system copy
  // found first). Symbols of Python and of well-known libraries have their own rules.
  {
    id: 'import-symbol-undefined',
    class: 'missing-shared-library',
    confidence: 'medium',
    // The loader's words for a module it opened, after Python's ImportError, ctypes' or torch's
    // OSError, or alone; not a link's nor a program's `symbol lookup error`.
    pattern:
      /^(?!.*symbol lookup error)(?:.*[\s:])?(\S+?\.(?:so|pyd|dylib)(?:\.[\w.]+)?): undefined symbol: (?!_?Py[A-Z_])\S/,
    subject: { groups: [1], kind: 'shared-library' },
    weight: 5,
    title:
      '{subject} needs a symbol no loaded library provides: a stale or mismatched shared library',
    remedy:
      'the extension and a shared library it loads come from different builds: rebuild the extension against the library it loads at run time (remove stale copies from earlier builds, `LD_LIBRARY_PATH` entries and `site-packages`), or install the library release it was built against',
  },
  // The C++ runtime's own symbol (`std::…`: `_ZSt…`, `_ZNSt…`, `_ZNKSt…`) undefined in the
  // loader's words without the module's path (`undefined symbol:
  // _ZSt28__throw_bad_array_new_lengthv`): an older libstdc++ (a system's, an environment's) was
  // loaded first. Low: neither the module nor the library is named; not lld's `error: undefined
  // symbol`.
  {
    id: 'cxx-runtime-symbol-undefined-bare',
    class: 'missing-shared-library',
    confidence: 'low',
    pattern: /(?<!error: )\bundefined symbol: (_Z(?:N|NK)?St\w+)/,
    subject: { groups: [1], kind: 'symbol' },
    weight: 4,
    title: 'The C++ runtime loaded lacks {subject}: an older libstdc++ was loaded first',
    remedy:
      'an older libstdc++ than the one the module was built with was loaded first (the system’s, or an environment’s): put the newer one first (`LD_LIBRARY_PATH`, the environment’s own `libstdcxx-ng`), or build with the older compiler',
  },
  // The loader found every library but one lacks a symbol the program was linked against (an older
  // release of it): musl's `Error relocating X: Y: symbol not found`, glibc's `symbol lookup
  // error: X: undefined symbol: Y` for a program the build runs (an extension's own undefined
  // symbol at import is ImportError's, and its link's).
  {
    id: 'loaded-symbol-missing',
    class: 'missing-shared-library',
    confidence: 'high',
    pattern:
      /Error relocating (\S+?): [\w@.$]+: symbol not found|^(?!.*ImportError)(?:.*\s)?(?:\S+: )?symbol lookup error: (\S+?): undefined symbol: /,
    subject: { groups: [1, 2], kind: 'program' },
    weight: 10,
    title:
      '{subject} needs a symbol its shared libraries lack: a library older than the one it was linked against',
    remedy:
      'the program was linked against a newer release of one of its libraries than the one the loader found (a package upgraded without its dependency, two releases side by side): upgrade the library (`apk upgrade`, `apt-get install --only-upgrade`), or reinstall the program from the same release as its libraries',
  },
  // silent-fallback: optional extensions whose compile failed, and a pure-Python build that "succeeded".
  {
    id: 'fallback',
    class: 'silent-fallback',
    confidence: 'high',
    pattern:
      /falling back to pure Python|fallback pure python implementation|could not be compiled, speedups|speedups won't be available|Plain-Python installation succeeded|forcing --without-libyaml|the speedup extension could not be compiled|Failed to build the C extension|C extension.* failed to build/i,
    weight: 10,
    title: 'The build “succeeded” without its compiled extension: it fell back to pure Python',
    remedy: '{fix}',
  },
  // compile-error: the project's own code.
  {
    id: 'source-error',
    class: 'compile-error',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(${SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: (?:${FATAL}|${ERROR})[:：] ?|(${SOURCE}|${HEADER_FILE})${MSVC_AT} error(?!\s*C\d)|^Error: .* at \(1\)`,
    ),
    subject: { groups: [1, 2], kind: 'source' },
    weight: 10,
    title: 'The project’s own code does not compile',
    remedy:
      'the compiler rejected the project’s code at the lines shown: fix them, or build a release of the package that supports this compiler and Python',
  },
  // The compiler's own words for an error in the code, read without the `file:line:col: error:`
  // that a search excerpt, a CI page's annotation or an IDE's list cuts off (Xcode shows
  // `Incompatible function pointer types …` alone). Only gcc's and clang's wordings no other tool
  // prints; a bare `error: …` stays unread here.
  {
    id: 'compiler-message',
    class: 'compile-error',
    confidence: 'medium',
    pattern:
      /\bimplicit declaration of function\b|\bcall to undeclared function\b|\bincompatible (?:function )?pointer types? (?:sending|passing|assigning|initializing|returning|to parameter)|\bfrom incompatible pointer type\b|\bloop initial declarations are only allowed in C99\b|\bexpected ['‘][^'’]+['’] (?:before ['‘]|at end of input)|[`'‘][^'’]+['’] was not declared in this scope|['‘][^'’]+['’] cannot be defined via ['‘]typedef['’]|\bis not a member of ['‘]|\bmarked ['‘]override['’] (?:hides|but does not override)\b|['‘][^'’]+['’] does not name a type|\bno matching (?:member )?function for(?: call to(?: ['‘]|\s*$)|\s*$)|\bundeclared \(first use in this function\)|\buse of undeclared identifier ['‘]|\bunknown type name ['‘]|\bconflicting types for ['‘]|\btoo (?:many|few) arguments to function\b|\bhas no member named ['‘]|\bno member named ['‘][^'’]+['’] in\b|\bISO C\+\+\d* does not allow\b|\binvalid conversion from ['‘]|\btwo or more data types in declaration specifiers\b|\bextraneous closing brace\b|\binvalid use of incomplete type\b|\bthere are no arguments to ['‘][^'’]+['’] that depend on a template parameter\b|\bcannot initialize a (?:variable|parameter|member subobject|return object) of type ['‘]/i,
    weight: 7,
    title: 'The project’s own code does not compile',
    remedy:
      'the compiler rejected the project’s code at the lines shown: fix them, or build a release of the package that supports this compiler and Python',
  },
  {
    id: 'source-missing',
    class: 'compile-error',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`error: (${SOURCE}): ${NO_SUCH_FILE}|error: no such file or directory: ['‘](${SOURCE})['’]|C1083: Cannot open source file: ['‘](${SOURCE})['’]|(?:fatal )?error: no input files|Error compiling Cython file`,
    ),
    subject: { groups: [1, 2, 3], kind: 'source' },
    supersedes: ['msvc-error'],
    weight: 8,
    title: 'A source file of the project is missing or failed to generate',
    remedy:
      'a source the build lists does not exist: the sdist lacks a generated file (add it, or add Cython to `build-system.requires` so it is generated)',
  },
  {
    id: 'rust-error',
    class: 'compile-error',
    confidence: 'medium',
    pattern: /^\s*error\[E\d{4}\]: |:\d+:\d+: \d+:\d+ error: /,
    weight: 9,
    title: 'The project’s own Rust code does not compile',
    remedy:
      'rustc rejected the code at the lines shown: fix them, or build a release of the package that supports this Rust toolchain (`rust-version` in Cargo.toml names the oldest it supports)',
  },
  {
    id: 'msvc-error',
    class: 'compile-error',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(${SOURCE}|${HEADER_FILE})${MSVC_AT} (?:fatal )?error\s+C\d+|(?:^|\s)(?:fatal )?error\s+C\d{4}\s*:|${VS_ERROR_LIST}`,
    ),
    subject: { groups: [1], kind: 'source' },
    weight: 9,
    title: 'The project’s own code does not compile',
    remedy:
      'the compiler rejected the project’s code at the lines shown: fix them, or build a release that supports this compiler',
  },
  // Other languages' compilers, each in its own form: Go's `file.go:L:C: message` (`file.go:L:`
  // before Go 1.10, but not in a `_test.go`, where `go test` prints a failing test's lines so;
  // Go says no `error`), old rustc's `file.rs:L:C: L:C error:`, the EDG front
  // end's (nvcc's, icc's) `identifier "x" is undefined` quoted without its `error`, javac's
  // `File.java:L: error:`, C#'s `File.cs(L,C): error CS…`, Kotlin's `e: file.kt`, and the
  // `file:L:C: error:` of Swift, Zig, GHC, D and Nim.
  {
    id: 'other-language-error',
    class: 'compile-error',
    confidence: 'medium',
    pattern:
      /^\s*((?:\.{0,2}\/)?[\w./-]+\.go):\d+:\d+: (?!warning)\S|^\s*((?:\.{0,2}\/)?[\w./-]+(?<!_test)\.go):\d+: (?!warning)\S|(\S+\.rs):\d+:\d+: \d+:\d+ error: |\bidentifier "[^"]+" is undefined\b|\bno instance of (?:overloaded )?function "[^"]+" matches the argument list|(\S+\.java):\d+: error: |(\S+\.cs)\(\d+,\d+\): error CS\d+|^e: (?:file:\/\/)?(\S+\.kts?)|(\S+\.(?:swift|zig|hs|d|nim)):\d+:\d+: error: /,
    subject: { groups: [1, 2, 3, 4, 5, 6, 7], kind: 'source' },
    weight: 8,
    title: 'The project’s own code does not compile',
    remedy:
      'the compiler rejected the project’s code at the lines shown: fix them, or build a release of the package that supports this compiler',
  },
  // Only a compiler's tally of its errors survives (the errors were cut from the excerpt): rustc's
  // `aborting due to N previous errors` and cargo's `could not compile`, clang's `N errors
  // generated.`, MSBuild's `N Error(s)`. Errors in the code, most likely; low, and any other class
  // the log shows ranks first.
  {
    id: 'errors-tally',
    class: 'compile-error',
    confidence: 'low',
    pattern:
      /error: aborting due to (?:\d+ )?previous errors?|error: could not compile [`'‘]|^\s*\d+ errors? generated\.|^\s*[1-9]\d* Error\(s\)/,
    weight: 1,
    alone: true,
    title:
      'The compiler reported errors in the code (the errors themselves are not in this excerpt)',
    remedy:
      'the compiler counted errors in the code but their lines are not in this excerpt: find the first `error` above in the full log, and fix it or build a release that supports this compiler',
  },
  // Newer C++ libraries stopped including <cstdint>, <stdexcept>, … from their own headers: a
  // standard name undeclared is the project's code missing the include (std-headers.ts).
  {
    id: 'std-include-note',
    class: 'compile-error',
    confidence: 'high',
    pattern:
      /is defined in header ['‘]<([\w./]+)>['’]; (?:did you forget to|this is probably fixable by adding) ['‘]#include <[\w./]+>['’]/,
    subject: { groups: [1], kind: 'header' },
    weight: 12,
    title: 'The code uses a standard name without including <{subject}>',
    remedy: '{fix}',
  },
  {
    id: 'std-name-undeclared',
    class: 'compile-error',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`['‘]((?:std::)?(?:${STD_NAMES}))['’]:? (?:was not declared in this scope|does not name a type|has not been declared|is not a member of ['‘]std['’]|undeclared)|(?:unknown type name|use of undeclared identifier|no type named|no member named) ['‘]((?:std::)?(?:${STD_NAMES}))['’]|namespace "std" has no member "(${STD_NAMES})"|identifier "((?:std::)?(?:${STD_NAMES}))" is undefined`,
    ),
    subject: { groups: [1, 2, 3, 4], kind: 'api' },
    weight: 11,
    title: 'The code uses `{subject}` without including its header',
    remedy: '{fix}',
  },
  // Round 14: files the build itself makes, used before the step making them ran. A parallel step
  // (`make install -jN` above all) touching a file under the install prefix or the build tree that
  // a sibling step had not written yet: coreutils' and sed's words for a missing operand.
  {
    id: 'touched-before-written',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`^(?:\S*\/)?(?:chmod|chown|chgrp|cp|ln|install|mv|sed|cat|touch|strip|ranlib|rm): (?:cannot (?:access|stat|open|read|create [\w ]+ link)|can't (?:read|open|stat)|failed to access|couldn't (?:open|edit))? ?[\`'‘"]?([^\`'’":\s]+)[\`'’"]?: ${NO_SUCH_FILE}`,
    ),
    onlyIf: PARALLEL,
    subjectIf: (file, log) =>
      !SYSTEM_FILE.test(file) &&
      (BUILD_TREE_PATH.test(file) || announcedByBuild(file, log) || /\binstall\b/.test(log)),
    subject: { groups: [1], kind: 'source' },
    weight: 8,
    title: 'A parallel step used {subject} before the step writing it ran',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // The same configure run twice at once under a parallel build (two targets both depending on a
  // vendored library's configure, without one stamp for it): its directory fails twice with two
  // different errors, each run having removed the other's test files.
  {
    id: 'configure-run-twice',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: /configure: error: in [`'‘]([^'’]+)['’]/,
    onlyIf: PARALLEL,
    subjectIf: (dir, log) => configuresFailedTwice(log).has(dir),
    subject: { groups: [1], kind: 'source' },
    weight: 7,
    title: 'configure ran twice at once in {subject} (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // make finding no rule for a file the build makes (a CMake target's `.txt` or stamp, a relative
  // path under an output directory such as pjproject's `output/…/passthrough.o`, a relative path a
  // `Generating` line names) under a parallel build: the rule is in another directory's
  // Makefile, which had not run yet.
  {
    id: 'no-rule-for-build-file',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(makeNoRule(String.raw`(?![/\\]|[A-Za-z]:)[^\s'’“”»」"]+`)),
    onlyIf: PARALLEL,
    subjectIf: (file, log) =>
      /\.txt$|[._-]stamp$|(?:^|\/)(?:[Bb]uild|_build|out|output|gen|generated|obj)\//.test(file) ||
      announcedByBuild(file, log) ||
      new RegExp(
        String.raw`Built target ${escapeRegExp((file.split('/').pop() ?? file).replace(/\.\w+$/, ''))}\b`,
      ).test(log),
    subject: { groups: [1, 2], kind: 'source' },
    weight: 7,
    title: 'make had no rule yet for {subject}, a file the build makes',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A compiler's fatal error cut mid-path by the excerpt (`cc1: fatal error: out/ar`) whose path
  // begins a generated file's the log shows being written (kbuild's `UPD out/…/generated/conf.h`).
  {
    id: 'generated-path-cut',
    class: 'parallel-race',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`${TOOL}: fatal error: ((?:out|gen|generated|build|obj)\/\S*)\s*$`,
    ),
    onlyIf: PARALLEL,
    subjectIf: (prefix, log) =>
      new RegExp(
        String.raw`(?:GEN|UPD|CHK|Generating)\s+${escapeRegExp(prefix)}\S*\/(?:generated|gen)\/`,
      ).test(log),
    subject: { groups: [2], kind: 'header' },
    weight: 5,
    title: 'A generated file under {subject}… was missing when a compile read it',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A compiler driver not finding a source the log shows a generator announcing (CMake's
  // `Generating main.c;Server.c`, valac -C's `x.vala`, bison's `x.y`): compiled before written.
  {
    id: 'announced-source-missing',
    class: 'parallel-race',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`${TOOL}(?:\.exe)?: (?:error|fatal error): (\S+\.(?:c|cc|cpp|cxx|m|mm)): ${NO_SUCH_FILE}`,
    ),
    subjectIf: announcedByBuild,
    subject: { groups: [2], kind: 'source' },
    weight: 9,
    title: 'The generated source {subject} was compiled before its generator wrote it',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A linker not opening an object at a relative or build-tree path (link.exe's and lld-link's
  // `cannot open input file`, lld's `cannot open`): an object of the build not written yet. Other
  // findings (the compile that failed to write it) come first.
  {
    id: 'object-unopened-alone',
    class: 'parallel-race',
    confidence: 'low',
    pattern: /(?:cannot|could not) open (?:input )?(?:file )?['‘"]?([^'’"\s:]+\.(?:o|obj))\b['’"]?/,
    subjectIf: (file) => BUILD_TREE_PATH.test(file),
    alone: true,
    subject: { groups: [1], kind: 'object' },
    weight: 3,
    title: 'The linker could not open {subject}, an object of the build',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // Round 15's mechanisms (from round 14's misses).
  // A header reported missing with no compiler's prefix (a wrapper's `Error: x.h: No such file`,
  // the compiler's line cut before its reason): the include was not found.
  {
    id: 'header-missing-bare',
    class: 'missing-header',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`^\s*(?:(?:[Ee]rror|ERROR):\s*)?(${HEADER_FILE}): ${NO_SUCH_FILE}|${FATAL}:\s*(${HEADER_FILE}):\s*$`,
    ),
    subject: { groups: [1, 2], kind: 'header' },
    subjectIf: (header) =>
      !new RegExp(String.raw`(?:^|/)(?:${GENERATED_HEADER_NAME})$`).test(header),
    supersedes: ['source-error'],
    weight: 7,
    title: 'A header is missing: {subject}',
    remedy: '{fix}',
  },
  // A CI service stopping the build at its memory limit (CircleCI's container limit, a job's, Read
  // the Docs' `Command killed due to excessive memory consumption`, CircleCI's `process exited too
  // early. This probably means the system ran out of memory`).
  {
    id: 'ci-memory-limit',
    class: 'oom-killed',
    confidence: 'medium',
    pattern:
      /exceeded the memory limit of [\d.]+\s*[KMGT]i?B?\b|\b(?:build|job|container|task|pod) (?:has )?exceeded (?:its|the) memory limit|\bkilled due to excessive memory (?:consumption|use|usage)\b|\bprocess exited too early\b.{0,80}\bran out of memory\b/i,
    weight: 8,
    title: 'The CI service killed the build at its memory limit',
    remedy: '{fix}',
  },
  // An assembler or linker refusing an option the compiler driver passes: binutils older than
  // the compiler (a cross toolchain's `as` from another release).
  {
    id: 'binutils-option-unknown',
    class: 'toolchain-broken',
    confidence: 'medium',
    pattern:
      /(?:^|[\s/\\])(?:[\w.-]+-)?(as|gas|ld(?:\.bfd|\.gold)?)(?:\.exe)?: (?:unrecognized|unrecognised|unknown|invalid) (?:command-line )?option ['‘`"]?(-[^'’`"\s]+)/,
    subject: { groups: [1], kind: 'program' },
    weight: 8,
    title: 'The {subject} of the toolchain does not know an option its compiler passes',
    remedy:
      'the assembler or linker is older (or from another toolchain) than the compiler driving it: install binutils from the same release as the compiler (the cross toolchain’s own `as`/`ld`), or put that one first on PATH',
  },
  // An outdated Cython's generated code failing on a newer Python: the error is in its `__Pyx`
  // helpers, on the interpreter's internal structures a release changed.
  {
    id: 'cython-output-outdated',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern:
      /\berror\b.*\b(PyTracebackObject|_PyErr_StackItem|exc_state|exc_type|exc_traceback|PyFrameObject|f_lasti|recursion_depth|tp_print|curexc_\w+|ob_refcnt|use_tracing|cframe)\b/,
    onlyIf: /\b__[Pp]yx_/,
    subject: { groups: [1], kind: 'api' },
    weight: 11,
    title: 'Cython’s generated code does not compile on this Python ({subject})',
    remedy:
      'the C file was generated by a Cython release older than this Python: regenerate it with a current Cython (require `Cython>=3` in the build requirements, delete the shipped `.c`/`.cpp`)',
  },
  // A directory the log removed (`rm -fr DIR`) and another step makes, written into under a
  // parallel make before that step ran (an assembler's `can't create DIR/x.o`).
  {
    id: 'output-dir-removed',
    class: 'parallel-race',
    confidence: 'medium',
    pattern:
      /(?:[Cc]an'?t|[Cc]annot|[Cc]ould not|[Uu]nable to) (?:create|open)(?: output file)? ['‘"`]?((?:[\w.+-]+\/)+)/,
    onlyIf: PARALLEL,
    subject: { groups: [1], kind: 'object' },
    subjectIf: (dir, log) =>
      new RegExp(
        String.raw`\brm\s+(?:-\w+\s+)+(?:\S+\s+)*?${escapeRegExp(dir.split('/')[0]!)}/?(?:\s|$)`,
        'm',
      ).test(log),
    supersedes: ['source-error'],
    weight: 8,
    title:
      'A build step wrote into {subject} before the step making it ran (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // The shell not finding a relative path (`var/libdeps`) in a make recipe, or dash's `cannot
  // create x: Directory nonexistent` for a redirection: a file in a directory another step of the
  // build creates, used before that step.
  // Low, and only when nothing else explains the log: a file never made reads the same.
  {
    id: 'shell-path-missing',
    class: 'parallel-race',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`(?:^|\s)\/bin\/(?:ba|da)?sh: (?:\d+: |line \d+: )?(?:cannot create )?((?!\.{0,2}\/)[\w.+-]+(?:\/[\w.+-]+)+): (?:${NO_SUCH_FILE}|Directory nonexistent)`,
    ),
    onlyIf: /^\s*make(?:\[\d+\])?: /m,
    alone: true,
    subject: { groups: [1], kind: 'object' },
    weight: 3,
    title:
      'A recipe’s shell could not find {subject}: most likely the step that makes its directory had not run yet (a build-order race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // Two steps writing one file (TeX's `.log`), or a temporary another step writes (`X.tmp` under
  // the build tree): low, a permission reads the same.
  {
    id: 'shared-output-unwritable',
    class: 'parallel-race',
    confidence: 'low',
    pattern:
      /I can't write on file [`'‘"]?([^'’"\s]+?)['’"]?\.?\s*$|^\s*(?:[Cc]an'?t|[Cc]annot) open ['‘"`]?((?:\.\.?\/)?(?:[\w.+-]+\/)*[\w.+-]+\.tmp)['’"]?\.?\s*$/,
    alone: true,
    subject: { groups: [1, 2], kind: 'source' },
    weight: 3,
    title:
      'A build step could not write {subject}: another step was writing it (a parallel build race)',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // A header whose name says a build step writes it, quoted alone with no compiler's line: low,
  // since round 13 reads a header the log shows nothing making as a missing header when the
  // compiler's full line is there.
  {
    id: 'generated-header-named-alone',
    class: 'parallel-race',
    confidence: 'low',
    pattern: new RegExp(
      String.raw`^\s*((?:[\w.+-]+\/)*(?:${GENERATED_HEADER_NAME})): ${NO_SUCH_FILE}`,
    ),
    alone: true,
    subject: { groups: [1], kind: 'header' },
    weight: 3,
    title: 'The generated header {subject} was missing: read before it was written',
    remedy: PARALLEL_STEPS_REMEDY,
  },
  // ld dying of SIGBUS: the output file it maps cannot grow (a full disk, a file truncated under it).
  // Low without ENOSPC's words.
  {
    id: 'linker-sigbus',
    class: 'disk-full',
    confidence: 'low',
    pattern: /\b(?:ld(?:\.\w+)?|lld|ld64|gold|mold|collect2)(?:\.exe)? terminated with signal 7\b/,
    weight: 4,
    title: 'The linker died of SIGBUS: the file it was writing could not grow (a full disk)',
    remedy:
      'a bus error in the linker is nearly always its mapped output file meeting a full disk: free space where the build writes (the build directory, the temporary directory) or use a larger disk',
  },
  // A package solver running out of memory (conda's picosat, libmamba/libsolv, Python's
  // MemoryError in conda): the environment's solve, not the build, exhausted memory.
  {
    id: 'solver-out-of-memory',
    class: 'memory-limit',
    confidence: 'medium',
    pattern:
      /\bpicosat: out of memory\b|\b(?:libmamba|libsolv)\b.*\b(?:out of memory|bad_alloc)\b|^\s*MemoryError\b/,
    onlyIf: /\b(?:conda|mamba|micromamba)\b|Solving environment/i,
    weight: 6,
    title: 'The package solver ran out of memory',
    remedy:
      'conda’s solver ran out of memory solving the environment: use the libmamba solver (`conda config --set solver libmamba`) or mamba, pin fewer open-ended versions, or give the job more memory',
  },
  // Java's (bazel's, Gradle's, Maven's) network failures.
  {
    id: 'java-network',
    class: 'network',
    confidence: 'high',
    pattern:
      /java\.net\.(?:UnknownHostException|SocketTimeoutException|ConnectException|NoRouteToHostException|SocketException: (?:Connection reset|Network is unreachable))|java\.io\.IOException:? (?:[Cc]onnect timed out|Read timed out|Error downloading \[)|\b[Cc]onnect timed out\b/,
    unlessLog: /[Cc]hecksum mismatch|[Hh]ash mismatch|returned 40[134]\b/,
    weight: 8,
    title: 'A download the build makes failed: the network was unreachable',
    remedy:
      'the build (bazel, Gradle, Maven) downloads dependencies while it runs and could not reach the host: provide them beforehand (a repository cache or mirror: bazel’s `--distdir`/`--repository_cache`), let the job reach the host, or retry if the outage was passing',
  },
  // A shell's job-control report of a child killed by SIGKILL (`script.sh: line 11:  27 Killed
  // meteor build`, `[1]+  Killed  cmd`): the kernel's kill, most likely for memory.
  {
    id: 'shell-job-killed',
    class: 'oom-killed',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`(?:^|: )line \d+:\s+\d+\s+(?:${KILLED})(?:\s{2,}(\S+)|\s*$)|^\[\d+\][+-]?\s+(?:${KILLED})\s{2,}(\S+)`,
    ),
    subject: { groups: [1, 2], kind: 'program' },
    weight: 8,
    title: 'The kernel killed {subject} (SIGKILL), most likely for memory',
    remedy: '{fix}',
  },
  // A private `_Py` function called undeclared: a Python release removed it (3.13 removed many,
  // `_PyArg_ParseStackAndKeywords`, `_PyLong_AsInt`, `_PyUnicode_*`). clang wraps its message, so
  // its tail (`'_PyX'; ISO C99 and later do not support implicit …`) counts on its own line.
  {
    id: 'private-api-removed',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern:
      /(?:implicit declaration of function|call to undeclared function|use of undeclared identifier|was not declared in this scope)?\s*['‘](_Py[A-Z]\w*)['’](?:; ISO C99 and later do not support implicit| is invalid in C99| was not declared in this scope|\s*$)/,
    onlyIf:
      /implicit declaration of function\s+['‘]_Py|call to undeclared function\s+['‘]_Py|undeclared identifier ['‘]_Py|['‘]_Py\w*['’] was not declared/,
    subject: { groups: [1], kind: 'api' },
    weight: 9,
    title: 'The extension calls `{subject}`, a private API this Python removed',
    remedy:
      '`{subject}` is a private CPython function this Python version removed (3.13 removed many `_Py` functions): upgrade the package to a release that supports this Python, or skip this Python version until it does',
  },
  // Round 20 -----------------------------------------------------------------------------------
  // The kernel's OOM reaper freeing a process's memory: it reaps only a task the OOM killer chose.
  {
    id: 'oom-reaper',
    class: 'oom-killed',
    confidence: 'high',
    pattern: /\boom_reaper: reaped process \d+ \(([^)]+)\)/,
    subject: { groups: [1], kind: 'program' },
    weight: 10,
    title: 'The kernel’s OOM killer killed {subject} (its memory was reaped)',
    remedy: '{fix}',
  },
  // A header with a directory and no extension (Eigen's `Eigen/Dense`, Qt's `QtCore/QString`),
  // missing with or without the `file:line:col:` before it. The C++ standard library's own
  // headers have no directory, and stay the toolchain's.
  {
    id: 'header-missing-no-extension',
    class: 'missing-header',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`${FATAL}[:：]\s*['"‘<]?((?:[A-Za-z]\w*\/)+[A-Za-z]\w*)['"’>]?(?:[:：]\s*${NO_SUCH_FILE}| file not found)`,
    ),
    subject: { groups: [1], kind: 'header' },
    supersedes: ['source-error'],
    weight: 10,
    title: 'A header is missing: {subject}',
    remedy: '{fix}',
  },
  // A CI service's own words for its time limit, alone on a line: Cirrus's `Timed out!`.
  {
    id: 'ci-timed-out',
    class: 'timeout',
    confidence: 'medium',
    pattern: /^\s*Timed out!\s*$/,
    weight: 8,
    title: 'The CI job hit its time limit',
    remedy:
      'the job ran longer than the CI service allows: raise its timeout, build fewer Python versions per job, or cache compiled objects between runs',
  },
  // A step that never completed, then the job cancelled: the job's time cap ended a hang.
  {
    id: 'step-never-completed',
    class: 'timeout',
    confidence: 'low',
    pattern: /\bjob cancell?ed\b|\bconclusion=cancell?ed\b/i,
    onlyIf: /\(never completed\)|\bnever completed\b/,
    weight: 4,
    title: 'A step never completed and the job was cancelled (its time limit, most likely)',
    remedy:
      'a step hung until the job was cancelled: find what it waited for (a prompt, a network fetch, a deadlock under parallel jobs), or raise the job’s time limit if it was only slow',
  },
  // configure's header check failing (`checking for zlib.h... no`) and then stopping with its own
  // `configure: error:` asking for the library: the library's development files are missing.
  {
    id: 'configure-header-check',
    class: 'missing-library',
    confidence: 'medium',
    pattern:
      /^\s*configure: error: .*\b(?:install|not found|missing|required|requires|cannot find)\b/i,
    onlyIf: /^\s*checking for (?:[\w./+-]+\.h|-l\w+|\w+ in -l\w+|[\w.+-]+ >= [\d.]+)\.\.\. no\s*$/m,
    weight: 7,
    title: 'configure did not find a library it needs',
    remedy:
      'configure checked for a library’s header or for the library and did not find it: install the library’s development package (`-dev`/`-devel`), or point configure at it (`CPPFLAGS=-I…`, `LDFLAGS=-L…`)',
  },
  // A global defined in more than one object: since gcc 10 (and clang 11) `-fno-common` is the
  // default, so a variable declared without `extern` in a header is defined by every source that
  // includes it, and ld (in its `.bss` words for such tentative definitions, or at the source
  // line) refuses the second. The source's fault, not a missing library.
  {
    id: 'multiple-definition',
    class: 'compile-error',
    confidence: 'medium',
    pattern: /\bmultiple definition of [`'‘]([^'’]+)['’]/,
    subject: { groups: [1], kind: 'symbol' },
    weight: 6,
    title: 'The link found `{subject}` defined in more than one object',
    remedy:
      'a global is defined in several sources (usually a header declaring a variable without `extern`): gcc 10 and clang 11 no longer merge such definitions (`-fno-common` is their default); declare it `extern` in the header and define it in one source, or build with `-fcommon` until the source is fixed',
  },
  // The driver's own spec files (Red Hat's `redhat-hardened-cc1`, `-ld`, annobin's specs, which
  // redhat-rpm-config installs for the distribution's compiler flags) missing, in any locale.
  {
    id: 'compiler-specs-missing',
    class: 'toolchain-broken',
    confidence: 'high',
    pattern: new RegExp(
      String.raw`\b(?:gcc|g\+\+|cc|c\+\+)(?:-[\d.]+)?: (?:${ERROR}|${FATAL}): (\S*\/redhat-(?:hardened|annobin)-[\w-]+): ${NO_SUCH_FILE}`,
    ),
    subject: { groups: [1], kind: 'program' },
    weight: 8,
    title: 'The compiler’s spec file {subject} is missing (redhat-rpm-config not installed)',
    remedy:
      'the build uses Red Hat’s compiler flags (`%{optflags}`, `-specs=/usr/lib/rpm/redhat/redhat-hardened-cc1`) but their spec files are not installed: install `redhat-rpm-config` (and `annobin` where its plugin is named), or build without the distribution’s flags',
  },
  // Apple's clang has no OpenMP: `clang: error: unsupported option '-fopenmp'`.
  {
    id: 'clang-no-openmp',
    class: 'toolchain-broken',
    confidence: 'medium',
    pattern: /\bunsupported option ['‘]-fopenmp['’]/,
    weight: 8,
    title: 'The compiler does not support OpenMP (`-fopenmp`): Apple’s clang',
    remedy:
      'Apple’s clang has no OpenMP: install libomp (`brew install libomp`) and pass `-Xpreprocessor -fopenmp -lomp` with its include and library directories, or build with Homebrew’s llvm or gcc, or turn the package’s OpenMP option off',
  },
  // gcc refusing a C++ standard it does not know (`-std=c++0x` before 4.3, `c++11` before 4.7,
  // `c++1z` before 5), clang's `invalid value 'c++17' in '-std=c++17'`: the compiler is too old
  // for the code.
  {
    id: 'std-unrecognized',
    class: 'toolchain-broken',
    confidence: 'medium',
    pattern:
      /\bunrecognized (?:command[- ]line )?option ['"‘`]?(-std=(?:c|gnu)\+\+\w+)|\binvalid value ['‘](?:c|gnu)\+\+\w+['’] in ['‘](-std=\S+?)['’]/,
    subject: { groups: [1, 2], kind: 'program' },
    weight: 8,
    title: 'The compiler is too old for the C++ standard the build asks for ({subject})',
    remedy:
      'the compiler does not know `{subject}`: install a newer gcc or clang (devtoolset on old CentOS, a newer Xcode) and point `CC`/`CXX` at it, or build a release of the package that supports this compiler',
  },
  // Pillow's setup.py checking for a library itself (`--enable-zlib requested but zlib not found`).
  {
    id: 'setup-library-check',
    class: 'missing-library',
    confidence: 'medium',
    pattern: /--enable-[\w-]+ requested but ([\w.+-]+) not found/,
    subject: { groups: [1], kind: 'library' },
    weight: 8,
    title: 'setup.py did not find the library {subject}',
    remedy:
      'the package’s setup.py looked for {subject} and did not find it: install its development package (`zlib1g-dev`, `zlib-dev` on Alpine, `zlib-devel`), or point the build at it (`CFLAGS=-I…`, `LDFLAGS=-L…`)',
  },
  // libstdc++'s own target header missing while its generic headers are there: the build targets
  // an ABI whose libstdc++ headers are not installed (`-m32` without g++-multilib), as the C
  // library's `bits/` headers do under `-m32` (other-abi-libc-internal-header).
  {
    id: 'other-abi-cxx-config-header',
    class: 'missing-header',
    confidence: 'medium',
    pattern: new RegExp(
      String.raw`\/c\+\+\/[\d.]+\/\w+:\d+(?::\d+)?: ${FATAL}[:：]\s*['"‘<]?bits\/c\+\+config\.h['"’>]?(?:[:：]\s*${NO_SUCH_FILE}| file not found)`,
    ),
    supersedes: ['header-missing', 'libc-header', 'cxx-library-header', 'source-error'],
    weight: 9,
    title: 'The C++ library’s headers for this ABI are not installed (a 32-bit or multilib build)',
    remedy:
      'the build compiles for an ABI (`-m32`, a multilib target) whose libstdc++ headers are not installed: install them (`apt-get install g++-multilib` / `dnf install libstdc++-devel.i686`), or build for the native ABI',
  },
  // A compatibility header (pythoncapi_compat) defining a C API function static that this Python
  // (PyPy, a newer CPython) already declares: the shim and the interpreter's API disagree.
  {
    id: 'compat-shim-redeclared',
    class: 'python-incompatible',
    confidence: 'medium',
    pattern: /static declaration of ['‘](_?Py[A-Z]\w*)['’] follows non-static declaration/,
    subject: { groups: [1], kind: 'api' },
    weight: 9,
    title: 'The extension’s compatibility header redefines `{subject}`, which this Python declares',
    remedy:
      '`{subject}` is declared by this Python (PyPy or a newer CPython) and defined again by the package’s copy of pythoncapi_compat.h: update that header (or the package) to a release that knows this Python, or skip this Python version',
  },
];
