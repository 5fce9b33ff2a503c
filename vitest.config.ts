import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // each file's TMPDIR and each test's cache directory are its own, and removed afterwards
    setupFiles: ['test/helpers/own-dirs.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration tests share real cgroups and the two cores: one file at a time keeps them honest.
    fileParallelism: false,
  },
});
