import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkFrontmatterSyntax, lineOfFrontmatterField, parseFrontmatter } from '../schemas/frontmatter-source.ts';
import { assertContentFolder, contentRoots } from './content-files.ts';
import { assertUniqueUids } from './unique-uids.ts';

/** Every page below the docs root, as paths relative to the project. */
function pagesBelow(base: string): string[] {
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => relative(process.cwd(), join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Astro's glob loader over `content/docs/**\/*.mdx`, with these additions: a symbolic link in the docs root that
 * leads outside it fails the build before the glob reads anything (content-files.ts); frontmatter that is not
 * YAML fails naming the file and its line in the file (Astro counts from the frontmatter's start); frontmatter
 * errors name the file, the field and the line; and a uid used by two pages fails the build naming both files.
 */
export function docsLoader(base: string): Loader {
  const inner = glob({ base, pattern: '**/*.mdx' });
  return {
    name: 'docs-loader',
    async load(context) {
      assertContentFolder(base, contentRoots(base));
      for (const page of pagesBelow(base)) checkFrontmatterSyntax(readFileSync(page, 'utf8'), page);
      await inner.load({
        ...context,
        async parseData(props) {
          const file = props.filePath ? relative(process.cwd(), props.filePath) : props.id;
          const source = props.filePath ? await readFile(props.filePath, 'utf8') : undefined;
          parseFrontmatter(props.data, file, source);
          return context.parseData(props);
        },
      });
      assertUniqueUids(
        [...context.store.values()].map((entry) => ({
          uid: String((entry.data as { uid?: unknown }).uid),
          file: entry.filePath ?? entry.id,
        })),
        (file) => lineOfFrontmatterField(readFileSync(file, 'utf8'), 'uid'),
      );
    },
  };
}
