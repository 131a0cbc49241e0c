import type { Nodes, Paragraph } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { unified } from 'unified';
import { remarkSatteriParse } from '../../markdown/satteri-parse.ts';
import { SKIP, visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { parse } from 'yaml';

/**
 * The text of one page as the term checker reads it: running text, short labels (attributes, alt texts) and
 * bold spans, each tied to its place in the page's source. What the reader never sees as text is left out:
 * frontmatter, code, MDX expressions and comments, link targets and reference definitions, include directives.
 */
export interface PageText {
  /** Path from the project root, as findings name the page. */
  path: string;
  /** The frontmatter's `language`, when the page declares one. */
  language?: string;
  segments: Segment[];
  bold: BoldSpan[];
  /** 1-based line and column of an offset in the page source. */
  position(offset: number): { line: number; column: number };
}

/** A run of text with a map from its characters back to the source (escapes and entities make them differ). */
export interface Segment {
  /** `text` is running text; `label` is read on its own, like an aria-label, so it is judged as a whole. */
  kind: 'text' | 'label';
  /** What the text is: `text`, or the attribute it came from (`aria-label`, `alt`, `title`). */
  origin: string;
  value: string;
  /** Source offset of the character at `index` of `value` (`value.length` gives the end). */
  offsetOf(index: number): number;
}

/** A `**bold**` span: its text with whitespace collapsed, and where that text starts and ends in the source. */
export interface BoldSpan {
  text: string;
  from: number;
  to: number;
}

/** Attributes a reader (or a screen reader) gets as text; others (`id`, `class`, `situation`) are code. */
export const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'placeholder',
]);

/** Node types whose content is code or data, never text for the reader. */
const NOT_TEXT = new Set([
  'code',
  'inlineCode',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'definition',
  'idString',
  'html',
  'yaml',
  'toml',
]);

/** Parses a page's source (frontmatter blanked) into mdast; throws a message with line and reason on bad syntax. */
export type PageParser = (source: string) => Nodes;

const satteri = unified().use(remarkSatteriParse, { estree: false });

/**
 * Sätteri, as docs-root pages are parsed (src/markdown/satteri-parse.ts): the checker reads every page of the help
 * once more beside the build, and this is the fast parser. MDX, GitHub-flavoured markdown, and Mintlify's
 * `## Title {#id}`, whose id is code, not text for the reader.
 */
export const parseWithSatteri: PageParser = (source) => satteri.parse(source) as Nodes;

/** A leading `---` YAML block; group 1 is its text. */
const FRONTMATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?=\r?\n|$)/;

/**
 * Replaces a leading `---` frontmatter block with spaces, keeping its line breaks, so the page parses without it
 * and every line and column still matches the file (the way @astrojs/mdx hands pages to its parser).
 */
export function blankFrontmatter(source: string): string {
  const match = FRONTMATTER.exec(source);
  return match ? match[0].replace(/[^\r\n]/g, ' ') + source.slice(match[0].length) : source;
}

/** The `language` the frontmatter declares, if it does. Broken YAML is the docs collection's to report, not ours. */
function languageOf(source: string): string | undefined {
  const yaml = FRONTMATTER.exec(source)?.[1];
  if (!yaml) return undefined;
  try {
    const data: unknown = parse(yaml);
    const language = data && typeof data === 'object' ? (data as Record<string, unknown>).language : undefined;
    return typeof language === 'string' ? language : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Maps each character of a node's text to its offset in the source by walking both in step: a character that
 * the source writes differently (an escape, an entity, a `> ` at the start of a quoted line) is skipped over.
 */
function aligner(value: string, source: string, from: number, to: number): (index: number) => number {
  let offsets: number[] | undefined;
  return (index) => {
    if (!offsets) {
      offsets = [];
      let at = from;
      // By UTF-16 code unit, as the offsets are indexed (for..of a string would go by code point).
      for (const unit of value.split('')) {
        let probe = at;
        while (probe < to && source[probe] !== unit) probe++;
        offsets.push(probe < to ? probe : at);
        if (probe < to) at = probe + 1;
      }
      offsets.push(at);
    }
    return offsets[Math.max(0, Math.min(index, value.length))]!;
  };
}

/** `[!include[Label](path.md)]`: replaced by another file at build time, so its own text is never read. */
function isInclude(paragraph: Paragraph): boolean {
  const first = paragraph.children[0];
  return first?.type === 'text' && /^\s*\[!include$/i.test(first.value);
}

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

/**
 * Where the value of `name="value"` starts: after the `=`, optional spaces and the opening quote. A parser that
 * gives attributes no place of their own (Sätteri) leaves the search to start at the element: a name can appear
 * only once in a tag, and the `=` after it starts its value.
 */
function attributeValueStart(source: string, attribute: MdxJsxAttribute, elementStart: number): number {
  const named = new RegExp(`(?<![\\w-])${attribute.name}\\s*=`, 'g');
  named.lastIndex = elementStart;
  const start = attribute.position?.start.offset ?? named.exec(source)?.index;
  const equals = source.indexOf('=', start ?? elementStart);
  const quote = /["']/.exec(source.slice(equals + 1));
  return equals + 1 + (quote?.index ?? 0) + 1;
}

/** Parses a page (MDX or included markdown) into the text the checker reads. Throws on an MDX syntax error, naming the page and line. */
export function readPageText(path: string, rawSource: string, parse: PageParser = parseWithSatteri): PageText {
  const source = blankFrontmatter(rawSource);
  let tree: Nodes;
  try {
    tree = parse(source);
  } catch (error) {
    const { reason, line } = error as { reason?: string; line?: number };
    throw new Error(
      `${path}${line ? `:${line}` : ''}: the page could not be parsed as MDX: ${reason ?? (error as Error).message}`,
      { cause: error },
    );
  }
  const segments: Segment[] = [];
  const bold: BoldSpan[] = [];
  const addText = (kind: Segment['kind'], origin: string, value: string, from: number, to: number) => {
    if (value.trim()) segments.push({ kind, origin, value, offsetOf: aligner(value, source, from, to) });
  };

  visit(tree, (node) => {
    if (NOT_TEXT.has(node.type)) return SKIP;
    if (node.type === 'paragraph' && isInclude(node)) return SKIP;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    // A title comes after the URL; start looking there, so its letters are not matched in the link text.
    const titleStart = (title: string) => Math.max(start, source.lastIndexOf(title, end));
    if (node.type === 'link') {
      if (node.title) addText('label', 'title', node.title, titleStart(node.title), end);
      // An autolink's text is its URL, which is no more a Norwegian sentence than the link target is.
      if (textOf(node) === node.url || `mailto:${textOf(node)}` === node.url) return SKIP;
    }
    if (node.type === 'image') {
      if (node.alt) addText('label', 'alt', node.alt, start + 2, end);
      if (node.title) addText('label', 'title', node.title, titleStart(node.title), end);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (
          attribute.type !== 'mdxJsxAttribute' ||
          typeof attribute.value !== 'string' ||
          !TEXT_ATTRIBUTES.has(attribute.name)
        )
          continue;
        addText(
          'label',
          attribute.name,
          attribute.value,
          attributeValueStart(source, attribute, start),
          attribute.position?.end.offset ?? end,
        );
      }
    }
    if (node.type === 'strong') {
      bold.push({ text: textOf(node).replace(/\s+/g, ' ').trim(), from: start + 2, to: Math.max(start + 2, end - 2) });
    }
    if (node.type === 'text') {
      // An alert marker (`> [!NOTE]`) is syntax, not text; the source writes it exactly as the value does.
      const marker = /^\[![A-Za-z]+\]/.exec(node.value)?.[0].length ?? 0;
      addText('text', 'text', node.value.slice(marker), start + marker, end);
    }
    return undefined;
  });

  const place = location(source);
  const position = (offset: number) => {
    const { line, column } = place.toPoint(offset) ?? { line: 1, column: 1 };
    return { line, column };
  };
  return { path, language: languageOf(rawSource), segments, bold, position };
}
