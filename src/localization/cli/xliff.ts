// XLIFF 2.0 exchange with translators (npm run xliff -- export out.xlf | import in.xlf):
//   export <out.xlf>  writes every catalog as XLIFF 2.0, nb source and en target
//   import <in.xlf>   checks the whole file first, then writes content/i18n/en/*.json; a file with any problem
//                     writes nothing and exits 1 with the list of problems (the first 20 and a count)
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../../schemas/friendly-error.ts';
import { loadCatalogs } from '../../loaders/catalogs.ts';
import { serializeCatalog } from '../catalogs/serialize.ts';
import { LIMITS_FILE, limitFinder, parseLimits } from '../review/limits.ts';
import { DEFAULT_PAIR, exportXliff } from '../xliff/export.ts';
import { importXliff } from '../xliff/import.ts';
import { XliffImportError } from '../xliff/import-error.ts';
import { excerpt, formatBytes, XLIFF_MAX_FILE_BYTES } from '../xliff/sizes.ts';

const root = process.cwd();
const [command, file] = process.argv.slice(2);

/** Changed texts listed after an import at most; the rest are counted. */
const LISTED = 20;

/** A problem with the command line or the file itself: one line, no stack. */
class UsageError extends Error {}

/** The file's text, after checking it is a file of a sane size (checked before reading, so a huge file is not). */
function readImportFile(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`Cannot import ${path}: it is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `Cannot import ${path}: ${code === 'ENOENT' ? 'there is no such file' : `it cannot be read (${code ?? 'unknown error'})`}.`,
    );
  }
  if (size > XLIFF_MAX_FILE_BYTES)
    throw new UsageError(
      `Cannot import ${path}: it is ${formatBytes(size)}; an XLIFF file of the catalogs is far smaller, and at most ${formatBytes(XLIFF_MAX_FILE_BYTES)} is read. Nothing was changed.`,
    );
  return readFileSync(path, 'utf8');
}

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
  const xml = readImportFile(file);
  const limitsPath = join(root, LIMITS_FILE);
  const limits = existsSync(limitsPath) ? parseLimits(readFileSync(limitsPath, 'utf8')) : [];
  const { catalogs: updated, changed } = importXliff(xml, catalogs, DEFAULT_PAIR, limitFinder(limits));
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
  for (const c of changed.slice(0, LISTED))
    process.stdout.write(`  ${c.key}: ${c.before === undefined ? 'null' : excerpt(c.before)} -> ${excerpt(c.after)}\n`);
  if (changed.length > LISTED) process.stdout.write(`  ... and ${changed.length - LISTED} more\n`);
  return 0;
}

try {
  process.exitCode = run();
} catch (error) {
  const known = error instanceof XliffImportError || error instanceof ContentError || error instanceof UsageError;
  process.stderr.write(`${known ? error.message : ((error as Error).stack ?? String(error))}\n`);
  process.exitCode = 1;
}
