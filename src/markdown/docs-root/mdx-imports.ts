import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Html, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { isJsxElement, type JsxElement } from '../jsx.ts';
import { displayPath, failAt, fileOrigin, markOrigin, type Origin } from '../origin.ts';
import { parseDocsRootSource } from './source.ts';
import { staticValue } from './static-value.ts';
import { unravel } from './unravel.ts';

declare module 'vfile' {
  interface DataMap {
    /** Real paths of every snippet and component the page imported, directly or through a snippet. */
    importedFiles: string[];
  }
}

/** What an import names: a markdown snippet, spliced in where it is used, or a component rendered to HTML. */
type ImportKind = 'markdown' | 'script';

export interface MdxImportOptions {
  /**
   * The real path of an imported file, through the content-file rule (relative to the importing file, or from the
   * docs root for `/snippets/...`). Throws with the reason when the file may not be read.
   */
  resolve(request: { target: string; from: string; line?: number; kind: ImportKind }): string;
  /** Renders an imported `.jsx` component with its props to static HTML (no hydration). */
  renderComponent(request: {
    path: string;
    name: string;
    props: Record<string, unknown>;
    page: string;
  }): Promise<string>;
}

interface Imported {
  kind: ImportKind;
  path: string;
}

function kindOf(source: string): ImportKind | undefined {
  const ext = extname(source.replace(/[?#].*$/, '')).toLowerCase();
  if (ext === '.md' || ext === '.mdx') return 'markdown';
  if (ext === '.jsx' || ext === '.js' || ext === '.tsx' || ext === '.ts') return 'script';
  return undefined;
}

function propsOf(element: JsxElement, file: VFile, origin: Origin): Record<string, unknown> {
  const fail: (reason: string, rule: string) => never = (reason, rule) =>
    failAt(file, origin, element.position, reason, rule);
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      fail(`<${element.name}> spreads "${attribute.value}": write each prop out.`, 'imports:spread');
    }
    const { name, value } = attribute;
    if (value === null || value === undefined || typeof value === 'string') {
      props[name] = value ?? true;
      continue;
    }
    const result = staticValue(value.data?.estree);
    if (!result.ok) {
      fail(`<${element.name}> prop ${name}={${value.value}} needs code to run.`, 'imports:expression');
    }
    props[name] = result.value;
  }
  return props;
}

/**
 * MDX `import X from "./includes/x.mdx"` and `<X />`, as Mintlify pages write them: the import names a markdown
 * snippet (relative, or from the docs root as `/snippets/...`) or a `.jsx` component (`/components/...`).
 *
 * A snippet is parsed once per build with the page's own parser (so its syntax is the page's), its own imports
 * are followed, and each `<X />` is replaced by its content; every spliced node remembers its file, so links
 * resolve relative to the snippet and errors name it with the chain of imports. A component is rendered to
 * static HTML where it is used. An import cycle, a missing file, a named import or an `export` stops the build.
 */
export function remarkMdxImports(this: Processor, options: MdxImportOptions) {
  const parse = (file: VFile) => this.parse(file) as Root;
  const snippets = new Map<string, Root>();

  function parseSnippet(path: string): Root {
    let tree = snippets.get(path);
    if (!tree) {
      const { content } = parseDocsRootSource(readFileSync(path, 'utf8'), displayPath(path));
      tree = parse(new VFile({ path, value: content }));
      unravel(tree);
      snippets.set(path, tree);
    }
    return structuredClone(tree);
  }

  function readImports(tree: Root, origin: Origin, file: VFile): Map<string, Imported> {
    const imports = new Map<string, Imported>();
    for (const node of tree.children) {
      if (node.type !== 'mdxjsEsm') continue;
      const program = node.data?.estree;
      for (const statement of program?.body ?? []) {
        const at: (reason: string, rule: string) => never = (reason, rule) =>
          failAt(file, origin, node.position, reason, rule);
        if (statement.type !== 'ImportDeclaration') {
          at('Only `import X from "./file.mdx"` is supported here; `export` and other code are not.', 'imports:code');
        }
        const source = String(statement.source.value);
        const kind = kindOf(source);
        if (!kind) at(`Import "${source}" must name a .md, .mdx or .jsx file.`, 'imports:kind');
        const specifier = statement.specifiers[0];
        if (statement.specifiers.length !== 1 || specifier?.type !== 'ImportDefaultSpecifier') {
          at(`Import "${source}" must be a default import: import Name from "${source}".`, 'imports:named');
        }
        let path: string;
        try {
          path = options.resolve({ target: source, from: origin.path, line: node.position?.start.line, kind });
        } catch (error) {
          const reason = (error as { reason?: string }).reason ?? (error as Error).message;
          at(reason, 'imports:file');
        }
        imports.set(specifier.local.name, { kind, path });
        (file.data.importedFiles ??= []).push(path);
      }
    }
    tree.children = tree.children.filter((node) => node.type !== 'mdxjsEsm');
    return imports;
  }

  async function expand(tree: Root, origin: Origin, chain: readonly string[], file: VFile): Promise<void> {
    const imports = readImports(tree, origin, file);
    if (imports.size === 0) return;
    const uses: Array<{ node: JsxElement; parent: Parent; imported: Imported }> = [];
    visit(tree, (node: Node, _index, parent: Parent | undefined) => {
      if (!parent || !isJsxElement(node) || !node.name) return;
      const imported = imports.get(node.name);
      if (imported) uses.push({ node, parent, imported });
    });
    for (const { node, parent, imported } of uses) {
      let replacement: RootContent[];
      if (imported.kind === 'script') {
        const html = await options.renderComponent({
          path: imported.path,
          name: node.name!,
          props: propsOf(node, file, origin),
          page: fileOrigin(file).path,
        });
        replacement = [{ type: 'html', value: html, position: node.position } satisfies Html];
      } else {
        if (chain.includes(imported.path)) {
          const cycle = [...chain, imported.path].map(displayPath).join(' -> ');
          failAt(file, origin, node.position, `Import cycle: ${cycle}. Remove one of these imports.`, 'imports:cycle');
        }
        const snippet = parseSnippet(imported.path);
        const inner: Origin = {
          path: imported.path,
          via: [...origin.via, { path: origin.path, position: node.position }],
        };
        await expand(snippet, inner, [...chain, imported.path], file);
        markOrigin(snippet, inner);
        const [only] = snippet.children;
        replacement =
          node.type === 'mdxJsxTextElement' && snippet.children.length === 1 && only?.type === 'paragraph'
            ? only.children
            : snippet.children;
      }
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...(replacement as Node[]));
    }
  }

  return async function transform(tree: Root, file: VFile): Promise<void> {
    const origin = fileOrigin(file);
    await expand(tree, origin, [origin.path], file);
  };
}
