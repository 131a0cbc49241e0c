import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI = 'src/simulator/ui';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every module specifier a file imports, statically or dynamically. */
function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:^import[^'"]*from\s+|^import\s+|import\()\s*'([^']+)'/gm)].map((m) => m[1]!);
}

describe('the simulator UI', () => {
  it('reaches the domain only through the store (ui -> store -> domain), and no UI library', () => {
    const allowed = /^(\.\.?\/(?!.*domain\/)|react$|react-dom|zustand$)/;
    const bad = files(UI).flatMap((file) => imports(file).filter((from) => !allowed.test(from)).map((from) => `${file}: ${from}`));
    expect(bad).toEqual([]);
    const reachesStore = files(UI).flatMap(imports).filter((from) => /\/store\/(?!index\.ts$)/.test(from));
    expect(reachesStore, 'components import the store’s public index only').toEqual([]);
  });

  it('ships no icon library: Tilbud/Sync’s icon is server-rendered and passed in as a slot', () => {
    const all = files(UI).flatMap(imports);
    expect(all.filter((from) => from.includes('phosphor'))).toEqual([]);
  });

  it('loads the English catalog and the stored-state checks lazily', () => {
    expect(readFileSync(join(UI, 'i18n.ts'), 'utf8')).toMatch(/import\('\.\.\/\.\.\/\.\.\/content\/i18n\/en\/sim\.json'\)/);
    expect(files(UI).flatMap(imports).filter((from) => from.includes('/en/'))).toEqual(['../../../content/i18n/en/sim.json']);
    const persistence = readFileSync('src/simulator/store/persistence.ts', 'utf8');
    expect(persistence).toMatch(/import\('\.\/stored-checks\.ts'\)/);
    expect(persistence).not.toMatch(/^import [^t][^']*'\.\/stored-checks\.ts'/m);
    expect(readFileSync('src/simulator/store/migrations.ts', 'utf8')).not.toMatch(/^import (?!type)[^']*persisted-state/m);
  });
});

describe('the catalogs the UI reads', () => {
  const nb: Record<string, string> = JSON.parse(readFileSync('content/i18n/nb/sim.json', 'utf8'));
  it('hold every literal sim.ui key the components use', () => {
    const used = files(UI).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(sim\.(?:ui|test|notice)\.[a-zA-Z.-]+[a-zA-Z])'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((key) => !(key in nb))).toEqual([]);
  });
});
