import { describe, expect, test } from 'vitest';
import { assertContentFolder, contentRoots } from '../../src/loaders/content-files.ts';
import { CANARY, compileHostile, HOSTILE_DOCS, refusal } from './compile.ts';

const PAGE = 'tests/fixtures/hostile/content/docs/no/avvist';
const ROOTS = '(tests/fixtures/hostile/content/docs or content)';
const MOVE = 'Move the file into the docs root and fix the path.';

/**
 * Every way a page can make the build read a file, tried from outside the docs root: each page in
 * tests/fixtures/hostile/docs/no/avvist/ fails to compile in Astro's MDX pipeline with exactly this message.
 */
const REFUSED: ReadonlyArray<[page: string, message: string]> = [
  [
    'include-traversal',
    `${PAGE}/include-traversal.mdx:18: Include "../../../../../../../../../../etc/passwd" leads to /etc/passwd, outside the folders the site may read ${ROOTS}. ${MOVE}`,
  ],
  [
    'include-outside',
    `${PAGE}/include-outside.mdx:18: Include "../../../../outside/secret.md" leads to tests/fixtures/hostile/outside/secret.md, outside the folders the site may read ${ROOTS}. ${MOVE}`,
  ],
  [
    'include-symlink',
    `${PAGE}/include-symlink.mdx:18: Include "../includes/lekker.md" is a symbolic link to tests/fixtures/hostile/outside/secret.md, outside the folders the site may read ${ROOTS}. ${MOVE}`,
  ],
  [
    'include-wrong-kind',
    `${PAGE}/include-wrong-kind.mdx:18: Include "../includes/notater.txt" is not a markdown file: includes must end in .md, .mdx. Fix the path.`,
  ],
  [
    'include-absolute',
    `${PAGE}/include-absolute.mdx:18: Include "/no/includes/merknad.md" starts with /. Write a path relative to this file, such as ../includes/name.md.`,
  ],
  [
    'import-raw',
    `${PAGE}/import-raw.mdx:18: Import "../../../../outside/secret.md?raw" has a query or fragment. Import the file itself, such as ./includes/name.mdx.`,
  ],
  [
    'import-outside',
    `${PAGE}/import-outside.mdx:18: Import "../../../../outside/secret.md" leads to tests/fixtures/hostile/outside/secret.md, outside the folders the site may read ${ROOTS}. ${MOVE}`,
  ],
  [
    'import-symlink',
    `${PAGE}/import-symlink.mdx:18: Import "../includes/lekker.md" is a symbolic link to tests/fixtures/hostile/outside/secret.md, outside the folders the site may read ${ROOTS}. ${MOVE}`,
  ],
  [
    'export-from',
    `${PAGE}/export-from.mdx:18: Import "../../../../outside/secret.md" leads to tests/fixtures/hostile/outside/secret.md, outside the folders the site may read ${ROOTS}. ${MOVE}`,
  ],
  [
    'import-package',
    `${PAGE}/import-package.mdx:18: Import "node:fs" is not a file of the docs root. A page may import only files inside it, by a path such as ./includes/name.mdx; the site's components (TryInSimulator, SimulatorEmbed) need no import.`,
  ],
  [
    'import-dynamic',
    `${PAGE}/import-dynamic.mdx:18: import() is not allowed in a page. Import a file of the docs root with an import line at the top.`,
  ],
  [
    'import-meta',
    `${PAGE}/import-meta.mdx:18: import.meta is not allowed in a page: it reads files the build does not check.`,
  ],
  [
    'image-outside',
    `${PAGE}/image-outside.mdx:18: Image "../../../../outside/secret.png" leads to tests/fixtures/hostile/outside/secret.png, outside the folders the site may read ${ROOTS}. ${MOVE}`,
  ],
  [
    'image-symlink',
    `${PAGE}/image-symlink.mdx:20: Image "../bilder/lekker.png" is a symbolic link to tests/fixtures/hostile/outside/secret.png, outside the folders the site may read ${ROOTS}. ${MOVE}`,
  ],
  [
    'image-wrong-kind',
    `${PAGE}/image-wrong-kind.mdx:18: Image "../includes/merknad.md" is not an image: images must end in .png, .jpg, .jpeg, .gif, .svg, .webp, .avif. Fix the path.`,
  ],
];

describe('files a page names are read only from inside the docs root', () => {
  test.each(REFUSED)('%s is refused where it is written', async (page, message) => {
    expect(await refusal(`no/avvist/${page}.mdx`)).toBe(message);
  });

  test('addresses that are only addresses build, and what the page does read comes from the docs root', async () => {
    const code = await compileHostile('no/tillatt.mdx');
    expect(code).not.toContain(CANARY);
    // The image and the snippet are imported from the docs root, relative to the page as Vite resolves them.
    expect(code).toContain('from "./bilder/logo.png"');
    expect(code).toContain('import Utdrag from "./includes/utdrag.md"');
    // Links, JSX addresses and file: URLs are left as addresses; the build reads none of them.
    for (const href of ['"../../../outside/secret.md.txt"', '"file:///etc/passwd"', '"../../../../../etc/passwd"'])
      expect(code).toContain(`href: ${href}`);
    expect(code).toContain('src: "../../../outside/secret.png"');
  });

  test('a page in the docs root that is a symbolic link out of it fails before the pages are read', () => {
    expect(() => assertContentFolder(HOSTILE_DOCS, contentRoots(HOSTILE_DOCS))).toThrowError(
      /^tests\/fixtures\/hostile\/content\/docs\/no\/avvist\/side-lenke\.mdx: This symbolic link leads to tests\/fixtures\/hostile\/outside\/side\.mdx, outside the folders the site may read \(tests\/fixtures\/hostile\/content\/docs or content\)\. Replace it with the file itself, or remove it\.$/,
    );
  });
});
