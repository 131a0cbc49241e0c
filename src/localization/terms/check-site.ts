import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseScenario } from '../../schemas/scenario.ts';
import { loadNamespace } from '../../loaders/catalogs.ts';
import { SOURCE_LANG } from '../catalogs/types.ts';
import { checkTexts, type PageSource } from './check-texts.ts';
import { readDocsRootPages } from './docs-root-pages.ts';
import type { Finding } from './finding.ts';
import { catalogLabels, scenarioLabels, termLabels, type Label } from './labels.ts';
import { parseTermBase, TERMS_FILE } from './parse-terms.ts';
import type { TermBase } from './schema.ts';

const DOCS_DIR = 'content/docs';
const SCENARIO_DIR = 'content/scenarios';
/** Not a scenario: the named starting states that point into scenarios. */
const NOT_SCENARIOS = new Set(['situations.yaml']);

/**
 * The pages: every .mdx under content/docs, and the .md files pages include (content/docs/.../includes), whose
 * text readers see inside several pages. Each is checked once, under its own path.
 */
export function readPages(root: string): PageSource[] {
  return readdirSync(join(root, DOCS_DIR), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .map((file) => `${DOCS_DIR}/${file.split('\\').join('/')}`)
    .sort()
    .map((path) => ({ path, source: readFileSync(join(root, path), 'utf8') }));
}

/** Every label a bold UI term may name: the simulator catalog, the scenarios' fields, the term base's ui terms. */
export function readLabels(root: string, base: TermBase, termsSource: string): Label[] {
  // Only the simulator's source catalogs (sim.json, sim.dialog.json, sim.tools.json): a problem in another catalog
  // is the catalog tests' to report.
  const catalogs = loadNamespace(root, SOURCE_LANG, 'sim');
  const syncTemplate = catalogs.map((c) => c.messages['sim.ui.mapping.sync']).find((text) => text !== undefined);
  const scenarios = readdirSync(join(root, SCENARIO_DIR))
    .filter((f) => f.endsWith('.yaml') && !NOT_SCENARIOS.has(f))
    .sort()
    .flatMap((f) => {
      const file = `${SCENARIO_DIR}/${f}`;
      const source = readFileSync(join(root, file), 'utf8');
      return scenarioLabels(parseScenario(parse(source), file, source), file, source, syncTemplate);
    });
  return [
    ...catalogs.flatMap((catalog) => catalogLabels(catalog)),
    ...scenarios,
    ...termLabels(base, TERMS_FILE, termsSource),
  ];
}

/** The term base of a site; throws a ContentError naming file, field and line when it is invalid. */
export function readTermBase(root: string): { base: TermBase; source: string } {
  const source = readFileSync(join(root, TERMS_FILE), 'utf8');
  return { base: parseTermBase(source, TERMS_FILE), source };
}

/**
 * Runs the term checker on a site (Node only: the CLI, the review page at build time, tests): reads the pages (and
 * those of the docs root, when the build is given one: their findings are warnings),
 * the term base, the catalogs and the scenarios under `root`, and returns the findings sorted by page and line.
 */
export function checkSite(root = '.', env: NodeJS.ProcessEnv = process.env): Finding[] {
  const { base, source } = readTermBase(root);
  const docsRoot = readDocsRootPages(env);
  const fromDocsRoot = new Set(docsRoot.map((page) => page.path));
  const findings = checkTexts([...readPages(root), ...docsRoot], base, readLabels(root, base, source));
  // The docs root covers every screen of the product; a bold name with no simulator label near it is about a
  // screen the simulator does not have, so only those near a label (a suggestion) concern the team here.
  return findings.filter((f) => !(fromDocsRoot.has(f.page) && f.kind === 'unknown-ui-term' && !f.suggestion));
}
