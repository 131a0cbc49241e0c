import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The kinds of things the build report lists. */
export type ReportKind =
  | 'link'
  | 'image'
  | 'icon'
  | 'component'
  | 'anchor'
  | 'navigation'
  | 'redirect'
  | 'replaced'
  | 'training'
  | 'language'
  | 'page';

/** One line of the build report: what, where (file and line, as written) and why. */
export interface ReportEntry {
  kind: ReportKind;
  /** The file it is written in, as build output shows paths. */
  file: string;
  line?: number;
  target: string;
  message: string;
  /** The page it shows on, when that is not `file` (a snippet the page imports). */
  page?: string;
}

/** Where `npm run build` writes the report of a docs-root build (not published). */
export const REPORT_FILE = 'docs-root-report.md';

const HEADINGS: Readonly<Record<ReportKind, string>> = {
  link: 'Links that lead nowhere (shown as plain text)',
  image: 'Images that are missing or not ours (shown as their text, or as a link)',
  component: 'Components and headings rendered as well as they could be (their text is kept)',
  icon: 'Icons Phosphor does not have (their label is kept for screen readers)',
  anchor: 'Links to an anchor the page does not have (they open the page at the top)',
  navigation: 'Navigation entries',
  redirect: 'Redirects',
  replaced: "The site's own pages the docs root replaces",
  training: 'The training layer',
  language: 'Languages',
  page: 'Pages',
};

function place(entry: ReportEntry): string {
  const at = entry.line ? `${entry.file}:${entry.line}` : entry.file;
  return entry.page && entry.page !== entry.file ? `${at} (on ${entry.page})` : at;
}

/** The report as Markdown: a summary, then one section per kind, each line `file:line` · target · why. */
export function formatReport(entries: readonly ReportEntry[], summary: readonly string[]): string {
  const out = ['# Docs root build report', '', ...summary.map((line) => `- ${line}`), ''];
  for (const kind of Object.keys(HEADINGS) as ReportKind[]) {
    const ofKind = entries.filter((entry) => entry.kind === kind);
    if (ofKind.length === 0) continue;
    out.push(`## ${HEADINGS[kind]} (${ofKind.length})`, '');
    for (const entry of ofKind) out.push(`- \`${place(entry)}\` \`${entry.target}\`: ${entry.message}`);
    out.push('');
  }
  if (entries.length === 0) out.push('Nothing unresolved.', '');
  return out.join('\n');
}

/** One line per kind for the terminal: `12 links, 3 anchors`. */
export function countsOf(entries: readonly ReportEntry[]): string {
  const counts = new Map<ReportKind, number>();
  for (const entry of entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ') || 'nothing unresolved';
}

export function writeReport(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
