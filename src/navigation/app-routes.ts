import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where Astro's routes are written, and where the files served as they are live. */
const PAGES_DIR = 'src/pages';
const PUBLIC_DIR = 'public';

/** Every file below `folder`, as paths relative to it with forward slashes. */
function filesBelow(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * The site's own routes besides the docs pages, read from `src/pages` so the list cannot drift from the code:
 * `simulator.astro` is `/simulator/`, `oversettelse/eksport.xlf.ts` is `/oversettelse/eksport.xlf`, and a
 * parameter (`ovelser/[id]/index.astro`) stands for any one path segment. The docs' catch-all route and the 404
 * page are left out: docs pages are checked against the docs root. Files in `public/` are routes too.
 */
export function appRoutes(root = '.'): RegExp[] {
  const pages = filesBelow(join(root, PAGES_DIR))
    .filter((file) => /\.(astro|ts|js)$/.test(file) && !file.includes('[...') && !file.startsWith('404.'))
    .map((file) => {
      const endpoint = /\.\w+\.(ts|js)$/.test(file);
      const route = file.replace(/\.(astro|ts|js)$/, '').replace(/(^|\/)index$/, '');
      const pattern = route
        .split('/')
        .filter(Boolean)
        .map((part) => (/^\[\w+\]$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      const path = pattern ? `/${pattern}${endpoint ? '' : '/'}` : '/';
      return new RegExp(`^${path}$`);
    });
  const assets = filesBelow(join(root, PUBLIC_DIR)).map(
    (file) => new RegExp(`^/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  );
  return [...pages, ...assets];
}
