import nb from '../../../../content/i18n/nb/exercises.json';
import { createTranslate } from '../../../i18n/translate.ts';
import { loadHowtoMap } from '../../../loaders/exercises.ts';
import type { HowtoFollow } from './follow-page.ts';

const t = createTranslate(nb);

/** The howto page's follow data (build time: reads and validates content/exercises/howto-steps.yaml). */
export async function loadHowtoFollow(): Promise<HowtoFollow> {
  return { map: await loadHowtoMap(), doneLabel: t('exercises.howto.stepDone') };
}
