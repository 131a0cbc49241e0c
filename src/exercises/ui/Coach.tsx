import { lazy, Suspense, useContext } from 'react';
import { useApp, useMode, useSession } from './context.ts';
import { useT } from './i18n.ts';
import { ResultViewContext } from './result-view.ts';
import { RichText } from './RichText.tsx';
import { isOver } from './session.ts';

// A page runs one mode, so each mode's coaching is a chunk of its own, fetched once the mode is known.
const VisMegControls = lazy(() => import('./VisMegControls.tsx').then((m) => ({ default: m.VisMegControls })));
const GuidedCoach = lazy(() => import('./GuidedCoach.tsx').then((m) => ({ default: m.GuidedCoach })));
const RunResult = lazy(() => import('./RunResult.tsx').then((m) => ({ default: m.RunResult })));

/** Where the coaching is shown: above the simulator, or at the top of Konfigurer ERP-kobling while it is open. */
export type Placement = 'page' | 'dialog';

/**
 * What the learner needs beside the simulator in each mode. While Konfigurer ERP-kobling is open the rest of
 * the page is inert (a modal dialog), so the same coaching moves into the dialog: Vis meg's controls, Veiledet's
 * step, hints and corrections, and in Test the task itself. The result of a finished run is shown on the page.
 */
export function Coach({ placement }: { placement: Placement }) {
  const t = useT();
  const mode = useMode();
  const ready = useSession((s) => s.ready);
  const over = useSession(isOver);
  const renderResult = useContext(ResultViewContext);
  if (!mode || !ready || mode === 'fri-oving') return null;
  let content;
  if (mode === 'vis-meg') content = <VisMegControls />;
  else if (over)
    content =
      placement !== 'page' ? (
        <p>{t('exercises.coach.doneInDialog')}</p>
      ) : renderResult ? (
        renderResult(mode)
      ) : (
        <RunResult mode={mode} />
      );
  else if (mode === 'veiledet') content = <GuidedCoach />;
  else if (placement === 'dialog') content = <TaskReminder />;
  else return null;
  return (
    <div
      className={`ex-coach ex-coach-${placement}`}
      role="group"
      aria-label={t('exercises.coach.label')}
      data-coach=""
    >
      <Suspense fallback={null}>{content}</Suspense>
    </div>
  );
}

/** Test, inside the dialog: the steps, out of sight until asked for (no marks: the test gives no hints). */
function TaskReminder() {
  const t = useT();
  const { exercise } = useApp();
  return (
    <details className="ex-task">
      <summary>{t('exercises.test.showTask')}</summary>
      <ol>
        {exercise.steps.map((step) => (
          <li key={step.id}>
            <RichText text={step.instruction} />
          </li>
        ))}
      </ol>
    </details>
  );
}
