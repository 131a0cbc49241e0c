import { existsSync, realpathSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import type { Definition, Image, Root } from 'mdast';
import type { Node, Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentFileError, contentRoots, resolveContentFile, type ContentFileKind } from '../loaders/content-files.ts';
import { failAt, fileOrigin, originOf, type Origin } from './origin.ts';

/** Options of {@link remarkFileReferences}. */
export interface FileReferencesOptions {
  /** The folders a page may use files from, the docs root first (real paths). Default: `contentRoots()`. */
  roots?: readonly string[];
}

/** What a page may import: its own kind of text, components the docs root ships, and images. */
const IMPORTABLE: readonly ContentFileKind[] = ['markdown', 'script', 'image'];

/** The few estree shapes looked at here. */
interface EsNode {
  type: string;
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } } | null;
  source?: { type: string; value?: unknown; raw?: string } | null;
  meta?: { name?: string };
  property?: { name?: string };
}

/** Every estree node below `node`, with itself. Written out rather than imported: four lines, no dependency. */
function eachEsNode(node: unknown, visitor: (node: EsNode) => void): void {
  if (Array.isArray(node)) return node.forEach((child) => eachEsNode(child, visitor));
  if (typeof node !== 'object' || node === null) return;
  if (typeof (node as EsNode).type === 'string') visitor(node as EsNode);
  for (const [key, value] of Object.entries(node)) if (key !== 'loc' && key !== 'range') eachEsNode(value, visitor);
}

/** The estree programs an mdast node carries: ESM, `{expressions}`, and JSX attribute expressions. */
function programsOf(node: Node): unknown[] {
  const programs: unknown[] = [];
  const data = node.data as { estree?: unknown } | undefined;
  if (data?.estree) programs.push(data.estree);
  const attributes = (node as { attributes?: unknown[] }).attributes ?? [];
  for (const attribute of attributes as Array<{ data?: { estree?: unknown }; value?: unknown }>) {
    if (attribute.data?.estree) programs.push(attribute.data.estree);
    const value = attribute.value as { data?: { estree?: unknown } } | undefined;
    if (typeof value === 'object' && value?.data?.estree) programs.push(value.data.estree);
  }
  return programs;
}

/** The path from the page's real folder to `real`, as an import or image source: `./x.png`, `../includes/a.mdx`. */
function fromPage(file: VFile, real: string): string {
  const page = fileOrigin(file).path;
  const folder = dirname(existsSync(page) ? realpathSync(page) : page);
  const path = relative(folder, real).split(sep).join('/');
  return path.startsWith('../') ? path : `./${path}`;
}

function esPosition(node: EsNode, fallback: Position | undefined): Position | undefined {
  return node.loc ? { start: { ...node.loc.start, column: node.loc.start.column + 1 }, end: node.loc.end } : fallback;
}

/**
 * Checks every file a page makes the build read, with the one rule of `resolveContentFile`, and points each at
 * the file that was checked:
 * - MDX `import` and `export … from` sources: markdown, a script or an image inside the docs root or content/,
 *   relative to the file they are written in, or absolute from the docs root (`/snippets/card.jsx`). A package
 *   name (`import fs from 'node:fs'`), a `?query`, `import()` and `import.meta` are refused: each is a way for a
 *   page to read what the rule does not allow.
 * - Images (`![alt](./images/x.png)` and `![alt][ref]`): an image file inside the same roots. Web addresses and
 *   site paths (`/favicon.svg`) are not read by the build and are left alone.
 * Each checked path is rewritten relative to the page, because Astro and Vite resolve them from the page: an
 * image or import in an included file then still reads the file the include named.
 */
export function remarkFileReferences(options: FileReferencesOptions = {}) {
  const roots = options.roots ?? contentRoots();

  return function transform(tree: Root, file: VFile): void {
    const check = (
      origin: Origin,
      position: Position | undefined,
      request: { target: string; kind: ContentFileKind | readonly ContentFileKind[]; label: string; url?: boolean },
    ): string => {
      try {
        const real = resolveContentFile({
          ...request,
          from: origin.path,
          line: position?.start.line,
          roots,
          leadingSlash: request.url ? 'refuse' : 'docs-root',
        });
        return fromPage(file, real);
      } catch (error) {
        if (error instanceof ContentFileError) failAt(file, origin, position, error.reason, `files:${error.problem}`);
        throw error;
      }
    };

    const imagesByIdentifier = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'imageReference') imagesByIdentifier.add(node.identifier);
    });

    visit(tree, (node: Node) => {
      const origin = originOf(node, file);
      if (
        node.type === 'image' ||
        (node.type === 'definition' && imagesByIdentifier.has((node as Definition).identifier))
      ) {
        const image = node as Image | Definition;
        // Not files the build reads: web addresses, site paths (public/), and in-page fragments.
        if (/^[a-z][a-z\d+.-]*:|^\/|^#/i.test(image.url)) return;
        image.url = check(origin, node.position, { target: image.url, kind: 'image', label: 'Image', url: true });
        return;
      }
      for (const program of programsOf(node)) {
        eachEsNode(program, (es) => {
          const position = esPosition(es, node.position);
          const refuse = (reason: string, rule: string) => failAt(file, origin, position, reason, rule);
          if (es.type === 'ImportExpression')
            refuse(
              'import() is not allowed in a page. Import a file of the docs root with an import line at the top.',
              'files:dynamic-import',
            );
          if (es.type === 'MetaProperty' && es.meta?.name === 'import')
            refuse(
              'import.meta is not allowed in a page: it reads files the build does not check.',
              'files:import-meta',
            );
          const isModuleLine = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'].includes(
            es.type,
          );
          const source = es.source;
          if (!isModuleLine || source?.type !== 'Literal' || typeof source.value !== 'string') return;
          const target = source.value;
          if (!/^(\.{1,2})?\//.test(target))
            refuse(
              `Import "${target}" is not a file of the docs root. A page may import only files inside it, by a path such as ./includes/name.mdx; the site's components (TryInSimulator, SimulatorEmbed) need no import.`,
              'files:package-import',
            );
          if (/[?#]/.test(target))
            refuse(
              `Import "${target}" has a query or fragment. Import the file itself, such as ./includes/name.mdx.`,
              'files:import-query',
            );
          const checked = check(origin, position, { target, kind: IMPORTABLE, label: 'Import' });
          source.value = checked;
          source.raw = JSON.stringify(checked);
        });
      }
    });
  };
}
