import { useState } from 'react';
import { pluralForm } from '../../../i18n/plural.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { CheckField } from './CheckField.tsx';
import { MemberPicker } from './MemberPicker.tsx';
import { SimButton } from '../SimButton.tsx';

/** "2 brukere, 1 gruppe", or "Ingen valgt"; `keys` are the catalog keys it is made of, space-separated. */
function summary(t: Translate, users: number, groups: number): { text: string; keys: string } {
  const form = (count: number) => (pluralForm(count) === 'one' ? 'one' : 'other');
  const parts = [
    users && ([`sim.ui.dialog.visibility.users.${form(users)}`, users] as const),
    groups && ([`sim.ui.dialog.visibility.groups.${form(groups)}`, groups] as const),
  ].filter((part) => !!part);
  if (!parts.length) return { text: t('sim.ui.dialog.visibility.none'), keys: 'sim.ui.dialog.visibility.none' };
  return { text: parts.map(([key, count]) => t(key, { count })).join(', '), keys: parts.map(([key]) => key).join(' ') };
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
  const shown = summary(t, visibility.userIds.length, visibility.groupIds.length);
  const group = id('visibility');
  return (
    <fieldset className="sim-fieldset">
      <legend data-i18n-key="sim.ui.dialog.visibility">{t('sim.ui.dialog.visibility')}</legend>
      <CheckField
        id={id('vis-all')}
        type="radio"
        name={group}
        target="dialog.visibility.all"
        checked={!selected}
        onChange={() => setVisibilityMode('all')}
        labelKey="sim.ui.dialog.visibility.all"
      />
      <CheckField
        id={id('vis-selected')}
        type="radio"
        name={group}
        target="dialog.visibility.selected"
        checked={selected}
        onChange={() => setVisibilityMode('selected')}
        labelKey="sim.ui.dialog.visibility.selected"
      />
      {selected && (
        <div className="sim-members">
          <SimButton
            labelKey="sim.ui.dialog.visibility.choose"
            target="dialog.members"
            aria-describedby={id('vis-summary')}
            onClick={() => setPicking(true)}
          />
          <span id={id('vis-summary')} className="sim-summary" data-i18n-key={shown.keys}>
            {shown.text}
          </span>
        </div>
      )}
      {selected && picking && <MemberPicker onClose={() => setPicking(false)} />}
    </fieldset>
  );
}
