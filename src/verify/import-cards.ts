import path from 'node:path';
import type { Diagnosis } from '../diagnose/diagnosis.js';
import { bundleRemedy } from './bundle-remedy.js';
import type { ExtensionCheck } from './cards.js';
import type { ImportFailure } from './import-errors.js';
import type { VerifyCard } from './verify-class.js';
import type { Claim } from './wheel-name.js';

/**
 * A module the import needs and cannot find: the wheel's own (a file it lacks) breaks it; any
 * other is a Python module of the environment (a dependency, which verify does not install, or a
 * part of the standard library that a distribution ships apart, as Debian does tkinter): the
 * wheel is as good as its users' environment, so it is a note.
 */
function missingModuleCard(
  module: string,
  missing: string,
  evidence: Diagnosis['evidence'],
  concerns: Diagnosis['concerns'],
  context: { topLevel: string[]; stdlib: boolean | undefined; extensions: ExtensionCheck[] },
): VerifyCard {
  const top = missing.split('.')[0]!;
  // there, but not under a name this Python loads: `.cpython-312-x86_64-linux-musl.so` on glibc
  const unloadable = context.extensions.find((e) => e.module === missing);
  if (unloadable)
    return {
      class: 'abi-mismatch',
      confidence: 'high',
      title: `import ${module} fails: this Python does not load ${path.basename(unloadable.file)}, the wheel's ${missing}`,
      evidence,
      concerns,
      remedy:
        `The wheel holds ${unloadable.file}, but the interpreter looks for another file name suffix ` +
        `(\`importlib.machinery.EXTENSION_SUFFIXES\`): the module was built for another Python, ABI or C library ` +
        `(musl against glibc) than its tag says. Build it with the interpreter its tag names.`,
    };
  if (context.topLevel.includes(top))
    return {
      class: 'wheel-module-missing',
      confidence: 'high',
      title: `import ${module} fails: the wheel has no ${missing}, a module of its own`,
      evidence,
      concerns,
      remedy:
        `${missing} is imported from ${module} but is not in the wheel: list it in the build's packages, ` +
        `py-modules or ext-modules (or package-data for a file beside it), or, if it is a compiled module, ` +
        `read the build log for why it was not compiled.`,
    };
  const where =
    context.stdlib === true
      ? `${top} is part of the standard library, but this Python was installed without it (${top === 'tkinter' ? 'Debian and Ubuntu ship it apart, as python3-tk' : 'a distribution may ship it apart, or Python was built without the library it wraps'})`
      : context.stdlib === false
        ? `${top} is not part of the standard library: a dependency, which verify does not install (\`pip install --no-deps\`)`
        : `${top} is not in the import test's environment: verify installs the wheel alone (\`pip install --no-deps\`)`;
  return {
    class: 'python-module-unavailable',
    confidence: 'high',
    title: `import ${module} needs ${missing}, which this environment lacks (not a fault of the wheel)`,
    evidence,
    concerns,
    remedy:
      `${where}. The wheel's users need ${top} to use ${module}: declare it in the package's dependencies ` +
      `(or an extra) if it is not a part of Python, and install it before test-command if the tests need it.`,
  };
}

/** The card for an import that failed, by what its exception line says. */
export function importCard(
  module: string,
  failure: ImportFailure,
  evidence: Diagnosis['evidence'],
  concerns: Diagnosis['concerns'],
  context: {
    claim: Claim;
    wheel: string;
    topLevel: string[];
    stdlib: boolean | undefined;
    extensions: ExtensionCheck[];
  },
): VerifyCard {
  const { claim, wheel } = context;
  if (failure.class === 'python-module-missing')
    return missingModuleCard(module, failure.module!, evidence, concerns, context);
  const remedies: Record<typeof failure.class, string> = {
    'missing-shared-library': bundleRemedy(failure.library ?? 'the library', claim, wheel),
    'undefined-symbol':
      `No library the module loads defines ${failure.symbol}: link the library that does (setuptools \`libraries=[...]\`), ` +
      `or bundle the version it was built against if an older one is found at run time.`,
    'c-api-missing-in-pypy':
      `PyPy runs C extensions through cpyext, which emulates most of CPython's C API but not ${failure.symbol}: ` +
      `this module needs CPython, and no rebuild for PyPy changes that. Drop PyPy from python-versions for this ` +
      `package, or guard that use with \`#ifndef PYPY_VERSION\` in the C source (or offer PyPy users a cffi or ` +
      `pure-Python variant).`,
    'abi-mismatch':
      `The module was built for another ABI than the one loading it${failure.symbol ? ` (${failure.symbol})` : ''}: ` +
      `another Python (debug, free-threaded, another minor version, PyPy) or a newer library than the one found. ` +
      `Build it with this interpreter's own headers, and bundle libraries it needs a given version of.`,
    'import-error':
      'Read the exception in the import test log: the module imports in the build tree but not installed.',
  };
  const titles: Record<typeof failure.class, string> = {
    'missing-shared-library': `import ${module} fails: ${failure.library} cannot be found`,
    'undefined-symbol': `import ${module} fails: undefined symbol ${failure.symbol}`,
    'c-api-missing-in-pypy': `import ${module} fails: PyPy has no ${failure.symbol}, CPython C API the module uses`,
    'abi-mismatch': `import ${module} fails: built for another ABI${failure.symbol ? ` (${failure.symbol})` : ''}`,
    'import-error': `import ${module} fails`,
  };
  return {
    class: failure.class,
    confidence: failure.confidence,
    title: titles[failure.class],
    evidence,
    concerns,
    remedy: remedies[failure.class],
  };
}
