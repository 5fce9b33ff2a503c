import { backendModule, LEGACY_BACKEND, type BuildSystem } from '../config/build-system.js';

/** What an interpreter says of itself (see inspect-script.ts). */
export interface InterpreterInfo {
  executable: string;
  realpath: string;
  prefix: string;
  implementation: string;
  version: [number, number, number];
  soabi: string | null;
  extSuffix: string | null;
  platform: string;
  debug: boolean;
  freeThreaded: boolean;
  headers: boolean;
  modules: Record<'pip' | 'setuptools' | 'wheel' | 'build' | 'venv', boolean>;
  /** The compiler commands its sysconfig gives setuptools; null where it has none (Windows). */
  compilers: Record<'cc' | 'cxx' | 'ldshared' | 'ldcxxshared', string | null>;
  /** The build requirements it was asked to check, and what is wrong with each (null: met). */
  requirements: RequirementCheck[];
}

export interface RequirementCheck {
  /** As written in [build-system] requires. */
  requirement: string;
  /** `version`: installed at a version outside the requirement's; null when met or unknown. */
  problem: 'invalid' | 'missing' | 'version' | null;
  /** The name and version installed, for `version`: `Cython 0.29.32`. */
  installed: string | null;
}

/** The distribution a requirement names, normalized: `Cython>=3` → `cython`. */
const requirementName = (requirement: string): string =>
  (/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] ?? '')
    .toLowerCase()
    .replace(/[-_.]+/g, '-');

export interface Interpreter extends InterpreterInfo {
  /** Short and unique among the selected ones: cp311, cp311d, pp39, cp313t. */
  id: string;
  /** For people: `CPython 3.11.2 (debug)`. */
  label: string;
  /** The tags its wheels carry: python, ABI and platform. */
  tags: { python: string; abi: string; platform: string };
  /** Where it was found: `PATH`, `tool cache`, `pyenv`, `manylinux`, `requested path`. */
  foundIn: string;
}

const IMPLEMENTATION_TAGS: Record<string, string> = { cpython: 'cp', pypy: 'pp' };
const IMPLEMENTATION_NAMES: Record<string, string> = { cpython: 'CPython', pypy: 'PyPy' };

/** The same interpreter under two names (python3, python3.11, a symlink) has one identity. */
export const identityOf = (info: Pick<InterpreterInfo, 'realpath' | 'prefix'>): string =>
  `${info.realpath}\0${info.prefix}`;

export function describe(info: InterpreterInfo, foundIn: string): Interpreter {
  const [major, minor, micro] = info.version;
  const implementationTag =
    IMPLEMENTATION_TAGS[info.implementation] ?? info.implementation.slice(0, 2);
  const python = `${implementationTag}${major}${minor}`;
  let abi: string;
  if (info.implementation === 'cpython' && info.soabi) {
    // cpython-311d-x86_64-linux-gnu → cp311d
    abi = `cp${info.soabi.split('-')[1] ?? `${major}${minor}`}`;
  } else if (info.soabi) {
    // pypy39-pp73 → pypy39_pp73
    abi = info.soabi.split('-').slice(0, 2).join('_');
  } else {
    abi = 'none';
  }
  const flavour = [info.debug ? 'debug' : '', info.freeThreaded ? 'free-threaded' : ''].filter(
    Boolean,
  );
  const name = IMPLEMENTATION_NAMES[info.implementation] ?? info.implementation;
  return {
    ...info,
    id: info.implementation === 'cpython' && info.soabi ? abi : python,
    label: `${name} ${major}.${minor}.${micro}${flavour.length ? ` (${flavour.join(', ')})` : ''}`,
    tags: { python, abi, platform: info.platform.replace(/[-.]/g, '_') },
    foundIn,
  };
}

/** build[uv] is python -m build installing with uv; uv is `uv build` (cibuildwheel's names). */
export type Frontend = 'pip' | 'build' | 'build[uv]' | 'uv' | 'backend';

/** How the wheels will be built, as far as what an interpreter must have depends on it. */
export interface BuildWay {
  frontend: Frontend;
  isolation: boolean;
  /** For the backend frontend: the project's build system, whose requirements are checked. */
  buildSystem?: BuildSystem;
}

/**
 * Why this interpreter cannot build a wheel the given way, each with how to fix it; empty when it
 * can build. For the backend frontend, `interpreter.requirements` must hold the checks of
 * `way.buildSystem.requires` (inspect's).
 */
export function missingForBuild(interpreter: Interpreter, way: BuildWay): string[] {
  const { frontend, isolation } = way;
  const missing: string[] = [];
  const [major, minor] = interpreter.version;
  const python = interpreter.executable;
  if (major < 3)
    return [`Python ${major}.${minor} is not supported: build with Python 3.7 or newer`];
  if (!interpreter.headers) {
    missing.push(
      `the C headers (Python.h) are missing: install python${major}.${minor}-dev (Debian, Ubuntu) or python${major}.${minor}-devel (Fedora), or use actions/setup-python`,
    );
  }
  if (frontend === 'pip' && !interpreter.modules.pip)
    missing.push(`pip is missing: ${python} -m ensurepip`);
  if ((frontend === 'build' || frontend === 'build[uv]') && !interpreter.modules.build)
    missing.push(`the build frontend is missing: ${python} -m pip install build`);
  // The backend frontend knows the project's backend: setuptools' needs are checked only for it.
  const setuptoolsBackend =
    frontend !== 'backend' ||
    backendModule(way.buildSystem?.backend ?? LEGACY_BACKEND).split('.')[0] === 'setuptools';
  if (!isolation && setuptoolsBackend) {
    // Without isolation the backend comes from the interpreter itself; setuptools before 70.1
    // needs the wheel package for bdist_wheel.
    // A declared requirement of the same name is reported below, with its version.
    const declared = new Set(
      frontend === 'backend'
        ? interpreter.requirements.map((r) => requirementName(r.requirement))
        : [],
    );
    const absent = (['setuptools', 'wheel'] as const).filter(
      (m) => !interpreter.modules[m] && !declared.has(m),
    );
    if (absent.length) {
      missing.push(
        `${absent.join(' and ')} ${absent.length > 1 ? 'are' : 'is'} missing and build isolation is off: ${python} -m pip install ${absent.join(' ')}, or turn build-isolation on`,
      );
    }
  }
  if (frontend === 'backend') {
    for (const { requirement, problem, installed } of interpreter.requirements) {
      if (problem === null) continue;
      if (problem === 'invalid') {
        missing.push(
          `build requirement '${requirement}' of pyproject.toml is not a valid requirement (PEP 508): correct [build-system] requires`,
        );
        continue;
      }
      const state =
        problem === 'missing' ? 'is not installed' : `is not met (${installed} is installed)`;
      missing.push(
        `build requirement '${requirement}' ${state}, and build-frontend backend installs nothing: ${python} -m pip install '${requirement}' (or your distribution's package), or build with build-frontend pip and build-isolation true`,
      );
    }
  }
  return missing;
}
