import { BarcodeIcon } from '@phosphor-icons/react/dist/ssr/Barcode';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { renderFixture, renderFixtureDom } from './render.ts';

/** The path data Phosphor itself renders for an icon weight: the source of truth for the inline SVG. */
function phosphorPaths(weight: 'regular' | 'bold'): string[] {
  const html = renderToStaticMarkup(createElement(BarcodeIcon, { weight }));
  return [...html.matchAll(/ d="([^"]+)"/g)].map((match) => match[1]!);
}

function pathsOf(svg: Element): string[] {
  return [...svg.querySelectorAll('path')].map((path) => path.getAttribute('d') ?? '');
}

describe('icons', () => {
  test('a labelled icon becomes an inline svg image with that name', async () => {
    const { getByRole } = await renderFixtureDom('no/samples/icons.mdx');
    const svg = getByRole('img', { name: 'Barcode icon' });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('class')).toBe('icon');
    expect(svg.getAttribute('width')).toBe('1em');
    expect(svg.getAttribute('height')).toBe('1em');
    expect(svg.getAttribute('fill')).toBe('currentColor');
    expect(pathsOf(svg)).toEqual(phosphorPaths('regular'));
  });

  test('an icon without a label is hidden from assistive technology and keeps extra classes', async () => {
    const { body } = await renderFixtureDom('no/samples/icons.mdx');
    const svg = body.querySelector('svg.extra');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.hasAttribute('role')).toBe(false);
    expect(svg?.getAttribute('class')).toBe('icon extra');
  });

  test('weight classes pick the weight', async () => {
    const { getByRole } = await renderFixtureDom('no/samples/icons.mdx');
    expect(pathsOf(getByRole('img', { name: 'Fet strekkode' }))).toEqual(phosphorPaths('bold'));
    // Duotone draws a faded background shape under the outline.
    expect(pathsOf(getByRole('img', { name: 'Opp' }))).toHaveLength(2);
  });

  test('no icon-font markup is left, and a plain <i> is untouched', async () => {
    const html = await renderFixture('no/samples/icons.mdx');
    expect(html).not.toMatch(/class="ph/);
    expect(html).toContain('<i>kursiv</i>');
  });

  test('an unknown icon fails naming file, line and the name, with the closest names', async () => {
    await expect(renderFixture('no/bad/unknown-icon.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/unknown-icon.mdx:5:6-5:57: tests/fixtures/markdown/docs/no/bad/unknown-icon.mdx:5: Unknown Phosphor icon "barcod". Did you mean "barcode"? Names are listed at https://phosphoricons.com.]`,
    );
  });

  test('an icon without a name fails', async () => {
    await expect(renderFixture('no/bad/icon-without-name.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/icon-without-name.mdx:5:10-5:45: tests/fixtures/markdown/docs/no/bad/icon-without-name.mdx:5: Icon has no name. Add a class such as "ph-barcode" (a Phosphor icon name).]`,
    );
  });
});
