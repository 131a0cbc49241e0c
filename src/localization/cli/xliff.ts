// XLIFF 2.0 exchange with translators (npm run xliff -- export out.xlf | import in.xlf):
//   export <out.xlf>  writes every catalog as XLIFF 2.0, nb source and en target
//   import <in.xlf>   checks the whole file first, then writes content/i18n/en/*.json; a file with any problem
//                     writes nothing and exits 1 with the list of problems
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../../schemas/friendly-error.ts';
import { loadCatalogs } from '../../loaders/catalogs.ts';
import { serializeCatalog } from '../catalogs/serialize.ts';
import { DEFAULT_PAIR, exportXliff } from '../xliff/export.ts';
import { importXliff } from '../xliff/import.ts';
import { XliffImportError } from '../xliff/import-error.ts';

const root = process.cwd();
const [command, file] = process.argv.slice(2);

/** Write next to the file and rename, so a crash half-way never leaves a catalog cut off. */
function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

function run(): number {
  if ((command !== 'export' && command !== 'import') || !file) {
    process.stderr.write('Usage: node src/localization/cli/xliff.ts export <out.xlf> | import <in.xlf>\n');
    return 2;
  }
  const catalogs = loadCatalogs(root);
  if (command === 'export') {
    writeFileSync(file, exportXliff(catalogs, DEFAULT_PAIR));
    const units = Object.values(catalogs[DEFAULT_PAIR.source] ?? {}).reduce(
      (n, c) => n + Object.keys(c.messages).length,
      0,
    );
    process.stdout.write(
      `Wrote ${file}: ${units} units, ${DEFAULT_PAIR.source} -> ${DEFAULT_PAIR.target} (XLIFF 2.0)\n`,
    );
    return 0;
  }
  const { catalogs: updated, changed } = importXliff(readFileSync(file, 'utf8'), catalogs, DEFAULT_PAIR);
  for (const catalog of Object.values(updated[DEFAULT_PAIR.target] ?? {})) {
    const text = serializeCatalog(catalog);
    const path = join(root, catalog.file);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (text !== current) writeAtomically(path, text);
  }
  process.stdout.write(`Imported ${file}: ${changed.length} text(s) changed\n`);
  for (const c of changed)
    process.stdout.write(`  ${c.key}: ${JSON.stringify(c.before ?? null)} -> ${JSON.stringify(c.after)}\n`);
  return 0;
}

try {
  process.exitCode = run();
} catch (error) {
  const known = error instanceof XliffImportError || error instanceof ContentError;
  process.stderr.write(`${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
  process.exitCode = 1;
}
