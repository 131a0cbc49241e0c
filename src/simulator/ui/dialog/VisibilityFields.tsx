import { useState } from 'react';
import type { Translate } from '../../../i18n/translate.ts';
import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { MemberPicker } from './MemberPicker.tsx';

const plural = new Intl.PluralRules('nb');

/** "2 brukere, 1 gruppe", or "Ingen valgt". */
function summary(t: Translate, users: number, groups: number): string {
  const parts = [
    users && t(`sim.ui.dialog.visibility.users.${plural.select(users) === 'one' ? 'one' : 'other'}`, { count: users }),
    groups && t(`sim.ui.dialog.visibility.groups.${plural.select(groups) === 'one' ? 'one' : 'other'}`, { count: groups }),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : t('sim.ui.dialog.visibility.none');
}

/** Synlighet: Alle, or Angitte brukere + grupper with a picker for the members (step 3, "omfang"). */
export function VisibilityFields() {
  const t = useT();
  const id = useIds();
  const visibility = useSim(sel.draftVisibility);
  const { setVisibilityMode } = useActions();
  const [picking, setPicking] = useState(false);
  if (!visibility) return null;
  const selected = visibility.mode === 'selected';
  const group = id('visibility');
  return (
    <fieldset className="sim-fieldset">
      <legend>{t('sim.ui.dialog.visibility')}</legend>
      <div className="sim-check">
        <input id={id('vis-all')} type="radio" data-sim-target="dialog.visibility.all" name={group} checked={!selected} onChange={() => setVisibilityMode('all')} />
        <label htmlFor={id('vis-all')}>{t('sim.ui.dialog.visibility.all')}</label>
      </div>
      <div className="sim-check">
        <input id={id('vis-selected')} type="radio" data-sim-target="dialog.visibility.selected" name={group} checked={selected} onChange={() => setVisibilityMode('selected')} />
        <label htmlFor={id('vis-selected')}>{t('sim.ui.dialog.visibility.selected')}</label>
      </div>
      {selected && (
        <div className="sim-members">
          <button type="button" className="sim-button" data-sim-target="dialog.members" aria-describedby={id('vis-summary')} onClick={() => setPicking(true)}>
            {t('sim.ui.dialog.visibility.choose')}
          </button>
          <span id={id('vis-summary')} className="sim-summary">
            {summary(t, visibility.userIds.length, visibility.groupIds.length)}
          </span>
        </div>
      )}
      {selected && picking && <MemberPicker onClose={() => setPicking(false)} />}
    </fieldset>
  );
}
