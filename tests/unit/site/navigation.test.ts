import { describe, expect, it } from 'vitest';
import { breadcrumbs, buildNavigation, neighbours } from '../../../src/navigation/sidebar.ts';
import { routeForDocPath } from '../../../src/navigation/routes.ts';
import { tocSchema } from '../../../src/schemas/toc.ts';

const pages = [
  { file: 'index.mdx', title: 'Velkommen' },
  { file: 'no/erp/admin/index.mdx', title: 'ERP-integrasjon' },
  { file: 'no/erp/admin/update-connection.mdx', title: 'Rediger ERP-kobling' },
  { file: 'no/erp/learn/connect.mdx', title: 'Knytt til ERP-aktører' },
];
const toc = tocSchema.parse([
  { page: 'index.mdx', label: 'Start' },
  {
    label: 'Administrere',
    items: [{ page: 'no/erp/admin/index.mdx', label: 'Oversikt' }, { page: 'no/erp/admin/update-connection.mdx' }],
  },
  { label: 'For brukere', items: [{ page: 'no/erp/learn/connect.mdx' }] },
]);

describe('routes', () => {
  it('mirror the path below content/docs', () => {
    expect(routeForDocPath('no/erp/admin/update-connection.mdx')).toBe('/no/erp/admin/update-connection/');
    expect(routeForDocPath('no/erp/admin/index.mdx')).toBe('/no/erp/admin/');
    expect(routeForDocPath('index.mdx')).toBe('/');
  });
});

describe('navigation', () => {
  const nav = buildNavigation(toc, pages);

  it('keeps the order of the table of contents and uses labels or titles', () => {
    expect(nav.order.map((l) => l.label)).toEqual([
      'Start',
      'Oversikt',
      'Rediger ERP-kobling',
      'Knytt til ERP-aktører',
    ]);
    expect(nav.tabs[0]?.items[1]).toMatchObject({ label: 'Administrere' });
  });

  it('gives previous and next in reading order', () => {
    const { previous, next } = neighbours(nav, '/no/erp/admin/update-connection/');
    expect(previous?.route).toBe('/no/erp/admin/');
    expect(next?.route).toBe('/no/erp/learn/connect/');
    expect(neighbours(nav, '/').previous).toBeUndefined();
  });

  it('builds breadcrumbs from the start page and the section', () => {
    expect(breadcrumbs(nav, '/no/erp/admin/update-connection/')).toEqual([
      { label: 'Start', route: '/' },
      { label: 'Administrere', route: '/no/erp/admin/' },
    ]);
    // The section's first page does not link to itself.
    expect(breadcrumbs(nav, '/no/erp/admin/')[1]).toEqual({ label: 'Administrere', route: undefined });
  });

  it('fails naming toc.yaml when an entry has no page, a page is listed twice, or a page is missing', () => {
    const broken = tocSchema.parse([
      { page: 'index.mdx' },
      { page: 'index.mdx' },
      { label: 'A', items: [{ page: 'no/erp/admin/gone.mdx' }] },
    ]);
    expect(() => buildNavigation(broken, pages)).toThrowErrorMatchingInlineSnapshot(`
      [Error: The table of contents does not match the pages:
        - content/docs/toc.yaml lists "index.mdx" more than once
        - content/docs/toc.yaml lists "no/erp/admin/gone.mdx", but there is no such page in content/docs
        - content/docs/no/erp/admin/index.mdx is not in content/docs/toc.yaml: add it where it belongs
        - content/docs/no/erp/admin/update-connection.mdx is not in content/docs/toc.yaml: add it where it belongs
        - content/docs/no/erp/learn/connect.mdx is not in content/docs/toc.yaml: add it where it belongs]
    `);
  });
});
