import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/component/**/*.test.{ts,tsx}',
      'tests/hostile/**/*.test.{ts,tsx}',
    ],
    // The real builds of the hostile-content suite run on their own: npm run test:hostile-build.
    exclude: ['tests/hostile/build.test.ts', '**/node_modules/**'],
    environment: 'node',
    // A ceiling for a test that hangs, not a speed budget (those are in npm run bench): the 2000-session property
    // test needs about 10 s alone and over 20 s when the shared machine is busy.
    testTimeout: 60_000,
  },
});
