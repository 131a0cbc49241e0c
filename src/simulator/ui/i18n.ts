import { useEffect, useMemo, useState } from 'react';
import nb from '../../../content/i18n/nb/sim.json';
import { createTranslate, languages, type Messages, type Translate } from '../../i18n/translate.ts';
import type { SimLang } from '../store/index.ts';

/** What the Språk list offers: the catalog languages, then the translators' pseudo-locale. */
export const simLanguages: readonly SimLang[] = [...languages, 'pseudo'];

/**
 * The simulator's catalogs. Norwegian ships with the island; English is a separate chunk, downloaded the first
 * time a reader picks it, and so is the pseudo-locale (made from the Norwegian catalog, with the code that makes
 * it), so the first load only carries nb.
 */
const loaded: Partial<Record<SimLang, Messages>> = { nb };

function load(lang: SimLang): Promise<Messages> {
  if (lang === 'en') return import('../../../content/i18n/en/sim.json').then((m) => (loaded.en = m.default));
  if (lang === 'pseudo') return import('../../localization/pseudo.ts').then((m) => (loaded.pseudo = m.pseudoCatalog(nb)));
  return Promise.resolve(nb);
}

/** The language actually shown and its `t()`: Norwegian until the chosen catalog has arrived. */
export function useCatalog(lang: SimLang): { shown: SimLang; t: Translate } {
  const [, setArrived] = useState<Messages>();
  const messages = loaded[lang];
  useEffect(() => {
    if (messages) return;
    let live = true;
    // A failed download keeps the Norwegian text: the simulator still works.
    load(lang).then((m) => live && setArrived(m), () => undefined);
    return () => {
      live = false;
    };
  }, [lang, messages]);
  const shown: SimLang = messages ? lang : 'nb';
  return useMemo(() => ({ shown, t: createTranslate(messages ?? nb, nb) }), [shown, messages]);
}
