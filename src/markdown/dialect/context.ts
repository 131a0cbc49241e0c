import type { PhrasingContent, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Translate } from '../../i18n/translate.ts';
import type { Policy } from './problems.ts';

/** A node whose children the dialect rewrites. */
export interface ParentLike {
  children: RootContent[];
}

/** What a component's renderer knows about the file it is in, and the helpers it shares with the others. */
export interface DialectContext {
  file: VFile;
  policy: Policy;
  /** The site catalog in the page's language, for the words the dialect adds (callout titles, video links). */
  t: Translate;
  /** Depth of the last heading before the current point, so a card's or step's title nests under it. */
  depth: number;
  /** Renders the components among `parent`'s children (and theirs), in document order. */
  transformChildren(parent: ParentLike): void;
  /** A problem at `node`: stops a strict build; otherwise reported, and the caller renders its fallback. */
  problem(node: Node, reason: string, rule: string): void;
  /** Markdown in an attribute (a frame's caption) as inline content placed at `at`, for links and emphasis. */
  parseInline(markdown: string, at: Node): PhrasingContent[];
  /** Set when the file has tabs: they need their small script. */
  usesTabs: boolean;
}

/** Runs `render` with headings below `depth`, then restores the outline for the content that follows. */
export function nested<T>(context: DialectContext, depth: number, render: () => T): T {
  const outer = context.depth;
  context.depth = depth;
  try {
    return render();
  } finally {
    context.depth = outer;
  }
}

/** The level a title gets below the current heading: one deeper, never past h6. */
export function titleDepth(context: DialectContext): 1 | 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(2, context.depth + 1)) as 2 | 3 | 4 | 5 | 6;
}
