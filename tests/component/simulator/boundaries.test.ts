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
    const bad = files(UI).flatMap((file) =>
      imports(file)
        .filter((from) => !allowed.test(from))
        .map((from) => `${file}: ${from}`),
    );
    expect(bad).toEqual([]);
    const reachesStore = files(UI).flatMap((file) =>
      imports(file)
        .filter((from) => from.includes('/store/'))
        // The dialog's components may import dialog.ts too: the dialog's selectors, which only their chunk carries.
        .filter(
          (from) =>
            !from.endsWith('/store/index.ts') &&
            !(file.startsWith(join(UI, 'dialog')) && from.endsWith('/store/dialog.ts')),
        )
        .map((from) => `${file}: ${from}`),
    );
    expect(
      reachesStore,
      'components import the store’s public entries only (dialog.ts in the dialog’s components)',
    ).toEqual([]);
  });

  it('ships no icon library: Tilbud/Sync’s icon is server-rendered and passed in as a slot', () => {
    const all = files(UI).flatMap(imports);
    expect(all.filter((from) => from.includes('phosphor'))).toEqual([]);
  });

  it('loads the English catalog, the dialog’s texts and domain, and the stored-state checks lazily', () => {
    const i18n = readFileSync(join(UI, 'i18n.ts'), 'utf8');
    for (const catalog of ['en/sim.json', 'en/sim.dialog.json', 'nb/sim.dialog.json'])
      expect(i18n).toContain(`import('../../../content/i18n/${catalog}')`);
    expect(
      files(UI)
        .flatMap(imports)
        .filter((from) => from.includes('/en/') || from.includes('sim.dialog')),
    ).toEqual([
      '../../../content/i18n/nb/sim.dialog.json',
      '../../../content/i18n/en/sim.json',
      '../../../content/i18n/en/sim.dialog.json',
    ]);
    const loading = readFileSync('src/simulator/store/dialog-loading.ts', 'utf8');
    expect(loading).toMatch(/import\('\.\/dialog-domain\.ts'\)/);
    expect(loading).not.toMatch(/^import [^t][^']*'\.\/dialog-domain\.ts'/m);
    const persistence = readFileSync('src/simulator/store/persistence.ts', 'utf8');
    expect(persistence).toMatch(/import\('\.\/stored-checks\.ts'\)/);
    expect(persistence).not.toMatch(/^import [^t][^']*'\.\/stored-checks\.ts'/m);
    expect(readFileSync('src/simulator/store/migrations.ts', 'utf8')).not.toMatch(
      /^import (?!type)[^']*persisted-state/m,
    );
  });
});

describe('the catalogs the UI reads', () => {
  const around: Record<string, string> = JSON.parse(readFileSync('content/i18n/nb/sim.json', 'utf8'));
  const dialog: Record<string, string> = JSON.parse(readFileSync('content/i18n/nb/sim.dialog.json', 'utf8'));
  const usedIn = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/'(sim\.(?:ui|test|notice)\.[a-zA-Z.-]+[a-zA-Z])'/g)].map((m) => m[1]!);

  it('hold every literal sim.ui key the components use: the first load’s in sim.json, the dialog’s in either file', () => {
    const inDialog = (file: string) => file.startsWith(join(UI, 'dialog'));
    const first = files(UI)
      .filter((file) => !inDialog(file))
      .flatMap(usedIn);
    const later = files(UI).filter(inDialog).flatMap(usedIn);
    expect(first.length + later.length).toBeGreaterThan(40);
    expect(
      first.filter((key) => !(key in around)),
      'the island’s first load carries sim.json only',
    ).toEqual([]);
    expect(later.filter((key) => !(key in around) && !(key in dialog))).toEqual([]);
  });
});
