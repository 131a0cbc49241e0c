import { t } from '../../i18n/site.ts';

/**
 * "Vis i simulatoren" from the translators' review page (/oversettelse/): finds the element that shows a catalog
 * key, outlines it, scrolls it into view and announces it. Loaded only when the page is opened with `?marker=`.
 * The review page is Norwegian, so the announcement is too.
 */

/** Set on the marked element, with the key as value: tests and styles can find it. */
export const MARKED_ATTR = 'data-sim-marked';

export interface HighlightOptions {
  /** The simulator's root element. */
  root: HTMLElement;
  /** Whether the store has Konfigurer ERP-kobling open (its element may not have been rendered yet). */
  isDialogOpen: () => boolean;
  /** Closes the dialog, for a text that lies behind it. */
  closeDialog: () => void;
  /** How long to wait for each change to reach the screen. Default 5000 ms. */
  timeoutMs?: number;
}

/** Elements that show the key (`data-i18n-key`) or are named by it (`data-i18n-label`); both hold a key list. */
function elementsOf(root: HTMLElement, key: string): HTMLElement[] {
  // Keys are dotted words; anything else (a mistyped or hostile parameter) matches nothing.
  if (!/^[\w.-]+$/.test(key)) return [];
  return [...root.querySelectorAll<HTMLElement>(`[data-i18n-key~="${key}"], [data-i18n-label~="${key}"]`)];
}

function openDialog(root: HTMLElement): HTMLDialogElement | null {
  return root.querySelector<HTMLDialogElement>('dialog.sim-dialog[open]');
}

/** Resolves with `check()` as soon as it is not null (rechecked on every change below `root`), or null on timeout. */
function whenReady<T>(root: HTMLElement, timeoutMs: number, check: () => T | null): Promise<T | null> {
  const now = check();
  if (now !== null) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      const value = check();
      if (value !== null) done(value);
    });
    const timer = setTimeout(() => done(null), timeoutMs);
    observer.observe(root, { subtree: true, childList: true, attributes: true });
  });
}

/** A visually hidden text (the cell's "Aktiv") or a closed list's option has no box: outline what holds it. */
function boxOf(element: HTMLElement): HTMLElement {
  let box: HTMLElement = element;
  while (box.parentElement && (box.getBoundingClientRect().width < 2 || box.getBoundingClientRect().height < 2))
    box = box.parentElement;
  return box;
}

/** A polite status message inside the open dialog when there is one (the rest of the page is inert then). */
function announce(root: HTMLElement, text: string): void {
  const region = document.createElement('p');
  region.setAttribute('role', 'status');
  region.className = 'sim-vh';
  (openDialog(root) ?? root).append(region);
  // Filled a moment after it is attached, so screen readers notice the change.
  setTimeout(() => (region.textContent = text), 100);
}

/** Finds, outlines, scrolls to and announces the element of `key`; resolves with it, or null when none shows. */
export async function highlight(
  key: string,
  { root, isDialogOpen, closeDialog, timeoutMs = 5000 }: HighlightOptions,
): Promise<HTMLElement | null> {
  // The dialog is modal: wait for it before looking, so a text behind it is not marked and then covered.
  if (isDialogOpen()) await whenReady(root, timeoutMs, () => openDialog(root));
  let element = await whenReady(root, timeoutMs, () => {
    const dialog = openDialog(root);
    const all = elementsOf(root, key);
    return (dialog ? all.find((el) => dialog.contains(el)) : undefined) ?? all[0] ?? null;
  });
  if (element && openDialog(root)?.contains(element) === false) {
    closeDialog();
    element = await whenReady(root, timeoutMs, () => (openDialog(root) ? null : (elementsOf(root, key)[0] ?? null)));
  }
  if (!element) {
    announce(root, t('site.l10n.marker.notFound', { key }));
    return null;
  }
  const box = boxOf(element);
  box.setAttribute(MARKED_ATTR, key);
  Object.assign(box.style, {
    outlineWidth: '3px',
    outlineStyle: 'dashed',
    outlineColor: 'var(--focus)',
    outlineOffset: '2px',
  });
  box.scrollIntoView({ block: 'center', inline: 'nearest' });
  // A key that names an element (aria-label) is announced with that name, not with the element's whole text.
  const shown = element.dataset.i18nKey?.split(' ').includes(key)
    ? element.textContent
    : element.getAttribute('aria-label');
  announce(root, t('site.l10n.marker.found', { text: (shown?.trim() ?? '') || key, key }));
  return box;
}
