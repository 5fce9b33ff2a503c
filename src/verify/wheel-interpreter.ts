import type { Interpreter } from '../build/interpreter.js';
import type { WheelName } from './wheel-name.js';

function abi3Fits(python: string[], interpreter: Interpreter): boolean {
  // the stable ABI is defined for release builds with the GIL only
  if (interpreter.implementation !== 'cpython' || interpreter.freeThreaded || interpreter.debug)
    return false;
  const [major, minor] = interpreter.version;
  // cp38-abi3 runs on CPython 3.8 and every later 3.x
  return python.some((tag) => {
    const m = /^cp(\d)(\d+)$/.exec(tag);
    return m !== null && Number(m[1]) === major && Number(m[2]) <= minor;
  });
}

function pureFits(python: string[], interpreter: Interpreter): boolean {
  const [major, minor] = interpreter.version;
  return python.some(
    (tag) =>
      tag === interpreter.tags.python || tag === `py${major}` || tag === `py${major}${minor}`,
  );
}

/**
 * The interpreter a wheel is for, by its tags: one of exactly its ABI first (cp311, cp311d,
 * pypy39_pp73), else a release CPython the stable ABI (abi3) fits, else one its python tag names
 * for an ABI-less wheel (release builds first). Null when none of the candidates can load it.
 */
export function interpreterFor(wheel: WheelName, candidates: Interpreter[]): Interpreter | null {
  const abis = wheel.abi.split('.');
  const python = wheel.python.split('.');
  // what users run: a debug build only for a wheel of its own ABI
  const released = [...candidates.filter((i) => !i.debug), ...candidates.filter((i) => i.debug)];
  return (
    candidates.find((i) => abis.includes(i.tags.abi)) ??
    (abis.includes('abi3') ? candidates.find((i) => abi3Fits(python, i)) : undefined) ??
    (abis.includes('none') ? released.find((i) => pureFits(python, i)) : undefined) ??
    null
  );
}
