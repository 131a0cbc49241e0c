import { useEffect, useId, useRef } from 'react';
import {
  createResult,
  isComplete,
  resultFileName,
  runMistakes,
  serializeResult,
  stepTime,
  type ResultMode,
} from '../engine/index.ts';
import { useApp, useSession } from './context.ts';
import { downloadText, formatDuration } from './format.ts';
import { useT } from './i18n.ts';
import { exerciseHref } from './routes.ts';

/**
 * The end of a run in Veiledet or Test: completion, time and mistakes, overall and per step, the learner's name
 * (optional) and Last ned resultat, the file the trainer loads on /kursleder/.
 */
export function RunResult({ mode }: { mode: ResultMode }) {
  const t = useT();
  const { exercise, session, setLearner } = useApp();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const run = useSession((s) => s.run);
  const endedAt = useSession((s) => s.endedAt);
  const learner = useSession((s) => s.learner);
  const completed = isComplete(run);
  const total = createResult(run, exercise, { mode, ...(endedAt === null ? {} : { now: endedAt }) }).totalMs;
  const mistakes = runMistakes(run).length;
  const done = run.steps.filter((s) => s.done).length;

  // Avslutt testen disappears once pressed; focus, lost with it, goes to the result instead of the page's top.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, []);

  const download = () => {
    const { run: latest, endedAt: ended, learner: name } = session.getState();
    const result = createResult(latest, exercise, { mode, learner: name, ...(ended === null ? {} : { now: ended }) });
    downloadText(resultFileName(result), serializeResult(result), 'application/json');
  };

  return (
    <section className="ex-result" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t(completed ? 'exercises.result.completed' : 'exercises.result.ended')}
      </h3>
      <ul className="ex-figures">
        <li>{t('exercises.result.figure.steps', { done, total: run.steps.length })}</li>
        <li>{t('exercises.result.figure.time', { time: formatDuration(t, total) })}</li>
        <li>{t('exercises.result.figure.mistakes', { count: mistakes })}</li>
      </ul>
      <div className="ex-table-box" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="ex-table">
          <caption id={`${id}-caption`}>{t('exercises.result.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exercises.result.column.step')}</th>
              <th scope="col">{t('exercises.result.column.completed')}</th>
              <th scope="col">{t('exercises.result.column.time')}</th>
              <th scope="col">{t('exercises.result.column.mistakes')}</th>
            </tr>
          </thead>
          <tbody>
            {run.steps.map((s, i) => (
              <tr key={s.id}>
                <th scope="row">{`${i + 1}. ${exercise.steps[i]?.title ?? s.id}`}</th>
                <td>{t(s.done ? 'exercises.table.yes' : 'exercises.table.no')}</td>
                <td>{formatDuration(t, s.done ? stepTime(s, run) : null)}</td>
                <td>
                  {s.mistakes.length}
                  {s.mistakes.length > 0 && (
                    <ul className="ex-mistakes">
                      {s.mistakes.map((m, j) => (
                        <li key={j}>{t(`exercises.mistake.${m.kind}`)}</li>
                      ))}
                    </ul>
                  )}
                  {s.failedTests > 0 && (
                    <p className="ex-failed">{t('exercises.failedTests', { count: s.failedTests })}</p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="ex-field">
        <label htmlFor={`${id}-learner`}>{t('exercises.result.learner')}</label>
        <input
          id={`${id}-learner`}
          type="text"
          className="ex-input"
          autoComplete="name"
          maxLength={100}
          value={learner}
          onChange={(e) => setLearner(e.target.value)}
        />
      </div>
      <p className="ex-actions">
        <button type="button" className="ex-button ex-primary" onClick={download}>
          {t('exercises.result.download')}
        </button>
      </p>
      <p>{t('exercises.result.sendToTrainer')}</p>
      {mode === 'veiledet' && (
        <p>
          <a href={exerciseHref(exercise.id, 'test')}>{t('exercises.result.tryTest')}</a>
        </p>
      )}
    </section>
  );
}
