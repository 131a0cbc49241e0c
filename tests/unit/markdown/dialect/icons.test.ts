import { faGithub } from '@fortawesome/free-brands-svg-icons';
import { faBell as faBellRegular } from '@fortawesome/free-regular-svg-icons';
import { faBell, faBook, faCompass, faFileLines } from '@fortawesome/free-solid-svg-icons';
import type { IconDefinition } from '@fortawesome/fontawesome-common-types';
import { describe, expect, test } from 'vitest';
import { renderFixture, renderFixtureDom, renderLenientDom } from '../render.ts';

/** The path data of an icon as the Font Awesome package itself ships it. */
const pathOf = (icon: IconDefinition) => icon.icon[4];

describe('<Icon>', () => {
  test('draws the Font Awesome icon as inline svg, decorative unless labelled', async () => {
    const page = await renderFixtureDom('no/dialect/layout.mdx');
    const { body } = page;
    const [book] = body.querySelectorAll('p svg');
    expect(book?.getAttribute('aria-hidden')).toBe('true');
    expect(book?.getAttribute('class')).toBe('icon');
    expect(book?.querySelector('path')?.getAttribute('d')).toBe(pathOf(faBook));
    expect(book?.getAttribute('viewBox')).toBe(`0 0 ${faBook.icon[0]} ${faBook.icon[1]}`);

    const compass = page.getByRole('img', { name: 'Kompass' });
    expect(compass.querySelector('path')?.getAttribute('d')).toBe(pathOf(faCompass));
  });

  test('finds aliases and brand icons, and iconType picks the style', async () => {
    const page = await renderFixtureDom('no/dialect/layout.mdx');
    const { body } = page;
    const paths = [...body.querySelectorAll('p:nth-of-type(2) svg path')].map((path) => path.getAttribute('d'));
    expect(paths).toEqual([pathOf(faFileLines), pathOf(faGithub), pathOf(faBellRegular)]);
    expect(pathOf(faBellRegular)).not.toBe(pathOf(faBell));
  });

  test('an unknown icon fails naming file, line and the closest names', async () => {
    await expect(renderFixture('no/bad/unknown-fa-icon.mdx')).rejects.toThrow(
      'tests/fixtures/markdown/docs/no/bad/unknown-fa-icon.mdx:7: Unknown Font Awesome icon "boook". Did you mean "book" or "broom"?',
    );
  });

  test('in a lenient file an unknown decorative icon is left out and reported with its place', async () => {
    const page = await renderLenientDom('no/bad/unknown-fa-icon.mdx');
    const { body, warnings } = page;
    expect(body.querySelector('svg')).toBeNull();
    expect(body.textContent).toContain('Et ikon:');
    expect(warnings).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/markdown/docs/no/bad/unknown-fa-icon.mdx',
        line: 7,
        rule: 'icons:unknown',
      }),
    ]);
  });

  test('a labelled icon that cannot be drawn keeps its label as text; a Pro style or an image path is reported', async () => {
    const page = await renderLenientDom('no/bad/icon-problems.mdx');
    const { body, warnings } = page;
    const [labelled, pro] = body.querySelectorAll('p');
    expect(labelled?.textContent).toBe('Merket, men ukjent: Varselklokke');
    // A Pro-only style falls back to the free solid icon.
    expect(pro?.querySelector('path')?.getAttribute('d')).toBe(pathOf(faBell));
    expect(warnings.map(({ line, rule }) => `${line} ${rule}`)).toEqual([
      '5 icons:unknown',
      '7 icons:icon-type',
      '9 icons:not-a-name',
    ]);
  });
});
