import type { Image, ImageReference, Link, LinkReference, Root, RootContent } from 'mdast';
import type { Node, Parent, Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, jsxAttribute, setJsxAttribute, type JsxElement } from '../jsx.ts';
import { fileOrigin, originOf } from '../origin.ts';

/** What a link of a docs-root page leads to, as the site index resolves it. */
export type LinkTarget =
  /** Another host, a `mailto:`, or something the site leaves as written. */
  | { kind: 'as-written' }
  /** A page (or a redirect to one) of this build; `anchor` is checked once every page is rendered. */
  | { kind: 'page'; href: string; route: string; anchor?: string }
  /** A page this build does not have (another language, outside the docs root): the public site. */
  | { kind: 'public'; href: string }
  /** An image of the docs root, copied into the output. */
  | { kind: 'image'; href: string; width?: number; height?: number }
  /** Nothing there; the reason goes to the build report. */
  | { kind: 'missing'; reason: string };

export interface SiteLinksOptions {
  /** Resolves a link or image address written in the file `from` (absolute path). */
  resolve(request: { url: string; from: string; page: string; line?: number; image: boolean }): LinkTarget;
}

/** A problem for the build report: where it is written and what was wrong. */
export interface LinkProblem {
  /** What the problem is about, when it is no link or image: an icon, or a component the dialect reported. */
  kind?: 'icon' | 'component';
  /** The file it is written in (the page, or a snippet the page imports). */
  file: string;
  line?: number;
  target: string;
  message: string;
}

/** A link to an anchor of a page, checked once all pages are rendered. */
export interface AnchorCheck {
  file: string;
  line?: number;
  target: string;
  route: string;
  anchor: string;
}

declare module 'vfile' {
  interface DataMap {
    /** What the docs-root link step found on the page. */
    docsRootLinks: { problems: LinkProblem[]; anchors: AnchorCheck[]; images: string[] };
  }
}

const IMAGE = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

function isImageAddress(url: string): boolean {
  return IMAGE.test(url.replace(/[?#].*$/, ''));
}

/**
 * Links and images of a docs-root page, resolved and rewritten to what the output has; what cannot be resolved is
 * recorded for the build report, never a build failure (the corpus's own broken links are its writers' to fix):
 *
 * - a link to a page of the build becomes its route (extensionless, relative to the file it is written in, from
 *   the docs root when it starts with `/`, through redirects to where the page lives now);
 * - a link to a page of another language, or out of the docs root, goes to the public site;
 * - an image of the docs root is copied into the output, with its width and height and lazy loading;
 * - a link to nothing keeps its text and loses its address, and an image of nothing becomes its alt text, so the
 *   reader never meets a broken link or image; an image from another host becomes a link to it, as the site
 *   loads nothing from another host.
 */
export function remarkSiteLinks(options: SiteLinksOptions) {
  return function transform(tree: Root, file: VFile): void {
    const found = (file.data.docsRootLinks ??= { problems: [], anchors: [], images: [] });

    function resolve(node: Node, url: string, image: boolean): LinkTarget {
      const from = originOf(node, file).path;
      const line = node.position?.start.line;
      const target = options.resolve({ url, from, page: fileOrigin(file).path, line, image });
      if (target.kind === 'missing') found.problems.push({ file: from, line, target: url, message: target.reason });
      if (target.kind === 'page' && target.anchor !== undefined) {
        found.anchors.push({ file: from, line, target: url, route: target.route, anchor: target.anchor });
      }
      if (target.kind === 'image') found.images.push(target.href);
      return target;
    }

    const replacements: Array<{ node: Node; parent: Parent; with: RootContent[] }> = [];
    const definitions = new Map<string, LinkTarget>();

    // Definitions first: references take their target from them.
    visit(tree, 'definition', (definition) => {
      const target = resolve(definition, definition.url, isImageAddress(definition.url));
      definitions.set(definition.identifier, target);
      if (target.kind === 'page' || target.kind === 'public' || target.kind === 'image') definition.url = target.href;
    });

    visit(tree, (node: Node, _index, parent: Parent | undefined) => {
      if (!parent) return;
      if (node.type === 'link') {
        const link = node as Link;
        const target = resolve(link, link.url, false);
        if (target.kind === 'missing') replacements.push({ node, parent, with: link.children });
        else if (target.kind !== 'as-written') link.url = target.href;
      } else if (node.type === 'linkReference') {
        const target = definitions.get((node as LinkReference).identifier);
        if (target?.kind === 'missing') replacements.push({ node, parent, with: (node as LinkReference).children });
      } else if (node.type === 'image' || node.type === 'imageReference') {
        const image = node as Image | ImageReference;
        const target =
          node.type === 'image'
            ? resolve(node, (node as Image).url, true)
            : definitions.get((node as ImageReference).identifier);
        if (!target) return;
        if (target.kind === 'image') {
          if (node.type === 'image') (node as Image).url = target.href;
          image.data = { ...image.data, hProperties: sizeProperties(target) };
        } else if (target.kind === 'missing') {
          replacements.push({ node, parent, with: image.alt ? [{ type: 'text', value: image.alt }] : [] });
        } else if (
          target.kind === 'as-written' &&
          node.type === 'image' &&
          /^https?:|^\/\//i.test((node as Image).url)
        ) {
          const { url } = node as Image;
          replacements.push({ node, parent, with: [linkTo(url, image.alt?.trim() ? image.alt : url, image.position)] });
          found.problems.push({
            file: originOf(node, file).path,
            line: node.position?.start.line,
            target: url,
            message: 'an image from another host is shown as a link to it: the site loads nothing from other hosts',
          });
        }
      } else if (isJsxElement(node)) {
        rewriteJsx(node, parent);
      }
    });

    function rewriteJsx(node: JsxElement, parent: Parent): void {
      const href = jsxAttribute(node, 'href');
      if (href !== undefined) {
        const target = resolve(node, href, false);
        if (target.kind === 'missing') removeAttribute(node, 'href');
        else if (target.kind !== 'as-written') setJsxAttribute(node, 'href', target.href);
      }
      const src = node.name === 'img' ? jsxAttribute(node, 'src') : undefined;
      if (src === undefined) return;
      const target = resolve(node, src, true);
      if (target.kind === 'image') {
        setJsxAttribute(node, 'src', target.href);
        for (const [name, value] of Object.entries(sizeProperties(target))) {
          if (jsxAttribute(node, name) === undefined && !hasAttribute(node, name)) {
            node.attributes.push({ type: 'mdxJsxAttribute', name, value: String(value) });
          }
        }
      } else if (target.kind === 'missing') {
        const alt = jsxAttribute(node, 'alt') ?? '';
        replacements.push({ node, parent, with: alt ? [{ type: 'text', value: alt }] : [] });
      } else if (target.kind === 'as-written' && /^https?:|^\/\//i.test(src)) {
        replacements.push({ node, parent, with: [linkTo(src, jsxAttribute(node, 'alt') ?? src, node.position)] });
      }
    }

    for (const { node, parent, with: content } of replacements) {
      const index = parent.children.indexOf(node);
      if (index >= 0) parent.children.splice(index, 1, ...(content as Node[]));
    }
  };
}

function sizeProperties(target: { width?: number; height?: number }): Record<string, string | number> {
  return {
    ...(target.width && target.height ? { width: target.width, height: target.height } : {}),
    loading: 'lazy',
    decoding: 'async',
  };
}

function hasAttribute(node: JsxElement, name: string): boolean {
  return node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

function removeAttribute(node: JsxElement, name: string): void {
  node.attributes = node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== name);
}

function linkTo(url: string, text: string, position: Position | undefined): Link {
  return { type: 'link', url, children: [{ type: 'text', value: text }], position };
}
