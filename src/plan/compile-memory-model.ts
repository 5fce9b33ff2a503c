// Generated from bench/compile-memory/model.json by scripts/generate.js: refit there, then run npm run generate.
export const COMPILE_MEMORY_GROUPS = [
  {
    language: 'c',
    cython: true,
    debug: false,
    lines: [
      { baseBytes: 47083751, bytesPerSourceByte: 119.076 },
      { baseBytes: 68845698, bytesPerSourceByte: 96.075 },
    ],
    safetyFactor: 1.05,
    callLines: [
      { baseBytes: 51536063, bytesPerCall: 12227.938, bytesPerString: 0 },
      { baseBytes: 131071063, bytesPerCall: 6977.88, bytesPerString: 0 },
    ],
    callSafetyFactor: 1.1,
  },
  {
    language: 'c',
    cython: true,
    debug: true,
    lines: [{ baseBytes: 30586833, bytesPerSourceByte: 220.27 }],
    safetyFactor: 1.05,
    callLines: [
      { baseBytes: 26732477, bytesPerCall: 24880.378, bytesPerString: 12338.055 },
      { baseBytes: 207608174, bytesPerCall: 4925.027, bytesPerString: 34795.294 },
    ],
    callSafetyFactor: 1.15,
  },
  {
    language: 'c',
    cython: false,
    debug: false,
    lines: [{ baseBytes: 55043187, bytesPerSourceByte: 264.447 }],
    safetyFactor: 1.1,
  },
  {
    language: 'c',
    cython: false,
    debug: true,
    lines: [
      { baseBytes: 58402420, bytesPerSourceByte: 380.814 },
      { baseBytes: 63971476, bytesPerSourceByte: 303.02 },
    ],
    safetyFactor: 1.15,
  },
  {
    language: 'c++',
    cython: true,
    debug: false,
    lines: [
      { baseBytes: 53343705, bytesPerSourceByte: 171.455 },
      { baseBytes: 164769342, bytesPerSourceByte: 56.394 },
    ],
    safetyFactor: 1.3,
    callLines: [
      { baseBytes: 67480029, bytesPerCall: 18436.914, bytesPerString: 0 },
      { baseBytes: 163361172, bytesPerCall: 6799.44, bytesPerString: 0 },
    ],
    callSafetyFactor: 1.2,
  },
  {
    language: 'c++',
    cython: true,
    debug: true,
    lines: [
      { baseBytes: 49036333, bytesPerSourceByte: 258.398 },
      { baseBytes: 243533823, bytesPerSourceByte: 57.555 },
    ],
    safetyFactor: 1.35,
    callLines: [
      { baseBytes: 56677549, bytesPerCall: 29444.422, bytesPerString: 0 },
      { baseBytes: 242096673, bytesPerCall: 6939.37, bytesPerString: 0 },
    ],
    callSafetyFactor: 1.3,
  },
  {
    language: 'c++',
    cython: false,
    debug: false,
    lines: [
      { baseBytes: 186441609, bytesPerSourceByte: 5388.528 },
      { baseBytes: 204123630, bytesPerSourceByte: 4820.157 },
    ],
    safetyFactor: 1.55,
  },
  {
    language: 'c++',
    cython: false,
    debug: true,
    lines: [{ baseBytes: 252631935, bytesPerSourceByte: 8072.178 }],
    safetyFactor: 1.6,
  },
] as const;
