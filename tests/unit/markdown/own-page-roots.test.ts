import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { afterEach, expect, test } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../../src/markdown/index.ts';

// The site's own pages (content/docs) keep their meaning when DOCS_ROOT points at another docs root: a path from
// the root is content/docs's, never a file of the docs root, which only its own loader reads.
const before = process.env.DOCS_ROOT;
afterEach(() => {
  if (before === undefined) delete process.env.DOCS_ROOT;
  else process.env.DOCS_ROOT = before;
});

async function compileOwnPage(source: string): Promise<string> {
  const processor = unified({ remarkPlugins, rehypePlugins });
  const renderer = await processor.createMdxRenderer!(markdownConfigDefaults, { optimize: false });
  return (await renderer.process(source, 'content/docs/no/probe.mdx', { title: 'Probe' })).code;
}

test('with DOCS_ROOT set, an own page’s import from the root is looked for in content/docs, not in the docs root', async () => {
  process.env.DOCS_ROOT = 'tests/fixtures/docs-root/basic';
  await expect(compileOwnPage('import Tip from "/snippets/tip.mdx";\n\n<Tip />\n')).rejects.toThrow(
    'content/docs/no/probe.mdx:1: Import "/snippets/tip.mdx": there is no file content/docs/snippets/tip.mdx. Fix the path (relative to the docs root).',
  );
});
