import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { headingIdSyntax } from '../../../src/markdown/heading-id-syntax.ts';
import { readPageText, type PageParser } from '../../../src/localization/terms/page-text.ts';

const remark = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(headingIdSyntax);

/** The parser the term checker used before Sätteri, kept as the reference its results are compared with. */
export const parseWithRemark: PageParser = (source) => remark.parse(source);

/**
 * What the checker reads in a page, in a form two parsers can be compared by: each text with its kind, where it
 * came from, and the source offsets of its first and last character; the bold spans; the page's language.
 */
export function pageTextSummary(path: string, source: string, parse?: PageParser) {
  const text = readPageText(path, source, parse);
  return {
    language: text.language,
    // Trailing spaces aside: remark keeps the space before a heading's `{#id}` in its text, Sätteri does not.
    segments: text.segments.map((s) => {
      const value = s.value.trimEnd();
      return [s.kind, s.origin, value, s.offsetOf(0), s.offsetOf(value.length - 1)];
    }),
    bold: text.bold,
  };
}
