import { describe, expect, test } from 'vitest';
import { classify } from '../../src/diagnose/index.js';
import { catalogues, format } from '../helpers/mo-file.js';

// The same mechanism in the shapes real tools print it: releases, locales and build tools. The
// lines are of the forms seen in public bug reports (the fitted corpus holds whole excerpts).
const SHAPES: [string, string][] = [
  ['c++: internal compiler error: Killed (program cc1plus)', 'oom-killed'],
  ['c++: internal compiler error: Morto (program cc1plus)', 'oom-killed'],
  ['gcc: interner Compiler-Fehler: Getötet (Programm cc1)', 'oom-killed'],
  ['g++: schwerwiegender Fehler: Signal Getötet hat Programm cc1plus beendet', 'oom-killed'],
  ['gcc : erreur fatale : le signal Processus arrêté a terminé le programme cc1', 'oom-killed'],
  [
    'x86_64-linux-gnu-gcc: error fatal: la señal Terminado (killed) terminó el programa cc1',
    'oom-killed',
  ],
  ['gcc: vakava virhe: Tapettu-signaali päätti cc1plus-ohjelman', 'oom-killed'],
  ['c++: 致命错误：已杀死 signal terminated program cc1plus', 'oom-killed'],
  ['collect2: fatal error: ld terminated with signal 9 [Unicestwiony]', 'oom-killed'],
  ['collect2: schwerwiegender Fehler: ld mit Signal 9 [Getötet] beendet', 'oom-killed'],
  [
    'clang: error: unable to execute command: Killed\nclang: error: clang frontend command failed due to signal (use -v to see invocation)',
    'oom-killed',
  ],
  [
    'clang: error: unable to execute command: Segmentation fault: 11\nclang: error: clang frontend command failed due to signal (use -v to see invocation)',
    'unknown',
  ],
  [
    "  process didn't exit successfully: `rustc --crate-name x src/lib.rs` (signal: 9, SIGKILL: kill)",
    'oom-killed',
  ],
  [
    '/bin/sh: line 1: 18836 Killed                  build/genautomata ../../gcc/config/rs6000/rs6000.md insn-conditions.md > tmp-automata.c\nmake[1]: *** [s-automata] Error 137',
    'oom-killed',
  ],
  ['make[2]: *** [CMakeFiles/x.dir/build.make:62: x.o] Error 137', 'oom-killed'],
  ['memory allocation of 4294967304 bytes failed\nerror: could not compile `hex`.', 'memory-limit'],
  ['LLVM ERROR: out of memory\nAllocation failed', 'memory-limit'],
  ['/usr/bin/ld: failed to set dynamic section sizes: memory exhausted', 'memory-limit'],
  ['../utils/prepare-builtins/prepare-builtins: Cannot allocate memory', 'memory-limit'],
  ['cc1plus.exe: out of memory allocating 65536 bytes', 'memory-limit'],
  [
    "/usr/bin/ld : échec de l'édition de liens finale : Aucun espace disponible sur le périphérique",
    'disk-full',
  ],
  ['ar: ../../libopenblas.a: error reading zgetrs_C_parallel.o: file truncated', 'parallel-race'],
  ['ranlib: libosdep.a: error reading linux.o: file truncated', 'parallel-race'],
  ['/home/x/bin/ar: libmuelu.a: File truncated', 'parallel-race'],
  ['riscv64-unknown-elf-ld: task.o: file not recognized: file truncated', 'parallel-race'],
  ['ar: ../debug/libvmmalloc/../libvmmalloc.a: File format not recognized', 'parallel-race'],
  ["Fatal error: can't create al/src/th_al.o: No such file or directory", 'parallel-race'],
  [
    "make -j\nerror: unable to open output file 'out-shared/db/db_bench.o': 'No such file or directory'",
    'parallel-race',
  ],
  [
    'make -j4\npixel_interface.c:66:27: fatal error: drilbo/drilbo.h: No such file or directory',
    'missing-header',
  ],
  [
    'make -j4\nsrc/a.c:3:10: fatal error: out/core/include/generated/conf.h: No such file or directory',
    'parallel-race',
  ],
  ['# make -j32\ncat: src/version_git.h: No such file or directory', 'parallel-race'],
  [
    'error[E0308]: mismatched types\n --> src/lib.rs:3:5\nerror: could not compile `foo`',
    'compile-error',
  ],
  ["error: command 'gcc' failed with exit status 1", 'unknown'],
  ['ninja: build stopped: subcommand failed.', 'unknown'],
  ['gcc: internal compiler error: Segmentation fault signal terminated program cc1', 'unknown'],
  [
    "[ 27%] Building C object x.c.o\n{standard input}: Warning: end of file in string; '\"' inserted\ncc: fatal error: Killed signal terminated program cc1",
    'oom-killed',
  ],
  ["The command '/bin/sh -c pip install .' returned a non-zero code: 137", 'oom-killed'],
  ['/usr/local/go/pkg/tool/linux_amd64/compile: signal: killed', 'oom-killed'],
  ["nvcc error   : 'cicc' died due to signal 9 (Kill signal)", 'oom-killed'],
  [
    "subprocess.CalledProcessError: Command '['docker', 'exec']' returned non-zero exit status 137.",
    'oom-killed',
  ],
  [
    "error: could not compile `x` (lib)\nCaused by:\n  process didn't exit successfully: `rustc` (signal: 9, SIGKILL: kill)",
    'oom-killed',
  ],
  ['fatal error C1060: compiler is out of heap space', 'memory-limit'],
  [
    'error: The paging file is too small for this operation to complete. (os error 1455)',
    'memory-limit',
  ],
  ['fatal error: runtime: out of memory', 'memory-limit'],
  [
    'You are running out of disk space. The runner will stop working when the machine runs out of disk space.',
    'disk-full',
  ],
  [
    "fatal: unable to access 'https://github.com/x/y/': Could not resolve host: github.com",
    'network',
  ],
  ['/bin/sh: 1: gcc: not found', 'toolchain-broken'],
  ['make: gcc: Command not found', 'toolchain-broken'],
  ['  No CMAKE_CXX_COMPILER could be found.', 'toolchain-broken'],
  ['error: linker `cc` not found', 'toolchain-broken'],
  [
    'xcrun: error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun at: /Library/Developer/CommandLineTools/usr/bin/xcrun',
    'toolchain-broken',
  ],
  ['ld.lld: error: unable to find library -lssl', 'missing-library'],
  ['/usr/bin/ld: final link failed: file truncated', 'parallel-race'],
  ['ar: foo.o: No such file or directory', 'parallel-race'],
  [
    "clang: error: no such file or directory: 'build/temp.linux-x86_64-cpython-311/src/a.o'",
    'parallel-race',
  ],
  [
    "c1xx: fatal error C1041: cannot open program database 'C:\\b\\vc140.pdb'; if multiple CL.EXE write to the same .PDB file, please use /FS",
    'parallel-race',
  ],
  ['/bin/sh: 1: ./tools/gen: Text file busy', 'parallel-race'],
  [
    "ninja: error: 'src/autogen/version.h', needed by 'src/a.o', missing and no known rule to make it",
    'parallel-race',
  ],
  [
    "make -j8\nmake: *** No rule to make target 'include/generated/autoconf.h', needed by 'a.o'.  Stop.",
    'parallel-race',
  ],
  [
    'src/a.cpp:12:5: Fehler: »x« wurde in diesem Gültigkeitsbereich nicht definiert',
    'compile-error',
  ],
  ["include/foo.hpp:12:5: error: expected ';' before '}' token", 'compile-error'],
  ['kernel.cu(12): error: identifier "x" is undefined', 'compile-error'],
  ["Error: Symbol 'x' at (1) has no IMPLICIT type", 'compile-error'],
  ['clang: error: no input files', 'compile-error'],
  // A name of the C API that exists in some Python versions and not the one being built.
  ['src/mod.c:12:10: fatal error: longintrepr.h: No such file or directory', 'python-incompatible'],
  [
    "mod.c(7): fatal error C1083: Cannot open include file: 'eval.h': No such file or directory",
    'python-incompatible',
  ],
  [
    'lib-rt/support.h:51:13: error: implicit declaration of function ‘_PyObject_LookupAttrId’; did you mean ‘_PyObject_GetAttrId’?',
    'python-incompatible',
  ],
  ["mod.c:9:20: error: use of undeclared identifier 'PyUnicode_AS_UNICODE'", 'python-incompatible'],
  [
    "mod.c:75:34: error: too few arguments to function call, expected 16, have 15\n/usr/include/python3.11/cpython/code.h:151:12: note: 'PyCode_New' declared here",
    'python-incompatible',
  ],
  [
    "a.c:3:5: error: too few arguments to function call, expected 4, have 3\n/usr/include/zlib.h:1203:12: note: 'gzread' declared here",
    'compile-error',
  ],
  [
    "ERROR: Package 'foo' requires a different Python: 3.13.1 not in '<3.13,>=3.9'",
    'python-incompatible',
  ],
  [
    "  error: the configured Python interpreter version (3.14) is newer than PyO3's maximum supported version (3.13)",
    'python-incompatible',
  ],
  [
    "mod.c:1592:3: error: 'PyTypeObject' {aka 'struct _typeobject'} has no member named 'tp_print'",
    'python-incompatible',
  ],
  [
    "mod.c:20:5: warning: 'PyUnicode_AsUnicode' is deprecated [-Wdeprecated-declarations]\nsrc/a.c:3:10: fatal error: zlib.h: No such file or directory",
    'missing-header',
  ],
  [
    'mod.c:88:17: error: lvalue required as left operand of assignment\n   88 |     Py_TYPE(self) = &FooType;\n      |                 ^',
    'python-incompatible',
  ],
  ['mod.c:88:17: error: expression is not assignable\n    Py_SIZE(v) = n;', 'python-incompatible'],
  // A header the build writes, missing under a parallel build, against a system header missing.
  [
    'make -j8\n[  3%] Generating foo_tables.c\nsrc/a.c:3:10: fatal error: foo_tables.h: No such file or directory',
    'parallel-race',
  ],
  [
    '[12/80] GEN src/opcodes.h\n[13/80] CC src/vm.o\nsrc/vm.c:4:10: fatal error: opcodes.h: No such file or directory',
    'parallel-race',
  ],
  // ...and without a parallel build in the log, a header the log shows being written is still
  // the project's own, written too late (a build-order race, medium); a system header is not.
  [
    '[  3%] Generating foo_tables.c\nsrc/a.c:3:10: fatal error: foo_tables.h: No such file or directory',
    'parallel-race',
  ],
  ["model.c:40:10: fatal error: 'parse.h' file not found", 'parallel-race'],
  ['y.c:3:10: fatal error: y.tab.h: No such file or directory', 'parallel-race'],
  ['src/a.cc:3:10: fatal error: msg/foo.pb.h: No such file or directory', 'parallel-race'],
  // Quoted alone, with nothing in the log making it, a header is a missing header (round 13).
  [
    'In file included from src/a.c:3:\nsrc/b.h:27:10: fatal error: regs.h: No such file or directory\n #include "regs.h"\n          ^~~~~~',
    'missing-header',
  ],
  [
    'src/a.c:3:10: fatal error: Python.h: No such file or directory\n #include "Python.h"',
    'missing-header',
  ],
  ['src/a.c:3:10: fatal error: foo/bar.h: No such file or directory', 'missing-header'],
  ['src/a.c:3:10: fatal error: linux/version.h: No such file or directory', 'missing-header'],
  ['src/a.c:3:10: fatal error: libxml/parser.h: No such file or directory', 'missing-header'],
  [
    'src/a.c:3:10: fatal error: zlib.h: No such file or directory\n #include "zlib.h"',
    'missing-header',
  ],
  // A static archive half-written or not yet indexed, a dependency file half-written.
  [
    '/usr/bin/ld: libx.a: error adding symbols: archive has no index; run ranlib to add one',
    'parallel-race',
  ],
  [
    'ld: malformed archive TOC entry for _f, offset 20 is beyond end of file 10 for architecture x86_64',
    'parallel-race',
  ],
  ["make: *** No rule to make target 'src/.deps/a.Po'.  Stop.", 'parallel-race'],
  ['build/a.d:3: *** missing separator.  Stop.', 'parallel-race'],
  // The compiler's own installation: its programs' support libraries (a loader error like any
  // other program's), its runtimes (a library the link cannot find), LTO versions.
  [
    '/opt/gcc/libexec/gcc/x86_64-linux-gnu/4.9.1/cc1: error while loading shared libraries: libisl.so.10: cannot open shared object file: No such file or directory',
    'missing-shared-library',
  ],
  [
    'python3: error while loading shared libraries: libpython3.11.so.1.0: cannot open shared object file: No such file or directory',
    'missing-shared-library',
  ],
  ['/usr/bin/ld: cannot find -lgfortran', 'missing-library'],
  ['ld: library not found for -lquadmath', 'missing-library'],
  ['/usr/bin/ld: cannot find -lz', 'missing-library'],
  [
    "lto1: fatal error: bytecode stream in file 'a.o' generated with LTO version 9.2 instead of the expected 11.0",
    'toolchain-broken',
  ],
  // The kernel's report pasted alone, a clone at configure time, a standard include gone.
  ['Out of memory: Killed process <pid> (cc1plus)', 'oom-killed'],
  [
    '[ 812.5] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),task=cc1plus,pid=42,uid=0',
    'oom-killed',
  ],
  [
    "CMake Error at x-gitclone.cmake:31 (message):\n  Failed to clone repository: 'https://github.com/a/b'",
    'network',
  ],
  [
    "fatal: unable to access 'https://github.com/a/b/': Failed to connect to github.com port 443",
    'network',
  ],
  ['error: ‘uint8_t’ was not declared in this scope', 'compile-error'],
  ["a.h:9:8: error: 'runtime_error' in namespace 'std' does not name a type", 'compile-error'],
  [
    'make -j4\n[  2%] Generating version.h\nsrc/a.c:3:10: fatal error: zlib.h: No such file or directory',
    'missing-header',
  ],
  [
    'make -j4\nsrc/vm.h:96:26: fatal error: type-enums.cpp: No such file or directory',
    'parallel-race',
  ],
  ['src/vm.h:96:26: fatal error: type-enums.cpp: No such file or directory', 'compile-error'],
  ["ld: file too small (length=0) file 'obj/x.o' for architecture arm64", 'parallel-race'],
  // The same mechanisms in other tools' words.
  ['> rustc --crate-name x src/lib.rs --crate-type lib\nKilled.', 'oom-killed'],
  ['  status: [6;"Couldn\'t resolve host name"]', 'network'],
  ['    status_code: 7\n    status_string: "Couldn\'t connect to server"', 'network'],
  ['unable to execute gcc: No such file or directory', 'toolchain-broken'],
  ['ImportError: libopenblas.so.0', 'missing-shared-library'],
  // Round 4: parallel steps racing on shared outputs, CI time limits, an assembler older than
  // the compiler, and the other tools' words for a full disk, a refused allocation, a network.
  [
    "make -j8 install\nln: failed to create symbolic link '/x/lib/libfoo.so': File exists",
    'parallel-race',
  ],
  [
    "install -d /d/share/doc\ninstall: cannot create regular file '/d/share/doc/a.txt': No such file or directory",
    'parallel-race',
  ],
  [
    "install: cannot create regular file '/d/share/doc/a.txt': No such file or directory",
    'unknown',
  ],
  [
    'ninja: job 3\n/bin/sh: 1: ./build/gen-tables: not found\nmake: *** [t.c] Error 127',
    'parallel-race',
  ],
  ['/bin/sh: 1: ./build/gen-tables: not found', 'unknown'],
  ['cc1plus: fatal error: build/moc_window.cpp: No such file or directory', 'parallel-race'],
  [
    "make -j4\nsolver.f90:3:7: Fatal Error: Cannot open module file 'grid.mod' for reading at (1): No such file or directory",
    'parallel-race',
  ],
  [
    "solver.f90:3:7: Fatal Error: Cannot open module file 'mpi.mod' for reading at (1): No such file or directory",
    'unknown',
  ],
  ['gcc: Fehler: util.o: Datei oder Verzeichnis nicht gefunden', 'parallel-race'],
  ['The job exceeded the maximum time limit for jobs, and has been terminated.', 'timeout'],
  ['ERROR: Job failed: execution took longer than 1h0m0s seconds', 'timeout'],
  [
    '##[error]The job running on agent Hosted Agent ran longer than the maximum time of 60 minutes.',
    'timeout',
  ],
  ['Too long with no output (exceeded 10m0s): context deadline exceeded', 'timeout'],
  ["/tmp/cc1.s:40: Error: unknown pseudo-op: `.gnu_attribute2'", 'toolchain-broken'],
  ["/tmp/cc1.s:12: Error: invalid instruction suffix for `push'", 'toolchain-broken'],
  ["{standard input}:9: Error: unknown pseudo-op: `.secti'", 'oom-killed'],
  ['failed to register layer: write /usr/lib/x.so: no space left on device', 'disk-full'],
  ['make: *** virtual memory exhausted.  Stop.', 'memory-limit'],
  ['ld: could not allocate 1048576 bytes', 'memory-limit'],
  ['curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to x.org:443', 'network'],
  ['-- Downloading https://x.org/a.tgz... Failed. Status: 28;"Timeout was reached"', 'network'],
  // Round 5. The loader cannot load a library: split over lines, or an older release of it.
  [
    '/opt/gcc/bin/../libexec/gcc/x86_64-linux-gnu/9/cc1plus:\nerror while loading shared libraries: libmpc.so.3:\ncannot open shared object file: No such file or directory',
    'missing-shared-library',
  ],
  [
    "/lib64/libstdc++.so.6: version 'GLIBCXX_3.4.29' not found (required by bin/protoc)",
    'missing-shared-library',
  ],
  [
    "./mkdefs: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./mkdefs)",
    'missing-shared-library',
  ],
  [
    'dyld[4242]: Symbol not found: __ZNKSt3__115basic_stringbufIcNS_11char_traitsIcEENS_9allocatorIcEEE3strEv',
    'missing-shared-library',
  ],
  // A symbol only one library defines, undefined at the link, in each linker's words.
  ["lapack_wrap.c:(.text+0x4e): undefined reference to `dgesvd_'", 'missing-library'],
  ['ld.lld: error: undefined symbol: cblas_dgemm', 'missing-library'],
  ['  "_dpotrf_", referenced from:', 'missing-library'],
  [
    'fft.obj : error LNK2019: unresolved external symbol zgemm_ referenced in function fft_mul',
    'missing-library',
  ],
  ["timer.c:(.text+0x31): undefined reference to `clock_gettime'", 'missing-library'],
  ["zio.c:(.text+0x88): undefined reference to `deflateInit2_'", 'missing-library'],
  ["io.f90:(.text+0x12): undefined reference to `_gfortran_st_write'", 'missing-library'],
  [
    'ImportError: /tmp/x/_solve.cpython-311-x86_64-linux-gnu.so: undefined symbol: dsyev_',
    'missing-library',
  ],
  // CPython's own structures, their members removed or hidden, in gcc's, clang's and MSVC's words.
  [
    "src/trace.c:88:21: error: 'PyFrameObject' {aka 'struct _frame'} has no member named 'f_back'",
    'python-incompatible',
  ],
  [
    "_ext.c:301:33: error: 'PyThreadState' {aka 'struct _ts'} has no member named 'exc_type'",
    'python-incompatible',
  ],
  [
    "obj.c:12:8: error: 'PyObject' {aka 'struct _object'} has no member named 'ob_refcnt'",
    'python-incompatible',
  ],
  ["gen.c:40:12: error: no member named 'f_lineno' in 'struct _frame'", 'python-incompatible'],
  ["frame.c(55): error C2039: 'f_code': is not a member of '_frame'", 'python-incompatible'],
  ["mod.c:14:9: error: incomplete definition of type 'struct _frame'", 'python-incompatible'],
  [
    "long.cpp:70:14: error: '_PyLong_NumBits' was not declared in this scope",
    'python-incompatible',
  ],
  // a project's own type of the same shape stays the project's compile error
  [
    "ext.c:41:9: error: 'PyFooObject' {aka 'struct _foo'} has no member named 'f_code'",
    'compile-error',
  ],
  // A step writes into a directory another step has not made yet.
  ["make -j4\ntouch: cannot touch 'gen/stamp-headers': No such file or directory", 'parallel-race'],
  [
    'make[1]: *** Waiting for unfinished jobs....\ntee: obj/build.log: No such file or directory',
    'parallel-race',
  ],
  [
    '/bin/sh: 1: cannot create out/include/autoconf.h: Directory nonexistent\nmake -j8',
    'parallel-race',
  ],
  [
    'printf "#define V 3\\n" > build/include/version_defs.h\n/bin/bash: build/include/version_defs.h: No such file or directory',
    'parallel-race',
  ],
  // a program the shell cannot find is not a write into a missing directory
  ['/bin/bash: tools/configure: No such file or directory', 'unknown'],
  // make or ninja: no rule for another rule's output
  [
    "make -j16\nmake: *** No rule to make target 'build/release/fw/', needed by 'build/release/fw/fw.ld'.  Stop.",
    'parallel-race',
  ],
  [
    "ninja: error: 'target/release/codegen', needed by 'src/gen.rs', missing and no known rule to make it",
    'parallel-race',
  ],
  // A header under a directory the same log shows being linked in.
  [
    'make -j8\nln -sf ../third_party/ulib ./ulib\nmain.c:3:10: fatal error: ulib/list.h: No such file or directory',
    'parallel-race',
  ],
  // Only a wrapper's line: the status says what it can, with low confidence.
  ['make[2]: *** [src/CMakeFiles/m.dir/a.c.o] Error 127', 'toolchain-broken'],
  ['make -j4\nmake[1]: *** [gen/opcodes.c] Error 127', 'parallel-race'],
  ['make[1]: *** [gen/opcodes.c] Error 127', 'unknown'],
  ['make: *** [check] Error 124', 'timeout'],
  ['make: *** [all] Error 2', 'unknown'],
  // make reporting its child killed, or a negative status for SIGKILL
  ['make[2]: *** [CMakeFiles/big.dir/big.cpp.o] Killed', 'oom-killed'],
  ["error: command '/usr/bin/g++' failed with exit code -9", 'oom-killed'],
  // Round 6: each family in several tools' words, with the lines that must not read so.
  // Every linker's "library not found".
  ["LINK : fatal error LNK1181: cannot open input file 'foo.lib'", 'missing-library'],
  ['LINK : fatal error LNK1181: can not open input file“bar.lib” [x.vcxproj]', 'missing-library'],
  [
    'error: could not find native static library `zstd`, perhaps an -L flag is missing?',
    'missing-library',
  ],
  ["lld-link: error: could not open 'ssl.lib': no such file or directory", 'missing-library'],
  ['ld.lld: error: unable to find library -lpng', 'missing-library'],
  ['ld: library not found for -luv', 'missing-library'],
  ["ld: library 'uv' not found", 'missing-library'],
  ["LINK : fatal error LNK1104: cannot open file 'libpng16.lib'", 'missing-library'],
  ["LINK : fatal error LNK1104: cannot open file 'build\\\\app.exe'", 'unknown'],
  ["x.c(12): error C2065: 'Py_UNICODE': undeclared identifier", 'python-incompatible'],
  ["x.c(12): error C3861: '_PyLong_AsInt': identifier not found", 'python-incompatible'],
  ["x.c(12): error C3861: 'my_helper': identifier not found", 'compile-error'],
  [
    "/usr/bin/ld: a.o: undefined reference to symbol 'XOpenDisplay'\n/usr/bin/ld: /usr/lib/x86_64-linux-gnu/libX11.so.6: error adding symbols: DSO missing from command line",
    'missing-library',
  ],
  ['/usr/bin/ld: error adding symbols: DSO missing from command line', 'missing-library'],
  [
    "b.c:(.text+0x1): error: undefined reference to 'gzopen'\nb.c: note: 'gzread' is defined in DSO /lib/libz.so.1 so try adding it to the linker command line",
    'missing-library',
  ],
  ['undefined reference to `my_own_function', 'unknown'],
  // Two jobs making the same link or directory; a target removed by another step in between.
  ["make -j4\nln: failed to create symbolic link 'build/libx.a': File exists", 'parallel-race'],
  ['mkdir: cannot create directory ‘obj’: File exists', 'parallel-race'],
  ["ln: cannot remove 'out/current': No such file or directory", 'parallel-race'],
  ["rm: cannot remove 'out/current': No such file or directory", 'unknown'],
  ["mkdir: cannot create directory '/opt/x': Permission denied", 'unknown'],
  // A half-written object or archive in an ELF reader's or libtool's words.
  ['objcopy: src/.libs/util.o: not a valid ELF file', 'parallel-race'],
  ['dwarfsrcfiles: build/lib/libq.a: not a valid ELF file', 'parallel-race'],
  ["libtool: link: `lib/parse.lo' is not a valid libtool object", 'parallel-race'],
  ['/usr/lib/libfoo.so: invalid ELF header', 'unknown'],
  // CI services' job time limits.
  [
    'The job running on agent Hosted Agent 12 ran longer than the maximum time of 60 minutes.',
    'timeout',
  ],
  ['##[error]The job exceeded the maximum allowed time of 01:00:00 and was stopped.', 'timeout'],
  [
    'The job running on runner GitHub Actions 3 has exceeded the maximum execution time of 360 minutes.',
    'timeout',
  ],
  ['Build timed out (after 120 minutes). Marking the build as failed.', 'timeout'],
  ['ERROR: Job failed: execution took longer than 1h0m0s seconds', 'timeout'],
  ['Timeout has been exceeded', 'timeout'],
  ['warning: this test took longer than expected', 'unknown'],
  // Fetchers' failures.
  [
    "ERROR: zlib-1.3-r0 do_fetch: Bitbake Fetcher Error: FetchError('Unable to fetch URL from any source.', 'https://zlib.net/zlib-1.3.tar.gz')",
    'network',
  ],
  [
    "ERROR: Fetcher failure for URL: 'http://example.org/a.tar.gz'. Unable to fetch URL from any source.",
    'network',
  ],
  ["ERROR: Fetcher failure for URL: 'http://example.org/a.tar.gz'. Checksum mismatch!", 'unknown'],
  ['wget: unable to resolve host address\nfailed: No route to host.', 'network'],
  ["error: downloading 'https://example.org/x.zip' failed\n  status_code: 28", 'network'],
  [
    'go: github.com/pkg/errors@v0.9.1: Get "https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.mod": dial tcp: lookup proxy.golang.org: no such host',
    'network',
  ],
  ['npm ERR! code ECONNRESET\nnpm ERR! network aborted', 'network'],
  ['warning: spurious network error (2 tries remaining): [28] Timeout was reached', 'network'],
  // Host compilers a device toolchain refuses; build systems finding no compiler.
  [
    '/usr/local/cuda/include/crt/host_config.h:129:2: error: #error -- unsupported GNU version! gcc versions later than 10 are not supported!',
    'toolchain-broken',
  ],
  [
    'C:\\CUDA\\include\\crt/host_config.h(164): fatal error C1189: #error:  -- unsupported Microsoft Visual Studio version! Only the versions between 2017 and 2019 (inclusive) are supported!',
    'toolchain-broken',
  ],
  ["meson.build:1:0: ERROR: Unknown compiler(s): [['cc'], ['gcc'], ['clang']]", 'toolchain-broken'],
  [
    'clang++: error: GPU arch sm_90 is supported by CUDA versions between 12.0 and 12.8 (inclusive), but installation at /usr/local/cuda is 11.8',
    'toolchain-broken',
  ],
  ["'cl' is not recognized as an internal or external command,", 'toolchain-broken'],
  // CPython's structures changing under the project's code, also wrapped and under -Werror.
  [
    "src/p.c:12:31: error: 'PyThreadState' {aka 'struct _ts'} has\nno member named 'frame'; did you mean 'cframe'?",
    'python-incompatible',
  ],
  [
    'x.cpp:78:5: error: missing initializer for member ‘_typeobject::tp_watched’ [-Werror=missing-field-initializers]',
    'python-incompatible',
  ],
  [
    "t.c:40:1: error: missing field 'tp_vectorcall' initializer [-Werror,-Wmissing-field-initializers]",
    'python-incompatible',
  ],
  [
    'x.cpp:78:5: warning: missing initializer for member ‘_typeobject::tp_watched’ [-Wmissing-field-initializers]',
    'unknown',
  ],
  [
    "x.c:9:5: error: missing initializer for field 'cb' of 'struct my_ops' [-Werror=missing-field-initializers]",
    'compile-error',
  ],
  // Any tool's status for a process killed by SIGKILL.
  ['error MSB6006: "csc.dll" exited with code 137. [/src/a.csproj]', 'oom-killed'],
  ["> Process 'command 'java'' finished with non-zero exit value 137", 'oom-killed'],
  ['error MSB6006: "csc.dll" exited with code 1.', 'unknown'],
  // MSVC's diagnostics with a column.
  ["C:\\src\\net.cpp(94,44): error C2065: 'SO_MARK': undeclared identifier", 'compile-error'],
];

test.each(SHAPES)('%s → %s', (log, want) => {
  expect(classify({ log })[0]!.class).toBe(want);
});

// The toolchain's own translations, read from the .mo files Debian installs (gcc-12-locales,
// libc-l10n, binutils-common: see .ci/run), formatted as the programs format them.
describe('every locale the toolchain ships', () => {
  const gcc = catalogues('gcc-12');
  const libc = catalogues('libc');
  const bfd = catalogues('bfd');
  const make = catalogues('make');
  const locales = [...new Set([...gcc.keys(), ...libc.keys()])];
  const tr = (table: Map<string, Map<string, string>>, locale: string, id: string): string =>
    table.get(locale)?.get(id) || id;

  test('the catalogues are installed', () => {
    expect(gcc.size).toBeGreaterThanOrEqual(15);
    expect(libc.size).toBeGreaterThanOrEqual(30);
    expect(bfd.size).toBeGreaterThanOrEqual(5);
    expect(make.size).toBeGreaterThanOrEqual(20);
  });

  test.each(locales)('%s: the driver reporting its killed child is an OOM kill', (locale) => {
    const killed = tr(libc, locale, 'Killed');
    const fatal = tr(gcc, locale, 'fatal error: ');
    const driver = `g++: ${fatal}${format(tr(gcc, locale, '%s signal terminated program %s'), killed, 'cc1plus')}`;
    const [d] = classify({ log: driver });
    expect(d, driver).toMatchObject({ class: 'oom-killed' });
    expect(d!.title, driver).toContain('cc1plus');
    // older gcc releases reported the kill as an internal error naming the program
    const old = `c++: internal compiler error: ${killed} (program cc1plus)`;
    expect(classify({ log: old })[0]!.class, old).toBe('oom-killed');
    const collect2 = `collect2: ${fatal}${format(tr(gcc, locale, '%s terminated with signal %d [%s]%s'), 'ld', 9, killed, '')}`;
    expect(classify({ log: collect2 })[0], collect2).toMatchObject({ class: 'oom-killed' });
    expect(classify({ log: collect2 })[0]!.title).toContain('ld');
  });

  test.each(locales)('%s: ENOSPC is a full disk, ENOMEM a refused allocation', (locale) => {
    const full = `/usr/bin/ld: final link failed: ${tr(libc, locale, 'No space left on device')}`;
    expect(classify({ log: full })[0]!.class, full).toBe('disk-full');
    const nomem = `../utils/prepare-builtins: ${tr(libc, locale, 'Cannot allocate memory')}`;
    expect(classify({ log: nomem })[0]!.class, nomem).toBe('memory-limit');
  });

  // make's Hebrew catalogue is ISO-8859-8 from make 3.79: UTF-8 catalogues only
  const makeUtf8 = [...make].filter(([, t]) => /charset=UTF-8/i.test(t.get('') ?? ''));
  test.each(makeUtf8.map(([locale]) => locale))(
    '%s: make’s missing targets under its parallel jobs',
    (locale) => {
      const noRule = (target: string): string =>
        `make: *** ${format(tr(make, locale, "%sNo rule to make target '%s', needed by '%s'%s"), '', target, 'prog', '')}.`;
      const waiting = `make: ${tr(make, locale, '*** Waiting for unfinished jobs....')}`;
      const config = `${noRule('config.h')}\n${waiting}`;
      expect(classify({ log: config })[0]!.class, config).toBe('parallel-race');
      const deps = noRule('src/.deps/a.Po');
      expect(classify({ log: deps })[0]!.class, deps).toBe('parallel-race');
    },
  );

  test.each([...bfd.keys()])('%s: an archive member cut short is a parallel race', (locale) => {
    const log = `ar: libfoo.a: error reading bar.o: ${tr(bfd, locale, 'file truncated')}`;
    expect(classify({ log })[0]!.class, log).toBe('parallel-race');
  });
});

describe('how sure, and what to do', () => {
  test('a project header missing is a race: medium alone, high beside a parallel build', () => {
    const line = "model.c:40:10: fatal error: 'parse.h' file not found";
    expect(classify({ log: line })[0]).toMatchObject({
      class: 'parallel-race',
      confidence: 'medium',
    });
    expect(classify({ log: `make -j8\n${line}` })[0]).toMatchObject({
      class: 'parallel-race',
      confidence: 'high',
    });
  });

  test('a standard name without its include: the remedy names the header', () => {
    const bare = classify({ log: 'error: ‘uint8_t’ was not declared in this scope' })[0]!;
    expect(bare.remedy).toContain('#include <cstdint>');
    const note = classify({
      log: "a.h:9:3: error: 'uint32_t' does not name a type\na.h:1:1: note: 'uint32_t' is defined in header '<cstdint>'; did you forget to '#include <cstdint>'?",
    })[0]!;
    expect(note).toMatchObject({ class: 'compile-error', confidence: 'high' });
    expect(note.remedy).toContain('#include <cstdint>');
    const other = classify({ log: "a.c:3:5: error: 'frob' was not declared in this scope" })[0]!;
    expect(other.remedy).not.toContain('#include');
  });

  test('a compiler program missing its support library: a missing shared library, the compiler’s remedy', () => {
    const log =
      '/opt/libexec/gcc/x86_64-pc-linux-gnu/4.9.1/cc1plus: error while loading shared libraries: libmpfr.so.4: cannot open shared object file: No such file or directory';
    const [d, ...rest] = classify({ log });
    expect(d).toMatchObject({ class: 'missing-shared-library', confidence: 'high' });
    expect(d!.remedy).toMatch(/program of the compiler/);
    expect(d!.concerns.library).toBe('libmpfr.so.4');
    expect(rest).toEqual([]);
  });

  test('an undefined reference to a known library’s symbol names that library and how to link it', () => {
    const [d] = classify({
      log: "solver.f90:(.text+0x1a2): undefined reference to `dgetrf_'\ncollect2: error: ld returned 1 exit status",
    });
    expect(d).toMatchObject({ class: 'missing-library', confidence: 'medium' });
    expect(d!.concerns.library).toBe('lapack');
    expect(d!.remedy).toContain('-llapack');
    const [m] = classify({
      log: "/usr/bin/ld: a.o: undefined reference to symbol 'sqrtf@@GLIBC_2.2.5'",
    });
    expect(m).toMatchObject({ class: 'missing-library', concerns: { library: 'm' } });
    expect(m!.remedy).toContain('-lm');
    const [own] = classify({ log: "a.c:(.text+0x5): undefined reference to `frobnicate'" });
    expect(own?.class).not.toBe('missing-library');
  });

  test('a loader’s symbol version missing names the library and the newer release it needs', () => {
    const [d] = classify({
      log: "./build/bin/gen-tables: /usr/lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.32' not found (required by ./build/bin/gen-tables)",
    });
    expect(d).toMatchObject({ class: 'missing-shared-library', confidence: 'high' });
    expect(d!.concerns.library).toBe('/usr/lib/x86_64-linux-gnu/libstdc++.so.6');
    expect(d!.remedy).toMatch(/newer release/);
  });

  test('a generated output missing: medium under a parallel build, low without one', () => {
    const line =
      "make[2]: *** No rule to make target 'out/tools/mkimage', needed by 'out/boot.img'.  Stop.";
    expect(classify({ log: line })[0]).toMatchObject({ class: 'parallel-race', confidence: 'low' });
    expect(classify({ log: `make -j8 all\n${line}` })[0]).toMatchObject({
      class: 'parallel-race',
      confidence: 'medium',
    });
    // nor is a program or library of the system
    expect(
      classify({
        log: "make -j8\nmake[2]: *** No rule to make target '/usr/bin/protoc', needed by 'src/a.pb.cc'.  Stop.",
      })[0]?.class,
    ).not.toBe('parallel-race');
    // a source the makefile names and nobody writes is not a build output
    expect(
      classify({
        log: "make: *** No rule to make target 'src/missing.c', needed by 'src/missing.o'.  Stop.",
      })[0]?.class,
    ).not.toBe('parallel-race');
  });

  test('a link or directory made twice: medium under a parallel build, low without one', () => {
    const line = "ln: failed to create symbolic link 'build/libx.a': File exists";
    expect(classify({ log: line })[0]).toMatchObject({ class: 'parallel-race', confidence: 'low' });
    expect(classify({ log: `make -j4\n${line}` })[0]).toMatchObject({
      class: 'parallel-race',
      confidence: 'medium',
    });
  });

  test('a device toolchain refusing the host compiler outranks the compile error it is printed as', () => {
    const [main] = classify({
      log: "/usr/include/crt/host_config.h:121:2: error: #error -- unsupported GNU version! gcc versions later than 6 are not supported!\nk.cu:3:10: error: 'x' was not declared in this scope",
    });
    expect(main).toMatchObject({ class: 'toolchain-broken', confidence: 'high' });
    expect(main!.remedy).toMatch(/-ccbin|CUDAHOSTCXX/);
  });

  test('OCaml units that disagree: a race in the build tree, not against an installed library', () => {
    const inTree =
      'Error: Files parser.cmx and utils/misc.cmx\n       make inconsistent assumptions over implementation Misc';
    expect(classify({ log: inTree })[0]).toMatchObject({
      class: 'parallel-race',
      confidence: 'low',
    });
    expect(classify({ log: `make -j4 world.opt\n${inTree}` })[0]).toMatchObject({
      class: 'parallel-race',
      confidence: 'medium',
    });
    const installed =
      'Error: Files main.cmx and /home/u/.opam/4.14/lib/ocaml/stdlib.cmxa\n       make inconsistent assumptions over implementation Stdlib';
    expect(classify({ log: installed })[0]?.class).not.toBe('parallel-race');
  });

  test('a status of 9 from ninja is a kill only beside a low-memory warning', () => {
    const failed = 'FAILED: [code=9] src/CMakeFiles/k.dir/kernels.cu.o';
    expect(classify({ log: failed })[0]?.class).toBe('unknown');
    const [d] = classify({
      log: `##[warning]Free memory is lower than 5%; Currently used: 97.02%\n${failed}`,
    });
    expect(d).toMatchObject({ class: 'oom-killed', confidence: 'low' });
    expect(d!.evidence.map((e) => e.line)).toEqual([2, 1]);
    // the warning alone, beside an ordinary compile error, is not a kill
    expect(
      classify({
        log: "##[warning]Free memory is lower than 5%\na.c:3:1: error: expected ';' before '}' token",
      })[0]?.class,
    ).toBe('compile-error');
  });
});

describe('what a log without a known cause still says', () => {
  test('a crash the compiler reports is not taken for a kill', () => {
    const log = [
      'clang: error: unable to execute command: Segmentation fault: 11',
      'clang: error: clang frontend command failed due to signal (use -v to see invocation)',
    ].join('\n');
    const [d] = classify({ log });
    expect(d).toMatchObject({ class: 'unknown', confidence: 'low' });
  });

  test('an internal compiler error gets the compiler-bug remedy', () => {
    const [d] = classify({
      log: 'a.c:3:1: internal compiler error: in expand_debug_locations, at cfgexpand.c:5456',
    });
    expect(d!.title).toMatch(/internal compiler error/);
    expect(d!.remedy).toMatch(/bug in the compiler/);
  });

  test('only a build tool summary: the card names the tool, the target and the status', () => {
    const log = [
      '[12/40] Building C object CMakeFiles/fast.dir/src/fast.c.o',
      'FAILED: CMakeFiles/fast.dir/src/fast.c.o',
      'ninja: build stopped: subcommand failed.',
      "subprocess.CalledProcessError: Command '['ninja', '-v']' returned non-zero exit status 1.",
    ].join('\n');
    const [d] = classify({ log });
    expect(d).toMatchObject({ class: 'unknown', confidence: 'low' });
    expect(d!.title).toBe(
      'Only the build tool’s summary is here: ninja reports that CMakeFiles/fast.dir/src/fast.c.o failed, not why',
    );
    expect(d!.evidence[0]).toMatchObject({ line: 2 });
    expect(d!.remedy).not.toMatch(/internal compiler error/);
  });

  test('make’s status 2 is named as make printed it', () => {
    const [d] = classify({ log: 'make: *** [Makefile:160: all] Error 2' });
    expect(d!.title).toContain('make reports that Makefile:160: all failed (status 2)');
  });
});

describe("a failure of wheelwright's own steps, as its build log records it", () => {
  const header = 'wheelwright: CPython 3.11 at /usr/bin/python3.11 (PATH), 2 compile job(s)';

  test('before-build: the command, its exit and its last lines, and no compiler remedy', () => {
    const log = [
      header,
      '$ "/bin/sh" "-c" "./fetch-deps.sh --quiet"',
      ...Array.from({ length: 12 }, (_, i) => `step ${i}`),
      'fetch-deps: checksum mismatch for libfoo-1.2.tar.gz',
      '',
      'wheelwright: before-build failed (exit 3)',
    ].join('\n');
    const [d, ...rest] = classify({ log, python: '3.11' });
    expect(d).toMatchObject({
      class: 'before-build',
      confidence: 'high',
      title: 'before-build failed (exit 3): ./fetch-deps.sh --quiet',
      concerns: { python: '3.11' },
    });
    expect(d!.evidence[0]).toMatchObject({
      line: 2,
      text: '$ "/bin/sh" "-c" "./fetch-deps.sh --quiet"',
    });
    expect(d!.evidence.at(-1)).toMatchObject({
      line: 15,
      text: 'fetch-deps: checksum mismatch for libfoo-1.2.tar.gz',
    });
    expect(d!.evidence).toHaveLength(9);
    expect(d!.remedy).not.toMatch(/compiler error|jobs: 1/);
    expect(d!.remedy).toContain('`./fetch-deps.sh --quiet`');
    expect(rest).toEqual([]);
  });

  test("a cause in the step's own output comes second, with its own line numbers", () => {
    const log = [
      header,
      '$ "/bin/sh" "-c" "pip install numpy==99"',
      'ERROR: No matching distribution found for numpy==99',
      'wheelwright: before-build failed (exit 1)',
    ].join('\n');
    const diagnoses = classify({ log });
    expect(diagnoses.map((d) => d.class)).toEqual(['before-build', 'network']);
    expect(diagnoses[1]!.evidence[0]!.line).toBe(3);
    expect(diagnoses[0]!.remedy).toContain('(network, the next card)');
  });

  test('repair-command that left no wheel: the command and what it printed', () => {
    const log = [
      '$ "/bin/sh" "-c" "auditwheel repair -w /tmp/r/repaired /out/x-1.0-cp311-cp311-linux_x86_64.whl"',
      'INFO:auditwheel.main_repair:Repairing x-1.0-cp311-cp311-linux_x86_64.whl',
      'auditwheel: error: cannot repair "x-1.0-cp311-cp311-linux_x86_64.whl" to "manylinux_2_17_x86_64" ABI because of the presence of too-recent versioned symbols.',
      '',
      'wheelwright: repair-command failed (exit 1)',
    ].join('\n');
    const [d] = classify({ log });
    expect(d).toMatchObject({ class: 'repair-command', confidence: 'high' });
    expect(d!.title).toBe(
      'repair-command failed (exit 1): auditwheel repair -w /tmp/r/repaired /out/x-1.0-cp311-cp311-linux_x86_64.whl',
    );
    expect(d!.evidence.at(-1)!.text).toMatch(/^auditwheel: error: cannot repair/);
    expect(d!.remedy).toContain('rejected/');
  });

  test('test-command that could not run names the step that failed', () => {
    const log = [
      '$ "/usr/bin/python3" "-m" "venv" "/tmp/t/test-venv"',
      "Error: Command '[...]' returned non-zero exit status 1.",
      '',
      'wheelwright: test-command could not run: creating the test environment failed (exit 1)',
    ].join('\n');
    const [d] = classify({ log });
    expect(d).toMatchObject({
      class: 'test-command',
      title:
        'test-command could not run: creating the test environment failed (exit 1): /usr/bin/python3 -m venv /tmp/t/test-venv',
    });
  });
});
