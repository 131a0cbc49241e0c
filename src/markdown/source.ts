import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** A markdown file's body and frontmatter. */
export interface Source {
  content: string;
  frontmatter: Record<string, unknown>;
}

/**
 * Reads a page or include the way @astrojs/mdx does: the frontmatter is blanked out with spaces rather than
 * removed, so line and column numbers in error messages still match the file.
 */
export function readSource(path: string): Source {
  return parseSource(readFileSync(path, 'utf8'));
}

/** The same for a file's text already read. */
export function parseSource(text: string): Source {
  const { content, frontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  return { content, frontmatter };
}
