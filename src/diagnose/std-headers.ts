/**
 * Standard names and the header that declares them, for code that used them without including
 * it: libstdc++ 13 and libc++ 15+ stopped including <cstdint>, <stdexcept> and others from their
 * own headers (gcc 13's porting notes, "Header dependency changes"), so code that relied on
 * that inclusion no longer compiles. The table lists the names that broke most often.
 */
const HEADER_OF: Record<string, string> = {
  ...Object.fromEntries(
    [8, 16, 32, 64].flatMap((n) => [`int${n}_t`, `uint${n}_t`]).map((t) => [t, 'cstdint']),
  ),
  intptr_t: 'cstdint',
  uintptr_t: 'cstdint',
  intmax_t: 'cstdint',
  uintmax_t: 'cstdint',
  size_t: 'cstddef',
  ptrdiff_t: 'cstddef',
  nullptr_t: 'cstddef',
  runtime_error: 'stdexcept',
  logic_error: 'stdexcept',
  invalid_argument: 'stdexcept',
  out_of_range: 'stdexcept',
  length_error: 'stdexcept',
  domain_error: 'stdexcept',
  overflow_error: 'stdexcept',
  underflow_error: 'stdexcept',
  range_error: 'stdexcept',
  numeric_limits: 'limits',
  unique_ptr: 'memory',
  shared_ptr: 'memory',
  make_unique: 'memory',
  setw: 'iomanip',
  setprecision: 'iomanip',
  optional: 'optional',
  function: 'functional',
};

/** A regex alternation of the names in the table. */
export const STD_NAMES = Object.keys(HEADER_OF).join('|');

/** The header declaring a standard name (`uint8_t`, `std::runtime_error`), when the table has it. */
export function headerOf(name: string): string | undefined {
  return HEADER_OF[name.replace(/^std::/, '')];
}
