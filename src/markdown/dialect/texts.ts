import { fileURLToPath } from 'node:url';
import { createTranslate, type Messages, type Translate } from '../../i18n/translate.ts';
import { loadNamespace } from '../../loaders/catalogs.ts';

/** The project root: the catalogs are read from its `content/i18n/`, whatever folder the build runs in. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const translators = new Map<string, Translate>();

function siteMessages(lang: string): Messages {
  return Object.assign({}, ...loadNamespace(ROOT, lang, 'site').map((catalog) => catalog.messages)) as Messages;
}

/**
 * `t()` over the site catalog of a language, for the words the dialect adds to a page (callout titles, the video
 * link). Read once per build; a key missing in English falls back to the Norwegian source.
 */
export function siteTexts(lang: 'nb' | 'en'): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    translate = createTranslate(siteMessages(lang), lang === 'nb' ? undefined : siteMessages('nb'));
    translators.set(lang, translate);
  }
  return translate;
}
