import { describe, expect, it } from 'vitest';
import { parseSourceDate } from '../../../src/schemas/frontmatter.ts';
import { parseFrontmatter } from '../../../src/schemas/frontmatter-source.ts';

const valid = {
  uid: 'help-no-erp-update-connection',
  title: 'Rediger ERP-kobling',
  description: 'Lær hvordan du endrer en ERP-kobling.',
  keywords: 'rediger ERP-kobling, sync connector',
  author: 'Bergfrid Dias',
  date: '03.31.2025',
  version: 10.5,
  content_type: 'howto',
  license: 'development-tools',
  audience: 'settings',
  audience_tooltip: 'Innstillinger og vedlikehold',
  language: 'no',
};

/** A page with this frontmatter, in the order the fields appear (line 2 on), so errors can point at lines. */
const source = (data: Record<string, unknown>) =>
  `---\n${Object.entries(data)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join('\n')}\n---\n\n# Tittel\n`;

const parse = (data: Record<string, unknown>) => parseFrontmatter(data, 'content/docs/no/x.mdx', source(data));

describe('frontmatter', () => {
  it('accepts the seed page and normalises its shapes', () => {
    const data = parse(valid);
    expect(data.keywords).toEqual(['rediger ERP-kobling', 'sync connector']);
    expect(data.version).toBe('10.5');
    expect(data.redirect_from).toEqual([]);
    expect(data.index).toBe(true);
  });

  it('turns one redirect into a list and keeps a list', () => {
    expect(parse({ ...valid, redirect_from: '/old/' }).redirect_from).toEqual(['/old/']);
    expect(parse({ ...valid, redirect_from: ['/a/', '/b'] }).redirect_from).toEqual(['/a/', '/b']);
  });

  it('reads MM.DD.YYYY month first and rejects impossible days', () => {
    expect(parseSourceDate('03.31.2025')?.toISOString().slice(0, 10)).toBe('2025-03-31');
    expect(parseSourceDate('31.03.2025')).toBeUndefined();
    expect(parseSourceDate('02.30.2025')).toBeUndefined();
    expect(parseSourceDate('2025-03-31')).toBeUndefined();
  });

  it('names file, field and line for a bad date', () => {
    expect(() => parse({ ...valid, date: '31.03.2025' })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/docs/no/x.mdx is not valid:
        - content/docs/no/x.mdx:7 field "date": date "31.03.2025" is not a real date written as MM.DD.YYYY (month first)]
    `);
  });

  it('names a missing field', () => {
    const { author: _omitted, ...rest } = valid;
    expect(() => parse(rest)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/docs/no/x.mdx is not valid:
        - content/docs/no/x.mdx:1 field "author": author is required]
    `);
  });

  it('names an unknown field and a wrong content type together', () => {
    expect(() => parse({ ...valid, content_type: 'tutorial', autor: 'x' })).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/docs/no/x.mdx is not valid:
        - content/docs/no/x.mdx:9 field "content_type": content_type "tutorial" is not one of: landing, overview, howto, concept, troubleshooting, reference
        - content/docs/no/x.mdx:14 field "autor": this field is unknown. Did you mean "author"? The fields are: uid, title, description, keywords, author, date, version, content_type, license, audience, audience_tooltip, language, redirect_from, index]
    `);
  });

  it('rejects an empty title, a bad uid and a redirect that is not a path', () => {
    const error = (() => {
      try {
        parse({ ...valid, title: '  ', uid: 'Has Spaces', redirect_from: 'old page' });
      } catch (e) {
        return String(e);
      }
      return '';
    })();
    expect(error).toContain('field "title": title must not be empty');
    expect(error).toContain('field "uid": uid may hold only lower-case letters, digits and dashes');
    expect(error).toContain('each redirect_from path must start with / and hold no spaces');
  });
});
