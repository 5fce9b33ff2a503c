// Generated from bench/compile-memory/model.json by scripts/generate.js: refit there, then run npm run generate.
export const COMPILE_MEMORY_GROUPS = [
  {
    language: 'c',
    cython: true,
    debug: false,
    lines: [
      { baseBytes: 37453769, bytesPerSourceByte: 107.126 },
      { baseBytes: 133292256, bytesPerSourceByte: 58.665 },
    ],
    safetyFactor: 1.2,
  },
  {
    language: 'c',
    cython: true,
    debug: true,
    lines: [
      { baseBytes: 33453462, bytesPerSourceByte: 174.841 },
      { baseBytes: 161586701, bytesPerSourceByte: 85.732 },
    ],
    safetyFactor: 1.15,
  },
  {
    language: 'c',
    cython: false,
    debug: false,
    lines: [
      { baseBytes: 44467943, bytesPerSourceByte: 275.149 },
      { baseBytes: 228975078, bytesPerSourceByte: 88.436 },
    ],
    safetyFactor: 1.35,
  },
  {
    language: 'c',
    cython: false,
    debug: true,
    lines: [
      { baseBytes: 79565675, bytesPerSourceByte: 250.085 },
      { baseBytes: 188221325, bytesPerSourceByte: 140.131 },
    ],
    safetyFactor: 1.25,
  },
  {
    language: 'c++',
    cython: true,
    debug: false,
    lines: [
      { baseBytes: 53343705, bytesPerSourceByte: 171.455 },
      { baseBytes: 164769342, bytesPerSourceByte: 56.394 },
    ],
    safetyFactor: 1.35,
  },
  {
    language: 'c++',
    cython: true,
    debug: true,
    lines: [
      { baseBytes: 49036333, bytesPerSourceByte: 258.398 },
      { baseBytes: 243533823, bytesPerSourceByte: 57.555 },
    ],
    safetyFactor: 1.45,
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
