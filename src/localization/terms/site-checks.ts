import type { BoldUse, FormUse } from './check-page.ts';
import { SEVERITY, type Finding } from './finding.ts';
import type { Label } from './labels.ts';
import { isOtherFormOf } from './similarity.ts';
import { pluralForm } from '../../i18n/plural.ts';

const pages = (n: number) => `${n} ${pluralForm(n) === 'one' ? 'side' : 'sider'}`;
const places = (uses: ReadonlyArray<{ page: string; line: number }>, limit = 3) =>
  uses
    .slice(0, limit)
    .map((u) => `${u.page}:${u.line}`)
    .join(', ') + (uses.length > limit ? ` og ${uses.length - limit} til` : '');

/**
 * inconsistent-concept: a concept called by two or more of its accepted names (its `nb` and its `variants`)
 * across the site. Reported once per page and name, at the first use, for every name other than the preferred
 * one. Avoided variants are not counted here: each use of one is already an avoid-variant finding.
 */
export function inconsistentConcepts(uses: readonly FormUse[]): Finding[] {
  const byTerm = Map.groupBy(uses, (use) => use.entry.term.id);
  const findings: Finding[] = [];
  for (const termUses of byTerm.values()) {
    const byForm = Map.groupBy(termUses, (use) => use.entry.form);
    if (byForm.size < 2) continue;
    const term = termUses[0]!.entry.term;
    const summary = [...byForm]
      .map(([form, list]) => `«${form}» (${pages(new Set(list.map((u) => u.page)).size)})`)
      .join(', ');
    for (const [form, list] of byForm) {
      if (form === term.nb) continue;
      for (const [page, onPage] of Map.groupBy(list, (use) => use.page)) {
        const first = onPage[0]!;
        const more =
          onPage.length > 1 ? ` (og ${onPage.length - 1} gang${onPage.length > 2 ? 'er' : ''} til på siden)` : '';
        const message = `Begrepet har flere navn på nettstedet: ${summary}. Her står «${first.text}»${more}. Velg ett navn; termlisten foretrekker «${term.nb}». ${term.note}`;
        findings.push({
          kind: 'inconsistent-concept',
          severity: SEVERITY['inconsistent-concept'],
          page,
          line: first.line,
          column: first.column,
          text: first.text,
          suggestion: term.nb,
          message,
          termId: term.id,
        });
      }
    }
  }
  return findings;
}

/**
 * unused-label: a label of the simulator (catalog or scenario) that no page names as written, while pages do name
 * something that looks like another form of it, for example the pages bold **Test ERP-tilkobling** and the button
 * says «Test tilkobling». Reported at the label's own file and line, suggesting the form the pages use; the team
 * decides which side to change.
 */
export function unusedLabels(labels: readonly Label[], bold: readonly BoldUse[]): Finding[] {
  const simulator = labels.filter((l) => l.origin !== 'terms');
  const simulatorTexts = new Set(simulator.map((l) => l.text));
  const named = new Set(bold.map((b) => b.text));
  const findings: Finding[] = [];
  for (const label of simulator) {
    if (named.has(label.text)) continue;
    const others = bold.filter((b) => !simulatorTexts.has(b.text) && isOtherFormOf(label.text, b.text));
    if (others.length === 0) continue;
    const byText = [...Map.groupBy(others, (b) => b.text)].sort((a, b) => b[1].length - a[1].length);
    const [form, uses] = byText[0]!;
    const message = `Simulatoren viser «${label.text}» (${label.ref}), men ingen side bruker den formen. Sidene skriver **${form}** (${places(uses)}). Bruk samme navn i sidene og i simulatoren.`;
    findings.push({
      kind: 'unused-label',
      severity: SEVERITY['unused-label'],
      page: label.file,
      line: label.line ?? 1,
      text: label.text,
      suggestion: form,
      message,
    });
  }
  return findings;
}
