import { readFileSync } from 'node:fs';

/** The user's own page exactly as they wrote it (a copy of the seed), and where it lives as MDX. */
export const SEED_SOURCE = 'tests/fixtures/seed/update-connection.source.md';
export const SEED_PAGE = 'content/docs/no/erp/admin/update-connection.mdx';

/**
 * The seed's visible text, one entry per line of prose: markdown syntax, the frontmatter, the link definitions
 * and the comment removed; inline markup reduced to its text. Used to prove every sentence reaches the page.
 */
export function seedProseLines(source = readFileSync(SEED_SOURCE, 'utf8')): string[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .filter((line) => !/^\s*\[\d+\]:/.test(line) && !/^\s*<!--.*-->\s*$/.test(line))
    .map((line) =>
      line
        .replace(/^\s*>\s?/, '')
        .replace(/\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/, '')
        .replace(/^\s*#+\s+/, '')
        .replace(/^\s*(\d+\.|[*-])\s+/, '')
        .replace(/<i [^>]*><\/i>/g, '')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/\[([^\]]+)\]\[[^\]]+\]/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}
