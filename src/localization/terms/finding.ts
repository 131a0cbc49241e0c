/** What the term checker reports; the review page filters on these. */
export const FINDING_KINDS = [
  'unknown-ui-term',
  'unused-label',
  'avoid-variant',
  'inconsistent-concept',
  'english-text',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** `error` fails `check:terms`; `warning` is shown to the team but lets it pass. */
export type Severity = 'warning' | 'error';

/** One thing the localization team should look at. */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** The file the finding is in, from the project root: a page, or for `unused-label` the catalog or scenario. */
  page: string;
  /** 1-based line in that file (in an .mdx page: the line in the source, frontmatter included). */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** The text as written. */
  text: string;
  /** What to write instead (the preferred term or the label); empty when there is nothing to propose. */
  suggestion: string;
  /** Explanation in Norwegian, for the team. */
  message: string;
  /** The term-base concept the finding is about, when there is one. */
  termId?: string;
}

/**
 * How serious each kind is on an ordinary page. A page listed under `asWritten` in the term base gets warnings
 * only, whatever the kind: its text is kept as the author wrote it.
 * - unknown-ui-term: error. The reader looks for a control by that name and will not find it.
 * - avoid-variant: error. The term base has decided; the page should follow.
 * - english-text: error. Readers and screen readers get a language the page does not declare.
 * - inconsistent-concept: warning. Each name is accepted; the team decides whether to align the pages.
 * - unused-label: warning. Pages and simulator disagree, and only the team can tell which side is right.
 */
export const SEVERITY: Readonly<Record<FindingKind, Severity>> = {
  'unknown-ui-term': 'error',
  'avoid-variant': 'error',
  'english-text': 'error',
  'inconsistent-concept': 'warning',
  'unused-label': 'warning',
};

/** Findings in reading order: by file, then line, then column, then kind. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.page.localeCompare(b.page, 'en') ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.kind.localeCompare(b.kind, 'en'),
  );
}
