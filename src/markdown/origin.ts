import { relative, resolve, sep } from 'node:path';
import type { Node, Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** An include directive that pulled a file into the page: the file it sits in and where. */
export interface IncludeSite {
  path: string;
  position: Position | undefined;
}

/** The file a node was written in (absolute path) and the include directives that led there, outermost first. */
export interface Origin {
  path: string;
  via: IncludeSite[];
}

declare module 'unist' {
  interface Data {
    /** Set by the include plugin on every node it splices in; a page's own nodes have none. */
    docOrigin?: Origin;
  }
}

/** The origin of a page's own nodes, as an absolute path (Vite ids can carry a query, which is not part of it). */
export function fileOrigin(file: VFile): Origin {
  return { path: resolve(file.path.replace(/\?.*$/, '')), via: [] };
}

export function originOf(node: Node, file: VFile): Origin {
  return node.data?.docOrigin ?? fileOrigin(file);
}

/** Marks every node of `tree` that has no origin yet (nested includes already marked theirs). */
export function markOrigin(tree: Node, origin: Origin): void {
  visit(tree, (node) => {
    node.data ??= {};
    node.data.docOrigin ??= origin;
  });
}

/** A path as people see it in build output: relative to the working directory, with forward slashes. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split(sep).join('/');
}

/** `path:line`, or just the path when the line is unknown. */
export function where(path: string, position: Position | undefined): string {
  const line = position?.start.line;
  return line ? `${displayPath(path)}:${line}` : displayPath(path);
}

/**
 * Stops the build with `path:LINE: reason`, naming the file the text was written in. For included text the
 * message also names the include chain, and the vfile place is the page's own include directive: Astro reports
 * the page being compiled with that place's line, which would be wrong if it were a line of the included file.
 */
export function failAt(
  file: VFile,
  origin: Origin,
  position: Position | undefined,
  reason: string,
  rule: string,
): never {
  const chain = [...origin.via].reverse().map((site) => where(site.path, site.position));
  const via = chain.length > 0 ? ` (included from ${chain.join(', ')})` : '';
  const place = origin.via[0]?.position ?? position;
  return file.fail(`${where(origin.path, position)}: ${reason}${via}`, {
    place,
    ruleId: rule,
    source: 'docs-dialect',
  });
}

/** {@link failAt} for a node of the tree being compiled. */
export function fail(file: VFile, node: Node, reason: string, rule: string): never {
  return failAt(file, originOf(node, file), node.position, reason, rule);
}
