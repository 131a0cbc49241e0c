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
  const { content, frontmatter } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  return { content, frontmatter };
}
