import { BarcodeIcon } from '@phosphor-icons/react/dist/csr/Barcode';
import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createTranslate, type Messages } from '../../i18n/translate.ts';
import type { ResultMode } from '../../exercises/engine/index.ts';
import type { ExerciseApp } from '../../exercises/ui/app.ts';
import { ExerciseLayout } from '../../exercises/ui/ExerciseLayout.tsx';
import { ResultViewContext } from '../../exercises/ui/result-view.ts';
import type { Connection } from '../runtime/connection.ts';
import type { GradedMode } from '../standards.ts';
import { LmsResult } from './LmsResult.tsx';
import { LmsStatusBar } from './LmsStatus.tsx';

/** Made once: a new element on every render would count as a changed value for the simulator's context. */
const BARCODE_ICON = <BarcodeIcon aria-hidden="true" size="1.15em" />;

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
  const renderResult = useCallback(
    (m: ResultMode) => <LmsResult mode={m} masteryScore={connection.masteryScore} />,
    [connection],
  );
  const kind = useStore(connection.status, (s) => s.status.kind);

  return (
    <ResultViewContext value={renderResult}>
      <ExerciseLayout
        app={app}
        t={t}
        mode={mode}
        header={<LmsStatusBar connection={connection} />}
        barcodeIcon={BARCODE_ICON}
        footer={
          kind !== 'absent' &&
          kind !== 'review' &&
          kind !== 'finished' && (
            <p className="lms-exit">
              <button type="button" className="ex-button" onClick={() => void finish(app, connection)}>
                {t('lms.exit')}
              </button>
            </p>
          )
        }
      />
    </ResultViewContext>
  );
}

/** Avslutt øvelsen: the session ends as finished when the run is over, else suspended, to be resumed. */
function finish(app: ExerciseApp, connection: Connection) {
  const { run, endedAt } = app.session.getState();
  return connection.finish(run.current >= run.steps.length || endedAt !== null);
}
