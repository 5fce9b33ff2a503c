// Generated from bench/compile-memory/model.json by scripts/generate.js: refit there, then run npm run generate.
export const COMPILE_MEMORY_GROUPS = [
  {
    language: 'c',
    cython: true,
    debug: false,
    lines: [
      { baseBytes: 34416604, bytesPerSourceByte: 132.464 },
      { baseBytes: 133292256, bytesPerSourceByte: 58.665 },
    ],
    safetyFactor: 1.15,
    tokenLines: [
      { baseBytes: 29345461, bytesPerToken: 961.728 },
      { baseBytes: 127101687, bytesPerToken: 445.234 },
    ],
    tokenSafetyFactor: 1.15,
  },
  {
    language: 'c',
    cython: true,
    debug: true,
    lines: [
      { baseBytes: 30706892, bytesPerSourceByte: 197.754 },
      { baseBytes: 161586701, bytesPerSourceByte: 85.732 },
    ],
    safetyFactor: 1.1,
    tokenLines: [
      { baseBytes: 23136234, bytesPerToken: 1435.754 },
      { baseBytes: 152540013, bytesPerToken: 650.65 },
    ],
    tokenSafetyFactor: 1.1,
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
      { baseBytes: 79565675, bytesPerSourceByte: 250.085 },
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
    safetyFactor: 1.35,
    tokenLines: [
      { baseBytes: 46801966, bytesPerToken: 1242.869 },
      { baseBytes: 159682121, bytesPerToken: 429.939 },
    ],
    tokenSafetyFactor: 1.35,
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
    tokenLines: [
      { baseBytes: 39177363, bytesPerToken: 1873.112 },
      { baseBytes: 238341908, bytesPerToken: 438.787 },
    ],
    tokenSafetyFactor: 1.45,
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
