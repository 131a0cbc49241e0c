import { describe, expect, test } from 'vitest';
import { renderFixture, renderFixtureDom, renderLenientDom } from '../render.ts';

describe('<Steps>', () => {
  test('a numbered list with a heading per step, one level below the heading before it', async () => {
    const page = await renderFixtureDom('no/dialect/structure.mdx');
    const { body } = page;
    const list = body.querySelector('ol.steps');
    const items = [...(list?.querySelectorAll(':scope > li.step') ?? [])];
    expect(items).toHaveLength(2);
    expect(page.getByRole('heading', { level: 3, name: 'Åpne innstillingene' }).closest('li')).toBe(items[0]);
    expect(items[0]?.querySelector('p')?.textContent).toBe('Velg Innstillinger og vedlikehold.');
    // stepNumber sets the list's own number.
    expect(items[1]?.getAttribute('value')).toBe('5');
  });

  test('a <Step> outside <Steps> fails; in a lenient file it is a one-step list', async () => {
    await expect(renderFixture('no/bad/orphan-step.mdx')).rejects.toThrow(
      'orphan-step.mdx:5: <Step> must be inside <Steps>.',
    );
    const page = await renderLenientDom('no/bad/orphan-step.mdx');
    const { warnings } = page;
    expect(page.getByRole('heading', { name: 'Alene' }).closest('ol.steps')).not.toBeNull();
    expect(warnings.map((warning) => warning.rule)).toEqual(['steps:orphan']);
  });
});

describe('<Tabs>', () => {
  test('every panel is in the page under its own title, for the script to make tabs of', async () => {
    const page = await renderFixtureDom('no/dialect/structure.mdx');
    const { body } = page;
    const set = body.querySelector('[data-tabs]');
    const panels = [...(set?.querySelectorAll(':scope > [data-tab-panel]') ?? [])];
    expect(panels.map((panel) => panel.querySelector(':scope > [data-tab-title]')?.textContent?.trim())).toEqual([
      'Modulbaserte abonnementer',
      'CRM Suite',
    ]);
    expect(panels.map((panel) => panel.hasAttribute('hidden'))).toEqual([false, false]);
    expect(panels[1]?.querySelector('[data-tab-title] svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(panels[0]?.querySelector('h3')?.id).toBe('module-details');
  });

  test('a <Tab> outside <Tabs> fails; in a lenient file its title and text are kept', async () => {
    await expect(renderFixture('no/bad/orphan-tab.mdx')).rejects.toThrow(
      'orphan-tab.mdx:7: <Tab> must be inside <Tabs>.',
    );
    const page = await renderLenientDom('no/bad/orphan-tab.mdx');
    const { body, warnings } = page;
    expect(body.querySelector('.tab-orphan')?.textContent).toBe('AleneInnholdet skal ikke gå tapt.');
    expect(body.querySelector('[data-tabs]')).toBeNull();
    expect(warnings.map((warning) => warning.rule)).toEqual(['tabs:orphan']);
  });

  test('text between the tabs fails; in a lenient file it follows the tabs', async () => {
    await expect(renderFixture('no/bad/tabs-stray.mdx')).rejects.toThrow(
      'tabs-stray.mdx:10: <Tabs> may only hold <Tab> elements; move this text into a tab.',
    );
    const page = await renderLenientDom('no/bad/tabs-stray.mdx');
    const { body } = page;
    expect(body.querySelector('[data-tabs] + p')?.textContent).toBe('Løs tekst mellom fanene.');
  });
});

describe('<Accordion>', () => {
  test('a native details element, closed unless defaultOpen, with the title as its summary', async () => {
    const page = await renderFixtureDom('no/dialect/structure.mdx');
    const { body } = page;
    const [example, open] = [...body.querySelectorAll('details.accordion')];
    expect(example?.querySelector('summary')?.textContent).toBe('Eksempel');
    expect(example?.hasAttribute('open')).toBe(false);
    expect([...(example?.querySelectorAll('.accordion-body > p') ?? [])].map((p) => p.textContent)).toEqual([
      'Med vennlig hilsen,',
      'SuperShop',
    ]);
    expect(open?.hasAttribute('open')).toBe(true);
    expect(open?.parentElement?.className).toBe('accordion-group');
    expect(open?.querySelector('.accordion-description')?.textContent).toBe('Med en forklaring');
  });
});

describe('components written on one line, and comments between tabs and steps', () => {
  test('a one-line callout that starts with an icon is still one paragraph', async () => {
    const page = await renderFixtureDom('no/dialect/inline.mdx');
    const text = page.getByRole('note').querySelector(':scope > p:not(.callout-title)');
    expect(text?.textContent).toBe(' Ferdig på én linje.');
    expect(text?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  test('a video in running text is an inline link', async () => {
    const page = await renderFixtureDom('no/dialect/inline.mdx');
    const link = page.getByRole('link', { name: 'Se videoen på YouTube: Kort video' });
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=kort123');
    expect(link.parentElement?.textContent).toBe('Se også Se videoen på YouTube: Kort video før du begynner.');
  });

  test('MDX comments between tabs and steps are not stray text', async () => {
    const { body } = await renderFixtureDom('no/dialect/inline.mdx');
    expect(body.querySelectorAll('[data-tab-panel]')).toHaveLength(2);
    expect(body.querySelectorAll('li.step')).toHaveLength(1);
  });
});
