import { existsSync, readFileSync, realpathSync } from 'node:fs';
import type { Link, Paragraph, Root } from 'mdast';
import type { Processor } from 'unified';
import type { Point, Position } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { ContentFileError, contentRoots, resolveContentFile } from '../loaders/content-files.ts';
import { displayPath, failAt, fileOrigin, markOrigin, type Origin } from './origin.ts';
import { parseSource } from './source.ts';

declare module 'vfile' {
  interface DataMap {
    /** Absolute paths of every file an include pulled into this one, so caches know what to watch. */
    includedFiles: string[];
  }
}

/** The link of a paragraph that is exactly `[!include[Label](path.md)]`, as markdown parses it: text, link, text. */
function includeLink(paragraph: Paragraph): Link | undefined {
  const [open, link, close, ...more] = paragraph.children;
  if (more.length > 0 || open?.type !== 'text' || link?.type !== 'link' || close?.type !== 'text') return undefined;
  return /^\s*\[!include$/i.test(open.value) && close.value.trim() === ']' ? link : undefined;
}

/** Where a parse error is. Some MDX errors carry no place and name it only in their text, as `(3:1-3:19)`. */
function positionOf(error: { place?: Point | Position; reason?: string }): Position | undefined {
  const { place } = error;
  if (place) return 'start' in place ? place : { start: place, end: place };
  const match = /\((\d+):(\d+)/.exec(error.reason ?? '');
  if (!match) return undefined;
  const start = { line: Number(match[1]), column: Number(match[2]) };
  return { start, end: start };
}

/** Options of {@link remarkIncludes}. */
export interface IncludesOptions {
  /** The folders includes may come from, the docs root first (real paths). Default: `contentRoots()`. */
  roots?: readonly string[];
}

/**
 * Replaces each paragraph that is exactly `[!include[Label](path.md)]` with the parsed content of that file (the
 * path is relative to the file holding the directive). Which files may be included is the rule of
 * `resolveContentFile`: a markdown file inside the docs root or content/, symbolic links followed. Included files are parsed by the same parser as the
 * page, then go through the plugins that follow: alerts, icons and links work in them, and their headings reach
 * Astro's heading ids and table of contents. Each spliced node remembers its file, so links resolve relative to
 * the included file and errors name it. A refused file or an include cycle stops the build.
 */
export function remarkIncludes(this: Processor, options: IncludesOptions = {}) {
  const roots = options.roots ?? contentRoots();
  // An include used by many pages is parsed once per text: each use gets a copy of the tree, since the steps after
  // this one change it. Keyed by the file's text, read each time, so an include edited while `astro dev` runs is
  // parsed again.
  const parsed = new Map<string, { text: string; tree: Root }>();
  const parse = (path: string): Root => {
    const text = readFileSync(path, 'utf8');
    let cached = parsed.get(path);
    if (cached?.text !== text) {
      const { content } = parseSource(text);
      cached = { text, tree: this.parse(new VFile({ path, value: content })) as Root };
      parsed.set(path, cached);
    }
    return structuredClone(cached.tree);
  };

  function expand(tree: Root, origin: Origin, chain: string[], file: VFile): void {
    visit(tree, 'paragraph', (paragraph, index, parent) => {
      const link = includeLink(paragraph);
      if (!link || !parent || index === undefined) return;
      const fail: (reason: string, rule: string) => never = (reason, rule) =>
        failAt(file, origin, paragraph.position, reason, rule);

      let path: string;
      try {
        path = resolveContentFile({
          target: link.url,
          from: origin.path,
          line: paragraph.position?.start.line,
          kind: 'markdown',
          roots,
          url: true,
          label: 'Include',
        });
      } catch (error) {
        if (error instanceof ContentFileError) fail(error.reason, `includes:${error.problem}`);
        throw error;
      }
      if (chain.includes(path)) {
        const cycle = [...chain, path].map(displayPath).join(' -> ');
        fail(`Include cycle: ${cycle}. Remove one of these includes.`, 'includes:cycle');
      }

      const inner: Origin = { path, via: [...origin.via, { path: origin.path, position: paragraph.position }] };
      let included: Root;
      try {
        included = parse(path);
      } catch (error) {
        const message = error as { reason?: string; message: string; place?: Point | Position };
        const reason = `Could not read the include: ${message.reason ?? message.message}`;
        failAt(file, inner, positionOf(message), reason, 'includes:parse');
      }
      (file.data.includedFiles ??= []).push(path);
      expand(included, inner, [...chain, path], file);
      markOrigin(included, inner);
      parent.children.splice(index, 1, ...included.children);
      // Continue after the spliced nodes: they are expanded already.
      return [SKIP, index + included.children.length];
    });
  }

  return function transform(tree: Root, file: VFile): void {
    const origin = fileOrigin(file);
    // Real paths, as resolveContentFile returns them, so a cycle through a symbolic link is still a cycle.
    expand(tree, origin, [existsSync(origin.path) ? realpathSync(origin.path) : origin.path], file);
  };
}
