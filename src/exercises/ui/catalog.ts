import nb from '../../../content/i18n/nb/exercises.json' with { type: 'json' };
import { createTranslate, type Messages, type Translate } from '../../i18n/translate.ts';

/**
 * The whole exercise catalog (content/i18n/nb/exercises.json): for the Astro pages, which render on the server,
 * and the trainer's island. The exercise island gets only its part, as a prop (islandMessages).
 */
export const t: Translate = createTranslate(nb);

/** The groups of keys the exercise island shows. */
const ISLAND_GROUPS = [
  'coach',
  'correction',
  'demo',
  'failedTests',
  'free',
  'hint',
  'mistake',
  'mode',
  'page',
  'progress',
  'result',
  'steps',
  'table',
  'test',
  'time',
];

/** The catalog entries the exercise island needs, picked at build time. */
export function islandMessages(messages: Messages = nb): Messages {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) => ISLAND_GROUPS.includes(key.split('.')[1] ?? '')),
  );
}
