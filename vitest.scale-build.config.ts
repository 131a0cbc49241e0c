import { defineConfig } from 'vitest/config';

/**
 * The real build of 200 generated pages (tests/build/): `astro build` on a copy of the project, run on its own
 * after the fast tests, like the hostile-content builds.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
