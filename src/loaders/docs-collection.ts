import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { frontmatterSchema } from '../schemas/frontmatter.ts';
import { parseContent } from '../schemas/friendly-error.ts';
import { assertContentFolder, contentRoots } from './content-files.ts';
import { assertUniqueUids } from './unique-uids.ts';

/**
 * Astro's glob loader over `content/docs/**\/*.mdx`, with three additions: a symbolic link in the docs root that
 * leads outside it fails the build before the glob reads anything (content-files.ts); frontmatter errors name
 * the file, the field and the line; and a uid used by two pages fails the build naming both files.
 */
export function docsLoader(base: string): Loader {
  const inner = glob({ base, pattern: '**/*.mdx' });
  return {
    name: 'docs-loader',
    async load(context) {
      assertContentFolder(base, contentRoots(base));
      await inner.load({
        ...context,
        async parseData(props) {
          const file = props.filePath ? relative(process.cwd(), props.filePath) : props.id;
          const source = props.filePath ? await readFile(props.filePath, 'utf8') : undefined;
          parseContent(frontmatterSchema, props.data, file, source);
          return context.parseData(props);
        },
      });
      assertUniqueUids(
        [...context.store.values()].map((entry) => ({
          uid: String((entry.data as { uid?: unknown }).uid),
          file: entry.filePath ?? entry.id,
        })),
      );
    },
  };
}
