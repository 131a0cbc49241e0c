import { resolve } from 'node:path';
import { checkSite } from './check-site.ts';
import type { Finding } from './finding.ts';

/**
 * The term check of a site, started ahead of time (see src/integrations/early-term-check.ts), shared through
 * `globalThis` because Astro runs integrations and pages in separate module graphs of the same process.
 */
const KEY = Symbol.for('erp-hjelp.early-term-check');

interface Started {
  root: string;
  findings: Promise<Finding[] | undefined>;
}

type Shared = Record<symbol, Started | undefined>;

/** Records a term check of `root` started elsewhere; it resolves to undefined if it could not finish. */
export function setEarlyTermCheck(root: string, findings: Promise<Finding[] | undefined>): void {
  (globalThis as Shared)[KEY] = { root, findings };
}

/**
 * The term findings of the site in `root`: those of the check started ahead of time when there is one for this
 * root, else (or when that one failed) from checking now, which throws what the checker throws.
 */
export async function termFindings(root: string): Promise<Finding[]> {
  const started = (globalThis as Shared)[KEY];
  const findings = started && resolve(started.root) === resolve(root) ? await started.findings : undefined;
  return findings ?? checkSite(root);
}
