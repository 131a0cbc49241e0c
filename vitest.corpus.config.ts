import { defineConfig } from 'vitest/config';

// The corpus build's output checks (npm run test:corpus builds dist-corpus/ first).
export default defineConfig({
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
