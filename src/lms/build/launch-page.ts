import type { Exercise, ExerciseWorld } from '../../exercises/engine/index.ts';
import { richParts } from '../../exercises/ui/rich-text.ts';
import type { Messages } from '../../i18n/translate.ts';
import { LAUNCH_DATA_ID, type LaunchData } from '../player/launch-data.ts';
import type { LaunchConfig } from '../standards.ts';
import { xml } from './xml.ts';

/** JSON inside a script element: `<` escaped, so no text in it can end the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A SCO's (cmi5 AU's) page, `ovelse/<id>.html`: the exercise's title and goal as plain HTML, its data as JSON,
 * and the player's script and styles beside it. Nothing is loaded from anywhere else: the package runs offline.
 * Until the script has run (or where scripts are off), the page says the exercise needs JavaScript.
 */
export function launchPage(input: {
  exercise: Exercise;
  world: ExerciseWorld;
  config: LaunchConfig;
  messages: Messages;
  t: (key: string) => string;
}): string {
  const { exercise, t } = input;
  const data: LaunchData = { config: input.config, exercise, world: input.world, messages: input.messages };
  const goal = richParts(exercise.goal)
    .map((p) => (p.strong ? `<strong>${xml(p.text)}</strong>` : xml(p.text)))
    .join('');
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${xml(exercise.title)}</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="ovelse.css">
    <script type="application/json" id="${LAUNCH_DATA_ID}">${scriptJson(data)}</script>
    <script src="ovelse.js" defer></script>
  </head>
  <body>
    <main id="innhold" class="doc lms-page">
      <h1>${xml(exercise.title)}</h1>
      <p class="exercise-goal"><strong>${xml(t('exercises.page.goal'))}</strong> ${goal}</p>
      <div id="ovelse"><p>${xml(t('lms.page.loading'))}</p></div>
    </main>
  </body>
</html>
`;
}
