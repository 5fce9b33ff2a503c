import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // every test's cache directory is its own: nothing is read from or left in ~/.cache
    setupFiles: ['test/helpers/own-cache.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration tests share real cgroups and the two cores: one file at a time keeps them honest.
    fileParallelism: false,
  },
});
