import { pluralForm } from '../../i18n/plural.ts';
import { fill } from '../../i18n/translate.ts';

/**
 * How many matching rows show before "Vis alle": hundreds of rows make a page that is slow to lay out, scroll
 * and check (an accessibility checker takes most of a minute over all of them), while a search or a filter
 * usually leaves a few. Without JavaScript every row shows.
 */
export const FIRST_ROWS = 50;

/**
 * The review page's string filters: catalog, status and a search that filters as you type. The table is rendered
 * whole on the server; this script shows the (otherwise hidden) form and hides the rows that do not match, so
 * without JavaScript the reader still gets every string.
 */
export function filterStrings(): void {
  const form = document.querySelector<HTMLFormElement>('#string-filters');
  const table = document.querySelector<HTMLTableElement>('.strings-table');
  const more = document.querySelector<HTMLButtonElement>('#show-all-strings');
  if (!form || !table || !more) return;
  const namespace = form.querySelector<HTMLSelectElement>('#filter-namespace')!;
  const status = form.querySelector<HTMLSelectElement>('#filter-status')!;
  const search = form.querySelector<HTMLInputElement>('#filter-search')!;
  const count = form.querySelector<HTMLElement>('.filter-count')!;
  // The texts in each plural form, as the page rendered them (data-shown-one, data-shown-other, ...).
  const inForm = (element: HTMLElement, name: string, count: number) =>
    element.dataset[`${name}${pluralForm(count) === 'one' ? 'One' : 'Other'}`] ?? '{count}';

  // What a search looks in: the key and both texts (the first three cells), lower-cased once.
  const rows = [...table.tBodies[0]!.rows].map((row) => ({
    row,
    namespace: row.dataset.namespace ?? '',
    statuses: (row.dataset.status ?? '').split(' '),
    text: [...row.cells]
      .slice(0, 3)
      .map((cell) => cell.textContent ?? '')
      .join(' ')
      .toLocaleLowerCase('nb'),
  }));

  let showAll = false;
  let announce: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    const words = search.value.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
    let matching = 0;
    let shown = 0;
    for (const entry of rows) {
      const match =
        (!namespace.value || entry.namespace === namespace.value) &&
        (!status.value || entry.statuses.includes(status.value)) &&
        words.every((word) => entry.text.includes(word));
      if (match) matching++;
      const show = match && (showAll || matching <= FIRST_ROWS);
      entry.row.hidden = !show;
      if (show) shown++;
    }
    more.parentElement!.hidden = shown === matching;
    more.textContent = fill(inForm(more, 'label', matching), { count: matching });
    // The count is a live region: wait for a pause in typing, so it is read once and not per keystroke.
    clearTimeout(announce);
    const template = inForm(form, 'shown', rows.length);
    announce = setTimeout(() => (count.textContent = fill(template, { shown, total: rows.length })), 300);
  };

  /** A link to a row (`#tekst-sim.ui.dialog.ok`, from the list of unused keys) shows it, whatever the filters. */
  const reveal = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!(target instanceof HTMLTableRowElement) || !table.contains(target) || !target.hidden) return;
    form.reset();
    showAll = true;
    apply();
    target.scrollIntoView();
  };

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', () => {
    showAll = true;
    apply();
    // The button is gone now: keep the keyboard in the table rather than losing it to the top of the page.
    table.closest<HTMLElement>('.table-box')?.focus();
  });
  addEventListener('hashchange', reveal);
  form.hidden = false;
  // The browser may restore the fields' values on back/forward navigation: show the matching rows.
  apply();
  reveal();
}
