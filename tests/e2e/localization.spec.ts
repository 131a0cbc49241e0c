import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';
import { islandsHydrated } from './islands.ts';

/**
 * The translators' tools on the built site: the simulator's language switch and pseudo-locale, the review page
 * /oversettelse/ with its filters, and "Vis i simulatoren".
 */

type Catalog = Record<string, string>;
/** A namespace's texts in one language, from every file of it (`sim.json` and `sim.dialog.json`). */
const catalog = (lang: string, namespace: string): Catalog =>
  Object.fromEntries(
    readdirSync(`content/i18n/${lang}`)
      .filter((file) => file.startsWith(`${namespace}.`) && file.endsWith('.json'))
      .flatMap((file) => Object.entries(JSON.parse(readFileSync(`content/i18n/${lang}/${file}`, 'utf8')) as Catalog)),
  );
const nb = catalog('nb', 'sim');
const en = catalog('en', 'sim');

/** Field labels, help and options the scenario writes the same in both languages (`label` equal to `labelEn`). */
const sameInScenario = new Set<string>();
JSON.stringify(parse(readFileSync('content/scenarios/standard.yaml', 'utf8')), (_key, value: unknown) => {
  const record = value as Record<string, unknown> | null;
  for (const [nbField, enField] of [
    ['label', 'labelEn'],
    ['help', 'helpEn'],
  ] as const) {
    if (typeof record?.[nbField] === 'string' && record[nbField] === record[enField])
      sameInScenario.add(record[nbField]);
  }
  return value;
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalog text as a pattern: any value in each placeholder; several keys are joined with ", ". */
const pattern = (messages: Catalog, keys: string[]) =>
  new RegExp(
    `^${keys
      .map((key) =>
        messages[key]!.split(/\{\w+\}/)
          .map(escape)
          .join('.+?'),
      )
      .join(', ')}$`,
  );

const dialogOf = (page: Page) => page.locator('dialog.sim-dialog[open]');

/** The open dialog's texts by key: each marked element's own text (without marked elements inside it). */
async function markedTexts(dialog: Locator): Promise<Record<string, string>> {
  return dialog.evaluate((root) => {
    const texts: Record<string, string> = {};
    for (const element of root.querySelectorAll('[data-i18n-key]')) {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('[data-i18n-key]').forEach((inner) => inner.remove());
      texts[element.getAttribute('data-i18n-key')!] = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return texts;
  });
}

/** The accessible name of every named element in the dialog, in order, as `role "name"`. */
async function accessibleNames(dialog: Locator): Promise<Array<{ role: string; name: string }>> {
  const snapshot = await dialog.ariaSnapshot();
  return [...snapshot.matchAll(/^\s*- (\w+) "((?:[^"\\]|\\.)*)"/gm)].map((m) => ({
    role: m[1]!,
    name: JSON.parse(`"${m[2]}"`) as string,
  }));
}

/** Chooses a language in Språk, once the island has hydrated (a choice before that never reaches React). */
async function chooseLanguage(page: Page, value: 'nb' | 'en' | 'pseudo') {
  await page.goto('/simulator/');
  await islandsHydrated(page);
  await page.locator('select.sim-select').selectOption(value);
  // The chosen catalog is a chunk of its own: wait until the toolbar shows it.
  const messages = value === 'en' ? en : value === 'nb' ? nb : null;
  if (messages)
    await expect(page.getByRole('button', { name: messages['sim.ui.toolbar.reset'], exact: true })).toBeVisible();
  else await expect(page.getByRole('button', { name: /^\[Ţíĺƀáķéšţíĺĺ~*\]$/ })).toBeVisible();
}

test.describe('the simulator in another language', () => {
  for (const situation of ['ok-nedtonet', 'kan-ikke-aktiveres']) {
    test(`Språk: English changes every label of the open dialog (${situation})`, async ({ page }) => {
      await page.goto(`/simulator/?situasjon=${situation}`);
      const dialog = dialogOf(page);
      await expect(page.getByRole('dialog', { name: nb['sim.ui.dialog.title'] })).toBeVisible();
      const before = await markedTexts(dialog);
      const namesBefore = await accessibleNames(dialog);

      // The dialog is modal, so Språk is reached with it closed; the same situation then opens it again.
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
      await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
      await page.goto(`/simulator/?situasjon=${situation}`);
      await expect(page.getByRole('dialog', { name: en['sim.ui.dialog.title'] })).toBeVisible();
      const after = await markedTexts(dialog);
      const namesAfter = await accessibleNames(dialog);

      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      expect(Object.keys(after).length).toBeGreaterThan(15);
      for (const [keys, text] of Object.entries(after)) {
        const list = keys.split(' ');
        expect(text, keys).toMatch(pattern(en, list));
        if (list.some((key) => nb[key] !== en[key])) expect(text, keys).not.toBe(before[keys]);
      }

      // Every accessible name changed, except those that read the same in both languages.
      const same = new Set([
        ...Object.keys(nb)
          .filter((key) => nb[key] === en[key])
          .map((key) => nb[key]!),
        ...sameInScenario,
      ]);
      expect(namesAfter.map((n) => n.role)).toEqual(namesBefore.map((n) => n.role));
      const unchanged = namesAfter.filter((n, i) => n.name === namesBefore[i]!.name && !same.has(n.name));
      expect(unchanged).toEqual([]);
    });
  }
});

/** Controls and labels of the open dialogs that are wider than their box or stick out of their dialog. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog.sim-dialog[open]')) {
      const box = dialog.getBoundingClientRect();
      if (dialog.scrollWidth > dialog.clientWidth)
        problems.push(`dialog scrolls sideways: ${dialog.scrollWidth} > ${dialog.clientWidth}`);
      for (const el of dialog.querySelectorAll<HTMLElement>(
        'input, button, label, select, textarea, legend, a, p, li, h2, h3, h4',
      )) {
        const rect = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()} "${(el.textContent || (el as HTMLInputElement).value || '').trim().slice(0, 30)}"`;
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
          problems.push(`${name} is cut off: ${el.scrollWidth} > ${el.clientWidth}`);
        if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
          problems.push(`${name} sticks out: ${rect.left}..${rect.right} outside ${box.left}..${box.right}`);
      }
    }
    return problems;
  });
}

test.describe('the pseudo-locale', () => {
  for (const width of [1280, 360]) {
    test(`makes no control of the dialog overflow its box at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await chooseLanguage(page, 'pseudo');
      for (const situation of ['felt-last', 'ok-nedtonet', 'kan-ikke-aktiveres', 'test-feiler']) {
        await page.goto(`/simulator/?situasjon=${situation}`);
        const dialog = dialogOf(page);
        await expect(dialog.locator('[data-i18n-key="sim.ui.dialog.title"]')).toHaveText(
          /^\[Ķøñƒíĝúŕéŕ ÉŔÞ-ķøƀĺíñĝ~+\]$/,
        );
        expect(await overflowing(page), situation).toEqual([]);
      }
      // The member picker over it (test-feiler has chosen users and groups).
      await dialogOf(page).locator('[data-i18n-key="sim.ui.dialog.visibility.choose"]').click();
      await expect(page.locator('dialog.sim-picker[open]')).toBeVisible();
      expect(await overflowing(page)).toEqual([]);
    });
  }
});

const STRINGS = 'Tekstene i katalogene';
const rowOf = (page: Page, key: string) =>
  page
    .getByRole('table', { name: STRINGS })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: key, exact: true }) });
const visibleRows = (page: Page) => page.getByRole('table', { name: STRINGS }).locator('tbody tr:not([hidden])');

test.describe('the review page /oversettelse/', () => {
  test('lists every string with its key, texts, use, length, status and a way to see it in the simulator', async ({
    page,
  }) => {
    await page.goto('/oversettelse/');
    await expect(page.getByRole('heading', { level: 1, name: 'Gjennomgang av oversettelsen' })).toBeVisible();
    // Every namespace of the Norwegian catalogs (each file's first name: sim.json and sim.dialog.json are one).
    const namespaces = [...new Set(readdirSync('content/i18n/nb').map((file) => file.split('.')[0]!))];
    const total = namespaces.reduce((n, ns) => n + Object.keys(catalog('nb', ns)).length, 0);
    // The first rows, and the rest one click away (the search and filters look in all of them).
    await expect(visibleRows(page)).toHaveCount(50);
    await page.getByRole('button', { name: `Vis alle ${total} tekster` }).click();
    await expect(visibleRows(page)).toHaveCount(total);
    await expect(page.getByRole('region', { name: STRINGS })).toBeFocused();

    const ok = rowOf(page, 'sim.ui.dialog.ok');
    const cells = ok.getByRole('cell');
    await expect(cells.nth(0)).toHaveText('OK');
    await expect(cells.nth(1)).toHaveText('OK');
    await expect(cells.nth(2)).toContainText('src/simulator/ui/dialog/DialogFooter.tsx:');
    await expect(cells.nth(3)).toContainText('nb 2 / 32');
    await expect(cells.nth(4)).toHaveText('OK');
    await expect(ok.getByRole('link', { name: 'Vis i simulatoren: sim.ui.dialog.ok' })).toHaveAttribute(
      'href',
      /^\/simulator\/\?situasjon=[a-z-]+&marker=sim\.ui\.dialog\.ok$/,
    );

    const screen = rowOf(page, 'sim.ui.screen.lister').getByRole('cell');
    await expect(screen.nth(2)).toContainText('brukes via src/simulator/ui/Navigator.tsx:');
    await expect(screen.nth(2)).toContainText('(sim.ui.screen.*)');
    await expect(rowOf(page, 'sim.ui.picker.title').getByRole('cell').nth(5)).toHaveText('ikke synlig i en situasjon');
    await expect(rowOf(page, 'site.name').getByRole('cell').nth(1)).toHaveAttribute('lang', 'en');
  });

  test('lists the pages with their metadata and the term findings, by page and line', async ({ page }) => {
    await page.goto('/oversettelse/');
    const pages = page.getByRole('table', { name: /^Sidene i dokumentasjonen/ });
    const howto = pages
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Rediger ERP-kobling', exact: true }) });
    await expect(howto.getByRole('cell').nth(0)).toHaveText('Bergfrid Dias');
    await expect(howto.locator('time')).toHaveText('31. mars 2025');
    await expect(howto.locator('time')).toHaveAttribute('datetime', '2025-03-31');
    await expect(howto.getByRole('cell').nth(2)).toHaveText('10.5');
    await expect(howto.getByRole('cell').nth(3)).toHaveText('no');
    await expect(howto.getByRole('cell').nth(4)).toHaveText('howto');
    await expect(howto.getByRole('cell').nth(5)).toHaveText('help-no-erp-update-connection');

    const seed = 'content/docs/no/erp/admin/update-connection.mdx';
    const line =
      readFileSync(seed, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('Barcode icon')) + 1;
    const findings = page.getByRole('table', { name: `Funn i ${seed}` });
    const barcode = findings.getByRole('row').filter({ hasText: 'Barcode icon' });
    await expect(barcode.getByRole('cell')).toHaveText([
      String(line),
      'Engelsk tekst',
      'Barcode icon',
      'Strekkode-ikon',
      /aria-label="Barcode icon" er engelsk tekst/,
      'Advarsel',
    ]);
    await expect(barcode.getByRole('cell').nth(2)).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('region', { name: `Funn i ${seed}` })).toBeVisible();
  });

  test('filters the strings by catalog and status, and searches them as you type', async ({ page }) => {
    await page.goto('/oversettelse/');
    const count = page.getByRole('status').filter({ hasText: /^Viser \d+ av \d+ tekster\.$/ });
    await page.getByRole('combobox', { name: 'Katalog' }).selectOption({ label: 'Simulatoren (sim)' });
    await expect(visibleRows(page)).toHaveCount(50);
    await page.getByRole('button', { name: `Vis alle ${Object.keys(nb).length} tekster` }).click();
    await expect(visibleRows(page)).toHaveCount(Object.keys(nb).length);
    expect(
      new Set(await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.namespace))),
    ).toEqual(new Set(['sim']));
    await expect(count).toHaveText(
      `Viser ${Object.keys(nb).length} av ${await page.locator('.strings-table tbody tr').count()} tekster.`,
    );

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'OK' });
    await expect(visibleRows(page).first().getByRole('cell').nth(4)).toHaveText('OK');
    const statuses = await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
    expect(statuses.length).toBeGreaterThan(50);
    expect(new Set(statuses)).toEqual(new Set(['ok']));

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alle statuser' });
    await page.getByRole('combobox', { name: 'Katalog' }).selectOption({ label: 'Alle kataloger' });
    const search = page.getByRole('searchbox', { name: 'Søk i nøkler og tekster' });
    await search.pressSequentially('Avbr');
    await expect(rowOf(page, 'sim.ui.dialog.cancel')).toBeVisible();
    await expect(rowOf(page, 'sim.ui.dialog.ok')).toBeHidden();
    const texts = await visibleRows(page).evaluateAll((rows) =>
      rows.map((r) =>
        [...(r as HTMLTableRowElement).cells]
          .slice(0, 3)
          .map((c) => c.textContent)
          .join(' ')
          .toLowerCase(),
      ),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain('avbr');
    await expect(count).toHaveText(new RegExp(`^Viser ${texts.length} av`));

    await search.fill('sim.ui.toolbar.lang.');
    await expect(visibleRows(page)).toHaveCount(3);
    await search.fill('');
    await expect(rowOf(page, 'sim.ui.dialog.ok')).toBeVisible();
  });

  test('a link to a string held back below the first rows shows it', async ({ page }) => {
    const last = Object.keys(catalog('nb', 'site')).at(-1)!;
    await page.goto(`/oversettelse/#tekst-${last}`);
    await expect(rowOf(page, last)).toBeInViewport();
    await expect(page.getByRole('combobox', { name: 'Katalog' })).toHaveValue('');
  });

  test('offers the current XLIFF export for download and explains the commands', async ({ page, request }) => {
    await page.goto('/oversettelse/');
    const link = page.getByRole('link', { name: 'Last ned gjeldende eksport (XLIFF 2.0)' });
    await expect(link).toHaveAttribute('download', 'oversettelse.xlf');
    await expect(page.getByText('npm run xliff -- export oversettelse.xlf')).toBeVisible();
    await expect(page.getByText('npm run xliff -- import oversettelse.xlf')).toBeVisible();
    const xliff = await (await request.get((await link.getAttribute('href'))!)).text();
    expect(xliff).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nb" trgLang="en">',
    );
    expect(xliff).toContain('<unit id="sim.ui.dialog.ok">');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the review page shows the whole table, and no filters that would do nothing', async ({ page }) => {
    await page.goto('/oversettelse/');
    await expect(page.getByRole('combobox', { name: 'Katalog' })).toBeHidden();
    await expect(rowOf(page, 'sim.ui.dialog.ok')).toBeVisible();
    await expect(rowOf(page, 'site.name')).toBeVisible();
  });
});

test.describe('"Vis i simulatoren"', () => {
  test('opens the simulator with the element of the string outlined, in view and announced', async ({ page }) => {
    await page.goto('/oversettelse/#tekst-sim.ui.dialog.ok');
    await rowOf(page, 'sim.ui.dialog.ok')
      .getByRole('link', { name: /^Vis i simulatoren/ })
      .click();
    await expect(page).toHaveURL(/\/simulator\/$/);
    const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
    const ok = dialog.getByRole('button', { name: 'OK', exact: true });
    await expect(ok).toHaveAttribute('data-sim-marked', 'sim.ui.dialog.ok');
    await expect(ok).toHaveCSS('outline-style', 'dashed');
    await expect(ok).toBeInViewport();
    await expect(page.locator('[data-sim-marked]')).toHaveCount(1);
    await expect(dialog.getByRole('status').filter({ hasText: 'Markert i simulatoren' })).toHaveText(
      'Markert i simulatoren: «OK» (sim.ui.dialog.ok).',
    );
  });

  test('closes the dialog when the string lies behind it, and starts over for a string of the start', async ({
    page,
  }) => {
    await page.goto('/oversettelse/#tekst-sim.ui.button.configure');
    await rowOf(page, 'sim.ui.button.configure')
      .getByRole('link', { name: /^Vis i simulatoren/ })
      .click();
    const configure = page.getByRole('button', { name: 'Konfigurer ERP-kobling' });
    await expect(configure).toHaveAttribute('data-sim-marked', 'sim.ui.button.configure');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(configure).toBeInViewport();

    await page.goto('/oversettelse/');
    await page.getByRole('searchbox', { name: 'Søk i nøkler og tekster' }).fill('sim.ui.screen.sikkerhet');
    await rowOf(page, 'sim.ui.screen.sikkerhet')
      .getByRole('link', { name: /^Vis i simulatoren/ })
      .click();
    const entry = page.getByRole('navigation', { name: 'Navigator' }).getByRole('button', { name: 'Sikkerhet' });
    await expect(entry).toHaveAttribute('data-sim-marked', 'sim.ui.screen.sikkerhet');
    await expect(
      page.getByRole('navigation', { name: 'Navigator' }).getByRole('button', { name: 'Brukere' }),
    ).toHaveAttribute('aria-current', 'page');
  });
});
