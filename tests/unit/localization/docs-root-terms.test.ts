import { describe, expect, it } from 'vitest';
import { checkSite } from '../../../src/localization/terms/check-site.ts';
import { readDocsRootPages } from '../../../src/localization/terms/docs-root-pages.ts';

const SITE = 'tests/fixtures/localization/site';
const DOCS_ROOT = 'tests/fixtures/docs-root/terms';
const PAGE = `${DOCS_ROOT}/no/side.mdx`;

describe('the term checker with a docs root', () => {
  it('reads the docs root’s pages too, {#id} headings and all, and only with DOCS_ROOT', () => {
    expect(readDocsRootPages({ DOCS_ROOT }).map((p) => [p.path, p.asWritten])).toEqual([[PAGE, true]]);
    expect(readDocsRootPages({})).toEqual([]);
  });

  it('reports what concerns the simulator’s words on those pages, as warnings that do not fail the check', () => {
    const findings = checkSite(SITE, { DOCS_ROOT }).filter((f) => f.page === PAGE);
    expect(findings.map((f) => `${f.severity} ${f.kind} ${f.line} «${f.text}» -> «${f.suggestion}»`)).toEqual([
      'warning unknown-ui-term 8 «Omfang» -> «Synlighet»',
      'warning avoid-variant 12 «forbindelsestesten» -> «tilkoblingstest»',
    ]);
  });

  it('leaves out bold names of screens the simulator does not have, and the heading id', () => {
    const texts = checkSite(SITE, { DOCS_ROOT })
      .filter((f) => f.page === PAGE)
      .map((f) => f.text);
    expect(texts).not.toContain('Lagre endringer');
    expect(texts.join(' ')).not.toContain('side}');
  });
});
