/**
 * Localization tooling for build time and the CLIs (Node): the term checker, the catalogs, XLIFF exchange. The
 * browser needs only the pseudo-locale: import `./pseudo.ts` directly, so no Node module reaches a bundle.
 */
export { checkSite, readLabels, readPages, readTermBase } from './terms/check-site.ts';
export { checkTexts, type PageSource } from './terms/check-texts.ts';
export {
  FINDING_KINDS,
  SEVERITY,
  sortFindings,
  type Finding,
  type FindingKind,
  type Severity,
} from './terms/finding.ts';
export { formatFindings } from './terms/format.ts';
export type { Label } from './terms/labels.ts';
export { parseTermBase, TERMS_FILE } from './terms/parse-terms.ts';
export type { Term, TermBase } from './terms/schema.ts';
export { loadCatalogs, loadNamespace } from '../loaders/catalogs.ts';
export { parseCatalog } from './catalogs/parse.ts';
export { missingKeys, type MissingKey } from './catalogs/missing-keys.ts';
export { placeholderMismatches, placeholdersOf, type PlaceholderMismatch } from './catalogs/placeholders.ts';
export { serializeCatalog } from './catalogs/serialize.ts';
export {
  catalogPath,
  namespaceCatalogs,
  namespaceMessages,
  namespaceOf,
  SOURCE_LANG,
  type Catalog,
  type Catalogs,
} from './catalogs/types.ts';
export { DEFAULT_PAIR, exportXliff, type LanguagePair } from './xliff/export.ts';
export { importXliff, type ChangedText } from './xliff/import.ts';
export { XliffImportError, type XliffProblem } from './xliff/import-error.ts';
export { pseudoCatalog, pseudoLocalize } from '../i18n/pseudo.ts';
