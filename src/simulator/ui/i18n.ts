import { useEffect, useMemo, useState } from 'react';
import nb from '../../../content/i18n/nb/sim.json';
import { createTranslate, type Lang, type Messages, type Translate } from '../../i18n/translate.ts';

/**
 * The simulator's catalogs. Norwegian ships with the island; English is a separate chunk, downloaded the first
 * time a reader picks it, so the first load only carries nb.
 */
const loaded: Partial<Record<Lang, Messages>> = { nb };

function load(lang: Lang): Promise<Messages> {
  if (lang === 'en') return import('../../../content/i18n/en/sim.json').then((m) => (loaded.en = m.default));
  return Promise.resolve(nb);
}

/** The language actually shown and its `t()`: Norwegian until the chosen catalog has arrived. */
export function useCatalog(lang: Lang): { shown: Lang; t: Translate } {
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
  const shown: Lang = messages ? lang : 'nb';
  return useMemo(() => ({ shown, t: createTranslate(messages ?? nb, nb) }), [shown, messages]);
}
