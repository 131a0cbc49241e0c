import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim } from '../context.ts';
import { CheckField } from './CheckField.tsx';

/** Aktiv: while checked, the configuration fields are locked (step 4.1 clears it, step 4.3 sets it again). */
export function ActiveField() {
  const id = useIds();
  const active = useSim(sel.draftActive);
  const { setActive } = useActions();
  return (
    <CheckField
      id={id('active')}
      className="sim-field"
      target="dialog.active"
      checked={active}
      onChange={setActive}
      labelKey="sim.ui.dialog.active"
    />
  );
}
