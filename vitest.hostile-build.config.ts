import { defineConfig } from 'vitest/config';

/**
 * The hostile-content suite's real builds (tests/hostile/build.test.ts): each runs `astro build` on a copy of the
 * project, so they run on their own, after the fast tests, rather than beside them on a shared machine.
 */
export default defineConfig({
  test: {
    include: ['tests/hostile/build.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
