import { afterAll, describe, expect, test } from 'vitest';
import { buildHostileSite, type HostileBuild } from './build-site.ts';
import { CANARY } from './compile.ts';

/**
 * The real build, with the hostile writer's pages in the docs root: what is allowed builds and publishes nothing
 * from outside the roots; what is refused stops the build with exit code 1 and the message that names the page,
 * the line and the path as written. (Every refused case is pinned in files.test.ts at compile level; these run
 * the whole build for the issue's own case and one of each kind, since a build takes about ten seconds.)
 */
const builds: HostileBuild[] = [];
const build = (add: readonly string[] = []) => {
  const result = buildHostileSite(add);
  builds.push(result);
  return result;
};
afterAll(() => builds.forEach((b) => b.remove()));

const TIMEOUT = 300_000;
const ROOTS = '(content/docs or content)';

describe('the real build with a hostile docs root', () => {
  test(
    'builds the allowed page and publishes nothing from outside the docs root',
    () => {
      const site = build();
      expect(site.status, site.output).toBe(0);
      expect(site.distHas('no/tillatt/index.html')).toBe(true);
      expect(site.distFilesContaining('Adresser som bare er adresser')).toContain('no/tillatt/index.html');
      expect(site.distFilesContaining(CANARY)).toEqual([]);
    },
    TIMEOUT,
  );

  test.each([
    [
      'no/avvist/include-traversal.mdx',
      `content/docs/no/avvist/include-traversal.mdx:18: Include "../../../../../../../../../../etc/passwd" leads to /etc/passwd, outside the folders the site may read ${ROOTS}. Move the file into the docs root and fix the path.`,
    ],
    [
      'no/avvist/import-raw.mdx',
      'content/docs/no/avvist/import-raw.mdx:18: Import "../../../../outside/secret.md?raw" has a query or fragment. Import the file itself, such as ./includes/name.mdx.',
    ],
    [
      'no/avvist/side-lenke.mdx',
      `content/docs/no/avvist/side-lenke.mdx: This symbolic link leads to outside/side.mdx, outside the folders the site may read ${ROOTS}. Replace it with the file itself, or remove it.`,
    ],
  ])(
    '%s fails the build where it is written, and nothing from outside reaches dist/',
    (page, message) => {
      const site = build([page]);
      expect(site.status).toBe(1);
      expect(site.output.split('\n')).toContain(message);
      expect(site.distFilesContaining(CANARY)).toEqual([]);
    },
    TIMEOUT,
  );
});
