import { useStore } from 'zustand';
import { useT } from '../../exercises/ui/i18n.ts';
import type { Connection, LmsStatus } from '../runtime/connection.ts';

const MESSAGE: Record<LmsStatus['kind'], string> = {
  connecting: 'lms.status.connecting',
  absent: 'lms.status.absent',
  review: 'lms.status.review',
  saved: 'lms.status.saved',
  retrying: 'lms.status.retrying',
  finished: 'lms.status.finished',
};

/**
 * What the platform has of the learner's work, always in view above the exercise: a live region, so a change
 * (a refusal, a retry that got through) is announced. A refusal is shown as a warning with Send på nytt nå.
 */
export function LmsStatusBar({ connection }: { connection: Connection }) {
  const t = useT();
  const status = useStore(connection.status, (s) => s.status);
  const key = status.kind === 'saved' && status.over ? 'lms.status.savedOver' : MESSAGE[status.kind];
  const warning = status.kind === 'absent' || status.kind === 'review' || status.kind === 'retrying';
  return (
    <section className={`lms-status${warning ? ' lms-status-warning' : ''}`} aria-label={t('lms.status.label')}>
      <p role="status" data-lms-status={status.kind}>
        {t(key)}
      </p>
      {status.kind === 'retrying' && (
        <p>
          <button type="button" className="ex-button" onClick={() => void connection.retryNow()}>
            {t('lms.status.retryNow')}
          </button>
        </p>
      )}
    </section>
  );
}
