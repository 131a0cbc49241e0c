import { selectors as sel } from '../store/index.ts';
import { useActions, useSim, useT } from './context.ts';
import { SimButton } from './SimButton.tsx';

/**
 * The store's message above the simulated window (saved inactive, storage recovered, unknown situation, not
 * simulated). The live region is always there, so a message that appears is announced.
 */
export function Notice() {
  const t = useT();
  const notice = useSim(sel.notice);
  const { dismissNotice } = useActions();
  return (
    <div className="sim-notice" data-tone={notice?.tone}>
      <p
        role="status"
        aria-label={t('sim.ui.notice.label')}
        className="sim-notice-text"
        data-i18n-key={notice?.key}
        data-i18n-label="sim.ui.notice.label"
      >
        {notice && t(notice.key, notice.params)}
        {notice?.href && (
          <>
            {' '}
            <a href={notice.href} data-i18n-key="sim.ui.notice.readMore">
              {t('sim.ui.notice.readMore')}
            </a>
          </>
        )}
      </p>
      {notice && <SimButton labelKey="sim.ui.notice.dismiss" target="notice.dismiss" onClick={dismissNotice} />}
    </div>
  );
}
