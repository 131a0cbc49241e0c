import { useApp, useMode, useSession } from './context.ts';
import { useT } from './i18n.ts';
import { RichText } from './RichText.tsx';

/**
 * The exercise's instructions, numbered. In Vis meg and Veiledet the current step has aria-current="step" and
 * done steps say so (a visible checkmark, a visually hidden «Utført» first in the item); Test shows the task only.
 */
export function StepList() {
  const t = useT();
  const { exercise } = useApp();
  const mode = useMode();
  const run = useSession((s) => s.run);
  const ready = useSession((s) => s.ready);
  const marks = ready && (mode === 'vis-meg' || mode === 'veiledet');
  return (
    <ol className="ex-steps">
      {exercise.steps.map((step, i) => {
        const done = marks && run.steps[i]?.done === true;
        const current = marks && i === run.current;
        return (
          <li
            key={step.id}
            className={done ? 'ex-step-done' : current ? 'ex-step-current' : undefined}
            aria-current={current ? 'step' : undefined}
          >
            {done && <span className="visually-hidden">{t('exercises.steps.done')} </span>}
            <RichText text={step.instruction} />
          </li>
        );
      })}
    </ol>
  );
}
