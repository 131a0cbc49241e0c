import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = 'dist';

/** The built HTML of a route. */
export function builtHtml(route: string): string | undefined {
  try {
    return readFileSync(join(DIST, route, 'index.html'), 'utf8');
  } catch {
    return undefined;
  }
}

/** Every HTML page of the built site, as a route (`/no/erp/admin/`), found by walking dist/. */
export function builtRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        routes.push(`/${relative(DIST, dir)}/`.replace(/\/+/g, '/'));
      }
    }
  };
  walk(DIST);
  return routes.sort();
}

/** Routes that are real pages (not the meta-refresh pages that `redirect_from` produces). */
export function pageRoutes(): string[] {
  return builtRoutes().filter((route) => !builtHtml(route)?.includes('http-equiv="refresh"'));
}

/** Routes produced by `redirect_from`. */
export function redirectRoutes(): string[] {
  return builtRoutes().filter((route) => builtHtml(route)?.includes('http-equiv="refresh"'));
}
