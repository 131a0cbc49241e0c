import { readFileSync, statSync } from 'node:fs';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { isJsxElement, jsxAttribute } from './jsx.ts';
import { fail } from './origin.ts';
import { didYouMean } from './suggest.ts';

/** Options of {@link remarkSimulatorLinks}. */
export interface SimulatorLinksOptions {
  /** The situations file whose ids `<TryInSimulator situation>` may name. Default: content/scenarios/situations.yaml. */
  situationsFile?: string;
}

let cache: { file: string; modified: number; ids: string[] } | undefined;

/** The situation ids of the file, read again only when it changes (so `astro dev` sees a new situation). */
function situationIds(file: string): string[] {
  const modified = statSync(file).mtimeMs;
  if (cache?.file !== file || cache.modified !== modified) {
    const data: unknown = parse(readFileSync(file, 'utf8'));
    const ids = typeof data === 'object' && data !== null ? Object.keys(data) : [];
    cache = { file, modified, ids };
  }
  return cache.ids;
}

/**
 * Checks `<TryInSimulator situation="..." />` where it is written: a missing attribute or an id that is not in
 * the situations file fails naming the file and line (the component checks again when it renders, but by then
 * only the page's address is known). Whether each situation can be reached is checked where situations are loaded.
 */
export function remarkSimulatorLinks(options: SimulatorLinksOptions = {}) {
  const situationsFile = options.situationsFile ?? 'content/scenarios/situations.yaml';
  return function transform(tree: Root, file: VFile): void {
    visit(tree, (node) => {
      if (!isJsxElement(node, 'TryInSimulator')) return;
      const id = jsxAttribute(node, 'situation');
      const ids = situationIds(situationsFile);
      if (id === undefined || id === '')
        fail(file, node, `<TryInSimulator> needs situation="<id>", one of: ${ids.join(', ')}.`, 'simulator:situation');
      if (!ids.includes(id)) {
        const reason = `<TryInSimulator situation="${id}" /> names no situation in ${situationsFile}.${didYouMean(id, ids)}`;
        fail(file, node, `${reason} Known: ${ids.join(', ')}.`, 'simulator:situation');
      }
    });
  };
}
