import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import nb from '../../../content/i18n/nb/exercises.json';
import { exerciseWorld } from '../../../src/exercises/engine/index.ts';
import { createExerciseApp, type ExerciseAppOptions } from '../../../src/exercises/ui/app.ts';
import { islandMessages } from '../../../src/exercises/ui/catalog.ts';
import { ExerciseContext } from '../../../src/exercises/ui/context.ts';
import { TranslateContext } from '../../../src/exercises/ui/i18n.ts';
import { createTranslate } from '../../../src/i18n/translate.ts';
import { memoryStorage } from '../../../src/simulator/store/index.ts';
import { byId, situations, standard } from '../../unit/exercises/helpers.ts';

/** The island's t(), over exactly the entries the exercise page passes it. */
export const islandT = createTranslate(islandMessages(nb));

/** An exercise page's app on the real exercise and scenario, in memory, with an instant connection test. */
export function makeApp(id: string, options: Partial<ExerciseAppOptions> = {}) {
  const exercise = byId(id);
  const storage = options.storage ?? memoryStorage();
  const app = createExerciseApp({
    exercise,
    world: exerciseWorld(exercise, standard, situations),
    storage,
    testDelayMs: 0,
    ...options,
  });
  return { app, storage };
}

/** Renders exercise components around an app, as the island does. */
export function renderWithApp(app: ReturnType<typeof makeApp>['app'], ui: ReactNode) {
  return render(
    <ExerciseContext value={app}>
      <TranslateContext value={islandT}>{ui}</TranslateContext>
    </ExerciseContext>,
  );
}
