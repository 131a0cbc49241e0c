import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from './parse.ts';
import { catalogPath, type Catalog, type Catalogs } from './types.ts';

/**
 * Loads every catalog under `<root>/content/i18n/<lang>/<namespace>.json` (Node only: build time, CLIs, tests).
 * Languages and namespaces are whatever folders and files exist, so a new namespace needs no code. Throws a
 * ContentError naming file, key and line for the first invalid file.
 */
export function loadCatalogs(root: string): Catalogs {
  const base = join(root, 'content/i18n');
  if (!existsSync(base)) throw new Error(`No catalogs: ${base} does not exist`);
  const catalogs: Record<string, Record<string, Catalog>> = {};
  const langs = readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const lang of langs) {
    const namespaces: Record<string, Catalog> = {};
    for (const name of readdirSync(join(base, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const namespace = name.slice(0, -'.json'.length);
      const file = catalogPath(lang, namespace);
      namespaces[namespace] = parseCatalog(file, namespace, readFileSync(join(root, file), 'utf8'));
    }
    catalogs[lang] = namespaces;
  }
  return catalogs;
}
