import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderFixtureDom } from '../render.ts';

const catalog = (lang: string) =>
  JSON.parse(readFileSync(`content/i18n/${lang}/site.json`, 'utf8')) as Record<string, string>;

describe('Mintlify callouts', () => {
  test.each([
    ['note', 'En merknad med fet tekst.'],
    ['tip', 'Et tips på én linje.'],
    ['warning', 'En advarsel.'],
    ['caution', 'Vær forsiktig.'],
    ['info', 'Litt informasjon.'],
    ['check', 'Alt gikk bra.'],
    ['danger', 'Dette kan slette data.'],
  ])('the %s callout is a note titled from the Norwegian catalog on a Norwegian page', async (kind, body) => {
    const page = await renderFixtureDom('no/dialect/callouts.mdx');
    const callout = page.getAllByRole('note').find((note) => note.textContent?.includes(body));
    expect(callout?.className).toBe(`callout callout-${kind}`);
    const title = callout?.querySelector(':scope > p.callout-title');
    expect(title?.textContent).toBe(catalog('nb')[`site.callout.${kind}`]);
    expect(title?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    // The text is a paragraph of its own, also when written on one line with the tags.
    expect(callout?.querySelector(':scope > p:not(.callout-title)')?.textContent).toBe(body);
  });

  test('a <Note> has exactly the markup of a > [!NOTE] alert, so both dialects look and read the same', async () => {
    const page = await renderFixtureDom('no/dialect/callouts.mdx');
    const notes = page.getAllByRole('note').filter((note) => note.className === 'callout callout-note');
    expect(notes).toHaveLength(2);
    const [jsx, alert] = notes.map((note) => note.querySelector('.callout-title')!.outerHTML);
    expect(jsx).toBe(alert);
    expect(notes.map((note) => [...note.attributes].map((a) => `${a.name}=${a.value}`))).toEqual([
      ['class=callout callout-note', 'role=note'],
      ['class=callout callout-note', 'role=note'],
    ]);
  });

  test('English titles on a page in an English folder, on a page that declares English, and in shared snippets', async () => {
    const en = catalog('en');
    const title = async (page: string) =>
      (await renderFixtureDom(page)).body.querySelector('.callout-title')?.textContent;
    expect(await title('en/dialect/note.mdx')).toBe(en['site.callout.note']);
    expect(await title('no/dialect/declared-english.mdx')).toBe(en['site.callout.tip']);
    expect(await title('snippets/shared-warning.mdx')).toBe(en['site.callout.warning']);
    expect(en['site.callout.note']).not.toBe(catalog('nb')['site.callout.note']);
  });

  test('<Callout> is an untitled note led by its decorative Font Awesome icon', async () => {
    const page = await renderFixtureDom('no/dialect/callouts.mdx');
    const callout = page.getAllByRole('note').find((note) => note.classList.contains('callout-custom'));
    expect(callout?.querySelector('.callout-title')).toBeNull();
    expect(callout?.querySelector(':scope > svg.callout-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(callout?.textContent).toBe('En egen merknad med ikon og uten tittel.');
  });
});
