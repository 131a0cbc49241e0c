import { describe, expect, test } from 'vitest';
import { renderFixture, renderFixtureDom, renderLenientDom } from '../render.ts';

describe('<Card> and <Columns>', () => {
  test('cards in columns: a heading one level below the page title, a decorative icon and the content', async () => {
    const page = await renderFixtureDom('no/dialect/layout.mdx');
    const { body } = page;
    const columns = body.querySelector('.columns');
    expect(columns?.className).toBe('columns columns-3');
    expect(columns?.querySelectorAll(':scope > .card')).toHaveLength(3);

    const title = page.getByRole('heading', { level: 2, name: 'Lisenser' });
    const card = title.closest('.card')!;
    expect(card.querySelector('.card-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(card.querySelector('.card-body')?.textContent?.trim()).toBe('Innhold i kortet med en lenke.');
    // A link inside a card goes through the link checks like any other.
    expect(card.querySelector('.card-body a')?.getAttribute('href')).toBe('/no/dialect/layout/#lisenser');
  });

  test('a card with href: its title is the link, and the card is marked to be clickable as a whole', async () => {
    const page = await renderFixtureDom('no/dialect/layout.mdx');
    const link = page.getByRole('link', { name: 'Dagbok' });
    expect(link.getAttribute('href')).toBe('/no/erp/');
    expect(link.parentElement?.tagName).toBe('H2');
    const card = link.closest('.card');
    expect(card?.className).toBe('card card-link');
    // The call to action is shown, but not read out after the link that already says where it goes.
    expect(card?.querySelector('.card-cta')?.textContent).toBe('Les mer');
    expect(card?.querySelector('.card-cta')?.getAttribute('aria-hidden')).toBe('true');
  });

  test("a card's title nests under the heading before it, and a one-line card's text is a paragraph", async () => {
    const page = await renderFixtureDom('no/dialect/layout.mdx');
    expect(page.getByRole('heading', { level: 3, name: 'Kort under et avsnitt' }).className).toBe('card-title');
    const plain = page.getByRole('heading', { level: 2, name: 'Uten ikon' }).closest('.card');
    expect(plain?.querySelector('.card-body > p')?.textContent).toBe('Bare tekst.');
  });

  test('a misspelt attribute fails naming it and what the card takes', async () => {
    await expect(renderFixture('no/bad/card-attribute.mdx')).rejects.toThrow(
      'card-attribute.mdx:5: <Card> has no attribute "titel". Did you mean "title"? It takes: title, icon, iconType, href, horizontal, cta.',
    );
  });

  test('columns beyond four fail; in a lenient file they are capped', async () => {
    await expect(renderFixture('no/bad/columns-cols.mdx')).rejects.toThrow(
      'columns-cols.mdx:5: <Columns> cols={7} must be a whole number from 1 to 4.',
    );
    const page = await renderLenientDom('no/bad/columns-cols.mdx');
    const { body, warnings } = page;
    expect(body.querySelector('.columns')?.className).toBe('columns columns-4');
    expect(warnings.map((warning) => warning.rule)).toEqual(['columns:cols']);
  });
});
