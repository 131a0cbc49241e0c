import { selectors as sel, type DefaultValue } from '../../store/index.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { RowTable } from '../RowTable.tsx';
import { SimButton } from '../SimButton.tsx';

/** How a default fills its field, in words: «Standardverdi: 30 dager, Påkrevd». */
function how(t: Translate, d: DefaultValue): { text: string; keys: string } {
  const parts: Array<[string, string]> = [
    ...(d.fixed ? [['sim.ui.defaults.fixed', t('sim.ui.defaults.fixed', { value: d.value })] as [string, string]] : []),
    ...(d.ask ? [['sim.ui.defaults.ask', t('sim.ui.defaults.ask')] as [string, string]] : []),
    ...(d.required ? [['sim.ui.defaults.required', t('sim.ui.defaults.required')] as [string, string]] : []),
  ];
  return { text: parts.map(([, text]) => text).join(', '), keys: parts.map(([key]) => key).join(' ') };
}

/** Standardverdier, one actor's tab: its defaults with Fjern on each, and Legg til. */
export function DefaultsPanel() {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const actor = useSim(sel.tabActor);
  const defaults = useSim(sel.tabDefaults);
  const { addDefault, removeDefault } = useActions();
  if (!actor) return null;
  const label = (key: string) => {
    const field = actor.fields.find((f) => f.key === key);
    return field ? (lang === 'en' ? field.labelEn : field.label) : key;
  };
  return (
    <>
      {defaults.length === 0 ? (
        <p className="sim-note" data-i18n-key="sim.ui.defaults.none">
          {t('sim.ui.defaults.none', { actor: lang === 'en' ? actor.labelEn : actor.label })}
        </p>
      ) : (
        <RowTable columns={[{ key: 'sim.ui.defaults.col.field' }, { key: 'sim.ui.defaults.col.how' }, null]}>
          {defaults.map((d) => {
            const row = id(`default-${d.field}`);
            const shown = how(t, d);
            return (
              <tr key={d.field}>
                <th scope="row" id={row}>
                  {label(d.field)}
                </th>
                <td data-i18n-key={shown.keys}>{shown.text}</td>
                <td>
                  <SimButton
                    id={`${row}-remove`}
                    labelKey="sim.ui.defaults.remove"
                    target={`default.remove:${d.field}`}
                    aria-labelledby={`${row}-remove ${row}`}
                    onClick={() => removeDefault(d.field)}
                  />
                </td>
              </tr>
            );
          })}
        </RowTable>
      )}
      <div className="sim-buttons">
        <SimButton labelKey="sim.ui.defaults.add" target="default.add" onClick={addDefault} />
      </div>
    </>
  );
}
