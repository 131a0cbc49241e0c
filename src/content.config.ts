import { defineCollection } from 'astro:content';
import { docsLoader } from './loaders/docs-collection.ts';
import { frontmatterSchema } from './schemas/frontmatter.ts';
import { DOCS_DIR } from './navigation/routes.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(`./${DOCS_DIR}`), schema: frontmatterSchema }),
};
