import nb from '../../content/i18n/nb/site.json';
import { createTranslate } from './translate.ts';

/** The site chrome's `t()`: the help site itself is Norwegian, so chrome strings come from the nb catalog. */
export const t = createTranslate(nb);
