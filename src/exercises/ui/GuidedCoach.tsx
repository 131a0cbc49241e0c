import { useApp, useSession } from './context.ts';
import { Correction } from './Correction.tsx';
import { useT } from './i18n.ts';
import { RichText } from './RichText.tsx';

/**
 * Veiledet beside the simulator: the step to do now (announced when it changes), its hints one at a time on
 * request, and the correction after a move that breaks the procedure.
 */
export function GuidedCoach() {
  const t = useT();
  const { exercise, session } = useApp();
  const current = useSession((s) => s.run.current);
  const hintsShown = useSession((s) => s.hintsShown);
  const mistake = useSession((s) => s.mistake);
  const step = exercise.steps[current];
  if (!step) return null;
  const { showHint, dismissMistake } = session.getState();
  const hints = step.hints.slice(0, hintsShown);
  return (
    <>
      <p className="ex-coach-step" aria-live="polite">
        <strong>{t('exercises.coach.stepOf', { step: current + 1, total: exercise.steps.length })}</strong>{' '}
        <RichText text={step.instruction} />
      </p>
      <div aria-live="polite">
        {hints.length > 0 && (
          <ul className="ex-hints" aria-label={t('exercises.hint.list')}>
            {hints.map((hint, i) => (
              <li key={i}>
                <RichText text={hint} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {hintsShown < step.hints.length && (
        <button type="button" className="ex-button" data-coach-control="hint" onClick={showHint}>
          {t('exercises.hint.show')}
        </button>
      )}
      <Correction mistake={mistake} onDismiss={dismissMistake} />
    </>
  );
}
