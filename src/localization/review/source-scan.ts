import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseAstro } from '@astrojs/compiler-rs';
import { location } from 'vfile-location';
import { parseSync } from 'vite';

/**
 * Our sources as syntax trees, for the review page's "where used" and the test for hard-coded text. A real
 * parser, not a pattern over the text, so a key named in a comment is not a use and a word inside an attribute
 * is told apart from one in a class name. Both parsers are oxc underneath and produce the same ESTree + JSX
 * nodes: `.ts`/`.tsx` through Vite's `parseSync` (Vite is how Astro and vitest build), `.astro` through Astro's
 * own compiler (its frontmatter, template and `<script>` blocks).
 */

/** An ESTree node as both parsers produce it: offsets are UTF-16 indexes into the file's text. */
export interface AstNode {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

export interface ParsedSource {
  /** Path from the project root, with forward slashes. */
  file: string;
  text: string;
  root: AstNode;
  /** 1-based line of an offset. */
  lineOf: (offset: number) => number;
}

const CODE_FILE = /\.(ts|tsx|astro)$/;

/** Parses one file; throws naming the file and the first syntax error. */
export function parseSource(file: string, text: string): ParsedSource {
  let root: AstNode;
  if (file.endsWith('.astro')) {
    const result = parseAstro(text);
    const error = result.diagnostics.find((d) => d.severity === 'error');
    if (error) throw new Error(`${file}: cannot parse: ${error.text}`);
    root = result.ast as unknown as AstNode;
  } else {
    const result = parseSync(file, text);
    if (result.errors.length) throw new Error(`${file}: cannot parse: ${result.errors[0]!.message}`);
    root = result.program as unknown as AstNode;
  }
  const place = location(text);
  return { file, text, root, lineOf: (offset) => place.toPoint(offset)?.line ?? 1 };
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/**
 * Calls `visit` for every node below `root`, with its ancestors (nearest last). Returning `false` skips the
 * node's children.
 */
export function walk(root: AstNode, visit: (node: AstNode, ancestors: readonly AstNode[]) => boolean | void): void {
  const ancestors: AstNode[] = [];
  const go = (node: AstNode) => {
    if (visit(node, ancestors) === false) return;
    ancestors.push(node);
    for (const [field, value] of Object.entries(node)) {
      if (field === 'type' || typeof value !== 'object' || value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) go(item);
      } else if (isNode(value)) go(value);
    }
    ancestors.pop();
  };
  go(root);
}

/** The value of a string literal node, or undefined for any other node. */
export function stringValue(node: AstNode): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'StringLiteral' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) return quasisOf(node)[0];
  return undefined;
}

/** The text parts of a template literal, cooked (`\n` as a newline). */
export function quasisOf(node: AstNode): string[] {
  return (node.quasis as Array<{ value: { cooked: string | null; raw: string } }>).map(
    (q) => q.value.cooked ?? q.value.raw,
  );
}

/** The tag name of a JSX element (`button`, `BaseLayout`, `Foo.Bar`), or undefined. */
export function elementName(node: AstNode): string | undefined {
  if (node.type !== 'JSXElement') return undefined;
  const nameOf = (name: AstNode): string | undefined => {
    if (name.type === 'JSXIdentifier') return name.name as string;
    if (name.type === 'JSXMemberExpression')
      return `${nameOf(name.object as AstNode)}.${nameOf(name.property as AstNode)}`;
    return undefined;
  };
  return nameOf((node.openingElement as AstNode).name as AstNode);
}

/** Every `.ts`, `.tsx` and `.astro` file below `dir` (relative to `root`), sorted, declaration files left out. */
export function codeFiles(root: string, dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((name) => `${dir}/${name.split('\\').join('/')}`)
    .filter((file) => CODE_FILE.test(file) && !file.endsWith('.d.ts'))
    .sort();
}

/** Reads and parses files given relative to `root`. */
export function readSources(root: string, files: readonly string[]): ParsedSource[] {
  return files.map((file) => parseSource(file, readFileSync(join(root, file), 'utf8')));
}
