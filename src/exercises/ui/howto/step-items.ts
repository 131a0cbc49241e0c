/**
 * The howto page's own numbered steps, found in the server-rendered page: the list right after the «Trinn»
 * heading, numbered as the page shows them ("1", "4", and "4.1" for the first item of the list inside item 4).
 * Only the numbering is derived here; the text is never touched.
 */
export function stepItems(root: Document, headingId = 'trinn'): Map<string, HTMLLIElement> {
  const items = new Map<string, HTMLLIElement>();
  const list = root.getElementById(headingId)?.nextElementSibling;
  if (list?.tagName === 'OL') collect(list, '', items);
  return items;
}

function collect(list: Element, prefix: string, items: Map<string, HTMLLIElement>): void {
  const start = Number(list.getAttribute('start') ?? 1) || 1;
  [...list.children]
    .filter((child): child is HTMLLIElement => child.tagName === 'LI')
    .forEach((li, i) => {
      const number = `${prefix}${start + i}`;
      items.set(number, li);
      for (const nested of li.children) if (nested.tagName === 'OL') collect(nested, `${number}.`, items);
    });
}

/** Class of a step the reader has done: the page's stylesheet for it adds the checkmark. */
export const DONE_CLASS = 'howto-step-done';
const CUE = 'data-howto-cue';

/**
 * Marks the done steps and unmarks the others. A done step gets the class (a checkmark, drawn by CSS) and, as its
 * first child, a visually hidden word ("Utført") that screen readers read with the step in browse mode and in
 * list navigation. aria-describedby was the alternative, but descriptions of list items, which take no focus,
 * are not announced by NVDA or VoiceOver in browse mode. The step's own text is left as it is.
 */
export function markSteps(items: ReadonlyMap<string, HTMLLIElement>, done: ReadonlySet<string>, cueText: string): void {
  for (const [number, li] of items) {
    const isDone = done.has(number);
    li.classList.toggle(DONE_CLASS, isDone);
    const cue = [...li.children].find((child) => child.hasAttribute(CUE));
    if (isDone && !cue) {
      const span = li.ownerDocument.createElement('span');
      span.className = 'visually-hidden';
      span.setAttribute(CUE, '');
      span.textContent = cueText;
      li.prepend(span);
    } else if (!isDone && cue) {
      cue.remove();
    }
  }
}
