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
    testTimeout: 20_000,
  },
});
