import { FINDING_KINDS, type Finding } from './finding.ts';
import { pluralForm } from '../../i18n/plural.ts';

const plural = (n: number, one: string, many: string) => `${n} ${pluralForm(n) === 'one' ? one : many}`;

/**
 * The findings as the CLI prints them, grouped by file: a heading per file, then one line per finding,
 * `file:line  kind  text -> suggestion`, with the severity and the Norwegian explanation under it, and a
 * summary with the count per kind at the end.
 */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'Termkontrollen fant ingenting å melde.\n';
  const out: string[] = [];
  for (const [page, onPage] of Map.groupBy(findings, (f) => f.page)) {
    const errors = onPage.filter((f) => f.severity === 'error').length;
    out.push(`${page} (${plural(errors, 'feil', 'feil')}, ${plural(onPage.length - errors, 'advarsel', 'advarsler')})`);
    for (const f of onPage) {
      out.push(`  ${f.page}:${f.line}  ${f.kind}  ${f.text} -> ${f.suggestion || '(ingen forslag)'}`);
      out.push(`      ${f.severity === 'error' ? 'feil' : 'advarsel'}: ${f.message}`);
    }
    out.push('');
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const perKind = FINDING_KINDS.map((kind) => [kind, findings.filter((f) => f.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind}: ${n}`)
    .join(', ');
  out.push(
    `${plural(errors, 'feil', 'feil')}, ${plural(findings.length - errors, 'advarsel', 'advarsler')} (${perKind})`,
  );
  return `${out.join('\n')}\n`;
}
