import { selectors as sel, type TestStatus } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { SimButton } from '../SimButton.tsx';

/**
 * Test ERP-tilkobling and its result in a live region: not run (the saved configuration counts as tested),
 * running, passed, failed with the specific message and where to read more, or stale after a change.
 */
export function TestConnection() {
  const t = useT();
  const id = useIds();
  const status = useSim(sel.testStatus);
  const adding = useSim(sel.dialogKind) === 'add';
  const failure = useSim(sel.testFailure);
  const { runTest } = useActions();
  const running = status === 'running';
  const resultId = id('test-result');
  return (
    <div className="sim-test">
      <SimButton
        labelKey="sim.ui.dialog.test"
        target="dialog.test"
        aria-disabled={running || undefined}
        aria-describedby={resultId}
        onClick={running ? undefined : runTest}
      />
      <p
        id={resultId}
        role="status"
        className="sim-test-result"
        data-status={status}
        data-i18n-key={status === 'failed' ? failure?.messageKey : messageOf(status, adding)}
      >
        {status !== 'failed'
          ? t(messageOf(status, adding))
          : failure && (
              <>
                {t(failure.messageKey, failure.params)}{' '}
                <a href={failure.href} data-i18n-key="sim.ui.dialog.testReadMore">
                  {t('sim.ui.dialog.testReadMore')}
                </a>
              </>
            )}
      </p>
    </div>
  );
}

/** Before a test, a new connection has nothing that counts as tested. */
function messageOf(status: Exclude<TestStatus, 'failed'>, adding: boolean): string {
  return status === 'not-run' && adding ? 'sim.test.notRunNew' : MESSAGES[status];
}

const MESSAGES: Record<Exclude<TestStatus, 'failed'>, string> = {
  'not-run': 'sim.test.notRun',
  running: 'sim.test.running',
  passed: 'sim.test.passed',
  stale: 'sim.test.stale',
};
