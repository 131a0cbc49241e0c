import type { CheckContext } from './context.ts';
import { englishRuns, isEnglishLabel } from './english.ts';
import { SEVERITY, type Finding, type FindingKind } from './finding.ts';
import { isLabelLike } from './labels.ts';
import { matchesWhole } from './matcher.ts';
import type { PageText } from './page-text.ts';
import { otherForms } from './similarity.ts';
import { scanTerms, type FormEntry } from './term-index.ts';

/** Frontmatter `language` values that mean a Norwegian page (the source docs write `no`). */
const NORWEGIAN: ReadonlySet<string> = new Set(['no', 'nb', 'nn', 'nob', 'nno', 'nb-NO', 'nn-NO']);

/** A form of a concept used on a page (not an avoided one): the material for inconsistent-concept. */
export interface FormUse {
  entry: FormEntry;
  page: string;
  line: number;
  column: number;
  text: string;
}

/** A bold text that is taken for a UI label, known or not: the material for unused-label. */
export interface BoldUse {
  text: string;
  page: string;
  line: number;
  column: number;
}

/** What one page contributes: its own findings, and the uses the site-wide checks compare across pages. */
export interface PageResult {
  findings: Finding[];
  forms: FormUse[];
  bold: BoldUse[];
}

/**
 * Whether a bold text names a control. Pages also bold a defined term (**ERP-kobling**: ...), a lead-in ending in
 * a full stop or colon (**Legg til.**, **Merk:**) and words for emphasis (**ikke**, **Viktig**). The rule: a bold
 * text is a UI term when it is label-like (at most six words, no sentence punctuation, not ending in . : ! ?),
 * starts with a capital letter or digit as product labels do, is not an emphasis word from the term base, and is
 * not the name of a term-base concept marked as no label. A bold text that is a known label always counts.
 */
export function isUiTerm(text: string, context: CheckContext): boolean {
  if (context.labelTexts.has(text)) return true;
  if (!text || /[.:!?]$/.test(text) || !isLabelLike(text)) return false;
  if (!/^[("«]?[\p{Lu}\p{N}]/u.test(text)) return false;
  const lower = text.toLowerCase();
  return !context.emphasis.has(lower) && !context.conceptNames.has(lower);
}

function finding(
  kind: FindingKind,
  page: PageText,
  offset: number,
  fields: Pick<Finding, 'text' | 'suggestion' | 'message'> & { termId?: string },
): Finding {
  const { line, column } = page.position(offset);
  return { kind, severity: SEVERITY[kind], page: page.path, line, column, ...fields };
}

/** The label an unknown bold term most likely means, and why. */
function suggestLabel(text: string, context: CheckContext): { suggestion: string; why: string; termId?: string } {
  const avoided = context.index.find(
    (entry) => entry.role === 'avoid' && entry.term.ui && matchesWhole(entry.regex, text),
  );
  if (avoided) {
    const { term } = avoided;
    return {
      suggestion: term.nb,
      termId: term.id,
      why: `Termlisten sier «${text}» er en variant vi unngår; skjermbildet heter «${term.nb}».`,
    };
  }
  const [nearest] = otherForms(text, context.labelTexts);
  if (nearest) {
    const label = context.labels.find((l) => l.text === nearest)!;
    return {
      suggestion: nearest,
      termId: label.origin === 'terms' ? label.ref : undefined,
      why: `Mente du «${nearest}» (${label.file})?`,
    };
  }
  return {
    suggestion: '',
    why: 'Sjekk navnet i produktet. Stemmer det, legg det inn i content/terms.yaml med ui: true.',
  };
}

function checkBold(page: PageText, context: CheckContext, result: PageResult): Array<[number, number]> {
  const reported: Array<[number, number]> = [];
  for (const span of page.bold) {
    // Not normalizeLabel: a colon at the end of a bold text marks a lead-in (**Slik gjør du det:**), not a label.
    const text = span.text;
    if (!isUiTerm(text, context)) continue;
    const { line, column } = page.position(span.from);
    result.bold.push({ text, page: page.path, line, column });
    if (context.labelTexts.has(text)) continue;
    const { suggestion, why, termId } = suggestLabel(text, context);
    const message = `**${text}** ser ut som navnet på en knapp, et felt eller en fane, men ingen etikett i simulatoren eller termlisten heter det. ${why}`;
    result.findings.push(finding('unknown-ui-term', page, span.from, { text, suggestion, message, termId }));
    reported.push([span.from, span.to]);
  }
  return reported;
}

function checkTerms(
  page: PageText,
  context: CheckContext,
  result: PageResult,
  reported: Array<[number, number]>,
): void {
  for (const segment of page.segments) {
    for (const match of scanTerms(context.index, segment.value)) {
      const offset = segment.offsetOf(match.start);
      const { term, role } = match.entry;
      if (role !== 'avoid') {
        const { line, column } = page.position(offset);
        result.forms.push({ entry: match.entry, page: page.path, line, column, text: match.text });
        continue;
      }
      // A bold label already reported as unknown carries the same suggestion; one finding is enough.
      if (reported.some(([from, to]) => offset >= from && offset < to)) continue;
      const message = `«${match.text}» er en variant termlisten sier vi skal unngå. Bruk «${term.nb}». ${term.note}`;
      result.findings.push(
        finding('avoid-variant', page, offset, { text: match.text, suggestion: term.nb, message, termId: term.id }),
      );
    }
  }
}

/** The term whose English name is this text, for suggesting the Norwegian one. */
function termForEnglish(text: string, context: CheckContext) {
  const wanted = text.trim().toLowerCase();
  return context.base.terms.find((t) => t.en.toLowerCase() === wanted);
}

function checkEnglish(page: PageText, context: CheckContext, result: PageResult): void {
  for (const segment of page.segments) {
    const spans =
      segment.kind === 'label'
        ? isEnglishLabel(segment.value, context.allow)
          ? [{ start: 0, text: segment.value.trim() }]
          : []
        : englishRuns(segment.value, context.allow);
    for (const span of spans) {
      const term = termForEnglish(span.text, context);
      const where = segment.kind === 'label' ? `${segment.origin}="${span.text}"` : `«${span.text}»`;
      const reader =
        segment.kind === 'label'
          ? 'Skjermlesere leser den opp med norsk uttale midt på en norsk side.'
          : 'Siden er på norsk.';
      const fix = term ? `Termlisten har «${term.nb}» for «${term.en}».` : 'Skriv teksten på norsk.';
      const message = `${where} er engelsk tekst. ${reader} ${fix}`;
      result.findings.push(
        finding('english-text', page, segment.offsetOf(span.start), {
          text: span.text,
          suggestion: term?.nb ?? '',
          message,
          termId: term?.id,
        }),
      );
    }
  }
}

/**
 * The findings one page has on its own (unknown-ui-term, avoid-variant, english-text), with the severity of an
 * ordinary page, and the uses the site-wide checks need.
 */
export function checkPage(page: PageText, context: CheckContext): PageResult {
  const result: PageResult = { findings: [], forms: [], bold: [] };
  const reported = checkBold(page, context, result);
  checkTerms(page, context, result, reported);
  // English is only out of place on a Norwegian page; a page that declares another language is left to its own team.
  if (page.language === undefined || NORWEGIAN.has(page.language)) checkEnglish(page, context, result);
  return result;
}
