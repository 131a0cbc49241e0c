/**
 * The search page: reads `?q=` (the header form submits here, so search needs no script on other pages), asks
 * Pagefind, and lists pages with their matching sections. Results are announced through the status line.
 */
import { pluralForm } from '../i18n/plural.ts';
import { fill } from '../i18n/translate.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const MAX_RESULTS = 20;

export async function runSearchPage(): Promise<void> {
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!status || !list) return;
  const strings = JSON.parse(list.dataset.strings ?? '{}') as Record<string, string>;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (!query) return;
  const field = document.getElementById('site-search');
  if (field instanceof HTMLInputElement) field.value = query;

  status.textContent = strings.searching ?? '';
  let pagefind: Pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
  } catch {
    status.textContent = strings.unavailable ?? '';
    return;
  }
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  list.replaceChildren(...results.map((result) => renderResult(result, strings.sections ?? '')));
  const count = search.results.length;
  // No results has its own message (with advice); otherwise the count's plural form.
  const template =
    count === 0 ? strings.noResults : pluralForm(count) === 'one' ? strings.resultsOne : strings.resultsOther;
  status.textContent = fill(template ?? '', { count, query });
}

function renderResult(result: PagefindResultData, sectionsLabel: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const title = document.createElement('a');
  title.className = 'result-title';
  title.href = result.url;
  title.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and only adds <mark> around the matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(title, excerpt);
  const sections = result.sub_results.filter((sub) => sub.url !== result.url && sub.url.includes('#'));
  if (sections.length) {
    const list = document.createElement('ul');
    list.className = 'sections';
    list.setAttribute('aria-label', sectionsLabel);
    for (const sub of sections.slice(0, 5)) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = sub.url;
      link.textContent = sub.title;
      li.append(link);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
