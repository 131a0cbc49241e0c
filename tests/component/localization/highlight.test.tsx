// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectors as sel } from '../../../src/simulator/store/index.ts';
import { MARKED_ATTR, highlight } from '../../../src/simulator/ui/highlight.ts';
import { findDialog, renderSimulator } from '../simulator/render.tsx';

// happy-dom lays nothing out: give every element a box, and record what is scrolled into view.
const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width: 80, height: 20 }),
  );
  HTMLElement.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function setUp(situation?: string) {
  const { store } = renderSimulator(situation ? { initialSituation: situation } : {}, 'full');
  if (situation) await findDialog();
  const root = document.querySelector<HTMLElement>('.sim')!;
  const options = {
    root,
    isDialogOpen: () => sel.isDialogOpen(store.getState()),
    closeDialog: () => act(() => store.getState().cancel()),
    timeoutMs: 500,
  };
  return { store, root, options };
}

/** Resolves once every message has been announced in a live region below `root` (they are filled a moment late). */
const announces = (root: HTMLElement, ...messages: string[]) =>
  waitFor(() =>
    expect([...root.querySelectorAll('[role="status"]')].map((s) => s.textContent)).toEqual(
      expect.arrayContaining(messages),
    ),
  );

describe('"Vis i simulatoren": marking the element of a key', () => {
  it('outlines the element in the open dialog, scrolls to it and announces it', async () => {
    const { root, options } = await setUp('felt-last');
    const marked = await highlight('sim.ui.dialog.ok', options);
    expect(marked?.getAttribute(MARKED_ATTR)).toBe('sim.ui.dialog.ok');
    expect(marked?.textContent).toBe('OK');
    expect(marked?.style.outlineStyle).toBe('dashed');
    expect(scrolled).toEqual([marked]);
    const dialog = root.querySelector('dialog')!;
    expect(dialog.querySelector('[role="status"].sim-vh')).toBeTruthy();
    await announces(root, 'Markert i simulatoren: «OK» (sim.ui.dialog.ok).');
  });

  it('closes the dialog first when the text lies behind it', async () => {
    const { store, options } = await setUp('felt-last');
    const marked = await highlight('sim.ui.button.configure', options);
    expect(sel.isDialogOpen(store.getState())).toBe(false);
    expect(marked?.textContent).toBe('Konfigurer ERP-kobling');
    expect(marked?.getAttribute(MARKED_ATTR)).toBe('sim.ui.button.configure');
  });

  it('announces an aria-label key by its name, and says so when no element shows the key', async () => {
    const { root, options } = await setUp();
    const navigator = await highlight('sim.ui.navigator.label', options);
    expect(navigator?.tagName).toBe('NAV');
    expect(await highlight('sim.ui.picker.title', options)).toBeNull();
    expect(await highlight('"], body, [x="', options)).toBeNull();
    await announces(
      root,
      'Markert i simulatoren: «Navigator» (sim.ui.navigator.label).',
      'Fant ikke teksten sim.ui.picker.title i simulatoren.',
    );
  });
});
