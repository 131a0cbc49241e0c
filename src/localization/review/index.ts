import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, routeForDocPath } from '../../navigation/routes.ts';
import type { Situations } from '../../schemas/situation.ts';
import type { Scenario } from '../../simulator/store/index.ts';
import { loadCatalogs } from '../../loaders/catalogs.ts';
import { namespaceOf, type Catalogs } from '../catalogs/types.ts';
import { termFindings } from '../terms/early-check.ts';
import { timed, timedSync } from '../../markdown/timings.ts';
import { docsRootSettings } from '../../loaders/docs-root/config.ts';
import { displayPath } from '../../markdown/origin.ts';
import type { Finding } from '../terms/finding.ts';
import { hardcodedTexts, type HardcodedText } from './hardcoded.ts';
import { keyUsage, type KeyLiteral } from './key-usage.ts';
import { LIMITS_FILE, limitFinder, parseLimits } from './limits.ts';
import { simulatorViews } from './simulator-views.ts';
import { codeFiles, readSources } from './source-scan.ts';
import { statusCounts, stringRows, type StringRow, type StringStatus } from './strings.ts';

/**
 * The review page's data (/oversettelse/), computed at build time from the catalogs, the code, the content and
 * the simulator itself. Node only.
 */

export { markerHref, type SimulatorView } from './simulator-views.ts';
export { STRING_STATUSES, type StringRow, type StringStatus } from './strings.ts';
export type { KeyReference } from './key-usage.ts';
export type { HardcodedText } from './hardcoded.ts';

/** Where code that may use keys lives: all of src. */
export const CODE_DIR = 'src';

/** Where a user-visible string must come from a catalog: component and page files. */
export const COMPONENT_SCOPE: ReadonlyArray<{ dir: string; ext: string }> = [
  { dir: 'src/simulator/ui', ext: '.tsx' },
  { dir: 'src/exercises/ui', ext: '.tsx' },
  { dir: 'src/components', ext: '.astro' },
  { dir: 'src/layouts', ext: '.astro' },
  { dir: 'src/pages', ext: '.astro' },
];

/** The component files of COMPONENT_SCOPE that exist under `root`. */
export function componentFiles(root: string): string[] {
  return COMPONENT_SCOPE.flatMap(({ dir, ext }) => codeFiles(root, dir).filter((file) => file.endsWith(ext)));
}

/** The term findings of one file, with the page's address when the file is a page. */
export interface FindingGroup {
  file: string;
  route?: string;
  findings: Finding[];
}

/** The address of a page file (the site's own, or the docs root's), or undefined for anything else. */
function routeOfFile(file: string, docsRoot: string | undefined): string | undefined {
  if (file.startsWith(`${DOCS_DIR}/`) && file.endsWith('.mdx')) return routeForDocPath(file.slice(DOCS_DIR.length + 1));
  if (!docsRoot || !file.startsWith(`${docsRoot}/`) || !/\.mdx?$/.test(file)) return undefined;
  const below = file.slice(docsRoot.length + 1);
  return /(^|\/)(includes|snippets)\//.test(below) ? undefined : routeForDocPath(below);
}

/** Findings by file, in the checker's order. */
export function groupFindings(findings: readonly Finding[], env: NodeJS.ProcessEnv = process.env): FindingGroup[] {
  const settings = docsRootSettings(env);
  const docsRoot = settings && displayPath(settings.root);
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const page = finding.page;
    const route = routeOfFile(page, docsRoot);
    const group = groups.get(page) ?? { file: page, ...(route ? { route } : {}), findings: [] };
    group.findings.push(finding);
    groups.set(page, group);
  }
  return [...groups.values()];
}

export interface Review {
  catalogs: Catalogs;
  strings: StringRow[];
  counts: Record<StringStatus, number>;
  /** Strings in code that look like keys but are in no catalog. */
  unknownKeys: KeyLiteral[];
  /** User-visible text written into components instead of a catalog. */
  hardcoded: HardcodedText[];
  findings: Finding[];
  findingGroups: FindingGroup[];
}

/** Everything the review page shows. `scenario` is the simulator's (the one /simulator/ runs). */
export async function buildReview(
  root: string,
  simulator: { scenario: Scenario; situations: Situations },
): Promise<Review> {
  const catalogs = loadCatalogs(root);
  const namespaces = [
    ...new Set(Object.values(catalogs).flatMap((byName) => Object.keys(byName).map(namespaceOf))),
  ].sort();
  const keys = [
    ...new Set(
      Object.values(catalogs).flatMap((byName) => Object.values(byName).flatMap((c) => Object.keys(c.messages))),
    ),
  ];
  const sources = timedSync('review page: read code', () => readSources(root, codeFiles(root, CODE_DIR)));
  const usage = keyUsage(root, sources, keys, namespaces);
  const limitOf = limitFinder(parseLimits(readFileSync(join(root, LIMITS_FILE), 'utf8')));
  const views = await timed('review page: simulator views', () =>
    simulatorViews(simulator.scenario, simulator.situations),
  );
  const strings = stringRows({ catalogs, usage: usage.byKey, limitOf, views });
  const components = new Set(componentFiles(root));
  const hardcoded = sources.filter((s) => components.has(s.file)).flatMap(hardcodedTexts);
  // Usually started when the build started (src/integrations/early-term-check.ts), so this only waits for it.
  const findings = await timed('review page: term check', () => termFindings(root));
  return {
    catalogs,
    strings,
    counts: statusCounts(strings),
    unknownKeys: usage.unknown,
    hardcoded,
    findings,
    findingGroups: groupFindings(findings),
  };
}
