/**
 * Symbols that only one well-known library defines: an undefined reference to one of them at a
 * link means that library was not linked (not installed, or not on the link line), whatever the
 * linker. Names a project might define itself (`compress`, `crc32`) are left out.
 */
const LIBRARY_SYMBOLS: { library: string; symbols: string }[] = [
  // Reference BLAS and LAPACK, Fortran-mangled (lower case, trailing underscore), and their C
  // interfaces (https://netlib.org/lapack/explore-html/).
  {
    library: 'lapack',
    symbols: String.raw`[sdcz](?:gesv|gesvd|gesdd|getrf|getrs|getri|geev|gels|gelsd|gelss|geqrf|gerqf|orgqr|ormqr|ungqr|unmqr|potrf|potrs|potri|syev|syevd|syevr|heev|heevd|heevr|sysv|hesv|trtrs|trtri|gbsv|gtsv|ptsv|stev|lacpy|lange|laswp|gesvx|posv)_|[sd]lamch_|ilaenv_|LAPACKE_\w+`,
  },
  {
    library: 'blas',
    symbols: String.raw`[sdcz](?:gemm|gemv|ger|geru|gerc|symm|symv|syrk|syr2k|hemm|hemv|herk|trmm|trsm|trmv|trsv|axpy|dot|dotc|dotu|scal|nrm2|asum|copy|swap|rot|rotg)_|i[sdcz]amax_|cblas_\w+`,
  },
  { library: 'gfortran', symbols: String.raw`_?_gfortran_\w+` },
  { library: 'gomp', symbols: String.raw`GOMP_\w+|omp_(?:get|set|init|destroy|in)_\w+` },
  // The C library's optional parts, a separate library on older glibc and other systems.
  {
    library: 'm',
    symbols: String.raw`(?:sqrt|cbrt|pow|exp|exp2|expm1|log|log2|log10|log1p|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|floor|ceil|round|lround|llround|trunc|fmod|hypot|erf|erfc|lgamma|tgamma|fmin|fmax|nearbyint|rint|lrint)[fl]?`,
  },
  { library: 'pthread', symbols: String.raw`pthread_\w+` },
  { library: 'dl', symbols: String.raw`dlopen|dlsym|dlclose|dlerror|dladdr` },
  {
    library: 'rt',
    symbols: String.raw`clock_gettime|shm_open|shm_unlink|timer_create|timer_settime`,
  },
  {
    library: 'z',
    symbols: String.raw`(?:deflate|inflate)\w*|gz(?:open|dopen|read|write|close|gets|puts|printf|seek|tell|eof|flush|error)\w*`,
  },
  // The Boehm-Demers-Weiser collector's allocation and setup calls.
  {
    library: 'gc',
    symbols: String.raw`GC_(?:malloc\w*|free|realloc|init|gcollect\w*|register_finalizer\w*|debug_\w+|register_my_thread|unregister_my_thread|allow_register_threads|enable_incremental|get_heap_size|strdup)`,
  },
  { library: 'bz2', symbols: String.raw`BZ2_\w+` },
  { library: 'lzma', symbols: String.raw`lzma_\w+` },
];

/** Any symbol of the list, as a regular-expression alternation. */
export const LIBRARY_SYMBOL = LIBRARY_SYMBOLS.map((l) => `(?:${l.symbols})`).join('|');

const anchored = LIBRARY_SYMBOLS.map((l) => ({
  library: l.library,
  pattern: new RegExp(`^(?:${l.symbols})$`),
}));

/** The library that defines `symbol` (a leading underscore of Mach-O and Windows names aside). */
export function libraryOfSymbol(symbol: string): string | undefined {
  const name = symbol.replace(/^_(?!_?gfortran)/, '');
  return anchored.find((l) => l.pattern.test(name))?.library;
}
