import { memo } from 'react';
import { selectors as sel, type ListItem } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { RowTable } from '../RowTable.tsx';
import { Select, SelectField } from '../dialog/SelectField.tsx';
import { useFieldSelector } from './use-field-selector.ts';

const plural = new Intl.PluralRules('nb');

/**
 * Listetilordning: Liste offers the lists whose list fields are mapped (rule `list-needs-mapped-field`); each ERP
 * value gets a CRM value or «(Ingen utvalg)». A CRM value chosen twice marks both rows Duplikat, in words and
 * with the field marked invalid, not by colour alone; a count above the rows is announced as it changes.
 */
export function ListsPanel() {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const lists = useSim(sel.offeredLists);
  const none = useSim(sel.noListsRule);
  const chosen = useSim(sel.chosenList);
  const tab = useSim(sel.toolTab);
  const duplicates = useSim(sel.listDuplicateCount);
  const { selectList } = useActions();
  if (none)
    return (
      <p className="sim-lock" data-i18n-key={none.messageKey}>
        {t(none.messageKey)}{' '}
        {none.href && (
          <a href={none.href} data-i18n-key="sim.ui.notice.readMore">
            {t('sim.ui.notice.readMore')}
          </a>
        )}
      </p>
    );
  const countKey = `sim.ui.lists.duplicates.${plural.select(duplicates) === 'one' ? 'one' : 'other'}`;
  return (
    <>
      <SelectField
        id={id('list')}
        labelKey="sim.ui.lists.choose"
        target="list.choose"
        value={tab ?? ''}
        promptKey="sim.ui.lists.chooseNone"
        choices={lists.map((l) => ({ value: l.id, label: lang === 'en' ? l.labelEn : l.label }))}
        onChange={selectList}
      />
      <p role="status" className="sim-hint" data-i18n-key={duplicates ? countKey : undefined}>
        {duplicates > 0 && t(countKey, { count: String(duplicates) })}
      </p>
      {chosen && (
        <RowTable
          caption={<caption className="sim-vh">{lang === 'en' ? chosen.erp.labelEn : chosen.erp.label}</caption>}
          columns={[
            { key: 'sim.ui.lists.col.erp', id: id('list-col-erp') },
            { key: 'sim.ui.lists.col.crm', id: id('list-col-crm') },
          ]}
        >
          {chosen.erp.items.map((item) => (
            <ListRow key={item.id} list={chosen.erp.id} item={item} crmItems={chosen.crm} />
          ))}
        </RowTable>
      )}
    </>
  );
}

const ListRow = memo(function ListRow({
  list,
  item,
  crmItems,
}: {
  list: string;
  item: ListItem;
  crmItems: readonly ListItem[];
}) {
  const t = useT();
  const id = useIds();
  const value = useFieldSelector(sel.listValue, list, item.id);
  const duplicate = useFieldSelector(sel.listValueDuplicate, list, item.id);
  const { setListItem } = useActions();
  const row = id(`list-${list}-${item.id}`);
  return (
    <tr className={duplicate ? 'sim-duplicate' : undefined}>
      <th scope="row" id={row}>
        {item.label}
      </th>
      <td>
        <Select
          target={`list.item:${list}/${item.id}`}
          aria-labelledby={`${id('list-col-crm')} ${row}`}
          aria-invalid={duplicate || undefined}
          aria-describedby={duplicate ? `${row}-dup` : undefined}
          value={value ?? ''}
          noneKey="sim.ui.mapping.crmNone"
          choices={crmItems.map((c) => ({ value: c.id, label: c.label }))}
          onChange={(v) => setListItem(list, item.id, v === '' ? null : v)}
        />
        {duplicate && (
          <span id={`${row}-dup`} className="sim-badge">
            <strong data-i18n-key="sim.ui.lists.duplicate">{t('sim.ui.lists.duplicate')}</strong>{' '}
            <span data-i18n-key="sim.ui.lists.duplicateWhy">{t('sim.ui.lists.duplicateWhy')}</span>
          </span>
        )}
      </td>
    </tr>
  );
});
