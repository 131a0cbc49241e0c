import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { SimButton } from '../SimButton.tsx';

/** The button that saves each dialog and the question above the list of what it still needs. */
export const FOOTERS = {
  ok: { okKey: 'sim.ui.dialog.ok', whyKey: 'sim.ui.dialog.why' },
  done: { okKey: 'sim.ui.tools.done', whyKey: 'sim.ui.tools.why.done' },
  save: { okKey: 'sim.ui.tools.save', whyKey: 'sim.ui.tools.why.save' },
} as const;

/**
 * OK (Fullført, Lagre) and Avbryt. A dimmed OK stays focusable and clickable (aria-disabled), so a click reaches
 * the store, which refuses and records it; beside it, "Hvorfor er OK nedtonet?" lists the open dialog's unmet
 * conditions from the rules, each linking to the page text that explains it. `active` is false while a dialog
 * opened over this one is the one the rules speak of (Legg til standardverdi over Standardverdier).
 */
export function DialogFooter({
  kind = 'ok',
  name = 'dialog',
  active = true,
  targets = 'dialog',
}: {
  kind?: keyof typeof FOOTERS;
  name?: string;
  active?: boolean;
  /** `dialog.ok` / `dialog.cancel`, or the inner dialog's `default.ok` / `default.cancel`. */
  targets?: 'dialog' | 'default';
}) {
  const t = useT();
  const id = useIds();
  const allowedNow = useSim(sel.isOkAllowed);
  const unmet = useSim(sel.unmetOkConditions);
  const { ok, cancel } = useActions();
  const { okKey, whyKey } = FOOTERS[kind];
  const allowed = active && allowedNow;
  const whyId = id(`${name}-why`);
  return (
    <div className="sim-dialog-footer">
      {active && !allowed && (
        <div id={whyId} className="sim-why">
          <p id={id(`${name}-why-title`)} className="sim-why-title" data-i18n-key={whyKey}>
            {t(whyKey)}
          </p>
          <ul aria-labelledby={id(`${name}-why-title`)}>
            {unmet.map((rule) => (
              <li key={rule.id} data-i18n-key={rule.messageKey}>
                {rule.href ? <a href={rule.href}>{t(rule.messageKey)}</a> : t(rule.messageKey)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="sim-dialog-buttons">
        <SimButton
          labelKey={okKey}
          target={`${targets}.ok`}
          primary
          aria-disabled={allowed ? undefined : true}
          aria-describedby={active && !allowed ? whyId : undefined}
          onClick={ok}
        />
        <SimButton labelKey="sim.ui.dialog.cancel" target={`${targets}.cancel`} onClick={cancel} />
      </div>
    </div>
  );
}
