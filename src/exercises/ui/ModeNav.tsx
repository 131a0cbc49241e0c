import { EXERCISE_MODES, type ExerciseMode } from '../engine/index.ts';
import { useT } from './i18n.ts';
import { exerciseHref } from './routes.ts';

/**
 * The four modes as real links, so each is a deep link a trainer can hand out (`?modus=test`). The current
 * one is marked once the page has read the address.
 */
export function ModeNav({ exerciseId, mode }: { exerciseId: string; mode: ExerciseMode | null }) {
  const t = useT();
  return (
    <nav className="ex-modes" aria-label={t('exercises.page.modes')}>
      <ul>
        {EXERCISE_MODES.map((m) => (
          <li key={m}>
            <a href={exerciseHref(exerciseId, m)} aria-current={m === mode ? 'page' : undefined}>
              {t(`exercises.mode.${m}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
