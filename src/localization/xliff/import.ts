import type { ParsedUnit } from 'xliff/xliff2js';
import { placeholdersOf, samePlaceholders } from '../catalogs/placeholders.ts';
import { layoutOf, serializeCatalog } from '../catalogs/serialize.ts';
import { catalogPath, namespaceMessages, namespaceOf, type Catalog, type Catalogs } from '../catalogs/types.ts';
import { textLength, type Limit } from '../review/limits.ts';
import { DEFAULT_PAIR, type LanguagePair } from './export.ts';
import { XliffImportError, type XliffProblem } from './import-error.ts';
import { countElements, readXliff2 } from './read-xliff.ts';
import { excerpt, repeatedUnitIds, XLIFF_MAX_FILE_BYTES, XLIFF_MAX_TEXT_CHARS, XLIFF_MAX_UNITS } from './sizes.ts';

/** A key whose translation the import changed or added. */
export interface ChangedText {
  /** The catalog (file) name: `sim`, `sim.dialog`. */
  catalog: string;
  key: string;
  before: string | undefined;
  after: string;
}

const braces = (names: string[]) => (names.length ? names.map((n) => `{${n}}`).join(' ') : 'none');

/** What a unit's target is checked against besides its source: the key's limit and the text it replaces. */
interface TargetRules {
  limit: Limit | undefined;
  old: string | undefined;
}

/** Checks one unit against the current source text; returns its translation, or undefined when it has none yet. */
function checkUnit(
  unit: ParsedUnit | undefined,
  current: string,
  pair: LanguagePair,
  rules: TargetRules,
  report: (message: string) => void,
): string | undefined {
  if (unit?.groupUnits) return void report('groups (<group>) are not supported; put the units directly in <file>');
  if (unit?.source === undefined) return void report('it has no <segment> with a <source>');
  if (typeof unit.source !== 'string' || (unit.target !== undefined && typeof unit.target !== 'string')) {
    return void report('inline markup (<ph>, <pc>, ...) is not supported; write placeholders as plain {name}');
  }
  if (unit.source !== current) {
    return void report(
      `its source text no longer matches the current ${pair.source} text; export again and translate the new text.\n      in the file: ${excerpt(unit.source)}\n      now:         ${excerpt(current)}`,
    );
  }
  const target = unit.target;
  if (target === undefined) return undefined;
  if (target.trim() === '' && current.trim() !== '')
    return void report('its <target> is empty; translate it, or remove the <target> to leave the text untranslated');
  if (!samePlaceholders(current, target, pair.target)) {
    return void report(
      `its placeholders changed: the source has ${braces(placeholdersOf(current))}, the target has ${braces(placeholdersOf(target))}. Keep every {placeholder} of the source as written`,
    );
  }
  const length = textLength(target);
  if (length > XLIFF_MAX_TEXT_CHARS)
    return void report(`its <target> has ${length} characters; a text may have at most ${XLIFF_MAX_TEXT_CHARS}`);
  // A text already over its limit in the catalog is the review page's business; a new one must fit.
  if (rules.limit && length > rules.limit.max && target !== rules.old)
    return void report(
      `its <target> has ${length} characters, over the limit of ${rules.limit.max} for ${rules.limit.pattern} (${rules.limit.where}) in content/i18n/limits.yaml; shorten the translation`,
    );
  return target;
}

/** The old texts of a namespace in the target language, and the keys the source has in any file of it. */
interface NamespaceTexts {
  oldTarget: Readonly<Record<string, string>>;
  source: Readonly<Record<string, string>>;
}

/**
 * The target catalog after the import: source keys in source order and grouping, each with its new translation or
 * its old one; keys only the target has stay at the end. A key the source keeps in another file of the namespace
 * moves there with its old translation (a namespace is split the same way in every language). With every
 * translation unchanged this is the same file.
 */
function updatedCatalog(
  source: Catalog,
  old: Catalog | undefined,
  translations: Record<string, string>,
  file: string,
  namespace: NamespaceTexts,
): Catalog {
  const oldMessages = old?.messages ?? {};
  const messages: Record<string, string> = {};
  for (const key of Object.keys(source.messages)) {
    const text = translations[key] ?? namespace.oldTarget[key];
    if (text !== undefined) messages[key] = text;
  }
  const extra = Object.keys(oldMessages).filter((key) => !Object.hasOwn(namespace.source, key));
  for (const key of extra) messages[key] = oldMessages[key]!;
  const groupStarts = [
    ...source.groupStarts.filter((k) => Object.hasOwn(messages, k)),
    ...(old?.groupStarts ?? []).filter((k) => extra.includes(k)),
  ];
  return { file, messages, groupStarts, lines: layoutOf(serializeCatalog({ messages, groupStarts })).lines };
}

/**
 * Imports a translated XLIFF 2.0 file into the catalogs of its target language. Pure: returns new catalogs (and
 * the texts that changed) and never touches the ones passed in or the disk; the caller decides to write.
 *
 * The whole file is refused with an XliffImportError listing every problem, naming file and unit, when it is not
 * XML or not XLIFF 2.0, names another language pair, has units for keys that do not exist or lacks units for keys
 * that do, carries a source text that is no longer the current one (the translation would be of an old text), or
 * changes a text's placeholders. A unit without `<target>` is untranslated and leaves its key as it was.
 *
 * Sizes are checked first, before the file is parsed (sizes.ts): the file, the number of units and each text. A
 * translation that changes must also fit its key's limit (`limitOf`, from content/i18n/limits.yaml). A unit id
 * written twice in a `<file>` is named. Messages quote texts as excerpts, never whole.
 */
export function importXliff(
  xml: string,
  catalogs: Catalogs,
  pair: LanguagePair = DEFAULT_PAIR,
  limitOf: (key: string) => Limit | undefined = () => undefined,
): { catalogs: Catalogs; changed: ChangedText[] } {
  if (xml.length > XLIFF_MAX_FILE_BYTES)
    throw new XliffImportError([
      {
        message: `it has ${xml.length} characters; an XLIFF file of the catalogs is far smaller, and at most ${XLIFF_MAX_FILE_BYTES} are read`,
      },
    ]);
  const units = countElements(xml, 'unit');
  if (units > XLIFF_MAX_UNITS)
    throw new XliffImportError([
      {
        message: `it has ${units} <unit> elements; the catalogs have far fewer keys, and at most ${XLIFF_MAX_UNITS} are read`,
      },
    ]);
  const document = readXliff2(xml);
  const problems: XliffProblem[] = [];
  if (document.sourceLanguage !== pair.source || document.targetLanguage !== pair.target) {
    const found = `srcLang="${document.sourceLanguage ?? ''}" trgLang="${document.targetLanguage ?? ''}"`;
    throw new XliffImportError([
      {
        message: `wrong language pair: the file has ${found}, expected srcLang="${pair.source}" trgLang="${pair.target}"`,
      },
    ]);
  }
  const source = catalogs[pair.source] ?? {};
  const translations: Record<string, Record<string, string>> = {};
  for (const [name, fileUnits] of Object.entries(document.resources)) {
    const catalog = source[name];
    if (!catalog) {
      const known = Object.keys(source).join(', ');
      problems.push({
        file: name,
        message: `there is no catalog ${catalogPath(pair.source, name)}; <file id> must be one of: ${known}`,
      });
      continue;
    }
    const found: Record<string, string> = (translations[name] = {});
    const oldTarget = namespaceMessages(catalogs, pair.target, namespaceOf(name));
    for (const [id, unit] of Object.entries(fileUnits)) {
      if (id === '_additionalElements') {
        problems.push({
          file: name,
          message: 'it holds elements other than <unit>; only units are allowed in a <file>',
        });
        continue;
      }
      if (!Object.hasOwn(catalog.messages, id)) {
        problems.push({
          file: name,
          unit: id,
          message: `there is no such key in ${catalog.file}; remove the unit or export again`,
        });
        continue;
      }
      const rules = { limit: limitOf(id), old: oldTarget[id] };
      const target = checkUnit(unit as ParsedUnit | undefined, catalog.messages[id]!, pair, rules, (message) =>
        problems.push({ file: name, unit: id, message }),
      );
      if (target !== undefined) found[id] = target;
    }
  }
  for (const [name, catalog] of Object.entries(source)) {
    const written = document.resources[name];
    if (!written) {
      problems.push({
        file: name,
        message: `the <file id="${name}"> with ${Object.keys(catalog.messages).length} units is missing`,
      });
      continue;
    }
    for (const key of Object.keys(catalog.messages)) {
      if (!Object.hasOwn(written, key))
        problems.push({ file: name, unit: key, message: `the unit is missing from <file id="${name}">` });
    }
  }
  for (const repeat of repeatedUnitIds(xml))
    problems.push({
      file: repeat.file,
      ...(repeat.unit === undefined
        ? { message: 'a <unit> has no id; give it the key it translates as id' }
        : {
            unit: repeat.unit,
            message: `it is written ${repeat.count} times in <file id="${repeat.file}">; keep one`,
          }),
    });
  if (countElements(xml, 'segment') > units)
    problems.push({ message: 'a unit has more than one <segment>; join the segments so each unit has one' });
  if (problems.length > 0) throw new XliffImportError(problems);

  const changed: ChangedText[] = [];
  const targetCatalogs: Record<string, Catalog> = { ...(catalogs[pair.target] ?? {}) };
  for (const [name, catalog] of Object.entries(source)) {
    const old = targetCatalogs[name];
    const found = translations[name] ?? {};
    const namespace = {
      oldTarget: namespaceMessages(catalogs, pair.target, namespaceOf(name)),
      source: namespaceMessages(catalogs, pair.source, namespaceOf(name)),
    };
    const updated = updatedCatalog(catalog, old, found, catalogPath(pair.target, name), namespace);
    if (!old && Object.keys(updated.messages).length === 0) continue;
    for (const [key, after] of Object.entries(found)) {
      const before = namespace.oldTarget[key];
      if (before !== after) changed.push({ catalog: name, key, before, after });
    }
    targetCatalogs[name] = updated;
  }
  return { catalogs: { ...catalogs, [pair.target]: targetCatalogs }, changed };
}
