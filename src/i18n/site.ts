import nb from '../../content/i18n/nb/site.json' with { type: 'json' };
import { createTranslate } from './translate.ts';

/**
 * The site chrome's `t()`: the help site itself is Norwegian, so chrome strings come from the nb catalog. The
 * markdown plugins use it too, and astro.config.mjs loads them outside Vite, where a JSON import needs its
 * `type` attribute.
 */
export const t = createTranslate(nb);
