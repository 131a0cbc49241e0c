import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';

/**
 * OK and Avbryt. A dimmed OK stays focusable and clickable (aria-disabled), so a click reaches the store,
 * which refuses and records it; beside it, "Hvorfor er OK nedtonet?" lists the unmet conditions from the
 * rules, each linking to the troubleshooting text that explains it.
 */
export function DialogFooter() {
  const t = useT();
  const id = useIds();
  const allowed = useSim(sel.isOkAllowed);
  const unmet = useSim(sel.unmetOkConditions);
  const { ok, cancel } = useActions();
  const whyId = id('why');
  return (
    <div className="sim-dialog-footer">
      {!allowed && (
        <div id={whyId} className="sim-why">
          <p id={id('why-title')} className="sim-why-title" data-i18n-key="sim.ui.dialog.why">
            {t('sim.ui.dialog.why')}
          </p>
          <ul aria-labelledby={id('why-title')}>
            {unmet.map((rule) => (
              <li key={rule.id} data-i18n-key={rule.messageKey}>
                {rule.href ? <a href={rule.href}>{t(rule.messageKey)}</a> : t(rule.messageKey)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="sim-dialog-buttons">
        <button
          type="button"
          className="sim-button sim-primary"
          data-sim-target="dialog.ok"
          data-i18n-key="sim.ui.dialog.ok"
          aria-disabled={allowed ? undefined : true}
          aria-describedby={allowed ? undefined : whyId}
          onClick={ok}
        >
          {t('sim.ui.dialog.ok')}
        </button>
        <button
          type="button"
          className="sim-button"
          data-sim-target="dialog.cancel"
          data-i18n-key="sim.ui.dialog.cancel"
          onClick={cancel}
        >
          {t('sim.ui.dialog.cancel')}
        </button>
      </div>
    </div>
  );
}
