import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Modules with zod/mini that pages import on demand. */
const LAZY = ['result-import.ts', 'run-storage.ts'];
const importsOf = (path: string) =>
  [...readFileSync(path, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);

describe('the exercise engine', () => {
  it('imports only itself, the simulator domain, t() and the Norwegian catalog: no framework, no store, no zod', () => {
    const allowed =
      /^(\.\/|\.\.\/\.\.\/simulator\/domain\/index\.ts$|\.\.\/\.\.\/i18n\/translate\.ts$|\.\.\/\.\.\/\.\.\/content\/i18n\/nb\/exercises\.json$)/;
    const bad = readdirSync('src/exercises/engine')
      .filter((f) => f.endsWith('.ts') && !LAZY.includes(f))
      .flatMap((f) =>
        importsOf(`src/exercises/engine/${f}`)
          .filter((from) => !allowed.test(from))
          .map((from) => `${f}: ${from}`),
      );
    expect(bad).toEqual([]);
  });

  it('reads result files and stored runs with zod/mini, in modules the barrel does not export (pages load them on demand)', () => {
    expect(importsOf('src/exercises/engine/result-import.ts')).toContain('../../schemas/exercise-result.ts');
    expect(importsOf('src/exercises/engine/run-storage.ts')).toContain('../../schemas/exercise-run.ts');
    for (const schema of ['exercise-result.ts', 'exercise-run.ts'])
      expect(importsOf(`src/schemas/${schema}`).filter((from) => from.startsWith('zod'))).toEqual(['zod/mini']);
    for (const lazy of LAZY) expect(importsOf('src/exercises/engine/index.ts')).not.toContain(`./${lazy}`);
  });
});
