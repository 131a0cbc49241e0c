import { describe, expect, test } from 'vitest';
import { renderFixture, renderFixtureDom } from './render.ts';

describe('alerts', () => {
  test.each([
    ['note', 'Merk', 'Et notat.'],
    ['tip', 'Tips', 'Et tips.'],
    ['important', 'Viktig', 'Noe viktig.'],
    ['warning', 'Advarsel', 'En advarsel.'],
    ['caution', 'Forsiktig', 'Vær forsiktig.'],
  ])('[!%s] becomes a note titled "%s"', async (kind, title, text) => {
    const { getAllByRole } = await renderFixtureDom('no/samples/alerts.mdx');
    const callout = getAllByRole('note').find((note) => note.textContent?.includes(text));
    expect(callout?.classList.value).toBe(`callout callout-${kind}`);
    const heading = callout?.querySelector('p.callout-title');
    expect(heading?.textContent).toBe(title);
    expect(heading?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(callout?.textContent).not.toContain('[!');
  });

  test('a lower-case marker with text on the same line is still an alert', async () => {
    const { getAllByRole } = await renderFixtureDom('no/samples/alerts.mdx');
    const callout = getAllByRole('note').at(-1);
    expect(callout?.querySelector('.callout-title')?.textContent).toBe('Merk');
    const body = callout?.querySelector('p:not(.callout-title)');
    expect(body?.textContent).toBe('Små bokstaver og tekst på samme linje.');
  });

  test('a quote without a marker stays a quote, and no alert is an aside landmark', async () => {
    const { body, getAllByRole } = await renderFixtureDom('no/samples/alerts.mdx');
    expect(body.querySelectorAll('blockquote')).toHaveLength(1);
    expect(getAllByRole('note')).toHaveLength(6);
    expect(body.querySelector('aside')).toBeNull();
  });

  test('an unknown kind fails naming file, line and the allowed kinds', async () => {
    await expect(renderFixture('no/bad/unknown-alert.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/unknown-alert.mdx:7:1-8:32: tests/fixtures/markdown/docs/no/bad/unknown-alert.mdx:7: Unknown alert kind "[!WARN]". Use one of: [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION].]`,
    );
  });
});
