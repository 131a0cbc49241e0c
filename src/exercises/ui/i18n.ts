import { createContext, useContext } from 'react';
import sim from '../../../content/i18n/nb/sim.json';
import simDialog from '../../../content/i18n/nb/sim.dialog.json';
import simTools from '../../../content/i18n/nb/sim.tools.json';
import { createTranslate, type Translate } from '../../i18n/translate.ts';

/**
 * The exercise island's t(), over the catalog entries its page passes in (see catalog.ts: islandMessages), so
 * the island's JavaScript does not carry the trainer's and the handouts' texts.
 */
export const TranslateContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(TranslateContext);
}

/**
 * The simulator's own names and rule messages (content/i18n/nb/sim*.json), so a caption or a
 * correction names a control exactly as the simulator shows it. The simulator carries these catalogs already.
 */
export const tSim: Translate = createTranslate({ ...sim, ...simDialog, ...simTools });
