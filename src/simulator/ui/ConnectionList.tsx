import { memo } from 'react';
import { selectors as sel, type ConnectionRow } from '../store/index.ts';
import { useActions, useIds, useSim, useT } from './context.ts';
import { CheckIcon } from './icons.tsx';
import { RowTable } from './RowTable.tsx';

/**
 * ERP-koblinger. A row is selected with its radio button (named after the connection; the shared `name` lets
 * the arrow keys move the selection) or by clicking anywhere on the row.
 */
export function ConnectionList({ captionId }: { captionId: string }) {
  const t = useT();
  const id = useIds();
  const rows = useSim(sel.connectionRows);
  return (
    <div className="sim-table-box">
      <RowTable
        className="sim-table-select"
        caption={
          <caption id={captionId} data-i18n-key="sim.ui.connections.caption">
            {t('sim.ui.connections.caption')}
          </caption>
        }
        columns={[{ key: 'sim.ui.column.name' }, { key: 'sim.ui.column.connector' }, { key: 'sim.ui.column.active' }]}
      >
        {rows.map((row) => (
          <Row key={row.id} row={row} group={id('connection')} />
        ))}
      </RowTable>
    </div>
  );
}

const Row = memo(function Row({ row, group }: { row: ConnectionRow; group: string }) {
  const t = useT();
  const { selectConnection } = useActions();
  const select = () => selectConnection(row.id);
  const activeKey = row.active ? 'sim.ui.active.yes' : 'sim.ui.active.no';
  return (
    <tr
      className={row.selected ? 'sim-selected' : undefined}
      data-sim-target={`connection-row:${row.id}`}
      onClick={select}
    >
      <td>
        <label className="sim-row-label">
          <input type="radio" name={group} value={row.id} checked={row.selected} onChange={select} />
          {row.name}
        </label>
      </td>
      <td>{row.connectorName}</td>
      <td className="sim-active">
        {row.active && <CheckIcon />}
        <span className="sim-vh" data-i18n-key={activeKey}>
          {t(activeKey)}
        </span>
      </td>
    </tr>
  );
});
