/**
 * Turns the dialect's tab sets into WAI-ARIA tabs. The page is built with every panel visible under its own
 * title, which is what a reader without script (or a printer, or search) gets; this script makes the titles a
 * tab list, shows one panel at a time and follows the APG keyboard pattern with automatic activation: arrow
 * keys move between tabs (wrapping), Home and End jump to the first and last, Tab moves on into the panel.
 */

let sets = 0;

function select(tabs: HTMLButtonElement[], panels: HTMLElement[], index: number, focus: boolean): void {
  tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    panels[i]!.hidden = !selected;
  });
  if (focus) tabs[index]!.focus();
}

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

function enhance(set: HTMLElement): void {
  const panels = [...set.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute('data-tab-panel'),
  );
  if (panels.length === 0) return;
  const id = `tabs-${++sets}`;
  const list = document.createElement('div');
  list.setAttribute('role', 'tablist');
  list.className = 'tab-list';
  const tabs = panels.map((panel, i) => {
    const title = panel.querySelector<HTMLElement>(':scope > [data-tab-title]');
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'tab';
    tab.id = `${id}-tab-${i + 1}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `${id}-panel-${i + 1}`);
    tab.append(...[...(title?.childNodes ?? [])].map((node) => node.cloneNode(true)));
    if (title) title.hidden = true;
    panel.id = `${id}-panel-${i + 1}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    list.append(tab);
    return tab;
  });
  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
    const index = tab ? tabs.indexOf(tab) : -1;
    if (index >= 0) select(tabs, panels, index, true);
  });
  list.addEventListener('keydown', (event) => {
    const move = MOVES[event.key];
    const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (!move || current < 0) return;
    event.preventDefault();
    select(tabs, panels, move(current, tabs.length), true);
  });
  set.prepend(list);
  set.classList.add('tabs-enhanced');
  select(tabs, panels, 0, false);
  // A link to something inside a hidden panel shows that panel.
  const reveal = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const index = target ? panels.findIndex((panel) => panel.contains(target)) : -1;
    if (index >= 0) {
      select(tabs, panels, index, false);
      target!.scrollIntoView();
    }
  };
  window.addEventListener('hashchange', reveal);
  reveal();
}

/** Enhances every tab set in `root` that has not been enhanced yet. */
export function enhanceTabs(root: ParentNode): void {
  for (const set of root.querySelectorAll<HTMLElement>('[data-tabs]:not(.tabs-enhanced)')) enhance(set);
}
