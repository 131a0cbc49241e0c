import type { Heading, Paragraph, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkSatteriParse } from '../../../src/markdown/satteri-parse.ts';
import { isCommentOnly, staticValue } from '../../../src/markdown/docs-root/static-value.ts';

const parse = (value: string) =>
  unified()
    .use(remarkSatteriParse)
    .parse(new VFile({ path: 'side.mdx', value })) as Root;

describe('the docs-root parser (Sätteri)', () => {
  it('gives an explicit heading id as the idString node the heading-id step reads, the text without it', () => {
    const heading = parse('## Opprett aktør {#create-actor}\n').children[0] as Heading;
    expect(heading.children.map((c) => [c.type, 'value' in c ? c.value : ''])).toEqual([
      ['text', 'Opprett aktør'],
      ['idString', 'create-actor'],
    ]);
    expect(heading.data?.hProperties).toBeUndefined();
    expect(heading.children[1]?.position?.start).toEqual({ line: 1, column: 18, offset: 17 });
  });

  it('keeps an id as written, so one with a space is reported rather than cut short', () => {
    const heading = parse('## Tittel {#a b}\n').children[0] as Heading;
    expect(heading.children.at(-1)).toMatchObject({ type: 'idString', value: 'a b' });
  });

  it('gives imports, expressions and attribute expressions their estree, as remark-mdx does', () => {
    const tree = parse(
      'import Kort from "/snippets/kort.mdx"\n\n<Columns cols={3} {...{ a: 1 }}>\n{/* merknad */}\n</Columns>\n',
    );
    const esm = tree.children[0] as MdxjsEsm;
    expect(esm.data?.estree?.body[0]).toMatchObject({
      type: 'ImportDeclaration',
      source: { value: '/snippets/kort.mdx' },
    });
    const columns = tree.children[1] as MdxJsxFlowElement;
    const cols = columns.attributes[0];
    expect(
      cols?.type === 'mdxJsxAttribute' && typeof cols.value === 'object' && staticValue(cols.value?.data?.estree),
    ).toEqual({ ok: true, value: 3 });
    const spread = columns.attributes[1];
    expect(spread?.type === 'mdxJsxExpressionAttribute' && spread.data?.estree?.body[0]).toMatchObject({
      type: 'ExpressionStatement',
    });
    const comment = columns.children[0] as { data?: { estree?: import('estree').Program } };
    expect(isCommentOnly(comment.data?.estree)).toBe(true);
  });

  it('reads JSX inside an attribute expression', () => {
    const card = parse('<Card icon={<svg />} />\n').children[0] as MdxJsxFlowElement;
    const icon = card.attributes[0];
    const program =
      icon?.type === 'mdxJsxAttribute' && typeof icon.value === 'object' ? icon.value?.data?.estree : undefined;
    expect(program?.body[0]).toMatchObject({ type: 'ExpressionStatement', expression: { type: 'JSXElement' } });
  });

  it('keeps GitHub-flavoured markdown: tables, strikethrough, task lists', () => {
    const tree = parse('| A | B |\n| - | - |\n| 1 | 2 |\n\n~~borte~~\n\n- [x] gjort\n');
    expect(tree.children.map((c) => c.type)).toEqual(['table', 'paragraph', 'list']);
    expect((tree.children[1] as Paragraph).children[0]?.type).toBe('delete');
  });

  it('names the line and column of a syntax error', () => {
    const failure = (value: string) => {
      try {
        parse(value);
      } catch (error) {
        return error as { line?: number; column?: number; reason?: string };
      }
      throw new Error('no error');
    };
    const unclosed = failure('# Tittel\n\n<Note>\nTekst\n');
    expect([unclosed.line, unclosed.column]).toEqual([3, 1]);
    expect(unclosed.reason).toContain('closing tag for `<Note>`');
    const expression = failure('# Tittel\n\nTekst {1 +} her\n');
    expect(expression.line).toBe(3);
    expect(expression.reason).toContain('expression');
  });
});
