import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';

/** Aktiv: while checked, the configuration fields are locked (step 4.1 clears it, step 4.3 sets it again). */
export function ActiveField() {
  const t = useT();
  const id = useIds();
  const active = useSim(sel.draftActive);
  const { setActive } = useActions();
  return (
    <div className="sim-field sim-check">
      <input
        id={id('active')}
        type="checkbox"
        data-sim-target="dialog.active"
        checked={active}
        onChange={(e) => setActive(e.target.checked)}
      />
      <label htmlFor={id('active')} data-i18n-key="sim.ui.dialog.active">
        {t('sim.ui.dialog.active')}
      </label>
    </div>
  );
}
