import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The arrows point one way (ui -> store -> domain), and what ships to the browser stays small. */
function importsOf(dir: string): Array<{ file: string; from: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(`${dir}/${file}`, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => ({
        file,
        from: m[1]!,
      })),
    );
}

describe('module boundaries', () => {
  it('keeps the domain free of frameworks, schemas, storage and the layers above it', () => {
    const bad = importsOf('src/simulator/domain').filter(({ from }) => !from.startsWith('./'));
    expect(bad).toEqual([]);
  });

  it('lets the store use only the domain, zustand, zod/mini schemas and i18n types, never React, yaml or node', () => {
    const allowed =
      /^(\.\/|\.\.\/domain\/|\.\.\/\.\.\/schemas\/persisted-state\.ts$|\.\.\/\.\.\/i18n\/translate\.ts$|zustand\/(vanilla|middleware)$)/;
    const bad = importsOf('src/simulator/store').filter(({ from }) => !allowed.test(from));
    expect(bad).toEqual([]);
    expect(readFileSync('src/schemas/persisted-state.ts', 'utf8')).toMatch(/^import \* as z from 'zod\/mini';$/m);
  });

  it('keeps the list’s part of the domain apart from the dialog’s: its modules import only each other (types aside)', () => {
    const bad = SHELL_DOMAIN.flatMap((file) =>
      valueImportsOf(`src/simulator/domain/${file}`)
        .filter((from) => !SHELL_DOMAIN.includes(from.replace(/^\.\//, '')))
        .map((from) => `${file}: ${from}`),
    );
    expect(bad).toEqual([]);
  });

  it('lets the store’s first-load modules reach only the list’s part of the domain, and never through its index', () => {
    // The bundler counts every module the domain's index re-exports to anyone (the exercises, the dialog) as
    // reachable from each importer of the index: one value import of it would put the dialog's rules,
    // validation and connection test back into the island's first load.
    const firstLoad = readdirSync('src/simulator/store').filter((f) => f.endsWith('.ts') && !STORE_LAZY.includes(f));
    const bad = firstLoad.flatMap((file) =>
      valueImportsOf(`src/simulator/store/${file}`)
        .filter((from) => from.startsWith('../domain/') && !SHELL_DOMAIN.includes(from.slice('../domain/'.length)))
        .map((from) => `${file}: ${from}`),
    );
    expect(bad).toEqual([]);
  });
});

/** The domain modules the island's first load carries: everything around the dialog (see shell-reducer.ts). */
const SHELL_DOMAIN = [
  'commands.ts',
  'draft.ts',
  'lookup.ts',
  'navigation.ts',
  'result.ts',
  'selection-rule.ts',
  'shell-reducer.ts',
  'state.ts',
];
/** Store modules that are downloaded on need (the dialog's, the stored-state checks') or bundled by other pages. */
const STORE_LAZY = [
  'complete-domain.ts',
  'dialog-domain.ts',
  'dialog-selectors.ts',
  'dialog.ts',
  'migrations.ts',
  'stored-checks.ts',
];

/** What a file imports or re-exports for its values: type-only imports are erased and do not count. */
function valueImportsOf(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/^(?:import|export) (?!type )[^'"]*from\s+'([^']+)'/gm)].map(
    (m) => m[1]!,
  );
}
