import { useEffect, useMemo, useState } from 'react';
import nbDialog from '../../../content/i18n/nb/sim.dialog.json';
import nb from '../../../content/i18n/nb/sim.json';
import nbTools from '../../../content/i18n/nb/sim.tools.json';
import { createTranslate, languages, type Messages, type Translate } from '../../i18n/translate.ts';
import type { SimLang } from '../store/index.ts';

/** What the Språk list offers: the catalog languages, then the translators' pseudo-locale. */
export const simLanguages: readonly SimLang[] = [...languages, 'pseudo'];

/** The simulator's Norwegian texts (all of its files): the fallback of every language and the pseudo-locale's source. */
const norwegian: Messages = { ...nb, ...nbDialog, ...nbTools };

/**
 * The catalogs downloaded so far. Norwegian ships with the island; English is downloaded the first time a reader
 * picks it, and so is the pseudo-locale (made from the Norwegian catalog, with the code that makes it).
 */
const loaded: Partial<Record<SimLang, Messages>> = { nb: norwegian };

function load(lang: SimLang): Promise<Messages> {
  if (lang === 'en')
    return Promise.all([
      import('../../../content/i18n/en/sim.json'),
      import('../../../content/i18n/en/sim.dialog.json'),
      import('../../../content/i18n/en/sim.tools.json'),
    ]).then(([around, dialog, tools]) => (loaded.en = { ...around.default, ...dialog.default, ...tools.default }));
  if (lang === 'pseudo')
    return import('../../i18n/pseudo.ts').then((m) => (loaded.pseudo = m.pseudoCatalog(norwegian)));
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
