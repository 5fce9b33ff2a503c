import { describe, expect, it } from 'vitest';
import {
  describe as describeInterpreter,
  missingForBuild,
  type InterpreterInfo,
  type RequirementCheck,
} from '../../src/build/interpreter.js';
import type { BuildSystem } from '../../src/config/build-system.js';

function interpreter(
  modules: Partial<InterpreterInfo['modules']>,
  requirements: RequirementCheck[] = [],
) {
  const info: InterpreterInfo = {
    executable: '/usr/bin/python3',
    realpath: '/usr/bin/python3.11',
    prefix: '/usr',
    implementation: 'cpython',
    version: [3, 11, 2],
    soabi: 'cpython-311-x86_64-linux-gnu',
    extSuffix: '.cpython-311-x86_64-linux-gnu.so',
    platform: 'linux-x86_64',
    debug: false,
    freeThreaded: false,
    headers: true,
    modules: { pip: true, setuptools: true, wheel: true, build: false, venv: true, ...modules },
    compilers: { cc: 'gcc', cxx: 'g++', ldshared: 'gcc -shared', ldcxxshared: 'g++ -shared' },
    requirements,
  };
  return describeInterpreter(info, 'PATH');
}

const system = (backend: string, requires: string[]): BuildSystem => ({
  requires,
  backend,
  backendPath: [],
  from: 'pyproject.toml [build-system]',
});

const met = (requirement: string): RequirementCheck => ({
  requirement,
  problem: null,
  installed: null,
});

describe('missingForBuild with the backend frontend', () => {
  it('names each unmet build requirement and how to supply it', () => {
    const python = interpreter({}, [
      met('setuptools>=61'),
      { requirement: 'Cython>=3', problem: 'version', installed: 'Cython 0.29.32' },
      { requirement: 'scikit-build-core', problem: 'missing', installed: null },
      { requirement: 'not a requirement!', problem: 'invalid', installed: null },
    ]);
    const way = {
      frontend: 'backend' as const,
      isolation: false,
      buildSystem: system('setuptools.build_meta', ['…']),
    };
    expect(missingForBuild(python, way)).toEqual([
      "build requirement 'Cython>=3' is not met (Cython 0.29.32 is installed), and build-frontend backend installs nothing: /usr/bin/python3 -m pip install 'Cython>=3' (or your distribution's package), or build with build-frontend pip and build-isolation true",
      "build requirement 'scikit-build-core' is not installed, and build-frontend backend installs nothing: /usr/bin/python3 -m pip install 'scikit-build-core' (or your distribution's package), or build with build-frontend pip and build-isolation true",
      "build requirement 'not a requirement!' of pyproject.toml is not a valid requirement (PEP 508): correct [build-system] requires",
    ]);
  });

  it("asks for setuptools and wheel only when the backend is setuptools', and once", () => {
    const bare = interpreter({ setuptools: false, wheel: false }, [
      { requirement: 'setuptools>=61', problem: 'missing', installed: null },
    ]);
    const setuptools = missingForBuild(bare, {
      frontend: 'backend',
      isolation: false,
      buildSystem: system('setuptools.build_meta:__legacy__', ['setuptools>=61']),
    });
    // setuptools through its requirement (with the version), wheel as setuptools' own need
    expect(setuptools).toHaveLength(2);
    expect(setuptools[0]).toMatch(/^wheel is missing and build isolation is off/);
    expect(setuptools[1]).toMatch(/^build requirement 'setuptools>=61' is not installed/);

    const flit = interpreter({ setuptools: false, wheel: false }, [met('flit_core>=3.2')]);
    expect(
      missingForBuild(flit, {
        frontend: 'backend',
        isolation: false,
        buildSystem: system('flit_core.buildapi', ['flit_core>=3.2']),
      }),
    ).toEqual([]);
    // pip without isolation still needs them, whatever the project declares
    expect(missingForBuild(flit, { frontend: 'pip', isolation: false })).toEqual([
      'setuptools and wheel are missing and build isolation is off: /usr/bin/python3 -m pip install setuptools wheel, or turn build-isolation on',
    ]);
  });

  it('ignores requirement checks for the other frontends, which install or check their own', () => {
    const python = interpreter({}, [{ requirement: 'x', problem: 'missing', installed: null }]);
    expect(missingForBuild(python, { frontend: 'pip', isolation: false })).toEqual([]);
  });
});
