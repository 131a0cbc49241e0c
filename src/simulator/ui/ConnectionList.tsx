import { memo } from 'react';
import { selectors as sel, type ConnectionRow } from '../store/index.ts';
import { useActions, useIds, useSim, useT } from './context.ts';
import { CheckIcon } from './icons.tsx';

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
      <table className="sim-table sim-table-select">
        <caption id={captionId} data-i18n-key="sim.ui.connections.caption">
          {t('sim.ui.connections.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" data-i18n-key="sim.ui.column.name">
              {t('sim.ui.column.name')}
            </th>
            <th scope="col" data-i18n-key="sim.ui.column.connector">
              {t('sim.ui.column.connector')}
            </th>
            <th scope="col" data-i18n-key="sim.ui.column.active">
              {t('sim.ui.column.active')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.id} row={row} group={id('connection')} />
          ))}
        </tbody>
      </table>
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
