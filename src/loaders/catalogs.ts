import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../schemas/friendly-error.ts';
import { parseCatalog } from '../localization/catalogs/parse.ts';
import { catalogPath, namespaceOf, type Catalog, type Catalogs } from '../localization/catalogs/types.ts';

/** The catalog names (file names without `.json`) of one language folder, sorted: `sim` before `sim.dialog`. */
function catalogNames(base: string, lang: string): string[] {
  return readdirSync(join(base, lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Parses one catalog file; its keys must start with its namespace. */
function readCatalog(root: string, lang: string, name: string): Catalog {
  const file = catalogPath(lang, name);
  return parseCatalog(file, namespaceOf(name), readFileSync(join(root, file), 'utf8'));
}

/** Refuses a key written in two files of one namespace: which text wins would depend on the loading order. */
function checkSplitNamespaces(namespaces: Readonly<Record<string, Catalog>>): void {
  const seen = new Map<string, Catalog>();
  for (const [name, catalog] of Object.entries(namespaces)) {
    const problems = Object.keys(catalog.messages).flatMap((key) => {
      const other = seen.get(`${namespaceOf(name)}\n${key}`);
      seen.set(`${namespaceOf(name)}\n${key}`, catalog);
      return other
        ? [
            {
              field: key,
              line: catalog.lines[key],
              message: `this key is also in ${other.file}; keep it in one file of the namespace`,
            },
          ]
        : [];
    });
    if (problems.length > 0) throw new ContentError(catalog.file, problems);
  }
}

/**
 * Loads every catalog under `<root>/content/i18n/<lang>/<name>.json` (Node only: build time, CLIs, tests).
 * Languages and catalogs are whatever folders and files exist, so a new namespace, or a new file of one, needs no
 * code. Throws a ContentError naming file, key and line for the first invalid file, and for a key that two files
 * of one namespace both hold.
 */
export function loadCatalogs(root: string): Catalogs {
  const base = join(root, 'content/i18n');
  if (!existsSync(base)) throw new Error(`No catalogs: ${base} does not exist`);
  const catalogs: Record<string, Record<string, Catalog>> = {};
  const langs = readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const lang of langs) {
    const namespaces: Record<string, Catalog> = {};
    for (const name of catalogNames(base, lang)) namespaces[name] = readCatalog(root, lang, name);
    checkSplitNamespaces(namespaces);
    catalogs[lang] = namespaces;
  }
  return catalogs;
}

/** The catalogs of one namespace in one language (`sim.json`, `sim.dialog.json`), without reading the others. */
export function loadNamespace(root: string, lang: string, namespace: string): Catalog[] {
  const base = join(root, 'content/i18n');
  if (!existsSync(join(base, lang))) return [];
  return catalogNames(base, lang)
    .filter((name) => namespaceOf(name) === namespace)
    .map((name) => readCatalog(root, lang, name));
}
