import nb from '../../content/i18n/nb/lms.json' with { type: 'json' };
import { createTranslate, type Translate } from '../i18n/translate.ts';

/** The package's and the trainer page's texts (content/i18n/nb/lms.json), for the pages rendered at build time. */
export const t: Translate = createTranslate(nb);
