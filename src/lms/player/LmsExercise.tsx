import { BarcodeIcon } from '@phosphor-icons/react/dist/csr/Barcode';
import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createTranslate, type Messages } from '../../i18n/translate.ts';
import { Coach } from '../../exercises/ui/Coach.tsx';
import type { ResultMode } from '../../exercises/engine/index.ts';
import type { ExerciseApp } from '../../exercises/ui/app.ts';
import { ExerciseContext } from '../../exercises/ui/context.ts';
import { TranslateContext } from '../../exercises/ui/i18n.ts';
import { Outline } from '../../exercises/ui/Outline.tsx';
import { SCOPE_ATTRIBUTE } from '../../exercises/ui/outline.ts';
import { ProgressPanel } from '../../exercises/ui/ProgressPanel.tsx';
import { ResultViewContext } from '../../exercises/ui/result-view.ts';
import { StepList } from '../../exercises/ui/StepList.tsx';
import { selectors as sel } from '../../simulator/store/index.ts';
import { Simulator } from '../../simulator/ui/Simulator.tsx';
import type { Connection } from '../runtime/connection.ts';
import type { GradedMode } from '../standards.ts';
import { LmsResult } from './LmsResult.tsx';
import { LmsStatusBar } from './LmsStatus.tsx';

export interface LmsExerciseProps {
  app: ExerciseApp;
  /** Its status is `absent` when no platform launched the page: the exercise then runs unrecorded. */
  connection: Connection;
  mode: GradedMode;
  messages: Messages;
}

/**
 * One exercise inside a package: the exercise page's steps, progress, coaching and simulator in the graded mode
 * only (no links to the site's other modes, which are not in the package), the platform's status above, and
 * Avslutt øvelsen, which ends the platform's session.
 */
export function LmsExercise({ app, connection, mode, messages }: LmsExerciseProps) {
  const t = useMemo(() => createTranslate(messages), [messages]);
  useEffect(() => app.start(mode), [app, mode]);
  const dialogOpen = useStore(app.sim, sel.isDialogOpen);
  const slot = useMemo(() => <Coach placement="dialog" />, []);
  const renderResult = useCallback(
    (m: ResultMode) => <LmsResult mode={m} masteryScore={connection.masteryScore} />,
    [connection],
  );
  const kind = useStore(connection.status, (s) => s.status.kind);

  return (
    <ExerciseContext value={app}>
      <TranslateContext value={t}>
        <ResultViewContext value={renderResult}>
          <div className="ex">
            <LmsStatusBar connection={connection} />
            <p className="ex-mode-about">{t(`exercises.mode.${mode}.description`)}</p>
            <div className="ex-columns">
              <section className="ex-panel" aria-labelledby="ex-steps-heading">
                <h2 id="ex-steps-heading">{t('exercises.steps.heading')}</h2>
                <StepList />
              </section>
              <ProgressPanel headingId="ex-progress-heading" />
            </div>
            <section className="ex-sim-section" aria-labelledby="ex-sim-heading">
              <h2 id="ex-sim-heading">{t('exercises.page.simulator')}</h2>
              {!dialogOpen && <Coach placement="page" />}
              <Outline />
              <div {...{ [SCOPE_ATTRIBUTE]: '' }}>
                <Simulator
                  store={app.sim}
                  variant="full"
                  dialogSlot={slot}
                  barcodeIcon={<BarcodeIcon aria-hidden="true" size="1.15em" />}
                  ready
                />
              </div>
            </section>
            {kind !== 'absent' && kind !== 'review' && kind !== 'finished' && (
              <p className="lms-exit">
                <button type="button" className="ex-button" onClick={() => void finish(app, connection)}>
                  {t('lms.exit')}
                </button>
              </p>
            )}
          </div>
        </ResultViewContext>
      </TranslateContext>
    </ExerciseContext>
  );
}

/** Avslutt øvelsen: the session ends as finished when the run is over, else suspended, to be resumed. */
function finish(app: ExerciseApp, connection: Connection) {
  const { run, endedAt } = app.session.getState();
  return connection.finish(run.current >= run.steps.length || endedAt !== null);
}
