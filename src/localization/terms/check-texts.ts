import { checkPage } from './check-page.ts';
import { createContext } from './context.ts';
import { sortFindings, type Finding } from './finding.ts';
import type { Label } from './labels.ts';
import { readPageText } from './page-text.ts';
import type { TermBase } from './schema.ts';
import { inconsistentConcepts, unusedLabels } from './site-checks.ts';

/** A page's path from the project root and its source text, frontmatter included. */
export interface PageSource {
  path: string;
  source: string;
  /** Written by others (a docs root's pages): its findings are warnings, like those of pages in `asWritten`. */
  asWritten?: boolean;
}

/**
 * The term checker over texts, with no file access: every finding for a set of pages, a term base and the
 * labels, sorted by file and line. Pages listed under `asWritten` get warnings only.
 */
export function checkTexts(pages: readonly PageSource[], base: TermBase, labels: readonly Label[]): Finding[] {
  const context = createContext(base, labels);
  const asWritten = new Set([...context.asWritten, ...pages.filter((p) => p.asWritten).map((p) => p.path)]);
  const results = pages.map((page) => checkPage(readPageText(page.path, page.source), context));
  const findings = [
    ...results.flatMap((r) => r.findings),
    ...inconsistentConcepts(results.flatMap((r) => r.forms)),
    ...unusedLabels(
      context.labels,
      results.flatMap((r) => r.bold),
    ),
  ];
  return sortFindings(
    findings.map((f) =>
      asWritten.has(f.page) && f.severity === 'error'
        ? {
            ...f,
            severity: 'warning' as const,
            message: `${f.message} (Siden står slik forfatteren skrev den, så funnet er en advarsel.)`,
          }
        : f,
    ),
  );
}
