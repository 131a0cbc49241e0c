import { relative, resolve } from 'node:path';
import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { dialectPlugins } from '../../src/markdown/index.ts';
import { readSource } from '../../src/markdown/source.ts';

/** The hostile writer's docs root: valid pages, and one refused page per case in `no/avvist/`. */
export const HOSTILE_DOCS = resolve('tests/fixtures/hostile/content/docs');
/** Files beside the docs root that no page may read; each holds {@link CANARY}. */
export const OUTSIDE = resolve('tests/fixtures/hostile/outside');
/** Written in every file outside the docs root, so its appearance anywhere in a build shows a leak. */
export const CANARY = 'KANARI-UTENFOR-DOKUMENTROTEN';

/**
 * Compiles a page of the hostile docs root with Astro's own MDX pipeline (the `unified` processor the site
 * configures, with the dialect's plugins), and returns the module code: what the build would bundle.
 */
export async function compileHostile(page: string): Promise<string> {
  const path = relative(process.cwd(), resolve(HOSTILE_DOCS, page));
  const { content, frontmatter } = readSource(path);
  const processor = unified(dialectPlugins({ docsRoot: HOSTILE_DOCS }));
  const renderer = await processor.createMdxRenderer!(markdownConfigDefaults, { optimize: false });
  return (await renderer.process(content, path, frontmatter)).code;
}

/** The message a page fails to compile with. */
export async function refusal(page: string): Promise<string> {
  try {
    await compileHostile(page);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${page} compiled, but it should have been refused`);
}
