import type { Exercise, ExerciseWorld } from '../../exercises/engine/index.ts';
import type { Messages } from '../../i18n/translate.ts';
import { GRADED_MODES, STANDARDS, type LaunchConfig } from '../standards.ts';

/** What the build writes into each launch page (build/launch-page.ts), as JSON in `#ovelse-data`. */
export interface LaunchData {
  config: LaunchConfig;
  exercise: Exercise;
  world: ExerciseWorld;
  /** The exercise island's catalog entries and the package's own (`lms.*`). */
  messages: Messages;
}

export const LAUNCH_DATA_ID = 'ovelse-data';

/**
 * The page's data. The build wrote it from validated exercises, so only what would make the script misbehave is
 * checked (a page edited by hand, or cut short): anything else gives undefined, and the page's own text stays.
 */
export function readLaunchData(doc: Document): LaunchData | undefined {
  try {
    const data = JSON.parse(doc.getElementById(LAUNCH_DATA_ID)?.textContent ?? 'null') as Partial<LaunchData> | null;
    const config = data?.config;
    if (
      !data?.exercise?.steps?.length ||
      !data.world?.scenario ||
      !data.messages ||
      !config ||
      !(STANDARDS as readonly string[]).includes(config.standard) ||
      !(GRADED_MODES as readonly string[]).includes(config.mode)
    )
      return undefined;
    return data as LaunchData;
  } catch {
    return undefined;
  }
}
