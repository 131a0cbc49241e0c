import type { Heading, Nodes, Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { esmProgram, expressionProgram } from './estree.ts';

/** What Mintlify's pages use: GitHub-flavoured markdown and `## Title {#id}` headings. Frontmatter is blanked before. */
const FEATURES = { gfm: true, headingAttributes: true, frontmatter: false } as const;

/** `L:C: reason (rule)`, as Sätteri words a syntax error. */
const SATTERI_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w:-]+)\))?$/;

/**
 * `{#id}` as mdast-heading-id gives it, an `idString` node at the end of the heading, so remarkHeadingIds checks and
 * applies every explicit id the same way whichever parser read the page.
 */
function headingIdNode(heading: Heading, source: string): void {
  const properties = heading.data?.hProperties;
  const id = properties?.id;
  if (!heading.data || typeof id !== 'string') return;
  // Everything in the braces was the heading's attributes; the id is all the dialect takes from them.
  delete heading.data.hProperties;
  if (Object.keys(heading.data).length === 0) delete heading.data;
  const end = heading.position?.end;
  const at = end ? source.lastIndexOf('{#', end.offset) : -1;
  const close = at >= 0 ? source.indexOf('}', at) : -1;
  // The id as written, so remarkHeadingIds reports `{#a b}` as invalid instead of quietly taking `a`.
  const written = close > at && end?.offset !== undefined && close < end.offset ? source.slice(at + 2, close) : id;
  const position =
    end && at >= 0 && end.offset !== undefined
      ? { start: { line: end.line, column: end.column - (end.offset - at), offset: at }, end }
      : heading.position;
  heading.children.push({ type: 'idString', value: written, position });
}

/**
 * The JavaScript a page holds, parsed as remark-mdx gives it (`data.estree`): imports, `{expressions}` and JSX
 * attribute expressions. The dialect reads them as data (what a page imports, static attribute values); none is run.
 */
function attachPrograms(tree: Root): void {
  visit(tree, (node: Nodes) => {
    if (node.type === 'mdxjsEsm') node.data = { ...node.data, estree: esmProgram(node.value) };
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      node.data = { ...node.data, estree: expressionProgram(node.value) };
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          attribute.data = { ...attribute.data, estree: expressionProgram(attribute.value, 'spread') };
        } else if (attribute.value && typeof attribute.value === 'object') {
          attribute.value.data = { ...attribute.value.data, estree: expressionProgram(attribute.value.value) };
        }
      }
    }
  });
}

/**
 * Parses docs-root pages with Sätteri, the native (Rust) Markdown and MDX parser Astro 7 itself uses, in place of
 * remark-parse + remark-mdx + remark-gfm: on the seed page it is more than ten times faster than micromark, which
 * was the largest single step of a docs-root build. It gives the same mdast for every page of the real help once
 * two differences are bridged here (checked on all 621 files): an explicit heading id arrives as an attribute of
 * the heading, and the JavaScript in a page arrives as text without its estree. A line holding only JSX is
 * already a block, which remark-parse leaves to remarkUnravel. A syntax error is reported with its line and
 * column, as remark's are. `estree: false` skips the JavaScript's parse for a reader that never looks at it (the
 * term checker).
 */
export function remarkSatteriParse(this: Processor, options: { estree?: boolean } = {}) {
  this.parser = (document: string, file: VFile): Root => {
    let tree: Root;
    try {
      tree = mdxToMdast(document, { features: FEATURES, position: true }) as Root;
    } catch (error) {
      const message = (error as Error).message;
      const [, line, column, reason, ruleId] = SATTERI_ERROR.exec(message) ?? [];
      return file.fail(reason ?? message, {
        place: line ? { line: Number(line), column: Number(column) } : undefined,
        source: 'satteri',
        ruleId,
      });
    }
    visit(tree, 'heading', (heading) => headingIdNode(heading, document));
    if (options.estree !== false) attachPrograms(tree);
    return tree;
  };
}
