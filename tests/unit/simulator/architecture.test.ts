import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The arrows point one way (ui -> store -> domain), and what ships to the browser stays small. */
function importsOf(dir: string): Array<{ file: string; from: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(`${dir}/${file}`, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => ({ file, from: m[1]! })),
    );
}

describe('module boundaries', () => {
  it('keeps the domain free of frameworks, schemas, storage and the layers above it', () => {
    const bad = importsOf('src/simulator/domain').filter(({ from }) => !from.startsWith('./'));
    expect(bad).toEqual([]);
  });

  it('lets the store use only the domain, zustand, zod/mini schemas and i18n types, never React, yaml or node', () => {
    const allowed = /^(\.\/|\.\.\/domain\/|\.\.\/\.\.\/schemas\/persisted-state\.ts$|\.\.\/\.\.\/i18n\/translate\.ts$|zustand\/(vanilla|middleware)$)/;
    const bad = importsOf('src/simulator/store').filter(({ from }) => !allowed.test(from));
    expect(bad).toEqual([]);
    expect(readFileSync('src/schemas/persisted-state.ts', 'utf8')).toMatch(/^import \* as z from 'zod\/mini';$/m);
  });
});
