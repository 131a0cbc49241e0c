import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { docsRootSettings } from '../loaders/docs-root/config.ts';
import { resolveContentFile } from '../loaders/content-files.ts';
import { IMAGES_MANIFEST } from '../loaders/docs-root/paths.ts';
import type { OutputImage } from '../loaders/docs-root/site-index.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/**
 * The images of a docs root's pages, served from the site's own host: after `astro build`, the images the pages
 * use (listed by the docs-root loader) are copied into the output at their path below the docs root
 * (`/media/loc/x.png`); in `astro dev` they are served from the docs root, through the content-file rule. Nothing
 * is written under the docs root.
 */
export function docsRootAssetsIntegration(): AstroIntegration {
  return {
    name: 'docs-root-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const settings = docsRootSettings();
        if (!settings) return;
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').replace(/[?#].*$/, ''));
          if (!TYPES[extname(path).toLowerCase()]) return next();
          let file: string;
          try {
            file = resolveContentFile({
              target: path,
              from: join(settings.root, 'docs.json'),
              kind: 'image',
              roots: [settings.root],
              leadingSlash: 'docs-root',
            });
          } catch {
            return next();
          }
          response.setHeader('Content-Type', TYPES[extname(file).toLowerCase()]!);
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!docsRootSettings() || !existsSync(IMAGES_MANIFEST)) return;
        const { images } = JSON.parse(readFileSync(IMAGES_MANIFEST, 'utf8')) as { images: OutputImage[] };
        const out = fileURLToPath(dir);
        for (const image of images) {
          const target = join(out, decodeURIComponent(image.href));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(image.source, target);
        }
        logger.info(`copied ${images.length} images of the docs root`);
      },
    },
  };
}
