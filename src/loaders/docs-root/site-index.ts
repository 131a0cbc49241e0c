import { posix, relative, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { imageSize } from 'image-size';
import type { LinkTarget } from '../../markdown/docs-root/site-links.ts';
import { splitLink } from '../../markdown/links.ts';
import { decode } from '../../markdown/url.ts';
import type { DocsRootConfig } from './config.ts';
import { resolveContentFile } from '../content-files.ts';
import type { DocsRootPageFile } from './page-files.ts';

/** `no/erp/admin/index.mdx`, `/no/erp/admin/`, `no/erp/admin` -> `no/erp/admin` (the page key without index). */
export function pageKey(path: string): string {
  return path
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.mdx?$/i, '')
    .replace(/(^|\/)index$/, '');
}

/** Width and height of an image file; nothing when its header cannot be read (it is still shown). */
function sizeOf(path: string): { width?: number; height?: number } {
  try {
    const { width, height } = imageSize(readFileSync(path));
    return { width, height };
  } catch {
    return {};
  }
}

/** An image of the docs root the output carries, with its size for `width`/`height`. */
export interface OutputImage {
  /** Real path of the source file. */
  source: string;
  /** Its address in the output: `/media/loc/x.png`, the path below the docs root. */
  href: string;
  width?: number;
  height?: number;
}

/**
 * What every link of a docs-root build can lead to, built once per build so each link is resolved with a few map
 * lookups (no page is read to resolve a link): the pages by key, the redirects of the built languages, the
 * languages themselves, and the images already sized.
 */
export class SiteIndex {
  readonly #config: DocsRootConfig;
  readonly #routes = new Map<string, string>();
  readonly #redirects = new Map<string, string>();
  readonly #languages: ReadonlySet<string>;
  readonly #images = new Map<string, OutputImage>();

  constructor(config: DocsRootConfig, pages: readonly DocsRootPageFile[], redirects: ReadonlyMap<string, string>) {
    this.#config = config;
    for (const page of pages) this.#routes.set(pageKey(page.key), page.route);
    for (const [from, to] of redirects) this.#redirects.set(pageKey(from), to);
    this.#languages = new Set(config.languages.map((l) => l.code));
  }

  /** Whether a path below the docs root lies in a language this build renders. */
  isBuiltLanguage(path: string): boolean {
    return this.#languages.has(pageKey(path).split('/')[0]!);
  }

  /** The public site's address of a path below the docs root. */
  publicUrl(path: string, query = '', hash?: string): string {
    const key = pageKey(path);
    return `${this.#config.publicBaseUrl}/${key}${query}${hash === undefined ? '' : `#${hash}`}`;
  }

  #image(path: string, from: string, line: number | undefined, url: string): LinkTarget {
    let source: string;
    try {
      source = resolveContentFile({
        target: path,
        from,
        line,
        kind: 'image',
        roots: this.#config.roots.slice(0, 1),
        leadingSlash: 'docs-root',
        label: 'Image',
      });
    } catch (error) {
      return { kind: 'missing', reason: (error as { reason?: string }).reason ?? (error as Error).message };
    }
    let image = this.#images.get(source);
    if (!image) {
      const below = relative(this.#config.root, source).split(sep).join('/');
      const href = `/${below.split('/').map(encodeURIComponent).join('/')}`;
      image = { source, href, ...sizeOf(source) };
      this.#images.set(source, image);
    }
    const { query, hash } = splitLink(url);
    return {
      kind: 'image',
      href: `${image.href}${query}${hash ? `#${hash}` : ''}`,
      width: image.width,
      height: image.height,
    };
  }

  /** Where a link or image address written in `from` leads. */
  resolve(request: { url: string; from: string; page: string; line?: number; image: boolean }): LinkTarget {
    const { url, from, line, image } = request;
    const trimmed = url.trim();
    if (trimmed === '' || /^[a-z][a-z\d+.-]*:/i.test(trimmed) || trimmed.startsWith('//'))
      return { kind: 'as-written' };
    const { path, query, hash } = splitLink(trimmed);
    if (path === '') {
      if (hash === undefined || query) return { kind: 'as-written' };
      const route = this.#routeOfFile(request.page);
      return route ? { kind: 'page', href: trimmed, route, anchor: decode(hash) } : { kind: 'as-written' };
    }
    const decoded = decode(path);
    const fromDir = relative(this.#config.root, from).split(sep).slice(0, -1).join('/');
    const joined = decoded.startsWith('/') ? decoded.slice(1) : posix.join(fromDir, decoded);
    const normal = posix.normalize(joined);
    const outside = normal === '..' || normal.startsWith('../');
    const below = outside ? normal.replace(/^(\.\.\/)+|^\.\.$/, '') : normal;

    if (image || /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(below)) {
      if (outside) return { kind: 'missing', reason: `the image "${url}" lies outside the docs root` };
      return this.#image(decoded, from, line, trimmed);
    }
    const suffix = `${query}${hash === undefined ? '' : `#${hash}`}`;
    const route = this.#routes.get(pageKey(below));
    if (route && !outside) {
      return { kind: 'page', href: `${route}${suffix}`, route, anchor: hash === undefined ? undefined : decode(hash) };
    }
    const redirected = this.#redirects.get(pageKey(below));
    if (redirected && !outside) {
      const to = splitLink(redirected);
      const landing = this.#routes.get(pageKey(to.path));
      if (landing) return { kind: 'page', href: `${landing}${suffix}`, route: landing };
      return {
        kind: 'public',
        href: redirected.startsWith('/') ? `${this.#config.publicBaseUrl}${redirected}` : redirected,
      };
    }
    if (!outside && this.isBuiltLanguage(below)) {
      return { kind: 'missing', reason: `there is no page ${below.replace(/\/$/, '')} in the docs root` };
    }
    return { kind: 'public', href: this.publicUrl(below, query, hash) };
  }

  #routeOfFile(from: string): string | undefined {
    return this.#routes.get(pageKey(relative(this.#config.root, from).split(sep).join('/')));
  }
}
