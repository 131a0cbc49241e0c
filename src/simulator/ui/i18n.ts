import { useEffect, useMemo, useState } from 'react';
import nb from '../../../content/i18n/nb/sim.json';
import { createTranslate, languages, type Messages, type Translate } from '../../i18n/translate.ts';
import type { SimLang } from '../store/index.ts';

/** What the Språk list offers: the catalog languages, then the translators' pseudo-locale. */
export const simLanguages: readonly SimLang[] = [...languages, 'pseudo'];

/**
 * The simulator's Norwegian texts: the fallback of every language and the source of the pseudo-locale. The
 * island ships with sim.json (everything around the dialog); the dialog's own texts (sim.dialog.json) are added
 * here when the dialog's chunk loads (loadDialogTexts), before the dialog can render, so a `t()` made earlier
 * finds them as well.
 */
const norwegian: Record<string, string> = { ...nb };

/**
 * The simulator's catalogs. Norwegian ships with the island; English is a separate chunk, downloaded the first
 * time a reader picks it (both of its files at once), and so is the pseudo-locale (made from the Norwegian
 * catalog, with the code that makes it), so the first load only carries the Norwegian text around the dialog.
 */
const loaded: Partial<Record<SimLang, Messages>> = { nb: norwegian };

let dialogTexts: Promise<void> | undefined;

/** Adds the dialog's Norwegian texts (once); the dialog's chunk waits for them (dialog/lazy.ts). */
export function loadDialogTexts(): Promise<void> {
  dialogTexts ??= import('../../../content/i18n/nb/sim.dialog.json').then(
    (m) => void Object.assign(norwegian, m.default),
    (error: unknown) => {
      dialogTexts = undefined; // offline: let the next attempt try the network again
      throw error;
    },
  );
  return dialogTexts;
}

function load(lang: SimLang): Promise<Messages> {
  if (lang === 'en')
    return Promise.all([
      import('../../../content/i18n/en/sim.json'),
      import('../../../content/i18n/en/sim.dialog.json'),
    ]).then(([around, dialog]) => (loaded.en = { ...around.default, ...dialog.default }));
  if (lang === 'pseudo')
    return Promise.all([import('../../i18n/pseudo.ts'), loadDialogTexts()]).then(
      ([m]) => (loaded.pseudo = m.pseudoCatalog(norwegian)),
    );
  return Promise.resolve(norwegian);
}

/** The language actually shown and its `t()`: Norwegian until the chosen catalog has arrived. */
export function useCatalog(lang: SimLang): { shown: SimLang; t: Translate } {
  const [, setArrived] = useState<Messages>();
  const messages = loaded[lang];
  useEffect(() => {
    if (messages) return;
    let live = true;
    // A failed download keeps the Norwegian text: the simulator still works.
    load(lang).then(
      (m) => live && setArrived(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang, messages]);
  const shown: SimLang = messages ? lang : 'nb';
  return useMemo(() => ({ shown, t: createTranslate(messages ?? norwegian, norwegian) }), [shown, messages]);
}
