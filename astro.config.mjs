// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { remarkPlugins, rehypePlugins } from './src/markdown/index.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // @ts-expect-error the plugin lists are typed loosely in src/markdown/index.ts
    remarkPlugins,
    // @ts-expect-error see above
    rehypePlugins,
  },
  integrations: [mdx(), react(), pagefindIntegration()],
});
