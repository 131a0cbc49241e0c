import { useId } from 'react';
import { runMistakes } from '../engine/index.ts';
import { useApp, useMode, useSession } from './context.ts';
import { useT } from './i18n.ts';
import { isOver } from './session.ts';

/**
 * Framdrift: how far the run has come (Vis meg, Veiledet), what Test records, why a stored run was not used,
 * and Start øvelsen på nytt. The message line is a live region from the first render, so it is announced.
 */
export function ProgressPanel({ headingId }: { headingId: string }) {
  const t = useT();
  const app = useApp();
  const id = useId();
  const mode = useMode();
  const ready = useSession((s) => s.ready);
  const run = useSession((s) => s.run);
  const notice = useSession((s) => s.notice);
  const over = useSession(isOver);
  const done = run.steps.filter((s) => s.done).length;
  const total = run.steps.length;
  const shows = ready && (mode === 'vis-meg' || mode === 'veiledet');

  return (
    <section className="ex-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exercises.progress.heading')}</h2>
      <p role="status" className="ex-notice">
        {notice && t(`exercises.progress.notice.${notice}`)}
      </p>
      {shows && (
        <>
          <p id={`${id}-count`}>{t('exercises.progress.count', { done, total })}</p>
          <progress className="ex-progress" max={total} value={done} aria-labelledby={`${id}-count`} />
        </>
      )}
      {ready && mode === 'veiledet' && <p>{t('exercises.progress.mistakes', { count: runMistakes(run).length })}</p>}
      {ready && mode === 'test' && (
        <>
          <p>{t(over ? 'exercises.test.over' : 'exercises.test.about')}</p>
          {!over && (
            <p>
              <button type="button" className="ex-button" onClick={() => app.session.getState().end(Date.now())}>
                {t('exercises.test.end')}
              </button>
            </p>
          )}
        </>
      )}
      {ready && mode === 'fri-oving' && <p>{t('exercises.free.about')}</p>}
      <p>
        <button type="button" className="ex-button" disabled={!ready} onClick={() => app.restart()}>
          {t('exercises.progress.restart')}
        </button>
      </p>
    </section>
  );
}
