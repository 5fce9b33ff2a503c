import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration tests share real cgroups and the two cores: one file at a time keeps them honest.
    fileParallelism: false,
  },
});
