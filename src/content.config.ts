import { defineCollection } from 'astro:content';
import { docsLoader } from './content/docs-loader.ts';
import { frontmatterSchema } from './schemas/frontmatter.ts';
import { DOCS_DIR } from './lib/routes.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(`./${DOCS_DIR}`), schema: frontmatterSchema }),
};
