import { execFileSync } from 'node:child_process';

/** Store throughput (actions per second) through vitest's bench runner, which compiles the TypeScript store. */
export async function measureStore() {
  console.log('\nStore throughput (vanilla store through getState(), no React)');
  execFileSync('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts'], { stdio: 'inherit' });
}
