import { defineConfig } from 'vitest/config';

/** `npm run bench` only: measurements, never part of `npm test`. */
export default defineConfig({
  test: { include: ['tests/bench/**/*.bench.ts'], reporters: ['dot'], silent: false },
});
