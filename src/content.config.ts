import { defineCollection } from 'astro:content';
import { docsLoader } from './loaders/docs-collection.ts';
import { docsRootLoader } from './loaders/docs-root/loader.ts';
import { frontmatterSchema } from './schemas/frontmatter.ts';
import { docsRootEntrySchema } from './schemas/docs-root-entry.ts';
import { DOCS_DIR } from './navigation/routes.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(`./${DOCS_DIR}`), schema: frontmatterSchema }),
  /** The pages of a Mintlify docs root when the build is given one (`DOCS_ROOT`); empty otherwise. */
  docsRoot: defineCollection({ loader: docsRootLoader(), schema: docsRootEntrySchema }),
};
