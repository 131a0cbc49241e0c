import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { selectors as sel } from '../../simulator/store/index.ts';
import { useApp, usePlayer } from './context.ts';
import { describeCommand } from './describe-command.ts';
import { useT } from './i18n.ts';
import { SPEEDS, type Speed } from './player.ts';
import { RichText } from './RichText.tsx';
import { exerciseHref } from './routes.ts';

/**
 * Vis meg: the caption (the step being shown, and what the simulator does next) and the controls: Spill av or
 * Pause, Neste trinn, Start på nytt and Hastighet. Rendered outside the dialog, and inside it while it is open.
 */
export function VisMegControls() {
  const t = useT();
  const app = useApp();
  const { exercise, script, player, world } = app;
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const position = usePlayer((s) => s.position);
  const playing = usePlayer((s) => s.playing);
  const speed = usePlayer((s) => s.speed);
  const refused = usePlayer((s) => s.refused);
  const state = useStore(app.sim, sel.sim);
  const action = script[position];
  const step = action && exercise.steps[action.stepIndex];
  const finished = !action;

  // Mounted again in or out of the dialog after a command moved focus: give it back to the control it was on.
  useEffect(() => {
    const control = player.getState().takeFocus();
    if (control) root.current?.querySelector<HTMLElement>(`[data-coach-control="${control}"]`)?.focus();
  }, [player]);

  const { play, pause, nextStep, setSpeed } = player.getState();
  return (
    <div ref={root} className="ex-vismeg">
      <div className="ex-caption" aria-live="polite">
        {step ? (
          <>
            <p>
              <strong>
                {t('exercises.coach.stepOf', { step: action.stepIndex + 1, total: exercise.steps.length })}
              </strong>{' '}
              <RichText text={step.instruction} />
            </p>
            <p className="ex-caption-action">
              {t('exercises.demo.next', { action: describeCommand(t, action.command, world.scenario, state) })}
            </p>
          </>
        ) : (
          <p>
            {t('exercises.demo.finished')}{' '}
            <a href={exerciseHref(exercise.id, 'veiledet')}>{t('exercises.demo.tryGuided')}</a>
          </p>
        )}
        {refused && <p className="ex-problem">{t('exercises.demo.refused')}</p>}
      </div>
      <div className="ex-controls">
        <button
          type="button"
          className="ex-button ex-primary"
          data-coach-control="play"
          aria-disabled={finished || undefined}
          onClick={() => (finished ? undefined : playing ? pause() : play())}
        >
          {t(playing ? 'exercises.demo.pause' : 'exercises.demo.play')}
        </button>
        <button
          type="button"
          className="ex-button"
          data-coach-control="next"
          aria-disabled={finished || undefined}
          onClick={() => finished || nextStep()}
        >
          {t('exercises.demo.nextStep')}
        </button>
        <button type="button" className="ex-button" data-coach-control="restart" onClick={() => app.restart()}>
          {t('exercises.demo.restart')}
        </button>
        <span className="ex-speed">
          <label htmlFor={`${id}-speed`}>{t('exercises.demo.speed')}</label>
          <select
            id={`${id}-speed`}
            className="ex-select"
            data-coach-control="speed"
            value={speed}
            onChange={(e) => setSpeed(e.target.value as Speed)}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t(`exercises.demo.speed.${s}`)}
              </option>
            ))}
          </select>
        </span>
      </div>
    </div>
  );
}
